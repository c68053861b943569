#pragma once

namespace cairn {

// What writing one page (or one item) did to the cache; a run adds these up.
struct WriteStats
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int skipped = 0; // seen again, unchanged
    WriteStats &operator+=(const WriteStats &o)
    {
        created += o.created;
        updated += o.updated;
        deleted += o.deleted;
        skipped += o.skipped;
        return *this;
    }
};

} // namespace cairn
