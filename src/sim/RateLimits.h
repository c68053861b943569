// The services' documented rate limits, in front of each service's request handling
// (docs/simulator.md, "Rate limits"): per token, measured on the simulator's clock, so that a
// test that freezes the clock and moves it on decides exactly when a window frees.
//
//   Google People  90 read requests a minute per user; 429 RESOURCE_EXHAUSTED, no Retry-After
//   Asana          150 requests a minute (1 500 in a paid workspace), the task search 60 a
//                  minute, 50 reads and 15 writes in flight; refused requests still count;
//                  429 with Retry-After
//   GitHub         the secondary limits: 100 requests in flight, 900 points a minute per REST
//                  endpoint (GET 1, others 5), 2 000 a minute for GraphQL; 403 with retry-after
//   Jira Cloud     the burst limit (per endpoint and method: GET/POST 100 a second, PUT/DELETE
//                  50, GET issue 150) for every request; the points quota (65 000 an hour,
//                  1 point a request and 1 per issue or project read, 2 per user) for OAuth
//                  (Bearer) traffic only; 429 with Retry-After, X-RateLimit-*, RateLimit-Reason
//
// Each refusal is counted, and so is every request that arrives while the Retry-After of an
// earlier refusal of the same limit has not passed ("early": a client hammering).
#pragma once

#include "sim/HttpTypes.h"
#include "sim/SimOptions.h"

#include <QHash>
#include <QJsonObject>
#include <deque>
#include <optional>

namespace sim {

class SimClock;

class RateLimits
{
public:
    enum class Service { Google, Asana, GitHub, Jira };

    RateLimits(const Options &options, const SimClock &clock);

    // The service an API path belongs to (not sign-in, photos or the admin API).
    static std::optional<Service> serviceOf(const QString &path);

    // On arrival, before anything else: the in-flight limits. A refusal is answered at once;
    // an admitted request holds its place until leave().
    std::optional<HttpReply> arrive(Service s, const HttpRequest &r);
    void leave(Service s, const HttpRequest &r);
    // Once the credentials were accepted, before the service answers: the windows.
    std::optional<HttpReply> admit(Service s, const HttpRequest &r);
    // After the service answered: what the answer costs (Jira's points) and the headers every
    // answer carries (Jira's X-RateLimit-*).
    void charge(Service s, const HttpRequest &r, HttpReply &reply);

    // {"google":{"limited":N,"early":M},…}: refusals and requests sent before the Retry-After
    // of an earlier refusal of the same limit had passed.
    QJsonObject stats() const;
    void resetStats();

    // A Retry-After value: whole seconds, rounded up, at least 1.
    static qint64 retryAfterSeconds(qint64 waitMs);

private:
    // A sliding window: the points of the requests of the last `windowMs`.
    struct Window
    {
        std::deque<std::pair<qint64, int>> log; // (time, points), oldest first
        int used = 0;
        qint64 refusedAtMs = -1; // the last refusal, and until when it asked the client to wait
        qint64 notBeforeMs = 0;
    };
    // A token bucket (Jira's burst limit).
    struct Bucket
    {
        double tokens = -1; // -1: full
        qint64 atMs = 0;
        qint64 refusedAtMs = -1;
        qint64 notBeforeMs = 0;
    };
    struct Quota // Jira's points, per UTC hour
    {
        qint64 hourStartMs = -1;
        qint64 spent = 0;
        qint64 refusedAtMs = -1;
    };
    struct Counts
    {
        int limited = 0;
        int early = 0;
    };

    // 0 when the request fits (and is logged); else the milliseconds until it would.
    qint64 take(Window &w, Service s, qint64 now, qint64 windowMs, int limit, int cost, bool refusedCount);
    void noteEarly(Service s, qint64 refusedAtMs, qint64 notBeforeMs, qint64 now);
    HttpReply refusal(Service s, qint64 waitMs, const QByteArray &reason = {}, int limit = 0);

    std::optional<HttpReply> admitJira(const HttpRequest &r, qint64 now);
    static QString endpointOf(Service s, const HttpRequest &r);
    static QByteArray keyOf(const HttpRequest &r) { return r.header("Authorization"); }

    const SimClock &m_clock;
    int m_googleReads;
    int m_asanaPerMinute;
    int m_asanaSearchPerMinute;
    int m_asanaReadsInFlight;
    int m_asanaWritesInFlight;
    int m_githubInFlight;
    int m_githubRestPoints;
    int m_githubGraphqlPoints;
    int m_jiraBurst;
    qint64 m_jiraQuota;

    QHash<QByteArray, Window> m_windows;   // service + token (+ endpoint)
    QHash<QByteArray, Bucket> m_buckets;   // Jira: token + method + endpoint
    QHash<QByteArray, Quota> m_quotas;     // Jira: OAuth token
    QHash<QByteArray, int> m_inFlight;     // service + token (+ read/write)
    QHash<QByteArray, Window> m_busy;      // refusals of the in-flight limits (for "early")
    Counts m_counts[4];
};

} // namespace sim
