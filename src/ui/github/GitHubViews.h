#pragma once
#include "SourceViews.h"

namespace cairn {

// GitHub in the window: the Pull requests page, a person's pull requests, the repository
// picker and its Settings rows (once a day, the repositories).
const SourceViews &gitHubViews();

} // namespace cairn
