#pragma once
#include "SyncHarness.h"

namespace cairn::test {

// Points the harness's settings and credentials at the simulator's GitHub, syncing `repos`
// (all of the simulator's repositories when empty).
void useGitHub(SyncHarness &h, const QStringList &repos = {});

// "" when the GitHub cache equals the simulator's ground truth for `repos` (every configured
// one when empty): every pull the service has is live and equal (title, body, state, draft,
// user, labels, updated_at, merged_at, closed_at, reviews); every pull it removed is deleted
// or absent; no cached pull is unknown to it. Else the first difference.
QString compareGitHub(SyncHarness &h, const QStringList &repos = {});

} // namespace cairn::test
