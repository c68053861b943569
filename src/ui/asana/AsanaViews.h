#pragma once
#include "SourceViews.h"

namespace cairn {

// Asana in the window: the Projects page (the projects, a project's tasks, a task), the tasks
// assigned to a person, the workspace picker and its Settings group.
const SourceViews &asanaViews();

} // namespace cairn
