#pragma once
#include "SourceDescriptor.h"

namespace cairn {

// GitHub: the pull requests and reviews of the repositories of github.repos.
const SourceDescriptor &gitHubSource();

namespace github {
// github.repos as a list ("owner/name", separated by spaces or commas).
QStringList repos(const Settings &settings);
} // namespace github

} // namespace cairn
