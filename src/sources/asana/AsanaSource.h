#pragma once
#include "SourceDescriptor.h"

namespace cairn {

// Asana: the projects of a workspace or portfolio and their tasks.
const SourceDescriptor &asanaSource();

} // namespace cairn
