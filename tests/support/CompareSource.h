#pragma once
// The cache-against-truth check of a source by its id, for the tests that run the same steps
// on several sources.
#include "SyncHarness.h"

namespace cairn::test {

// "" when the cache of `source` ("google", "asana", "github", else Jira's default configuration)
// equals the simulator's ground truth: compareGoogle, compareAsana, compareGitHub, compareJira.
QString compareSource(SyncHarness &h, const QString &source);

} // namespace cairn::test
