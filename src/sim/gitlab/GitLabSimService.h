// The simulator's GitLab service ("gitlab"): /gitlab/api/v4/… (GitLabService), its per-minute
// rate limit, /_admin/gitlab/mutate (GitLabAdmin.cpp), its OAuth client (PKCE, no secret) and
// its cairn-sim options. Registered in src/sim/Services.cpp.
#pragma once

#include "sim/SimService.h"

namespace sim {

const SimServiceDescriptor &gitLabSimService();

} // namespace sim
