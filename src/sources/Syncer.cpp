#include "Syncer.h"

namespace cairn {

QString modeName(SyncMode m)
{
    switch (m) {
    case SyncMode::Auto: return QStringLiteral("auto");
    case SyncMode::Full: return QStringLiteral("full");
    case SyncMode::Partial: return QStringLiteral("partial");
    }
    return {};
}

SyncMode modeFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("full"))
        return SyncMode::Full;
    if (name == QLatin1String("partial") || name == QLatin1String("incremental"))
        return SyncMode::Partial;
    if (ok)
        *ok = name == QLatin1String("auto") || name.isEmpty();
    return SyncMode::Auto;
}

} // namespace cairn
