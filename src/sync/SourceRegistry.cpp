#include "SourceRegistry.h"
#include "Settings.h"
#include "asana/AsanaSyncer.h"
#include "github/GitHubSyncer.h"
#include "google/GoogleContactsSyncer.h"
#include "jira/JiraSyncer.h"

namespace cairn::SourceRegistry {

QStringList implemented()
{
    return {QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")};
}

QStringList jiraConfigNames(const Settings &settings)
{
    // jira.configs=<name>[,<name>...]; without it, every <name> that has a jira.<name>.jql.
    QStringList names = settings.value(QStringLiteral("jira.configs")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &n : names)
        n = n.trimmed();
    names.removeAll(QString());
    if (names.isEmpty()) {
        for (const QString &key : settings.keys()) {
            const QStringList parts = key.split(QLatin1Char('.'));
            if (parts.size() == 3 && parts[0] == QLatin1String("jira") && parts[2] == QLatin1String("jql"))
                names << parts[1];
        }
    }
    names.removeDuplicates();
    return names;
}

QStringList githubRepos(const Settings &settings)
{
    return settings.value(QStringLiteral("github.repos")).toString().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

JiraSyncer::Config jiraConfig(const Settings &settings)
{
    JiraSyncer::Config c;
    // CAIRN_JIRA_API_URL (or jira.api_url) points every configuration at one site: the simulator.
    const QUrl override = settings.apiUrl(QStringLiteral("jira"));
    for (const QString &name : jiraConfigNames(settings)) {
        JiraSyncer::Configuration one;
        one.name = name;
        one.site = override.isValid() && !override.isEmpty()
                       ? override
                       : QUrl::fromUserInput(settings.value(QStringLiteral("jira.%1.site").arg(name)).toString());
        one.jql = settings.value(QStringLiteral("jira.%1.jql").arg(name)).toString();
        c.configurations << one;
    }
    c.sweepHours = settings.boundedInt(QStringLiteral("jira.sweep_hours"), 24);
    return c;
}

std::unique_ptr<Syncer> create(const QString &source, const Settings &settings)
{
    if (source == QLatin1String("google"))
        return std::make_unique<GoogleContactsSyncer>(settings.apiUrl(source));
    if (source == QLatin1String("asana")) {
        AsanaSyncer::Config c;
        c.apiBase = settings.apiUrl(source);
        c.workspace = settings.value(QStringLiteral("asana.workspace")).toString();
        c.portfolio = settings.value(QStringLiteral("asana.portfolio")).toString().trimmed();
        c.staleHours = settings.boundedInt(QStringLiteral("asana.stale_hours"), 6);
        c.fullEveryDays = settings.boundedInt(QStringLiteral("asana.full_every_days"), 7);
        return std::make_unique<AsanaSyncer>(c);
    }
    if (source == QLatin1String("github")) {
        GitHubSyncer::Config c;
        c.apiBase = settings.apiUrl(source);
        c.repos = githubRepos(settings);
        c.fullEveryDays = settings.boundedInt(QStringLiteral("github.full_every_days"), 7);
        c.maxWaitSecs = settings.boundedInt(QStringLiteral("github.max_wait_seconds"), 60);
        c.reservePercent = settings.boundedInt(QStringLiteral("github.quota_reserve_percent"), 20);
        return std::make_unique<GitHubSyncer>(c);
    }
    if (source == QLatin1String("jira"))
        return std::make_unique<JiraSyncer>(jiraConfig(settings));
    return nullptr;
}

} // namespace cairn::SourceRegistry
