#pragma once
#include "SyncHarness.h"

namespace cairn::test {

// Points the harness's settings and credentials at the simulator's Asana.
void useAsana(SyncHarness &h);

// "" when the Asana cache equals the simulator's ground truth: every project that is active
// on the service is live and equal (name, modified_at); completed, archived or deleted ones are
// marked so when cached; every live task of an active project is live and equal (name, notes,
// completed, assignee, due date, modified_at, projects and sections); no deleted or unknown
// task is live. Else the first difference.
QString compareAsana(SyncHarness &h);

} // namespace cairn::test
