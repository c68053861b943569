#include "sim/jira/JiraLimits.h"

#include "sim/jira/JiraService.h"
#include "sim/jira/JiraSimService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace sim {

namespace {

constexpr qint64 kHour = 3'600'000;

// "2026-03-26T16:00Z": Atlassian's X-RateLimit-Reset (ISO 8601 to the minute).
QByteArray resetTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'")).toLatin1();
}

// The burst rate of an endpoint: GET and POST `base` a second, PUT, PATCH and DELETE half of
// it, and the two endpoints Atlassian lists higher (get issue, approximate count) 1.5×.
int rateOf(int base, const QByteArray &method, const QString &endpoint)
{
    if (endpoint == QLatin1String("GET /rest/api/3/issue/{issueIdOrKey}")
        || endpoint == QLatin1String("POST /rest/api/3/search/approximate-count"))
        return base * 3 / 2;
    if (method == "PUT" || method == "DELETE" || method == "PATCH")
        return std::max(1, base / 2);
    return base;
}

} // namespace

JiraLimits::JiraLimits(const Options &o, RateLimits &engine)
    : m_engine(engine)
    , m_counts(engine.counts(jiraSimService().id))
    , m_burst(std::max(0, o.jiraBurstPerSecond))
    , m_quota(std::max(0, o.jiraPointsPerHour))
{
}

QString JiraLimits::endpointOf(const HttpRequest &r)
{
    static const QRegularExpression issueKey(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_]*-)?\d+$)"));
    QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeFirst(); // the service's prefix
    for (qsizetype i = 1; i < parts.size(); ++i) // rest/api/3/issue/{issueIdOrKey}[/…]
        if (parts[i - 1] == QLatin1String("issue") && issueKey.match(parts[i]).hasMatch())
            parts[i] = QStringLiteral("{issueIdOrKey}");
    return QString::fromLatin1(r.method) + u' ' + u'/' + parts.join(u'/');
}

HttpReply JiraLimits::refusal(qint64 waitMs, const QByteArray &reason, int limit) const
{
    const qint64 seconds = RateLimits::retryAfterSeconds(waitMs);
    RateLimits::logRefusal(jiraSimService().id, reason, seconds);
    // Atlassian documents the headers, not the body: Jira's own error shape.
    HttpReply r = JiraService::error(429, QStringLiteral("Rate limit exceeded."));
    r.addHeader("Retry-After", QByteArray::number(seconds));
    r.addHeader("X-RateLimit-Limit", QByteArray::number(limit));
    r.addHeader("X-RateLimit-Remaining", "0");
    r.addHeader("X-RateLimit-Reset", resetTime(m_engine.nowMs() + seconds * 1000));
    r.addHeader("RateLimit-Reason", reason);
    return r;
}

std::optional<HttpReply> JiraLimits::admit(const HttpRequest &r)
{
    const qint64 now = m_engine.nowMs();
    // The points quota is the OAuth apps' (3LO); API-token (Basic) traffic keeps the burst
    // limits only (Atlassian "Rate limiting").
    if (m_quota > 0 && !r.bearerToken().isEmpty()) {
        Quota &q = m_quotas[RateLimits::keyOf(r)];
        const qint64 hour = now - now % kHour; // the quota resets at the top of each UTC hour
        if (q.hourStartMs != hour) {
            q = Quota();
            q.hourStartMs = hour;
        }
        RateLimits::noteEarly(m_counts, q.refusedAtMs, hour + kHour, now);
        if (q.spent >= m_quota) {
            q.refusedAtMs = now;
            ++m_counts.limited;
            return refusal(hour + kHour - now, "jira-quota-global-based", int(m_quota));
        }
    }
    if (m_burst > 0) {
        const QString endpoint = endpointOf(r);
        const int rate = rateOf(m_burst, r.method, endpoint);
        Bucket &b = m_buckets[RateLimits::keyOf(r) + '|' + endpoint.toUtf8()];
        if (b.tokens < 0) {
            b.tokens = rate;
            b.atMs = now;
        }
        b.tokens = std::min<double>(rate, b.tokens + double(now - b.atMs) * rate / 1000.0);
        b.atMs = now;
        RateLimits::noteEarly(m_counts, b.refusedAtMs, b.notBeforeMs, now);
        if (b.tokens < 1.0) {
            const qint64 wait = qint64(std::ceil((1.0 - b.tokens) * 1000.0 / rate));
            b.refusedAtMs = now;
            b.notBeforeMs = now + RateLimits::retryAfterSeconds(wait) * 1000;
            ++m_counts.limited;
            return refusal(wait, "jira-burst-based", rate);
        }
        b.tokens -= 1.0;
    }
    return std::nullopt;
}

void JiraLimits::charge(const HttpRequest &r, HttpReply &reply)
{
    if (m_burst > 0) {
        const QString endpoint = endpointOf(r);
        const auto it = m_buckets.constFind(RateLimits::keyOf(r) + '|' + endpoint.toUtf8());
        if (it != m_buckets.cend()) {
            reply.addHeader("X-RateLimit-Limit", QByteArray::number(rateOf(m_burst, r.method, endpoint)));
            reply.addHeader("X-RateLimit-Remaining", QByteArray::number(qint64(std::floor(std::max(0.0, it->tokens)))));
        }
    }
    if (m_quota <= 0 || r.bearerToken().isEmpty())
        return;
    // 1 point a request, and 1 per issue or project and 2 per user an answer returns (a
    // write's answer returns none: it costs the 1).
    qint64 cost = 1;
    if (reply.status >= 200 && reply.status < 300) {
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        cost += body.value(QLatin1String("issues")).toArray().size();
        cost += body.value(QLatin1String("values")).toArray().size();
        const QString endpoint = endpointOf(r);
        if (endpoint == QLatin1String("GET /rest/api/3/issue/{issueIdOrKey}"))
            cost += 1;
        else if (endpoint == QLatin1String("GET /rest/api/3/myself"))
            cost += 2;
    }
    Quota &q = m_quotas[RateLimits::keyOf(r)];
    q.spent += cost;
    if (q.spent * 5 > m_quota * 4) // less than 20 % left
        reply.addHeader("X-RateLimit-NearLimit", "true");
}

} // namespace sim
