// The shared retry policy, decided with pinned jitter: one row per case; and the server's
// clock read from a response's Date header.
#include "RetryPolicy.h"
#include "ServiceApi.h"

#include <QtTest>

using namespace cairn;
using ms = std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<qint64>("retryAfterMs"); // -1: none
        QTest::addColumn<double>("random");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<qint64>("delayMs");

        // base 500 ms, cap 30 s, 5 attempts (10 for a 429 without Retry-After), longest wait 1 min
        QTest::newRow("429 first, no header, low jitter") << 1 << 429 << false << qint64(-1) << 0.0 << true << qint64(250);
        QTest::newRow("429 first, high jitter") << 1 << 429 << false << qint64(-1) << 1.0 << true << qint64(500);
        QTest::newRow("503 third grows") << 3 << 503 << false << qint64(-1) << 1.0 << true << qint64(2000);
        QTest::newRow("500 fourth") << 4 << 500 << false << qint64(-1) << 0.5 << true << qint64(3000);
        QTest::newRow("attempts exhausted") << 5 << 503 << false << qint64(-1) << 0.5 << false << qint64(0);
        // A 429 without Retry-After (Google's quotas) is tried on towards a minute's window.
        QTest::newRow("429 no header, fifth") << 5 << 429 << false << qint64(-1) << 0.0 << true << qint64(4000);
        QTest::newRow("429 no header, ninth capped") << 9 << 429 << false << qint64(-1) << 0.0 << true << qint64(15000);
        QTest::newRow("429 no header, tenth gives up") << 10 << 429 << false << qint64(-1) << 0.0 << false << qint64(0);
        QTest::newRow("429 Retry-After, fifth gives up") << 5 << 429 << false << qint64(1000) << 0.5 << false << qint64(0);
        QTest::newRow("Retry-After honoured exactly") << 1 << 429 << false << qint64(7000) << 0.9 << true << qint64(7000);
        QTest::newRow("Retry-After zero") << 2 << 503 << false << qint64(0) << 0.9 << true << qint64(0);
        QTest::newRow("Retry-After too long fails") << 1 << 429 << false << qint64(3600'000) << 0.5 << false << qint64(0);
        QTest::newRow("404 never") << 1 << 404 << false << qint64(-1) << 0.5 << false << qint64(0);
        QTest::newRow("400 never") << 1 << 400 << false << qint64(-1) << 0.5 << false << qint64(0);
        QTest::newRow("401 never") << 1 << 401 << false << qint64(-1) << 0.5 << false << qint64(0);
        QTest::newRow("network, transient") << 1 << 0 << true << qint64(-1) << 1.0 << true << qint64(500);
        QTest::newRow("network, not transient (TLS)") << 1 << 0 << false << qint64(-1) << 1.0 << false << qint64(0);
    }
    void decide()
    {
        QFETCH(int, attempt);
        QFETCH(int, status);
        QFETCH(bool, transient);
        QFETCH(qint64, retryAfterMs);
        QFETCH(double, random);
        QFETCH(bool, retry);
        QFETCH(qint64, delayMs);
        RetryPolicy p;
        const auto d = p.decide(attempt, status, transient, retryAfterMs < 0 ? std::nullopt : std::optional<ms>(ms(retryAfterMs)), random);
        QCOMPARE(d.retry, retry);
        if (retry)
            QCOMPARE(qint64(d.delay.count()), delayMs);
    }

    void longWaitsAreForTheSchedulerOnly()
    {
        // A person or a script waits: a Retry-After of 5 min ends the run at once (four such
        // waits were 20 silent minutes); the scheduler's background run may wait it out.
        const RetryPolicy interactive;
        const auto fiveMinutes = std::optional<ms>(ms(300'000));
        QVERIFY(!interactive.decide(1, 503, false, fiveMinutes, 0.5).retry);
        QVERIFY(interactive.decide(1, 503, false, ms(30'000), 0.5).retry);
        const auto background = interactive.forBackground().decide(1, 503, false, fiveMinutes, 0.5);
        QVERIFY(background.retry);
        QCOMPARE(qint64(background.delay.count()), qint64(300'000));
        QVERIFY(!interactive.forBackground().decide(1, 503, false, ms(3600'000), 0.5).retry);
        // A person waits out a minute — the window of the per-minute limits — and no more.
        QCOMPARE(interactive.longestWait, ms(60'000));
        QVERIFY(interactive.decide(1, 429, false, ms(60'000), 0.5).retry);
        QVERIFY(!interactive.decide(1, 429, false, ms(61'000), 0.5).retry);
    }

    void a429WithoutRetryAfterIsOutlastedForAMinute()
    {
        // Whatever the jitter draws, the waits before the last try add up to over a minute, so
        // a per-minute quota that says nothing of when it frees has freed by then.
        const RetryPolicy p;
        for (double random : {0.0, 0.5, 0.999999}) {
            qint64 waited = 0;
            int attempt = 1;
            for (;; ++attempt) {
                const auto d = p.decide(attempt, 429, false, std::nullopt, random);
                if (!d.retry)
                    break;
                waited += d.delay.count();
            }
            QCOMPARE(attempt, p.rateLimitedAttempts);
            QVERIFY2(waited > 60'000, qPrintable(QString::number(waited)));
            QVERIFY2(waited < 5 * 60'000, qPrintable(QString::number(waited)));
        }
    }

    void backoffIsCappedAndNeverZero()
    {
        RetryPolicy p;
        p.maxAttempts = 40;
        qint64 previousCap = 0;
        for (int attempt = 1; attempt < 40; ++attempt) {
            const auto low = p.decide(attempt, 503, false, std::nullopt, 0.0);
            const auto high = p.decide(attempt, 503, false, std::nullopt, 0.999999);
            QVERIFY(low.retry && high.retry);
            QVERIFY(low.delay.count() > 0);               // never a tight loop (KDE's `^` bug cycled to 0)
            QVERIFY(high.delay <= p.maxDelay);
            QVERIFY(high.delay.count() >= previousCap / 2); // monotone up to the cap
            previousCap = high.delay.count();
        }
        QCOMPARE(qint64(p.decide(39, 503, false, std::nullopt, 0.999999).delay.count()), qint64(29999));
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("padded") << QByteArray(" 3 ") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("http date 90 s ahead") << QByteArray("Thu, 01 Jan 2026 12:01:30 GMT") << qint64(90'000);
        QTest::newRow("http date in the past") << QByteArray("Thu, 01 Jan 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("huge is capped to a day") << QByteArray("99999999999") << qint64(86'400'000);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectMs);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const auto r = RetryPolicy::parseRetryAfter(value, now);
        if (expectMs < 0)
            QVERIFY(!r);
        else
            QCOMPARE(qint64(r.value().count()), expectMs);
    }

    // Each answer's Date header in turn, as a listing gets them (the last one parsed is kept).
    void serverTimeFromTheDateHeader()
    {
        const auto timeOf = [](const QByteArray &date) {
            HttpResponse r;
            r.status = 200;
            if (!date.isNull())
                r.headers.append({QByteArrayLiteral("Date"), date});
            return serverTimeOf(r);
        };
        const QDateTime six(QDate(2026, 12, 2), QTime(6, 25, 1), Qt::UTC);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(timeOf("Wed, 02 Dec 2026 06:25:01 GMT"), six);
        QCOMPARE(timeOf("Wed, 02 Dec 2026 06:25:02 GMT"), six.addSecs(1));
        QVERIFY(!timeOf("yesterday").isValid());
        QVERIFY(!timeOf("yesterday").isValid());
        QVERIFY(!timeOf(QByteArray()).isValid());
        QCOMPARE(timeOf(" Wed, 02 Dec 2026 06:25:01 GMT "), six);
        QCOMPARE(timeOf("Wed, 02 Dec 2026 06:25:01 GMT").offsetFromUtc(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
