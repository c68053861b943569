#include "SourceRegistry.h"
#include "Settings.h"
#include "asana/AsanaSyncer.h"
#include "google/GoogleContactsSyncer.h"

namespace cairn::SourceRegistry {

QStringList implemented()
{
    return {QStringLiteral("google"), QStringLiteral("asana")};
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
    return nullptr;
}

} // namespace cairn::SourceRegistry
