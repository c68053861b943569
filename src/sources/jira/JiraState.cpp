#include "JiraState.h"
#include "StateData.h"

namespace cairn::jira {

QString configScope(const QString &name)
{
    return name;
}

QString configOfScope(const QString &scope)
{
    return scope;
}

ConfigFields ConfigFields::read(SyncState *row)
{
    const QJsonObject d = row->data;
    // Version 0 (before "v"): jql, listing_started, listing_mark as a string.
    const bool v0 = !d.contains(QLatin1String("v"));
    ConfigFields f;
    f.site = QUrl(d.value(QLatin1String("site")).toString());
    f.syncedJql = d.value(QLatin1String(v0 ? "jql" : "synced_jql")).toString();
    f.lastSweepAt = state::time(d, "last_sweep_at");
    f.listingJql = d.value(QLatin1String("listing_jql")).toString();
    f.listingFor = d.value(QLatin1String("listing_for")).toString();
    f.nextWatermark = state::time(d, v0 ? "listing_started" : "next_watermark");
    const QJsonValue mark = d.value(QLatin1String("listing_mark"));
    f.listingMark = v0 ? mark.toString().toLongLong() : mark.toInteger();
    return f;
}

QJsonObject ConfigFields::toJson() const
{
    QJsonObject o{{QStringLiteral("v"), kVersion}};
    if (!site.isEmpty())
        o.insert(QStringLiteral("site"), site.toString());
    state::putText(o, "synced_jql", syncedJql);
    state::putTime(o, "last_sweep_at", lastSweepAt);
    state::putText(o, "listing_jql", listingJql);
    state::putText(o, "listing_for", listingFor);
    state::putTime(o, "next_watermark", nextWatermark);
    if (listingMark != 0)
        o.insert(QStringLiteral("listing_mark"), listingMark);
    return o;
}

} // namespace cairn::jira
