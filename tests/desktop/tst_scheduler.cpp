#include "Clock.h"
#include "Scheduler.h"
#include "Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {
constexpr qint64 kMin = 60'000;
const QString kGoogle = QStringLiteral("google");
const QString kAsana = QStringLiteral("asana");

// Advances the clock in tick-sized steps (as the real timer would) and collects syncDue.
QStringList runFor(ManualClock &clock, Scheduler &s, qint64 ms, bool finishOk = true)
{
    QStringList due;
    QObject ctx;
    QObject::connect(&s, &Scheduler::syncDue, &ctx, [&](const QString &source) {
        due << source;
        if (finishOk)
            s.finished(source, Scheduler::Outcome::Ok);
    });
    for (qint64 t = 0; t < ms; t += Scheduler::kTickMs) {
        clock.advance(Scheduler::kTickMs);
        s.tick();
    }
    return due;
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalFromSettings()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        QCOMPARE(Scheduler::intervalFromSettings(settings, kGoogle), 15 * kMin);
        settings.setValue(QStringLiteral("sync.google.interval_minutes"), 5);
        QCOMPARE(Scheduler::intervalFromSettings(settings, kGoogle), 5 * kMin);
        settings.setValue(QStringLiteral("sync.google.interval_minutes"), QStringLiteral("banana"));
        QCOMPARE(Scheduler::intervalFromSettings(settings, kGoogle), 15 * kMin);
        settings.setValue(QStringLiteral("sync.google.interval_minutes"), 1);
        QCOMPARE(Scheduler::intervalFromSettings(settings, kGoogle), kMin);
        // A stored value out of 1..1440 or not a whole number is the default, never a minute
        // (1e15 minutes overflowed into the one-minute floor).
        for (const char *bad : {"0.01", "0", "-5", "1e15", "inf", "nan", "1441", "99999999999999999999"}) {
            settings.setValue(QStringLiteral("sync.google.interval_minutes"), QString::fromLatin1(bad));
            QVERIFY2(Scheduler::intervalFromSettings(settings, kGoogle) == 15 * kMin, bad);
        }
        // Each source's own default.
        QCOMPARE(Scheduler::intervalFromSettings(settings, QStringLiteral("asana")), 10 * kMin);
        QCOMPARE(Scheduler::intervalFromSettings(settings, QStringLiteral("jira")), 10 * kMin);
        QCOMPARE(Scheduler::intervalFromSettings(settings, QStringLiteral("github")), 30 * kMin);
    }

    void neverSyncedIsDueAtOnceThenEveryInterval()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.setRandomSeed(1);
        s.addSource(kGoogle, 15 * kMin);
        QSignalSpy due(&s, &Scheduler::syncDue);
        s.tick();
        QCOMPARE(due.count(), 1);
        s.tick(); // in flight: not again
        QCOMPARE(due.count(), 1);
        s.finished(kGoogle, Scheduler::Outcome::Ok);
        // Two hours at 15 min ± 10 %: 7 or 8 runs, never two closer than 13.5 min.
        const QStringList runs = runFor(clock, s, 120 * kMin);
        QVERIFY2(runs.size() >= 7 && runs.size() <= 9, qPrintable(QString::number(runs.size())));
    }

    void lastSyncDelaysTheFirstRun()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.addSource(kGoogle, 15 * kMin, clock.now().addSecs(-5 * 60));
        QSignalSpy due(&s, &Scheduler::syncDue);
        s.tick();
        QCOMPARE(due.count(), 0);
        QVERIFY(s.nextRunAt(kGoogle) >= clock.now().addSecs(int(15 * 60 * 0.9) - 5 * 60));
        QVERIFY(s.nextRunAt(kGoogle) <= clock.now().addSecs(int(15 * 60 * 1.1) - 5 * 60));
    }

    void jitterStaysWithinTenPercent()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.setRandomSeed(42);
        s.addSource(kGoogle, 15 * kMin);
        qint64 lowest = LLONG_MAX, highest = 0;
        for (int i = 0; i < 500; ++i) {
            s.finished(kGoogle, Scheduler::Outcome::Ok);
            const qint64 d = clock.now().msecsTo(s.nextRunAt(kGoogle));
            lowest = std::min(lowest, d);
            highest = std::max(highest, d);
        }
        QVERIFY(lowest >= qint64(15 * kMin * 0.9));
        QVERIFY(highest <= qint64(15 * kMin * 1.1));
        QVERIFY2(highest - lowest > 2 * kMin, "the jitter spreads the runs"); // not constant
    }

    void offlinePausesAndOnlineCatchesUp()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.addSource(kGoogle, 15 * kMin, clock.now());
        s.setOnline(false);
        QVERIFY(runFor(clock, s, 60 * kMin).isEmpty());
        QVERIFY(s.isDue(kGoogle));
        QSignalSpy due(&s, &Scheduler::syncDue);
        s.setOnline(true); // overdue: at once, and once
        QCOMPARE(due.count(), 1);
        s.tick();
        QCOMPARE(due.count(), 1);
    }

    void pauseForAndUntilResumed()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.addSource(kGoogle, 15 * kMin, clock.now());
        s.pauseFor(30 * kMin);
        QVERIFY(s.isPaused());
        QVERIFY(runFor(clock, s, 29 * kMin).isEmpty());
        QCOMPARE(runFor(clock, s, 2 * kMin).size(), 1); // the pause ran out: the overdue run
        QVERIFY(!s.isPaused());

        s.pauseUntilResumed();
        QVERIFY(runFor(clock, s, 600 * kMin).isEmpty());
        QVERIFY(s.isPaused());
        QSignalSpy due(&s, &Scheduler::syncDue);
        s.resume();
        QCOMPARE(due.count(), 1);
    }

    void failureBacksOffExponentiallyAndCapped()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.setRandomSeed(3);
        s.addSource(kGoogle, 15 * kMin);
        qint64 previous = 0;
        for (int failures = 1; failures <= 12; ++failures) {
            s.finished(kGoogle, Scheduler::Outcome::Failed);
            QCOMPARE(s.consecutiveFailures(kGoogle), failures);
            const qint64 delay = clock.now().msecsTo(s.nextRunAt(kGoogle));
            QVERIFY2(delay >= qint64(Scheduler::kFirstRetryMs * 0.9), "never a tight loop");
            QVERIFY2(delay <= Scheduler::kMaxRetryMs, "capped");
            if (failures <= 5)
                QVERIFY(delay > previous); // 1, 2, 4, 8, 16 min (± 10 %)
            previous = delay;
        }
        QVERIFY(previous >= qint64(Scheduler::kMaxRetryMs * 0.9));
        s.finished(kGoogle, Scheduler::Outcome::Ok); // success resets the backoff
        QCOMPARE(s.consecutiveFailures(kGoogle), 0);
        QVERIFY(clock.now().msecsTo(s.nextRunAt(kGoogle)) >= qint64(15 * kMin * 0.9));
    }

    void failingSourceIsNotRetriedInATightLoop()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.addSource(kGoogle, 15 * kMin);
        int runs = 0;
        connect(&s, &Scheduler::syncDue, this, [&](const QString &source) {
            ++runs;
            s.finished(source, Scheduler::Outcome::Failed);
        });
        for (int i = 0; i < 24 * 120; ++i) { // a day of ticks
            clock.advance(Scheduler::kTickMs);
            s.tick();
        }
        // 1+2+4+8+16+32 min, then hourly: about 28 tries a day, not thousands.
        QVERIFY2(runs >= 20 && runs <= 35, qPrintable(QString::number(runs)));
    }

    void skippedRetriesSoonWithoutCountingAFailure()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.addSource(kGoogle, 15 * kMin);
        s.finished(kGoogle, Scheduler::Outcome::Skipped);
        QCOMPARE(s.consecutiveFailures(kGoogle), 0);
        QVERIFY(clock.now().msecsTo(s.nextRunAt(kGoogle)) <= qint64(Scheduler::kFirstRetryMs * 1.1));
    }

    void wakeUpRunsOverdueSourcesOnce()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.addSource(kGoogle, 15 * kMin, clock.now());
        s.addSource(kAsana, 30 * kMin, clock.now());
        s.start();
        s.stop(); // the test drives the ticks
        QSignalSpy woke(&s, &Scheduler::wokeUp);
        QSignalSpy due(&s, &Scheduler::syncDue);
        clock.advance(8 * 60 * kMin); // a night asleep
        s.tick();
        QCOMPARE(woke.count(), 1);
        QCOMPARE(due.count(), 2); // each overdue source once, not once per missed interval
        s.tick();
        s.tick();
        QCOMPARE(due.count(), 2);
        QCOMPARE(woke.count(), 1);
        s.finished(kGoogle, Scheduler::Outcome::Ok);
        s.tick();
        QCOMPARE(due.count(), 2); // next one a full interval later
    }

    void clockGoingBackDoesNotStopSyncing()
    {
        ManualClock clock;
        Scheduler s(clock);
        s.addSource(kGoogle, 15 * kMin);
        s.finished(kGoogle, Scheduler::Outcome::Ok);
        clock.advance(-48 * 60 * kMin);
        s.tick();
        QVERIFY(clock.now().msecsTo(s.nextRunAt(kGoogle)) <= qint64(15 * kMin * 1.1));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
