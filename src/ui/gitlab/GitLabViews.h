#pragma once
#include "SourceViews.h"

namespace cairn {

// GitLab in the window: the Merge requests page, a person's merge requests, the project
// picker and its Settings rows (the projects, a self-managed GitLab's address).
const SourceViews &gitLabViews();

} // namespace cairn
