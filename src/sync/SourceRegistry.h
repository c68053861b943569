#pragma once
#include "Syncer.h"

#include <memory>

namespace cairn {

class Settings;

// The sources Cairn can sync and how each one's syncer is made from the settings.
namespace SourceRegistry {
QStringList implemented();
std::unique_ptr<Syncer> create(const QString &source, const Settings &settings);
// The Jira sync configurations named in the settings (jira.configs, else every jira.<name>.jql).
QStringList jiraConfigNames(const Settings &settings);
// github.repos as a list ("owner/name", separated by spaces or commas).
QStringList githubRepos(const Settings &settings);
} // namespace SourceRegistry

} // namespace cairn
