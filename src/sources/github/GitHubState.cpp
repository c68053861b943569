#include "GitHubState.h"
#include "StateData.h"

#include <QJsonArray>

namespace cairn::github {

RepoFields RepoFields::read(SyncState *row)
{
    const QJsonObject d = row->data;
    const bool v0 = !d.contains(QLatin1String("v"));
    RepoFields f;
    f.watermark = state::time(d, "watermark");
    f.etag = d.value(QLatin1String("etag")).toString();
    f.nextWatermark = state::time(d, v0 ? "listing_max" : "next_watermark");
    f.listingEtag = d.value(QLatin1String("listing_etag")).toString();
    for (const QJsonValue &v : d.value(QLatin1String("reviews_recheck")).toArray())
        f.recheck.append(v.toInt());
    if (!v0) {
        f.confirmRun = d.value(QLatin1String("confirm_run")).toInteger();
        return f;
    }
    const QLatin1String graphCursor("graphql:");
    if (row->pageToken == QLatin1String("confirm")) {
        f.confirmRun = row->listingRunId;
        row->pageToken.clear();
    } else if (row->pageToken.startsWith(graphCursor)) {
        row->pageToken = row->pageToken.sliced(graphCursor.size());
    } else {
        row->pageToken.clear(); // a REST page address: that listing starts over
    }
    return f;
}

QJsonObject RepoFields::toJson() const
{
    QJsonObject o{{QStringLiteral("v"), kVersion}};
    state::putTime(o, "watermark", watermark);
    if (!etag.isEmpty())
        o.insert(QStringLiteral("etag"), etag);
    state::putTime(o, "next_watermark", nextWatermark);
    if (!listingEtag.isEmpty())
        o.insert(QStringLiteral("listing_etag"), listingEtag);
    if (!recheck.isEmpty()) {
        QJsonArray numbers;
        for (int n : recheck)
            numbers.append(n);
        o.insert(QStringLiteral("reviews_recheck"), numbers);
    }
    if (confirmRun != 0)
        o.insert(QStringLiteral("confirm_run"), confirmRun);
    return o;
}

} // namespace cairn::github
