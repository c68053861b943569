#include "sim/asana/AsanaLimits.h"

#include "sim/asana/AsanaService.h"
#include "sim/asana/AsanaSimService.h"

#include <algorithm>

namespace sim {

namespace {
constexpr qint64 kMinute = 60'000;
} // namespace

AsanaLimits::AsanaLimits(const Options &o, RateLimits &engine)
    : m_engine(engine)
    , m_counts(engine.counts(asanaSimService().id))
    , m_perMinute(o.asanaRequestsPerMinute < 0 ? (o.asanaSearch ? 1500 : 150) : o.asanaRequestsPerMinute)
    , m_searchPerMinute(std::max(0, o.asanaSearchPerMinute))
    , m_readsInFlight(std::max(0, o.asanaReadsInFlight))
    , m_writesInFlight(std::max(0, o.asanaWritesInFlight))
{
}

QByteArray AsanaLimits::inFlightKey(const HttpRequest &r)
{
    return "asana|" + RateLimits::keyOf(r) + (RateLimits::isRead(r.method) ? "|r" : "|w");
}

HttpReply AsanaLimits::refusal(qint64 waitMs) const
{
    const qint64 seconds = RateLimits::retryAfterSeconds(waitMs);
    RateLimits::logRefusal(asanaSimService().id, {}, seconds);
    HttpReply r = AsanaService::error(429, AsanaService::rateLimitMessage());
    r.addHeader("Retry-After", QByteArray::number(seconds));
    return r;
}

std::optional<HttpReply> AsanaLimits::arrive(const HttpRequest &r)
{
    const int limit = RateLimits::isRead(r.method) ? m_readsInFlight : m_writesInFlight;
    if (m_engine.enter(m_counts, inFlightKey(r), limit))
        return std::nullopt;
    return refusal(1000); // no number is documented: a second, for another request to finish
}

void AsanaLimits::leave(const HttpRequest &r)
{
    m_engine.leave(inFlightKey(r));
}

std::optional<HttpReply> AsanaLimits::admit(const HttpRequest &r)
{
    const qint64 now = m_engine.nowMs();
    if (m_perMinute > 0) {
        if (const qint64 wait = m_engine.take(m_engine.window("asana|" + RateLimits::keyOf(r)), m_counts, now, kMinute,
                                              m_perMinute, 1, true))
            return refusal(wait);
    }
    if (m_searchPerMinute > 0 && r.path.endsWith(QLatin1String("/tasks/search"))) {
        if (const qint64 wait = m_engine.take(m_engine.window("asana-search|" + RateLimits::keyOf(r)), m_counts, now,
                                              kMinute, m_searchPerMinute, 1, true))
            return refusal(wait);
    }
    return std::nullopt;
}

} // namespace sim
