#include "Scheduler.h"
#include "Clock.h"
#include "Settings.h"
#include "SettingsTable.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcScheduler, "cairn.sync.scheduler")

namespace cairn {

namespace {
// More than this between two ticks means the machine slept (or the clock was set forward).
constexpr qint64 kWakeGapMs = 4 * Scheduler::kTickMs;
constexpr qint64 kMinIntervalMs = 60'000;
} // namespace

Scheduler::Scheduler(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer->setInterval(int(kTickMs));
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

Scheduler::~Scheduler() = default;

qint64 Scheduler::intervalFromSettings(const Settings &settings, const QString &source)
{
    // 1 to 1440 minutes; anything else stored ("1e15", "nan", "0") is the default, with a log line.
    const int minutes = settings.boundedInt(QStringLiteral("sync.%1.interval_minutes").arg(source), defaultIntervalMinutes(source));
    return std::max(kMinIntervalMs, qint64(minutes) * 60'000);
}

int Scheduler::defaultIntervalMinutes(const QString &source)
{
    bool ok = false;
    const int minutes = SettingsTable::defaultOf(QStringLiteral("sync.%1.interval_minutes").arg(source)).toInt(&ok);
    return ok ? minutes : int(kDefaultIntervalMs / 60'000);
}

QTime Scheduler::dailyFromSettings(const Settings &settings, const QString &source)
{
    const QString text = settings.value(source + QStringLiteral(".daily_at")).toString().trimmed();
    QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!t.isValid())
        t = QTime::fromString(text, QStringLiteral("H:mm:ss"));
    return t;
}

QDateTime Scheduler::nextDailyRun(const QTime &atUtc, const QDateTime &after)
{
    if (!atUtc.isValid() || !after.isValid())
        return {};
    const QDateTime utc = after.toUTC();
    QDateTime run(utc.date(), atUtc, Qt::UTC);
    if (run <= utc)
        run = run.addDays(1);
    return run;
}

QDateTime Scheduler::withDaily(const Entry &e, const QDateTime &next, const QDateTime &since) const
{
    const QDateTime daily = nextDailyRun(e.dailyAt, since);
    return daily.isValid() && daily < next ? daily : next;
}

qint64 Scheduler::jittered(qint64 ms)
{
    const double factor = 1.0 + kJitter * (2.0 * m_random.generateDouble() - 1.0);
    return qint64(std::llround(double(ms) * factor));
}

qint64 Scheduler::retryDelay(int failures)
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const qint64 base = std::min(kMaxRetryMs, kFirstRetryMs << doublings);
    return std::min(kMaxRetryMs, jittered(base));
}

void Scheduler::addSource(const QString &source, qint64 intervalMs, const QDateTime &lastSync, const QTime &dailyAtUtc)
{
    Entry e;
    e.intervalMs = std::max(kMinIntervalMs, intervalMs);
    e.dailyAt = dailyAtUtc;
    const QDateTime now = m_clock.now();
    e.next = lastSync.isValid() ? lastSync.addMSecs(jittered(e.intervalMs)) : now;
    if (e.next > now.addMSecs(e.intervalMs * 2)) // a last sync "in the future": clock trouble
        e.next = now;
    if (lastSync.isValid())
        e.next = withDaily(e, e.next, lastSync);
    m_sources.insert(source, e);
    Q_EMIT scheduleChanged();
}

void Scheduler::removeSource(const QString &source)
{
    if (m_sources.remove(source))
        Q_EMIT scheduleChanged();
}

void Scheduler::setInterval(const QString &source, qint64 intervalMs)
{
    auto it = m_sources.find(source);
    if (it == m_sources.end())
        return;
    const qint64 old = it->intervalMs;
    it->intervalMs = std::max(kMinIntervalMs, intervalMs);
    if (it->failures == 0 && !it->inFlight)
        it->next = it->next.addMSecs(it->intervalMs - old);
    Q_EMIT scheduleChanged();
}

void Scheduler::start()
{
    m_lastTick = m_clock.now();
    m_timer->start();
    tick();
}

void Scheduler::stop()
{
    m_timer->stop();
}

bool Scheduler::blocked() const
{
    return !m_online || isPaused();
}

bool Scheduler::isPaused() const
{
    return m_pausedIndefinitely || (m_pausedUntil.isValid() && m_clock.now() < m_pausedUntil);
}

bool Scheduler::isDue(const QString &source) const
{
    const auto it = m_sources.constFind(source);
    return it != m_sources.cend() && !it->inFlight && it->next <= m_clock.now();
}

void Scheduler::tick()
{
    const QDateTime now = m_clock.now();
    if (m_lastTick.isValid() && m_lastTick.msecsTo(now) > kWakeGapMs) {
        qCInfo(lcScheduler) << "woke up after" << m_lastTick.msecsTo(now) / 1000 << "s";
        Q_EMIT wokeUp();
    }
    m_lastTick = now;
    if (m_pausedUntil.isValid() && now >= m_pausedUntil) {
        m_pausedUntil = {};
        Q_EMIT scheduleChanged();
    }
    if (blocked())
        return;
    QStringList due;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        if (it->inFlight)
            continue;
        // The clock went back: a next run far ahead would never come; start the interval anew.
        const qint64 longest = std::max(it->intervalMs, kMaxRetryMs) * 2;
        if (now.msecsTo(it->next) > longest)
            it->next = now.addMSecs(jittered(it->intervalMs));
        if (it->next <= now) {
            it->inFlight = true; // once: the next syncDue comes after finished()
            due << it.key();
        }
    }
    due.sort();
    for (const QString &source : std::as_const(due)) {
        qCDebug(lcScheduler) << source << "is due";
        Q_EMIT syncDue(source);
    }
}

void Scheduler::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT scheduleChanged();
    if (online)
        tick();
}

void Scheduler::pauseFor(qint64 ms)
{
    m_pausedIndefinitely = false;
    m_pausedUntil = m_clock.now().addMSecs(ms);
    Q_EMIT scheduleChanged();
}

void Scheduler::pauseUntilResumed()
{
    m_pausedIndefinitely = true;
    m_pausedUntil = {};
    Q_EMIT scheduleChanged();
}

void Scheduler::resume()
{
    m_pausedIndefinitely = false;
    m_pausedUntil = {};
    Q_EMIT scheduleChanged();
    tick();
}

void Scheduler::finished(const QString &source, Outcome outcome)
{
    auto it = m_sources.find(source);
    if (it == m_sources.end())
        return;
    it->inFlight = false;
    const QDateTime now = m_clock.now();
    switch (outcome) {
    case Outcome::Ok:
        it->failures = 0;
        it->next = withDaily(*it, now.addMSecs(jittered(it->intervalMs)), now);
        break;
    case Outcome::Failed:
        ++it->failures;
        it->next = now.addMSecs(retryDelay(it->failures));
        qCInfo(lcScheduler) << source << "failed" << it->failures << "time(s); next try" << it->next;
        break;
    case Outcome::Skipped:
        it->next = now.addMSecs(jittered(kFirstRetryMs));
        break;
    }
    Q_EMIT scheduleChanged();
}

} // namespace cairn
