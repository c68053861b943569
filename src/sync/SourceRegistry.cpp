#include "SourceRegistry.h"
#include "Settings.h"
#include "google/GoogleContactsSyncer.h"

namespace cairn::SourceRegistry {

QStringList implemented()
{
    return {QStringLiteral("google")};
}

std::unique_ptr<Syncer> create(const QString &source, const Settings &settings)
{
    if (source == QLatin1String("google"))
        return std::make_unique<GoogleContactsSyncer>(settings.apiUrl(source));
    return nullptr;
}

} // namespace cairn::SourceRegistry
