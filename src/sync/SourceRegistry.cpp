#include "SourceRegistry.h"
#include "Settings.h"
#include "asana/AsanaSyncer.h"
#include "github/GitHubSyncer.h"
#include "google/GoogleContactsSyncer.h"

namespace cairn::SourceRegistry {

QStringList implemented()
{
    return {QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github")};
}

std::unique_ptr<Syncer> create(const QString &source, const Settings &settings)
{
    if (source == QLatin1String("google"))
        return std::make_unique<GoogleContactsSyncer>(settings.apiUrl(source));
    if (source == QLatin1String("asana")) {
        AsanaSyncer::Config c;
        c.apiBase = settings.apiUrl(source);
        c.workspace = settings.value(QStringLiteral("asana.workspace")).toString();
        c.staleHours = qMax(0, settings.value(QStringLiteral("asana.stale_hours"), 6).toInt());
        c.fullEveryDays = qMax(1, settings.value(QStringLiteral("asana.full_every_days"), 7).toInt());
        return std::make_unique<AsanaSyncer>(c);
    }
    if (source == QLatin1String("github")) {
        GitHubSyncer::Config c;
        c.apiBase = settings.apiUrl(source);
        c.repos = settings.value(QStringLiteral("github.repos")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        c.fullEveryDays = qMax(1, settings.value(QStringLiteral("github.full_every_days"), 7).toInt());
        c.maxWaitSecs = qMax(1, settings.value(QStringLiteral("github.max_wait_seconds"), 60).toInt());
        return std::make_unique<GitHubSyncer>(c);
    }
    return nullptr;
}

} // namespace cairn::SourceRegistry
