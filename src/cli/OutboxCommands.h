#pragma once

namespace cairn {

struct CliOptions;
class Settings;

// Changes made from the command line (issue 22), kept in the outbox until `cairn sync` sends
// them (docs/cli-json.md):
//   cairn edit SOURCE ID FIELD=VALUE…     cairn create SOURCE FIELD=VALUE…
//   cairn comment SOURCE ID TEXT          cairn outbox [list | retry ID|--all | discard ID|--all]
int commandEdit(const CliOptions &o, Settings &settings);
int commandOutbox(const CliOptions &o, Settings &settings);

} // namespace cairn
