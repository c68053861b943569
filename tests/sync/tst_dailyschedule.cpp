// The daily schedule (e.g. github.daily_at=04:00 UTC) besides the interval, on a ManualClock.
#include "Clock.h"
#include "Scheduler.h"
#include "Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cairn;

namespace {
QDateTime utc(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), Qt::UTC);
}
constexpr qint64 kDay = 24 * 3600 * 1000LL;
} // namespace

class TestDailySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextDailyRun_data()
    {
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("earlier the same day") << utc(2, 1, 30) << utc(2, 4);
        QTest::newRow("exactly at the time: the next day") << utc(2, 4) << utc(3, 4);
        QTest::newRow("later the same day") << utc(2, 23, 59) << utc(3, 4);
        QTest::newRow("month end") << QDateTime(QDate(2026, 3, 31), QTime(5, 0), Qt::UTC)
                                   << QDateTime(QDate(2026, 4, 1), QTime(4, 0), Qt::UTC);
        QTest::newRow("given in another zone: read in UTC")
            << QDateTime(QDate(2026, 3, 2), QTime(5, 30), QTimeZone(3600 * 2)) // 03:30 UTC
            << utc(2, 4);
    }
    void nextDailyRun()
    {
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        QCOMPARE(Scheduler::nextDailyRun(QTime(4, 0), after), expected);
        QVERIFY(!Scheduler::nextDailyRun(QTime(), after).isValid());
    }

    void settingIsReadAsATime()
    {
        QTemporaryDir dir;
        Settings s(dir.path());
        QVERIFY(!Scheduler::dailyFromSettings(s, QStringLiteral("github")).isValid());
        s.setValue(QStringLiteral("github.daily_at"), QStringLiteral("04:00"));
        QCOMPARE(Scheduler::dailyFromSettings(s, QStringLiteral("github")), QTime(4, 0));
        s.setValue(QStringLiteral("github.daily_at"), QStringLiteral("25:00"));
        QVERIFY(!Scheduler::dailyFromSettings(s, QStringLiteral("github")).isValid());
    }

    void runsDailyBesidesTheInterval()
    {
        ManualClock clock(utc(2, 3, 0));
        Scheduler s(clock);
        s.setRandomSeed(1);
        QSignalSpy due(&s, &Scheduler::syncDue);
        // Synced at 02:50 with a 6 h interval: the daily 04:00 run comes first.
        s.addSource(QStringLiteral("github"), 6 * 3600 * 1000LL, utc(2, 2, 50), QTime(4, 0));
        QCOMPARE(s.nextRunAt(QStringLiteral("github")), utc(2, 4));
        s.tick();
        QCOMPARE(due.size(), 0);
        clock.set(utc(2, 4));
        s.tick();
        QCOMPARE(due.size(), 1);
        s.finished(QStringLiteral("github"), Scheduler::Outcome::Ok);
        // Then the interval (about 10:00), not tomorrow's 04:00.
        const QDateTime next = s.nextRunAt(QStringLiteral("github"));
        QVERIFY2(next > utc(2, 9) && next < utc(2, 11), qPrintable(next.toString(Qt::ISODate)));
    }

    void aDailyRunMissedWhileOffIsDueAtOnce()
    {
        ManualClock clock(utc(5, 9, 0));
        Scheduler s(clock);
        // Last synced two days ago at 03:00 with a weekly interval: 04:00 has passed since.
        s.addSource(QStringLiteral("github"), 7 * kDay, utc(3, 3, 0), QTime(4, 0));
        QVERIFY(s.isDue(QStringLiteral("github")));
        // Without the daily option it would wait for the week.
        s.addSource(QStringLiteral("asana"), 7 * kDay, utc(3, 3, 0));
        QVERIFY(!s.isDue(QStringLiteral("asana")));
    }
};

QTEST_GUILESS_MAIN(TestDailySchedule)
#include "tst_dailyschedule.moc"
