#include "sim/RateLimits.h"

#include "sim/AsanaService.h"
#include "sim/GitHubService.h"
#include "sim/JiraService.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcLimits, "cairn.sim.limits")

namespace sim {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;

const char *serviceName(RateLimits::Service s)
{
    switch (s) {
    case RateLimits::Service::Google: return "google";
    case RateLimits::Service::Asana: return "asana";
    case RateLimits::Service::GitHub: return "github";
    case RateLimits::Service::Jira: return "jira";
    }
    return "";
}

bool isRead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

// Asana's documented answer (developers.asana.com "Rate limits").
const QString kAsanaMessage = QStringLiteral(
    "You've made too many requests and hit a rate limit. Please retry after the given amount of time.");

HttpReply googleQuotaReply(int limit)
{
    // The shape of a recorded People API quota answer (RESOURCE_EXHAUSTED with an ErrorInfo
    // RATE_LIMIT_EXCEEDED and the quota's names); Google sends no Retry-After with it.
    const QString project = QStringLiteral("1012345678901");
    const QJsonObject info{
        {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
        {QStringLiteral("reason"), QStringLiteral("RATE_LIMIT_EXCEEDED")},
        {QStringLiteral("domain"), QStringLiteral("googleapis.com")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("consumer"), QStringLiteral("projects/") + project},
                     {QStringLiteral("quota_limit"), QStringLiteral("ReadRequestsPerMinutePerProjectPerUser")},
                     {QStringLiteral("quota_limit_value"), QString::number(limit)},
                     {QStringLiteral("quota_metric"), QStringLiteral("people.googleapis.com/read_requests")},
                     {QStringLiteral("service"), QStringLiteral("people.googleapis.com")}}}};
    const QJsonObject error{
        {QStringLiteral("code"), 429},
        {QStringLiteral("message"),
         QStringLiteral("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' "
                        "of service 'people.googleapis.com' for consumer 'project_number:%1'.")
             .arg(project)},
        {QStringLiteral("status"), QStringLiteral("RESOURCE_EXHAUSTED")},
        {QStringLiteral("details"), QJsonArray{info}}};
    return HttpReply::json(429, {{QStringLiteral("error"), error}});
}

// "2026-03-26T16:00Z": Atlassian's X-RateLimit-Reset (ISO 8601 to the minute).
QByteArray jiraResetTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'")).toLatin1();
}

// Jira's burst rate of an endpoint: GET and POST `base` a second, PUT, PATCH and DELETE half
// of it, and the two endpoints Atlassian lists higher (get issue, approximate count) 1.5×.
int jiraRate(int base, const QByteArray &method, const QString &endpoint)
{
    if (endpoint == QLatin1String("GET /rest/api/3/issue/{issueIdOrKey}")
        || endpoint == QLatin1String("POST /rest/api/3/search/approximate-count"))
        return base * 3 / 2;
    if (method == "PUT" || method == "DELETE" || method == "PATCH")
        return std::max(1, base / 2);
    return base;
}

} // namespace

RateLimits::RateLimits(const Options &o, const SimClock &clock)
    : m_clock(clock)
    , m_googleReads(std::max(0, o.googleReadsPerMinute))
    , m_asanaPerMinute(o.asanaRequestsPerMinute < 0 ? (o.asanaSearch ? 1500 : 150) : o.asanaRequestsPerMinute)
    , m_asanaSearchPerMinute(std::max(0, o.asanaSearchPerMinute))
    , m_asanaReadsInFlight(std::max(0, o.asanaReadsInFlight))
    , m_asanaWritesInFlight(std::max(0, o.asanaWritesInFlight))
    , m_githubInFlight(std::max(0, o.githubRequestsInFlight))
    , m_githubRestPoints(std::max(0, o.githubRestPointsPerMinute))
    , m_githubGraphqlPoints(std::max(0, o.githubGraphqlPointsPerMinute))
    , m_jiraBurst(std::max(0, o.jiraBurstPerSecond))
    , m_jiraQuota(std::max(0, o.jiraPointsPerHour))
{
}

std::optional<RateLimits::Service> RateLimits::serviceOf(const QString &path)
{
    if (path.startsWith(QLatin1String("/google/")))
        return Service::Google;
    if (path.startsWith(QLatin1String("/asana/api/1.0/")) || path == QLatin1String("/asana/api/1.0"))
        return Service::Asana;
    if (path.startsWith(QLatin1String("/github/")) && !path.startsWith(QLatin1String("/github/applications/")))
        return Service::GitHub;
    if (path.startsWith(QLatin1String("/jira/rest/api/3/")))
        return Service::Jira;
    return std::nullopt;
}

qint64 RateLimits::retryAfterSeconds(qint64 waitMs)
{
    return std::max<qint64>(1, (waitMs + 999) / 1000);
}

QString RateLimits::endpointOf(Service s, const HttpRequest &r)
{
    // The path with its ids as the description's parameters: GitHub's and Jira's limits are
    // per endpoint, not per repository, pull or issue.
    static const QRegularExpression issueKey(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_]*-)?\d+$)"));
    static const QRegularExpression number(QStringLiteral(R"(^\d+$)"));
    QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeFirst(); // github, jira
    if (s == Service::GitHub) {
        if (parts.size() >= 3 && parts[0] == QLatin1String("repos")) {
            parts[1] = QStringLiteral("{owner}");
            parts[2] = QStringLiteral("{repo}");
        }
        for (QString &p : parts)
            if (number.match(p).hasMatch())
                p = QStringLiteral("{number}");
    } else if (s == Service::Jira) { // rest/api/3/issue/{issueIdOrKey}[/…]
        for (qsizetype i = 1; i < parts.size(); ++i)
            if (parts[i - 1] == QLatin1String("issue") && issueKey.match(parts[i]).hasMatch())
                parts[i] = QStringLiteral("{issueIdOrKey}");
    }
    return QString::fromLatin1(r.method) + u' ' + u'/' + parts.join(u'/');
}

void RateLimits::noteEarly(Service s, qint64 refusedAtMs, qint64 notBeforeMs, qint64 now)
{
    // A request at the very instant of the refusal was on its way with it (parallel requests
    // on a frozen clock); one after it and before the Retry-After passed was sent early.
    if (refusedAtMs >= 0 && now > refusedAtMs && now < notBeforeMs)
        ++m_counts[int(s)].early;
}

qint64 RateLimits::take(Window &w, Service s, qint64 now, qint64 windowMs, int limit, int cost, bool refusedCount)
{
    while (!w.log.empty() && w.log.front().first <= now - windowMs) {
        w.used -= w.log.front().second;
        w.log.pop_front();
    }
    noteEarly(s, w.refusedAtMs, w.notBeforeMs, now);
    if (w.used + cost <= limit) {
        w.log.emplace_back(now, cost);
        w.used += cost;
        return 0;
    }
    if (refusedCount) { // Asana: "requests rejected by this limiter still count against the quotas"
        w.log.emplace_back(now, cost);
        w.used += cost;
    }
    // The time until enough of the oldest points have left the window for this request.
    int excess = w.used - (limit - cost);
    qint64 until = now + windowMs;
    for (const auto &[at, points] : w.log) {
        excess -= points;
        until = at + windowMs;
        if (excess <= 0)
            break;
    }
    const qint64 wait = std::max<qint64>(1, until - now);
    w.refusedAtMs = now;
    w.notBeforeMs = now + retryAfterSeconds(wait) * 1000;
    ++m_counts[int(s)].limited;
    return wait;
}

HttpReply RateLimits::refusal(Service s, qint64 waitMs, const QByteArray &reason, int limit)
{
    const QByteArray seconds = QByteArray::number(retryAfterSeconds(waitMs));
    qCInfo(lcLimits).nospace().noquote() << serviceName(s) << ": rate limited" << (reason.isEmpty() ? "" : " (" + reason + ')')
                               << (s == Service::Google ? QByteArray() : ", retry after " + seconds + " s");
    switch (s) {
    case Service::Google:
        return googleQuotaReply(limit);
    case Service::Asana: {
        HttpReply r = AsanaService::error(429, kAsanaMessage);
        r.addHeader("Retry-After", seconds);
        return r;
    }
    case Service::GitHub: {
        HttpReply r = GitHubService::error(
            403,
            QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
                           "If you reach out to GitHub Support for help, please include the request ID 1D2E:3F4A:5B6C:7D8E."),
            QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"));
        r.addHeader("retry-after", seconds);
        return r;
    }
    case Service::Jira: {
        // Atlassian documents the headers, not the body: Jira's own error shape.
        HttpReply r = JiraService::error(429, QStringLiteral("Rate limit exceeded."));
        r.addHeader("Retry-After", seconds);
        r.addHeader("X-RateLimit-Limit", QByteArray::number(limit));
        r.addHeader("X-RateLimit-Remaining", "0");
        r.addHeader("X-RateLimit-Reset", jiraResetTime(m_clock.nowMs() + retryAfterSeconds(waitMs) * 1000));
        r.addHeader("RateLimit-Reason", reason);
        return r;
    }
    }
    return HttpReply::json(429, {});
}

std::optional<HttpReply> RateLimits::arrive(Service s, const HttpRequest &r)
{
    int limit = 0;
    QByteArray key;
    if (s == Service::Asana) {
        limit = isRead(r.method) ? m_asanaReadsInFlight : m_asanaWritesInFlight;
        key = "a|" + keyOf(r) + (isRead(r.method) ? "|r" : "|w");
    } else if (s == Service::GitHub) {
        limit = m_githubInFlight;
        key = "h|" + keyOf(r);
    }
    if (limit <= 0)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    Window &busy = m_busy[key];
    noteEarly(s, busy.refusedAtMs, busy.notBeforeMs, now);
    int &inFlight = m_inFlight[key];
    if (inFlight < limit) {
        ++inFlight;
        return std::nullopt;
    }
    // Neither service says how long to wait: a second, for another request to finish.
    busy.refusedAtMs = now;
    busy.notBeforeMs = now + 1000;
    ++m_counts[int(s)].limited;
    return refusal(s, 1000);
}

void RateLimits::leave(Service s, const HttpRequest &r)
{
    QByteArray key;
    if (s == Service::Asana)
        key = "a|" + keyOf(r) + (isRead(r.method) ? "|r" : "|w");
    else if (s == Service::GitHub)
        key = "h|" + keyOf(r);
    auto it = m_inFlight.find(key);
    if (it != m_inFlight.end() && --it.value() <= 0)
        m_inFlight.erase(it);
}

std::optional<HttpReply> RateLimits::admit(Service s, const HttpRequest &r)
{
    const qint64 now = m_clock.nowMs();
    switch (s) {
    case Service::Google:
        if (m_googleReads > 0 && isRead(r.method)) {
            Window &w = m_windows["g|" + keyOf(r)];
            if (take(w, s, now, kMinute, m_googleReads, 1, false) > 0) {
                w.refusedAtMs = -1; // no Retry-After to keep: the client backs off on its own
                return refusal(s, 0, {}, m_googleReads);
            }
        }
        return std::nullopt;
    case Service::Asana: {
        if (m_asanaPerMinute > 0) {
            if (const qint64 wait = take(m_windows["a|" + keyOf(r)], s, now, kMinute, m_asanaPerMinute, 1, true))
                return refusal(s, wait);
        }
        if (m_asanaSearchPerMinute > 0 && r.path.endsWith(QLatin1String("/tasks/search"))) {
            if (const qint64 wait = take(m_windows["as|" + keyOf(r)], s, now, kMinute, m_asanaSearchPerMinute, 1, true))
                return refusal(s, wait);
        }
        return std::nullopt;
    }
    case Service::GitHub: {
        const bool graphql = r.path == QLatin1String("/github/graphql");
        const int limit = graphql ? m_githubGraphqlPoints : m_githubRestPoints;
        if (limit <= 0)
            return std::nullopt;
        // GitHub's points: a query 1, a mutation 5; a REST GET, HEAD or OPTIONS 1, any other 5.
        const int cost = graphql ? (r.body.contains("mutation") ? 5 : 1) : (isRead(r.method) ? 1 : 5);
        const QByteArray key = "h|" + keyOf(r) + '|' + endpointOf(s, r).toUtf8();
        if (const qint64 wait = take(m_windows[key], s, now, kMinute, limit, cost, false))
            return refusal(s, wait);
        return std::nullopt;
    }
    case Service::Jira:
        return admitJira(r, now);
    }
    return std::nullopt;
}

std::optional<HttpReply> RateLimits::admitJira(const HttpRequest &r, qint64 now)
{
    const Service s = Service::Jira;
    // The points quota is the OAuth apps' (3LO); API-token (Basic) traffic keeps the burst
    // limits only (Atlassian "Rate limiting").
    if (m_jiraQuota > 0 && !r.bearerToken().isEmpty()) {
        Quota &q = m_quotas[keyOf(r)];
        const qint64 hour = now - now % kHour; // the quota resets at the top of each UTC hour
        if (q.hourStartMs != hour) {
            q = Quota();
            q.hourStartMs = hour;
        }
        noteEarly(s, q.refusedAtMs, hour + kHour, now);
        if (q.spent >= m_jiraQuota) {
            q.refusedAtMs = now;
            ++m_counts[int(s)].limited;
            return refusal(s, hour + kHour - now, "jira-quota-global-based", int(m_jiraQuota));
        }
    }
    if (m_jiraBurst > 0) {
        const QString endpoint = endpointOf(s, r);
        const int rate = jiraRate(m_jiraBurst, r.method, endpoint);
        Bucket &b = m_buckets[keyOf(r) + '|' + endpoint.toUtf8()];
        if (b.tokens < 0) {
            b.tokens = rate;
            b.atMs = now;
        }
        b.tokens = std::min<double>(rate, b.tokens + double(now - b.atMs) * rate / 1000.0);
        b.atMs = now;
        noteEarly(s, b.refusedAtMs, b.notBeforeMs, now);
        if (b.tokens < 1.0) {
            const qint64 wait = qint64(std::ceil((1.0 - b.tokens) * 1000.0 / rate));
            b.refusedAtMs = now;
            b.notBeforeMs = now + retryAfterSeconds(wait) * 1000;
            ++m_counts[int(s)].limited;
            return refusal(s, wait, "jira-burst-based", rate);
        }
        b.tokens -= 1.0;
    }
    return std::nullopt;
}

void RateLimits::charge(Service s, const HttpRequest &r, HttpReply &reply)
{
    if (s != Service::Jira)
        return;
    if (m_jiraBurst > 0) {
        const QString endpoint = endpointOf(s, r);
        const auto it = m_buckets.constFind(keyOf(r) + '|' + endpoint.toUtf8());
        if (it != m_buckets.cend()) {
            reply.addHeader("X-RateLimit-Limit", QByteArray::number(jiraRate(m_jiraBurst, r.method, endpoint)));
            reply.addHeader("X-RateLimit-Remaining", QByteArray::number(qint64(std::floor(std::max(0.0, it->tokens)))));
        }
    }
    if (m_jiraQuota <= 0 || r.bearerToken().isEmpty())
        return;
    // 1 point a request, and 1 per issue or project and 2 per user an answer returns (a
    // write's answer returns none: it costs the 1).
    qint64 cost = 1;
    if (reply.status >= 200 && reply.status < 300) {
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        cost += body.value(QLatin1String("issues")).toArray().size();
        cost += body.value(QLatin1String("values")).toArray().size();
        const QString endpoint = endpointOf(s, r);
        if (endpoint == QLatin1String("GET /rest/api/3/issue/{issueIdOrKey}"))
            cost += 1;
        else if (endpoint == QLatin1String("GET /rest/api/3/myself"))
            cost += 2;
    }
    Quota &q = m_quotas[keyOf(r)];
    q.spent += cost;
    if (q.spent * 5 > m_jiraQuota * 4) // less than 20 % left
        reply.addHeader("X-RateLimit-NearLimit", "true");
}

QJsonObject RateLimits::stats() const
{
    QJsonObject out;
    for (const Service s : {Service::Google, Service::Asana, Service::GitHub, Service::Jira})
        out.insert(QLatin1String(serviceName(s)), QJsonObject{{QStringLiteral("limited"), m_counts[int(s)].limited},
                                                              {QStringLiteral("early"), m_counts[int(s)].early}});
    return out;
}

void RateLimits::resetStats()
{
    for (Counts &c : m_counts)
        c = Counts();
}

} // namespace sim
