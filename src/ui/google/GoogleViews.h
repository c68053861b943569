#pragma once
#include "SourceViews.h"

namespace cairn {

// Google Contacts in the window: the Contacts page (the list, the card with its photo).
const SourceViews &googleViews();

} // namespace cairn
