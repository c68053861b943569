#include "sim/RateLimits.h"

#include "sim/SimClock.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcLimits, "cairn.sim.limits")

namespace sim {

RateLimits::RateLimits(const SimClock &clock)
    : m_clock(clock)
{
}

qint64 RateLimits::nowMs() const
{
    return m_clock.nowMs();
}

RateLimits::Counts &RateLimits::counts(const QString &service)
{
    return m_counts[service];
}

bool RateLimits::isRead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

qint64 RateLimits::retryAfterSeconds(qint64 waitMs)
{
    return std::max<qint64>(1, (waitMs + 999) / 1000);
}

void RateLimits::noteEarly(Counts &c, qint64 refusedAtMs, qint64 notBeforeMs, qint64 now)
{
    // A request at the very instant of the refusal was on its way with it (parallel requests
    // on a frozen clock); one after it and before the Retry-After passed was sent early.
    if (refusedAtMs >= 0 && now > refusedAtMs && now < notBeforeMs)
        ++c.early;
}

qint64 RateLimits::take(Window &w, Counts &c, qint64 now, qint64 windowMs, int limit, int cost, bool refusedCount)
{
    while (!w.log.empty() && w.log.front().first <= now - windowMs) {
        w.used -= w.log.front().second;
        w.log.pop_front();
    }
    noteEarly(c, w.refusedAtMs, w.notBeforeMs, now);
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
    ++c.limited;
    return wait;
}

bool RateLimits::enter(Counts &c, const QByteArray &key, int limit)
{
    if (limit <= 0)
        return true;
    const qint64 now = nowMs();
    Window &busy = m_busy[key];
    noteEarly(c, busy.refusedAtMs, busy.notBeforeMs, now);
    int &inFlight = m_inFlight[key];
    if (inFlight < limit) {
        ++inFlight;
        return true;
    }
    busy.refusedAtMs = now;
    busy.notBeforeMs = now + 1000;
    ++c.limited;
    return false;
}

void RateLimits::leave(const QByteArray &key)
{
    auto it = m_inFlight.find(key);
    if (it != m_inFlight.end() && --it.value() <= 0)
        m_inFlight.erase(it);
}

void RateLimits::logRefusal(const QString &service, const QByteArray &reason, qint64 retryAfter)
{
    qCInfo(lcLimits).nospace().noquote() << service << ": rate limited" << (reason.isEmpty() ? "" : " (" + reason + ')')
                                         << (retryAfter < 0 ? QByteArray() : ", retry after " + QByteArray::number(retryAfter) + " s");
}

QJsonObject RateLimits::stats() const
{
    QJsonObject out;
    for (const auto &[service, c] : m_counts)
        out.insert(service, QJsonObject{{QStringLiteral("limited"), c.limited}, {QStringLiteral("early"), c.early}});
    return out;
}

void RateLimits::resetStats()
{
    for (auto &[service, c] : m_counts)
        c = Counts();
}

} // namespace sim
