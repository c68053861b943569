// The simulator's clock: real UTC plus an offset that the admin API can advance.
#pragma once

#include <QDateTime>
#include <atomic>

namespace sim {

class SimClock
{
public:
    QDateTime now() const;
    qint64 nowMs() const;
    void advance(qint64 seconds);
    void advanceMs(qint64 ms);
    // Moves the clock on to `msSinceEpoch` if it is behind it (a test's sleeper: waits that
    // overlap move it once).
    void advanceTo(qint64 msSinceEpoch);
    // Stops the clock where it is (tests: several things in the same second); false lets it run again.
    void freeze(bool frozen);
    qint64 offsetMs() const { return m_offsetMs.load(); }

    // "2023-02-24T16:40:20.181000Z" (Google's microsecond form)
    static QString isoMicros(qint64 msSinceEpoch, int extraMicros = 0);
    // RFC 7231 date for the Date header
    static QByteArray httpDate(const QDateTime &utc);

private:
    std::atomic<qint64> m_offsetMs{0};
    std::atomic<qint64> m_frozenAtMs{-1};
};

} // namespace sim
