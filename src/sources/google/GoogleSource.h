#pragma once
#include "SourceDescriptor.h"

namespace cairn {

// Google Contacts: the person's contacts (People API connections), their groups and photos.
const SourceDescriptor &googleSource();

} // namespace cairn
