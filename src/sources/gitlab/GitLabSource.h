#pragma once
#include "SourceDescriptor.h"

namespace cairn {

// GitLab: the merge requests (with their approvals) of the projects of gitlab.projects, on
// GitLab.com or a self-managed instance (gitlab.base_url).
const SourceDescriptor &gitLabSource();

namespace gitlab {
// gitlab.projects as a list (paths "group/project" or ids, separated by spaces or commas).
QStringList projects(const Settings &settings);
} // namespace gitlab

} // namespace cairn
