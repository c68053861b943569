#pragma once

namespace cairn {

// What writing one page (or one item) did to the cache; a run adds these up.
struct WriteStats
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int skipped = 0; // seen again, unchanged
    // One item written: one the cache did not have, or one it had — changed, or the `same`.
    void count(bool existed, bool same = false) { ++(!existed ? created : same ? skipped : updated); }
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
