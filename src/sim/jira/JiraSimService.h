// The simulator's Jira Cloud service ("jira"): /jira/rest/api/3/… (JiraService), its limits
// (JiraLimits), /_admin/jira/mutate (JiraAdmin.cpp), its OAuth (3LO) client with the
// accessible-resources list and its cairn-sim options. Registered in src/sim/Services.cpp.
#pragma once

#include "sim/SimService.h"

namespace sim {

const SimServiceDescriptor &jiraSimService();

} // namespace sim
