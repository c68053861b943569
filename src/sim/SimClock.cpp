#include "sim/SimClock.h"

#include <QLocale>
#include <QTimeZone>

namespace sim {

QDateTime SimClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

qint64 SimClock::nowMs() const
{
    const qint64 frozen = m_frozenAtMs.load();
    return frozen >= 0 ? frozen : QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load();
}

void SimClock::freeze(bool frozen)
{
    if (frozen) {
        m_frozenAtMs.store(nowMs());
    } else if (m_frozenAtMs.load() >= 0) { // runs on from where it stood
        m_offsetMs.store(m_frozenAtMs.load() - QDateTime::currentMSecsSinceEpoch());
        m_frozenAtMs.store(-1);
    }
}

void SimClock::advance(qint64 seconds)
{
    advanceMs(seconds * 1000);
}

void SimClock::advanceMs(qint64 ms)
{
    m_offsetMs.fetch_add(ms);
    qint64 frozen = m_frozenAtMs.load();
    while (frozen >= 0 && !m_frozenAtMs.compare_exchange_weak(frozen, frozen + ms)) {
    }
}

void SimClock::advanceTo(qint64 msSinceEpoch)
{
    const qint64 behind = msSinceEpoch - nowMs();
    if (behind > 0)
        advanceMs(behind);
}

QString SimClock::isoMicros(qint64 msSinceEpoch, int extraMicros)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc());
    const int micros = t.time().msec() * 1000 + (extraMicros % 1000);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) + QString::number(micros).rightJustified(6, u'0')
           + u'Z';
}

QByteArray SimClock::httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace sim
