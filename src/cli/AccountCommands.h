#pragma once
#include "CliCommands.h"

namespace cairn {

class Settings;

// cairn login SOURCE [--account NAME] [--token-stdin | --no-browser | --device]
//   [--client-secret-stdin] [--site URL --email E] [--session-only]
// cairn logout SOURCE [--account NAME]
// cairn accounts [--json]
// Throw cairn::Error on failure (no secret in any message).
int commandLogin(const CliOptions &o, Settings &settings);
int commandLogout(const CliOptions &o, Settings &settings);
int commandAccounts(const CliOptions &o, Settings &settings);

} // namespace cairn
