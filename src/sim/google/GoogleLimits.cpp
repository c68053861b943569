#include "sim/google/GoogleLimits.h"

#include "sim/google/GoogleSimService.h"

#include <QJsonArray>
#include <algorithm>

namespace sim {

namespace {

constexpr qint64 kMinute = 60'000;

HttpReply quotaReply(int limit)
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

} // namespace

GoogleLimits::GoogleLimits(const Options &options, RateLimits &engine)
    : m_engine(engine)
    , m_counts(engine.counts(googleSimService().id))
    , m_reads(std::max(0, options.googleReadsPerMinute))
{
}

std::optional<HttpReply> GoogleLimits::admit(const HttpRequest &r)
{
    if (m_reads <= 0 || !RateLimits::isRead(r.method))
        return std::nullopt;
    RateLimits::Window &w = m_engine.window("google|" + RateLimits::keyOf(r));
    if (m_engine.take(w, m_counts, m_engine.nowMs(), kMinute, m_reads, 1, false) == 0)
        return std::nullopt;
    w.refusedAtMs = -1; // no Retry-After to keep: the client backs off on its own
    RateLimits::logRefusal(googleSimService().id, {}, -1);
    return quotaReply(m_reads);
}

} // namespace sim
