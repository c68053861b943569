#include "sim/google/GoogleLimits.h"

#include "sim/google/GoogleService.h"
#include "sim/google/GoogleSimService.h"

#include <QJsonArray>
#include <algorithm>

namespace sim {

namespace {

constexpr qint64 kMinute = 60'000;

HttpReply quotaReply(int limit, bool write)
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
                     {QStringLiteral("quota_limit"), write ? QStringLiteral("WriteRequestsPerMinutePerProjectPerUser")
                                                           : QStringLiteral("ReadRequestsPerMinutePerProjectPerUser")},
                     {QStringLiteral("quota_limit_value"), QString::number(limit)},
                     {QStringLiteral("quota_metric"), write ? QStringLiteral("people.googleapis.com/write_requests")
                                                            : QStringLiteral("people.googleapis.com/read_requests")},
                     {QStringLiteral("service"), QStringLiteral("people.googleapis.com")}}}};
    const QJsonObject error{
        {QStringLiteral("code"), 429},
        {QStringLiteral("message"),
         QStringLiteral("Quota exceeded for quota metric '%1 requests' and limit '%1 requests per minute per user' "
                        "of service 'people.googleapis.com' for consumer 'project_number:%2'.")
             .arg(write ? QStringLiteral("Write") : QStringLiteral("Read"), project)},
        {QStringLiteral("status"), QStringLiteral("RESOURCE_EXHAUSTED")},
        {QStringLiteral("details"), QJsonArray{info}}};
    return HttpReply::json(429, {{QStringLiteral("error"), error}});
}

} // namespace

GoogleLimits::GoogleLimits(const Options &options, RateLimits &engine)
    : m_engine(engine)
    , m_counts(engine.counts(googleSimService().id))
    , m_reads(std::max(0, options.googleReadsPerMinute))
    , m_writes(int(std::max<qint64>(0, options.number(QStringLiteral("google-write-rate-limit")))))
    , m_writesInFlight(int(std::max<qint64>(0, options.number(QStringLiteral("google-concurrent-writes")))))
{
}

std::optional<HttpReply> GoogleLimits::admit(const HttpRequest &r)
{
    const bool read = RateLimits::isRead(r.method);
    // people.updateContact reads the contact too: recorded answers refuse it with the read quota.
    const bool countsAsRead = read || r.path.endsWith(QLatin1String(":updateContact"));
    const qint64 now = m_engine.nowMs();
    if (m_reads > 0 && countsAsRead) {
        RateLimits::Window &w = m_engine.window("google|" + RateLimits::keyOf(r));
        if (m_engine.take(w, m_counts, now, kMinute, m_reads, 1, false) != 0) {
            w.refusedAtMs = -1; // no Retry-After to keep: the client backs off on its own
            RateLimits::logRefusal(googleSimService().id, {}, -1);
            return quotaReply(m_reads, false);
        }
    }
    if (m_writes > 0 && !read) {
        RateLimits::Window &w = m_engine.window("google-write|" + RateLimits::keyOf(r));
        if (m_engine.take(w, m_counts, now, kMinute, m_writes, 1, false) != 0) {
            w.refusedAtMs = -1;
            RateLimits::logRefusal(googleSimService().id, "write", -1);
            return quotaReply(m_writes, true);
        }
    }
    return std::nullopt;
}

QByteArray GoogleLimits::inFlightKey(const HttpRequest &r)
{
    return "google-writing|" + RateLimits::keyOf(r);
}

std::optional<HttpReply> GoogleLimits::arrive(const HttpRequest &r)
{
    if (RateLimits::isRead(r.method) || m_writesInFlight <= 0)
        return std::nullopt;
    if (m_engine.enter(m_counts, inFlightKey(r), m_writesInFlight))
        return std::nullopt;
    // Google documents only "increased latency and failures" for mutate requests of one user
    // sent at once; the failure here is google.rpc ABORTED (a concurrency conflict: retry).
    return GoogleService::error(409, QStringLiteral("ABORTED"),
                                QStringLiteral("The operation was aborted: another mutate request of this user is in progress."));
}

void GoogleLimits::leave(const HttpRequest &r)
{
    if (!RateLimits::isRead(r.method) && m_writesInFlight > 0)
        m_engine.leave(inFlightKey(r));
}

} // namespace sim
