#include "SyncRun.h"

namespace cairn {

QJsonObject SyncRun::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), source},
        {QStringLiteral("account"), account},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("mode"), mode},
        {QStringLiteral("status"), status},
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
