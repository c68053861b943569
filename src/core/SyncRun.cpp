#include "SyncRun.h"

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

QString statusName(RunStatus s)
{
    switch (s) {
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Ok: return QStringLiteral("ok");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    case RunStatus::NeedsSignIn: return QStringLiteral("needs-sign-in");
    case RunStatus::Busy: return QStringLiteral("busy");
    case RunStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

RunStatus statusFromName(const QString &name)
{
    for (RunStatus s : {RunStatus::Running, RunStatus::Ok, RunStatus::Failed, RunStatus::Cancelled, RunStatus::NeedsSignIn,
                        RunStatus::Busy, RunStatus::Skipped})
        if (name == statusName(s))
            return s;
    return RunStatus::Failed;
}

QJsonObject SyncRun::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), source},
        {QStringLiteral("account"), account},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"), finishedAt.isValid() ? finishedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("duration_ms"), durationMs()},
        {QStringLiteral("api_calls"), apiCalls},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("created"), created},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("deleted"), deleted},
        {QStringLiteral("skipped"), skipped},
    };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace cairn
