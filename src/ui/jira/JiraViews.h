#pragma once
#include "SourceViews.h"

namespace cairn {

// Jira in the window: the Issues page, a person's issues, the project picker and the
// configurations of the Settings dialog.
const SourceViews &jiraViews();

} // namespace cairn
