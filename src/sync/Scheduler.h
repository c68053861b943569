#pragma once
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QTimer;

namespace cairn {

class Clock;
class Settings;

// When each source syncs on its own (docs/architecture.md §2): every `interval` (±10 % jitter so that
// many machines do not hit a service at once), never while offline or paused, a failed run
// retried with a capped exponential backoff, and after a wake-up (the clock jumped forward)
// each overdue source once. The Scheduler only says when: syncDue(source); whoever runs the
// sync reports the outcome with finished(). Time comes from the injected Clock and advances
// only on tick() — a timer calls it every 30 s once start()ed; tests call it themselves.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, Failed, Skipped }; // Skipped: busy elsewhere, try a bit later

    static constexpr qint64 kDefaultIntervalMs = 15 * 60'000;
    static constexpr qint64 kFirstRetryMs = 60'000;
    static constexpr qint64 kMaxRetryMs = 60 * 60'000;
    static constexpr qint64 kTickMs = 30'000;
    static constexpr double kJitter = 0.10;

    explicit Scheduler(const Clock &clock, QObject *parent = nullptr);
    ~Scheduler() override;

    // sync.<source>.interval_minutes, else the source's default; at least one minute.
    static qint64 intervalFromSettings(const Settings &settings, const QString &source);
    // Contacts change slowly (15 min), tasks and issues faster (10 min), pull requests are
    // polled gently for the rate limit (30 min).
    static int defaultIntervalMinutes(const QString &source);
    // <source>.daily_at ("04:00", UTC): a run every day at that time besides the interval;
    // invalid when not set or not a time.
    static QTime dailyFromSettings(const Settings &settings, const QString &source);
    // The first time of day `atUtc` strictly after `after` (today's or tomorrow's, in UTC).
    static QDateTime nextDailyRun(const QTime &atUtc, const QDateTime &after);

    // Schedules `source`: the first run one jittered interval after `lastSync`, or at the next
    // tick when it never synced or is overdue. With `dailyAtUtc`, also every day at that time
    // (a daily run missed since `lastSync`, e.g. while the machine was off, is due at once).
    void addSource(const QString &source, qint64 intervalMs, const QDateTime &lastSync = {},
                   const QTime &dailyAtUtc = {});
    void removeSource(const QString &source);
    void setInterval(const QString &source, qint64 intervalMs);
    QStringList sources() const { return m_sources.keys(); }
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // Starts or stops the real timer that calls tick().
    void start();
    void stop();
    // Looks at the clock: notices a wake-up and emits syncDue for every source that is due.
    void tick();

    // Offline: nothing is due; back online: overdue sources run at once.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    void pauseFor(qint64 ms);
    void pauseUntilResumed();
    void resume();
    bool isPaused() const;
    // Invalid when not paused or paused until resumed.
    QDateTime pausedUntil() const { return m_pausedUntil; }

    // The outcome of a run of `source`, scheduled by syncDue() or started by hand.
    void finished(const QString &source, Outcome outcome);

    QDateTime nextRunAt(const QString &source) const { return m_sources.value(source).next; }
    int consecutiveFailures(const QString &source) const { return m_sources.value(source).failures; }
    bool isDue(const QString &source) const;
    bool isWaitingFor(const QString &source) const { return m_sources.value(source).inFlight; }

Q_SIGNALS:
    void syncDue(const QString &source);
    // The clock jumped forward by more than a few ticks (suspend and resume).
    void wokeUp();
    // A next run time, the pause or the online state changed (the tray's tooltip).
    void scheduleChanged();

private:
    struct Entry
    {
        qint64 intervalMs = kDefaultIntervalMs;
        QTime dailyAt; // UTC; invalid = interval only
        QDateTime next;
        int failures = 0;
        bool inFlight = false;
    };

    qint64 jittered(qint64 ms);
    QDateTime withDaily(const Entry &e, const QDateTime &next, const QDateTime &since) const;
    qint64 retryDelay(int failures);
    bool blocked() const;

    const Clock &m_clock;
    QTimer *m_timer;
    QHash<QString, Entry> m_sources;
    QRandomGenerator m_random;
    QDateTime m_lastTick;
    QDateTime m_pausedUntil;
    bool m_pausedIndefinitely = false;
    bool m_online = true;
};

} // namespace cairn
