#pragma once
#include "GitHubGraphQL.h"
#include "HttpClient.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace cairn::github {

// The token's hourly quotas as GitHub last told them — REST's ("core": x-ratelimit-* headers)
// and GraphQL's (its headers and rateLimit { remaining resetAt }) — and the budget a sync keeps
// to: a background sync leaves `reservePercent` of each hour to the person's other tools (and
// to their own "Sync now"), which may spend down to nothing.
class GitHubQuota
{
public:
    void setReservePercent(int percent) { m_reservePercent = std::clamp(percent, 0, 100); }
    void setBackground(bool background) { m_background = background; }
    bool background() const { return m_background; }

    // Reads the x-ratelimit-* headers of any answer (its resource names the bucket).
    void observe(const HttpResponse &r);
    void observe(const GraphRate &rate);

    // Before spending `cost` of `resource` ("core", "graphql"): the time to wait until (GitHub's
    // reset, by its clock), or an invalid time when the request may go now.
    QDateTime waitUntil(const QString &resource, int cost) const;
    // The server's clock at the last answer (to turn a reset time into a wait).
    QDateTime serverNow() const { return m_serverNow; }
    int remaining(const QString &resource) const { return m_buckets.value(resource).remaining; }

private:
    struct Bucket
    {
        int limit = 0;
        int remaining = -1; // -1: not told yet
        QDateTime reset;
    };
    QHash<QString, Bucket> m_buckets;
    QDateTime m_serverNow;
    int m_reservePercent = 20;
    bool m_background = false;
};

} // namespace cairn::github
