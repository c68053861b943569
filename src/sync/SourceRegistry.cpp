#include "SourceRegistry.h"
#include "Sources.h"

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

} // namespace cairn::SourceRegistry
