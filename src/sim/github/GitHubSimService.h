// The simulator's GitHub service ("github"): /github/… REST and GraphQL (GitHubService), its
// secondary limits (GitHubLimits), the app's token revocation, /_admin/github/mutate
// (GitHubAdmin.cpp), its OAuth client with the device flow and its cairn-sim options.
// Registered in src/sim/Services.cpp.
#pragma once

#include "sim/SimService.h"

namespace sim {

const SimServiceDescriptor &gitHubSimService();

} // namespace sim
