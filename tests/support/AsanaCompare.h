#pragma once
#include "SyncHarness.h"

#include <QSet>
#include <optional>

namespace cairn::test {

// Points the harness's settings and credentials at the simulator's Asana.
void useAsana(SyncHarness &h);

// "" when the Asana cache equals the simulator's ground truth: every project that is active
// on the service is live and equal (name, modified_at); completed, archived or deleted ones are
// marked so when cached; every live task of an active project is live and equal (name, notes,
// completed, assignee, due date, modified_at, projects and sections); no task deleted in an
// active project (one Cairn follows) and no unknown task is live. Else the first difference.
// `scope` (a portfolio's projects): only those are followed — a project outside it must not
// be live in the cache, nor a task that is in none of its projects.
QString compareAsana(SyncHarness &h, const std::optional<QSet<QString>> &scope = std::nullopt);

} // namespace cairn::test
