#include "AsanaState.h"
#include "StateData.h"

#include <QJsonArray>

namespace cairn::asana {

QString metaScope()
{
    return QStringLiteral("meta");
}

MetaFields MetaFields::read(SyncState *row)
{
    const QJsonObject d = row->data;
    const bool v0 = !d.contains(QLatin1String("v"));
    MetaFields f;
    f.me = d.value(QLatin1String("me")).toString();
    f.workspace = d.value(QLatin1String("workspace")).toString();
    f.listedFrom = d.value(QLatin1String(v0 ? "scope" : "listed_from")).toString();
    const QString search = d.value(QLatin1String("search")).toString();
    f.search = search == QLatin1String("on") ? Search::On : search == QLatin1String("off") ? Search::Off : Search::Unknown;
    return f;
}

QJsonObject MetaFields::toJson() const
{
    QJsonObject o{{QStringLiteral("v"), kVersion}};
    state::putText(o, "me", me);
    state::putText(o, "workspace", workspace);
    state::putText(o, "listed_from", listedFrom);
    if (search != Search::Unknown)
        o.insert(QStringLiteral("search"), search == Search::On ? QStringLiteral("on") : QStringLiteral("off"));
    return o;
}

ProjectFields ProjectFields::read(SyncState *row)
{
    const QJsonObject d = row->data;
    // Version 0 (before "v"): events_sync, events_sync_at, listing_started.
    const bool v0 = !d.contains(QLatin1String("v"));
    ProjectFields f;
    f.eventsToken = d.value(QLatin1String(v0 ? "events_sync" : "events_token")).toString();
    f.eventsTokenAt = state::time(d, v0 ? "events_sync_at" : "events_token_at");
    f.crawlDue = d.value(QLatin1String("crawl_due")).toBool();
    for (const QJsonValue &v : d.value(QLatin1String("pending")).toArray())
        f.pending.insert(v.toString());
    f.nextWatermark = state::time(d, v0 ? "listing_started" : "next_watermark");
    f.listingSince = state::time(d, "listing_since");
    return f;
}

QJsonObject ProjectFields::toJson() const
{
    QJsonObject o{{QStringLiteral("v"), kVersion}};
    state::putText(o, "events_token", eventsToken);
    state::putTime(o, "events_token_at", eventsTokenAt);
    if (crawlDue)
        o.insert(QStringLiteral("crawl_due"), true);
    if (!pending.isEmpty()) {
        QStringList sorted(pending.cbegin(), pending.cend());
        sorted.sort();
        o.insert(QStringLiteral("pending"), QJsonArray::fromStringList(sorted));
    }
    state::putTime(o, "next_watermark", nextWatermark);
    state::putTime(o, "listing_since", listingSince);
    return o;
}

} // namespace cairn::asana
