#pragma once

namespace cairn {

struct CliOptions;
class Settings;

// `cairn search QUERY [--source S]... [--limit N] [--json]` (docs/cli-json.md: its JSON).
int commandSearch(const CliOptions &o, Settings &settings);

} // namespace cairn
