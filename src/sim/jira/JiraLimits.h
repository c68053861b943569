// Jira Cloud's rate limits (developer.atlassian.com "Rate limiting", docs/simulator.md): the
// burst limit (a token bucket per token, endpoint and method: GET/POST 100 a second, PUT/DELETE
// 50, GET issue 150) for every request; the points quota (65 000 an hour, 1 point a request and
// 1 per issue or project read, 2 per user) for OAuth (Bearer) traffic only; 429 with
// Retry-After, X-RateLimit-*, RateLimit-Reason.
#pragma once

#include "sim/HttpTypes.h"
#include "sim/RateLimits.h"
#include "sim/SimOptions.h"

#include <QHash>
#include <optional>

namespace sim {

class JiraLimits
{
public:
    JiraLimits(const Options &options, RateLimits &engine);
    // Once the credentials were accepted, before the service answers.
    std::optional<HttpReply> admit(const HttpRequest &request);
    // After the service answered: what the answer costs (the points) and the headers every
    // answer carries (X-RateLimit-*).
    void charge(const HttpRequest &request, HttpReply &reply);

    // "GET /rest/api/3/issue/{issueIdOrKey}": the burst limit is per endpoint, not per issue.
    static QString endpointOf(const HttpRequest &request);

private:
    struct Bucket // the burst limit's token bucket
    {
        double tokens = -1; // -1: full
        qint64 atMs = 0;
        qint64 refusedAtMs = -1;
        qint64 notBeforeMs = 0;
    };
    struct Quota // the points, per UTC hour
    {
        qint64 hourStartMs = -1;
        qint64 spent = 0;
        qint64 refusedAtMs = -1;
    };

    HttpReply refusal(qint64 waitMs, const QByteArray &reason, int limit) const;

    RateLimits &m_engine;
    RateLimits::Counts &m_counts;
    int m_burst;
    qint64 m_quota;
    QHash<QByteArray, Bucket> m_buckets; // token + method + endpoint
    QHash<QByteArray, Quota> m_quotas;   // OAuth token
};

} // namespace sim
