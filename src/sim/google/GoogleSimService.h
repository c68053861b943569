// The simulator's Google People service ("google"): /google/v1/… (GoogleService), contact
// photos under /google-photos/, /_admin/google/mutate (GoogleAdmin.cpp), its OAuth client and
// its cairn-sim options. Registered in src/sim/Services.cpp.
#pragma once

#include "sim/SimService.h"

namespace sim {

const SimServiceDescriptor &googleSimService();

} // namespace sim
