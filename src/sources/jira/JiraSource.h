#pragma once
#include "SourceDescriptor.h"

namespace cairn {

// Jira Cloud: the issues of named configurations (a site and a JQL each).
const SourceDescriptor &jiraSource();

namespace jira {
// The sync configurations named in the settings (jira.configs, else every jira.<name>.jql).
QStringList configNames(const Settings &settings);
} // namespace jira

} // namespace cairn
