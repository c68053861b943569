#include "SourceRegistry.h"
#include "Sources.h"
#include "github/GitHubSource.h"
#include "jira/JiraSource.h"

namespace cairn::SourceRegistry {

QStringList implemented()
{
    return Sources::ids();
}

std::unique_ptr<Syncer> create(const QString &source, const Settings &settings)
{
    const SourceDescriptor *d = Sources::find(source);
    return d && d->makeSyncer ? d->makeSyncer(settings) : nullptr;
}

QStringList jiraConfigNames(const Settings &settings)
{
    return jira::configNames(settings);
}

QStringList githubRepos(const Settings &settings)
{
    return github::repos(settings);
}

} // namespace cairn::SourceRegistry
