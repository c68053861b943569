// The simulator's Asana service ("asana"): /asana/api/1.0/… (AsanaService), its limits
// (AsanaLimits), /_admin/asana/mutate (AsanaAdmin.cpp), its OAuth client and its cairn-sim
// options. Registered in src/sim/Services.cpp.
#pragma once

#include "sim/SimService.h"

namespace sim {

const SimServiceDescriptor &asanaSimService();

} // namespace sim
