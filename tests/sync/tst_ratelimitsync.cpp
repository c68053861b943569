// Cairn under the services' documented rate limits (the simulator's, src/sim/RateLimits, set low
// so that a small sync meets them many times): a full run and incremental runs after changes
// end with the cache equal to the service; every Retry-After is waited out — no request goes
// before it has passed (the simulator counts any that does) — and Google's quota, which
// answers with none, is outlasted by backing off. Jira's hourly points quota ends a person's
// run at once (one 429, "try again in … min"), and a background run waits for the hour.
//
// Time is the simulator's: its clock stands still but for Cairn's waits, which move it (the
// engine's sleeper), so a minute's window costs no real time and the counts are exact.
#include "AsanaCompare.h"
#include "CompareSource.h"
#include "Clock.h"
#include "GitHubCompare.h"
#include "JiraCompare.h"
#include "../sim/SimHttp.h"
#include "SyncHarness.h"
#include "sim/asana/AsanaService.h"
#include "sim/github/GitHubService.h"
#include "sim/google/GoogleService.h"
#include "sim/jira/JiraService.h"

#include <QCoroTask>
#include <QCoroTimer>
#include <QtTest>

#include <cmath>
#include <functional>
#include <optional>

using namespace cairn;
using namespace cairn::test;

namespace {

// Cairn's clock is the simulator's.
class SimTime final : public Clock
{
public:
    explicit SimTime(sim::SimClock &clock) : m_clock(clock) {}
    QDateTime now() const override { return m_clock.now(); }

private:
    sim::SimClock &m_clock;
};

struct Waits
{
    int count = 0;
    qint64 totalMs = 0;
};

// Cairn's sleeper: lets whatever else is under way go first (as it would in real time), then
// moves the simulator's clock on to the end of the wait — waits that overlap move it once.
QCoro::Task<> waitOnSimClock(sim::SimClock *clock, Waits *waits, std::chrono::milliseconds d, Cancellation *cancel)
{
    const qint64 until = clock->nowMs() + d.count();
    ++waits->count;
    waits->totalMs += d.count();
    QTimer yield;
    yield.setSingleShot(true);
    yield.start(0);
    co_await qCoro(yield).waitForTimeout();
    if (!cancel || !cancel->isCancelled())
        clock->advanceTo(until);
}

int stat(SyncHarness &h, const QString &source, const char *what)
{
    return h.sim().requestCounts()[QStringLiteral("rate_limits")][source][QLatin1String(what)].toInt();
}

// The requests to the source's API (not its photos).
int apiRequests(SyncHarness &h, const QString &source)
{
    const QJsonObject by = h.sim().requestCounts()[QStringLiteral("by_endpoint")].toObject();
    int n = 0;
    for (auto it = by.begin(); it != by.end(); ++it)
        if (it.key().contains(QStringLiteral(" /%1/").arg(source)))
            n += it.value().toInt();
    return n;
}

// Changes an incremental run must bring.
void change(SyncHarness &h, const QString &source, int round)
{
    if (source == QLatin1String("google")) {
        QVERIFY(!h.sim().google().randomChanges(12).isEmpty());
    } else if (source == QLatin1String("asana")) {
        sim::AsanaService &a = h.sim().asana();
        QVERIFY(!a.editRandomTasks(5).isEmpty());
        QVERIFY(!a.addTask(a.projectGids().first(), QStringLiteral("Round %1").arg(round)).isEmpty());
    } else if (source == QLatin1String("github")) {
        sim::GitHubService &g = h.sim().github();
        QVERIFY(!g.editRandomPulls(g.repoNames().first(), 4).isEmpty());
        QVERIFY(g.addPull(g.repoNames().last()) > 0);
    } else {
        QVERIFY(!h.sim().jira().editRandom(6).isEmpty());
    }
}

} // namespace

class TestRateLimitSync : public QObject
{
    Q_OBJECT

    // The harness on the simulator's time, with the real retry policy (its waits cost nothing).
    void onSimTime(SyncHarness &h, SimTime &time, Waits &waits)
    {
        h.sim().clock().freeze(true);
        h.engine().setClock(&time);
        h.engine().setRetryPolicy(RetryPolicy());
        sim::SimClock *clock = &h.sim().clock();
        Waits *w = &waits;
        h.engine().setSleeper([clock, w](std::chrono::milliseconds d, Cancellation *c) { return waitOnSimClock(clock, w, d, c); });
    }

private Q_SLOTS:
    void convergesUnderLimits_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("perMinute"); // the limit set low (per second for Jira's burst)
        QTest::addColumn<int>("parallel");  // requests Cairn has in flight at most
        QTest::newRow("google: 1 read a minute, no Retry-After") << QStringLiteral("google") << 1 << 1;
        QTest::newRow("asana: 10 requests a minute") << QStringLiteral("asana") << 10 << 4;
        QTest::newRow("github: secondary, 2 points a minute") << QStringLiteral("github") << 2 << 1;
        QTest::newRow("jira: burst, 1 a second per endpoint") << QStringLiteral("jira") << 1 << 1;
    }

    void convergesUnderLimits()
    {
        QFETCH(QString, source);
        QFETCH(int, perMinute);
        QFETCH(int, parallel);
        sim::Options o;
        o.seed = 77;
        o.contacts = 0;
        o.noRateLimits();
        if (source == QLatin1String("google")) {
            o.contacts = 2500; // three pages of 1 000
            o.googleReadsPerMinute = perMinute;
        } else if (source == QLatin1String("asana")) {
            o.asanaProjects = 6;
            o.asanaTasksPerProject = 150; // two pages each
            o.asanaRequestsPerMinute = perMinute;
        } else if (source == QLatin1String("github")) {
            o.githubRepos = 3;
            o.githubPullsPerRepo = 150; // two GraphQL pages each
            o.githubRestPointsPerMinute = perMinute;
            o.githubGraphqlPointsPerMinute = perMinute;
        } else {
            o.jiraIssues = 400;
            o.jiraBurstPerSecond = perMinute;
        }
        SyncHarness h(o);
        if (source == QLatin1String("asana"))
            useAsana(h);
        else if (source == QLatin1String("github"))
            useGitHub(h);
        else if (source == QLatin1String("jira"))
            useJira(h);
        SimTime time(h.sim().clock());
        Waits waits;
        onSimTime(h, time, waits);

        QSignalSpy said(&h.engine(), &SyncEngine::statusText);
        for (int round = 0; round < 3; ++round) {
            if (round > 0) {
                change(h, source, round);
                h.sim().clock().advance(90);
            }
            h.resetRequests();
            const Waits before = waits;
            const qint64 start = h.sim().clock().nowMs();
            const SyncRun run = h.sync(source);
            QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
            QCOMPARE(compareSource(h, source), QString());

            const int limited = stat(h, source, "limited");
            const int answered = apiRequests(h, source) - limited;
            const qint64 elapsed = h.sim().clock().nowMs() - start;
            qInfo("%s round %d: %d requests, %d answered 429/403, %d waits (%.1f s in all), %.1f s of the service's time",
                  qPrintable(source), round, h.requests(), limited, waits.count - before.count,
                  double(waits.totalMs - before.totalMs) / 1000.0, double(elapsed) / 1000.0);
            QCOMPARE(stat(h, source, "early"), 0); // no request before a Retry-After had passed
            QCOMPARE(run.extra.value(QLatin1String("rate_limited")).toInt(), limited); // the run's record says so too
            if (round == 0) {
                QVERIFY2(limited > 0, "the limit was never met: the test proves nothing");
                // A wait of a minute is said (the window's status bar, `cairn sync` on stderr).
                bool told = false;
                for (const QList<QVariant> &args : std::as_const(said))
                    told = told || args.at(1).toString().startsWith(Settings::displayName(source) + QStringLiteral(" asked to slow down: waiting "));
                QVERIFY(told || source == QLatin1String("jira")); // Jira's waits are a second
            }
            if (source == QLatin1String("jira"))
                continue; // per endpoint and per second: no simple bound
            // A window of a minute lets `perMinute` requests through: no run can be faster
            // than that (GitHub's endpoints have a window each), and one that hammers or
            // sleeps far too long is slower by windows.
            const qint64 windows = (answered + perMinute - 1) / perMinute;
            if (source != QLatin1String("github"))
                QVERIFY2(elapsed >= (windows - 1) * 60'000,
                         qPrintable(QStringLiteral("%1 ms for %2 windows").arg(elapsed).arg(windows)));
            QVERIFY2(elapsed <= (windows + 1) * 60'000 * 3 / 2,
                     qPrintable(QStringLiteral("%1 ms for %2 windows").arg(elapsed).arg(windows)));
            // Refusals: those in flight when a window closed (Retry-After), or Google's
            // backoff towards a minute (at most 9 tries).
            const int perWindow = source == QLatin1String("google") ? 9 : parallel;
            QVERIFY2(limited <= windows * perWindow + perWindow,
                     qPrintable(QStringLiteral("%1 refusals for %2 windows").arg(limited).arg(windows)));
        }
    }

    void aRequestSentWhileAnotherWaitsWaitsToo()
    {
        // In real time (a request on its way is not overtaken by a moved clock), against
        // Jira's burst limit set to one request a second: the first request is told to wait a
        // second; one started then waits with it instead of going early.
        sim::Options o;
        o.contacts = 0;
        o.noRateLimits();
        o.jiraBurstPerSecond = 1;
        sim::CloudSimulator s(o);
        QVERIFY(s.listenLocal() != 0);
        QNetworkAccessManager nam;
        HttpClient http(&nam);
        http.setAuthenticator(std::make_shared<BasicAuth>("me@example.com", "cairn-sim-token"));
        HttpRequest myself;
        myself.url = s.baseUrl().resolved(QUrl(QStringLiteral("/jira/rest/api/3/myself")));
        QCOMPARE(QCoro::waitFor(http.send(myself)).status, 200); // the bucket's one token

        std::optional<QCoro::Task<HttpResponse>> second;
        connect(&http, &HttpClient::rateLimitWait, this, [&] {
            if (!second)
                second = http.send(myself);
        });
        QElapsedTimer t;
        t.start();
        QCOMPARE(QCoro::waitFor(http.send(myself)).status, 200);
        QVERIFY(second.has_value());
        QCOMPARE(QCoro::waitFor(std::move(*second)).status, 200);
        const QJsonObject jira = s.requestCounts()[QStringLiteral("rate_limits")][QStringLiteral("jira")].toObject();
        QCOMPARE(jira[QStringLiteral("early")].toInt(), 0); // without the wait together: 1
        QCOMPARE(jira[QStringLiteral("limited")].toInt(), 2); // the first, and one of the two a second later
        QCOMPARE(http.rateLimitedCount(), 2);
        QVERIFY(t.elapsed() >= 2000);
    }

    void jiraQuotaStopsAPersonsRunAndABackgroundRunWaits()
    {
        sim::Options o;
        o.seed = 78;
        o.contacts = 0;
        o.noRateLimits();
        o.jiraIssues = 300;
        o.jiraPointsPerHour = 1000;
        SyncHarness h(o);
        useJira(h);
        const QByteArray token = h.sim().options().accessToken.toUtf8();
        h.engine().setAuthenticator(QStringLiteral("jira"), std::make_shared<BearerToken>(token)); // OAuth (3LO)
        SimTime time(h.sim().clock());
        Waits waits;
        onSimTime(h, time, waits);
        // Ten minutes before the top of an hour, the app's quota nearly spent elsewhere.
        const qint64 now = h.sim().clock().nowMs();
        h.sim().clock().advanceMs(3'600'000 - now % 3'600'000 + 50 * 60'000);
        simtest::Http other(h.sim().baseUrl());
        const QUrlQuery hundred = simtest::query({{"jql", "project in (CAIRN, OPS, WEB)"}, {"maxResults", "100"}, {"fields", "summary"}});
        for (int i = 0; i < 9; ++i) // 101 points each
            QCOMPARE(other.get(QStringLiteral("/jira/rest/api/3/search/jql"), hundred).status, 200);
        h.resetRequests();

        const SyncRun person = h.sync(QStringLiteral("jira"));
        QCOMPARE(person.status, RunStatus::Failed);
        QVERIFY2(person.error.contains(QLatin1String("10 min")), qPrintable(person.error));
        QCOMPARE(stat(h, QStringLiteral("jira"), "limited"), 1); // asked once, no retries
        QCOMPARE(waits.count, 0);

        const qint64 start = h.sim().clock().nowMs();
        const SyncRun background = QCoro::waitFor(h.engine().run(QStringLiteral("jira"), SyncMode::Auto, QString(), true));
        QVERIFY2(background.status == RunStatus::Ok, qPrintable(background.error));
        QCOMPARE(compareJira(h), QString());
        QCOMPARE(stat(h, QStringLiteral("jira"), "limited"), 2); // its first request, then the wait
        QCOMPARE(stat(h, QStringLiteral("jira"), "early"), 0);
        QCOMPARE(h.sim().clock().nowMs() - start, qint64(10 * 60'000)); // to the top of the hour
        qInfo("jira quota: %d requests, 2 answered 429, %d wait of %.0f s",
              h.requests(), waits.count, double(waits.totalMs) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitSync)
#include "tst_ratelimitsync.moc"
