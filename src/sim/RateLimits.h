// The services' documented rate limits, in front of each service's request handling
// (docs/simulator.md, "Rate limits"): per token, measured on the simulator's clock, so that a
// test that freezes the clock and moves it on decides exactly when a window frees. This is the
// engine — sliding windows, in-flight counts, the refusals counted per service —; each
// service's limits, their values (its cairn-sim options) and its refusals' shape are in its
// folder (src/sim/<id>/<Name>Limits).
//
// Each refusal is counted, and so is every request that arrives while the Retry-After of an
// earlier refusal of the same limit has not passed ("early": a client hammering).
#pragma once

#include "sim/HttpTypes.h"

#include <QHash>
#include <QJsonObject>
#include <deque>
#include <map>

namespace sim {

class SimClock;

class RateLimits
{
public:
    explicit RateLimits(const SimClock &clock);

    // A sliding window: the points of the requests of the last `windowMs`.
    struct Window
    {
        std::deque<std::pair<qint64, int>> log; // (time, points), oldest first
        int used = 0;
        qint64 refusedAtMs = -1; // the last refusal, and until when it asked the client to wait
        qint64 notBeforeMs = 0;
    };
    // One service's refusals, and the requests sent before the Retry-After of an earlier
    // refusal of the same limit had passed.
    struct Counts
    {
        int limited = 0;
        int early = 0;
    };

    qint64 nowMs() const;
    // A service's counts (stats() reports every service that asked for them).
    Counts &counts(const QString &service);
    // The window of `key` (a service's own: "<id>|token|…").
    Window &window(const QByteArray &key) { return m_windows[key]; }

    // 0 when a request of `cost` points fits `limit` in the window (and is logged); else the
    // milliseconds until it would (a refusal, counted). `refusedCount`: a refused request
    // still takes its points (Asana).
    qint64 take(Window &w, Counts &c, qint64 now, qint64 windowMs, int limit, int cost, bool refusedCount);
    // An in-flight limit: false when `limit` requests of `key` are being answered (a refusal,
    // counted; no service says how long to wait: the client should try again in a second).
    bool enter(Counts &c, const QByteArray &key, int limit);
    void leave(const QByteArray &key);
    // A request after a refusal and before the Retry-After it gave: counted as early.
    static void noteEarly(Counts &c, qint64 refusedAtMs, qint64 notBeforeMs, qint64 now);
    // The log line of a refusal (cairn.sim.limits); retryAfter < 0: the answer gives none.
    static void logRefusal(const QString &service, const QByteArray &reason, qint64 retryAfter);

    // {"google":{"limited":N,"early":M},…}
    QJsonObject stats() const;
    void resetStats();

    // A Retry-After value: whole seconds, rounded up, at least 1.
    static qint64 retryAfterSeconds(qint64 waitMs);
    static bool isRead(const QByteArray &method); // GET, HEAD, OPTIONS
    // Whose request it is: limits are per token (the Authorization header).
    static QByteArray keyOf(const HttpRequest &r) { return r.header("Authorization"); }

private:
    const SimClock &m_clock;
    std::map<QString, Counts> m_counts; // by service id (references stay valid)
    QHash<QByteArray, Window> m_windows;
    QHash<QByteArray, int> m_inFlight;
    QHash<QByteArray, Window> m_busy; // refusals of the in-flight limits (for "early")
};

} // namespace sim
