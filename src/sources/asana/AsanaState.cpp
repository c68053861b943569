#include "AsanaState.h"

#include <QJsonArray>

namespace cairn::asana {

namespace {
const QLatin1String kProjectPrefix("project:");

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), t.toUTC().toString(Qt::ISODateWithMs));
}

void putText(QJsonObject &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(QLatin1String(key), s);
}
} // namespace

QString metaScope()
{
    return QStringLiteral("meta");
}

QString projectScope(const QString &gid)
{
    return kProjectPrefix + gid;
}

QString projectOfScope(const QString &scope)
{
    return scope.startsWith(kProjectPrefix) ? scope.sliced(kProjectPrefix.size()) : QString();
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
    putText(o, "me", me);
    putText(o, "workspace", workspace);
    putText(o, "listed_from", listedFrom);
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
    f.eventsTokenAt = timeOf(d, v0 ? "events_sync_at" : "events_token_at");
    f.crawlDue = d.value(QLatin1String("crawl_due")).toBool();
    for (const QJsonValue &v : d.value(QLatin1String("pending")).toArray())
        f.pending.insert(v.toString());
    f.nextWatermark = timeOf(d, v0 ? "listing_started" : "next_watermark");
    f.listingSince = timeOf(d, "listing_since");
    return f;
}

QJsonObject ProjectFields::toJson() const
{
    QJsonObject o{{QStringLiteral("v"), kVersion}};
    putText(o, "events_token", eventsToken);
    putTime(o, "events_token_at", eventsTokenAt);
    if (crawlDue)
        o.insert(QStringLiteral("crawl_due"), true);
    if (!pending.isEmpty()) {
        QStringList sorted(pending.cbegin(), pending.cend());
        sorted.sort();
        o.insert(QStringLiteral("pending"), QJsonArray::fromStringList(sorted));
    }
    putTime(o, "next_watermark", nextWatermark);
    putTime(o, "listing_since", listingSince);
    return o;
}

} // namespace cairn::asana
