#include "GitHubState.h"

#include <QJsonArray>

namespace cairn::github {

namespace {
const QLatin1String kRepoPrefix("repo:");

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), t.toUTC().toString(Qt::ISODateWithMs));
}
} // namespace

QString repoScope(const QString &repo)
{
    return kRepoPrefix + repo;
}

QString repoOfScope(const QString &scope)
{
    return scope.startsWith(kRepoPrefix) ? scope.sliced(kRepoPrefix.size()) : QString();
}

RepoFields RepoFields::read(SyncState *row)
{
    const QJsonObject d = row->data;
    const bool v0 = !d.contains(QLatin1String("v"));
    RepoFields f;
    f.watermark = timeOf(d, "watermark");
    f.etag = d.value(QLatin1String("etag")).toString();
    f.nextWatermark = timeOf(d, v0 ? "listing_max" : "next_watermark");
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
    putTime(o, "watermark", watermark);
    if (!etag.isEmpty())
        o.insert(QStringLiteral("etag"), etag);
    putTime(o, "next_watermark", nextWatermark);
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
