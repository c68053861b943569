#include "GitHubQuota.h"
#include "ServiceApi.h"

namespace cairn::github {

void GitHubQuota::observe(const HttpResponse &r)
{
    if (const QDateTime date = serverTimeOf(r); date.isValid())
        m_serverNow = date;
    bool okRemaining = false, okReset = false, okLimit = false;
    const int remaining = r.header("x-ratelimit-remaining").trimmed().toInt(&okRemaining);
    const qint64 reset = r.header("x-ratelimit-reset").trimmed().toLongLong(&okReset);
    const int limit = r.header("x-ratelimit-limit").trimmed().toInt(&okLimit);
    if (!okRemaining || !okReset || r.status == 304) // a 304 is free, and its headers may be stale
        return;
    QString resource = QString::fromLatin1(r.header("x-ratelimit-resource").trimmed());
    if (resource.isEmpty())
        resource = QStringLiteral("core");
    Bucket &b = m_buckets[resource];
    b.remaining = remaining;
    b.reset = QDateTime::fromSecsSinceEpoch(reset, QTimeZone::utc());
    if (okLimit)
        b.limit = limit;
}

void GitHubQuota::observe(const GraphRate &rate)
{
    if (rate.remaining < 0)
        return;
    Bucket &b = m_buckets[QStringLiteral("graphql")];
    b.remaining = rate.remaining;
    if (rate.resetAt.isValid())
        b.reset = rate.resetAt;
    if (rate.limit > 0)
        b.limit = rate.limit;
}

QDateTime GitHubQuota::waitUntil(const QString &resource, int cost) const
{
    const Bucket b = m_buckets.value(resource);
    if (b.remaining < 0 || !b.reset.isValid())
        return {};
    if (m_serverNow.isValid() && b.reset <= m_serverNow)
        return {}; // a new hour has begun
    const int reserve = m_background ? int(qint64(b.limit) * m_reservePercent / 100) : 0;
    if (b.remaining - cost >= reserve)
        return {};
    return b.reset;
}

} // namespace cairn::github
