// The services' documented rate limits in the simulator (src/sim/RateLimits, docs/simulator.md):
// each limit answers as its service documents it — status, headers, body —, counts what it
// documents, and its window frees on the simulator's clock, which these tests freeze and move.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace simtest;

namespace {

const QString kAsanaMe = QStringLiteral("/asana/api/1.0/users/me");
const QString kConnections = QStringLiteral("/google/v1/people/me/connections");
const QUrlQuery kNames = query({{"personFields", "names"}, {"pageSize", "5"}});
const QString kMyself = QStringLiteral("/jira/rest/api/3/myself");

// Statuses and headers of `n` requests sent at once (on separate connections).
QList<Response> sendAtOnce(const QUrl &base, const QString &path, int n, const QByteArray &authorization)
{
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    QUrl url = base;
    url.setPath(path);
    for (int i = 0; i < n; ++i) {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", authorization);
        replies << nam.get(req);
    }
    QEventLoop loop;
    int done = 0;
    for (QNetworkReply *r : std::as_const(replies))
        QObject::connect(r, &QNetworkReply::finished, &loop, [&] {
            if (++done == n)
                loop.quit();
        });
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<Response> out;
    for (QNetworkReply *r : std::as_const(replies)) {
        Response resp;
        resp.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        resp.headers = r->rawHeaderPairs();
        resp.body = r->readAll();
        out << resp;
        r->deleteLater();
    }
    return out;
}

QList<int> statuses(const QList<Response> &rs)
{
    QList<int> s;
    for (const Response &r : rs)
        s << r.status;
    std::sort(s.begin(), s.end());
    return s;
}

} // namespace

class TestSimRateLimits : public QObject
{
    Q_OBJECT

    // A small simulator of every service, its clock frozen (the tests move it).
    std::unique_ptr<sim::CloudSimulator> start(const std::function<void(sim::Options &)> &tune = {})
    {
        sim::Options o;
        o.contacts = 20;
        o.asanaProjects = 2;
        o.asanaTasksPerProject = 3;
        o.githubRepos = 2;
        o.githubPullsPerRepo = 3;
        o.jiraIssues = 60;
        if (tune)
            tune(o);
        auto s = std::make_unique<sim::CloudSimulator>(o);
        if (s->listenLocal() == 0)
            qFatal("cannot listen");
        s->clock().freeze(true);
        return s;
    }
    static int stat(sim::CloudSimulator &s, const char *service, const char *what)
    {
        return s.requestCounts()[QStringLiteral("rate_limits")][QLatin1String(service)][QLatin1String(what)].toInt();
    }
    // `n` requests one after the other; the statuses that came back, in order.
    static QList<int> repeat(Http &http, int n, const QString &path, const QUrlQuery &q = {})
    {
        QList<int> out;
        for (int i = 0; i < n; ++i)
            out << http.get(path, q).status;
        return out;
    }

private Q_SLOTS:
    void defaultsAreTheDocumentedValues()
    {
        const sim::Options o;
        QCOMPARE(o.googleReadsPerMinute, 90);
        QCOMPARE(o.asanaRequestsPerMinute, -1); // 150 free, 1 500 paid: below
        QCOMPARE(o.asanaSearchPerMinute, 60);
        QCOMPARE(o.asanaReadsInFlight, 50);
        QCOMPARE(o.asanaWritesInFlight, 15);
        QCOMPARE(o.githubRequestsInFlight, 100);
        QCOMPARE(o.githubRestPointsPerMinute, 900);
        QCOMPARE(o.githubGraphqlPointsPerMinute, 2000);
        QCOMPARE(o.jiraBurstPerSecond, 100);
        QCOMPARE(o.jiraPointsPerHour, 65000);
    }

    void asanaFreeWorkspace150AMinuteRefusalsCount()
    {
        auto s = start();
        Http http(s->baseUrl());
        QCOMPARE(repeat(http, 150, kAsanaMe), QList<int>(150, 200));
        const Response refused = http.get(kAsanaMe);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("60")); // all 150 at this instant
        QVERIFY(refused.header("Content-Type").startsWith("application/json"));
        const QJsonArray errors = refused.json()[QStringLiteral("errors")].toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].toObject()[QStringLiteral("message")].toString(),
                 QStringLiteral("You've made too many requests and hit a rate limit. Please retry after the given amount of time."));
        QCOMPARE(stat(*s, "asana", "limited"), 1);
        QCOMPARE(stat(*s, "asana", "early"), 0);

        // Half a minute later: still refused, sent before the Retry-After passed ("early"),
        // and counted — the two refusals take places of the next window.
        s->clock().advance(30);
        const Response again = http.get(kAsanaMe);
        QCOMPARE(again.status, 429);
        QCOMPARE(again.header("Retry-After"), QByteArray("30"));
        QCOMPARE(stat(*s, "asana", "early"), 1);
        s->clock().advance(30); // the first 150 and the first refusal have left the window
        QList<int> next = repeat(http, 150, kAsanaMe);
        QCOMPARE(next.count(200), 149); // the refusal of half a minute ago still counts
        QCOMPARE(next.last(), 429);
        QCOMPARE(stat(*s, "asana", "limited"), 3);
    }

    void asanaPaidWorkspaceAndSearch()
    {
        auto s = start([](sim::Options &o) { o.asanaSearch = true; }); // premium: 1 500 a minute
        Http http(s->baseUrl());
        const QString search = QStringLiteral("/asana/api/1.0/workspaces/%1/tasks/search").arg(s->asana().workspaceGid());
        const QList<int> searches = repeat(http, 61, search);
        QCOMPARE(searches.mid(0, 60), QList<int>(60, 200));
        QCOMPARE(searches.last(), 429); // the search API's own 60 a minute
        QCOMPARE(http.get(kAsanaMe).status, 200);
        const QList<int> rest = repeat(http, 1500 - 62, kAsanaMe); // 61 searches and 1 GET so far
        QCOMPARE(rest.count(200), rest.size());
        QCOMPARE(http.get(kAsanaMe).status, 429);
        s->clock().advance(60);
        QCOMPARE(http.get(search).status, 200);
    }

    void asanaReadsInFlight()
    {
        auto s = start([](sim::Options &o) { o.asanaReadsInFlight = 2; });
        sim::Fault slow;
        slow.path = kAsanaMe;
        slow.delayMs = 400;
        slow.count = 2;
        s->faults().add(slow);
        const QList<Response> rs = sendAtOnce(s->baseUrl(), kAsanaMe, 3, "Bearer cairn-sim-token");
        QCOMPARE(statuses(rs), (QList<int>{200, 200, 429}));
        for (const Response &r : rs)
            if (r.status == 429) {
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
                QVERIFY(r.json()[QStringLiteral("errors")].isArray());
            }
        Http http(s->baseUrl());
        QCOMPARE(http.get(kAsanaMe).status, 200); // both places free again
        QCOMPARE(stat(*s, "asana", "limited"), 1);
    }

    void googleReadQuotaAMinute()
    {
        auto s = start();
        Http http(s->baseUrl());
        QCOMPARE(repeat(http, 45, kConnections, kNames), QList<int>(45, 200));
        s->clock().advance(30);
        QCOMPARE(repeat(http, 45, kConnections, kNames), QList<int>(45, 200));
        const Response refused = http.get(kConnections, kNames);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("Retry-After").isEmpty()); // Google documents none
        const QJsonObject error = refused.json()[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toInt(), 429);
        QCOMPARE(error[QStringLiteral("status")].toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
        QVERIFY(error[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' "
                           "of service 'people.googleapis.com'")));
        const QJsonObject info = error[QStringLiteral("details")].toArray().first().toObject();
        QCOMPARE(info[QStringLiteral("@type")].toString(), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo"));
        QCOMPARE(info[QStringLiteral("reason")].toString(), QStringLiteral("RATE_LIMIT_EXCEEDED"));
        QCOMPARE(info[QStringLiteral("metadata")][QStringLiteral("quota_limit_value")].toString(), QStringLiteral("90"));
        QCOMPARE(info[QStringLiteral("metadata")][QStringLiteral("service")].toString(), QStringLiteral("people.googleapis.com"));
        // The window slides: half a minute on, the first 45 have left it.
        s->clock().advance(30);
        QCOMPARE(repeat(http, 45, kConnections, kNames), QList<int>(45, 200));
        QCOMPARE(http.get(kConnections, kNames).status, 429);
        QCOMPARE(stat(*s, "google", "limited"), 2);
        QCOMPARE(stat(*s, "google", "early"), 0); // no Retry-After: nothing to be early for
    }

    void githubSecondaryPointsPerEndpoint()
    {
        auto s = start();
        Http http(s->baseUrl());
        QCOMPARE(repeat(http, 900, QStringLiteral("/github/user")), QList<int>(900, 200));
        const Response refused = http.get(QStringLiteral("/github/user"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.header("retry-after"), QByteArray("60"));
        QVERIFY(refused.json()[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")));
        QCOMPARE(refused.json()[QStringLiteral("documentation_url")].toString(),
                 QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"));
        QCOMPARE(http.get(QStringLiteral("/github/user/repos")).status, 200); // another endpoint
        s->clock().advance(60);
        QCOMPARE(http.get(QStringLiteral("/github/user")).status, 200);
    }

    void githubPointsByMethodAndGraphql()
    {
        auto s = start([](sim::Options &o) {
            o.githubRestPointsPerMinute = 6;
            o.githubGraphqlPointsPerMinute = 2;
        });
        Http http(s->baseUrl());
        const QStringList repos = s->github().repoNames();
        QCOMPARE(repos.size(), 2);
        const QString pulls = QStringLiteral("/github/repos/%1/pulls");
        // A POST costs 5 points (the simulator does not write: 404, but counted): a second
        // one would make 10.
        QCOMPARE(http.send("POST", pulls.arg(repos[0]), {}, "{}").status, 404);
        QCOMPARE(http.send("POST", pulls.arg(repos[1]), {}, "{}").status, 403);
        // An endpoint is its method and path, whatever the repository: 6 GETs fill it.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(http.get(pulls.arg(repos[i % 2])).status, 200);
        QCOMPARE(http.get(pulls.arg(repos[1])).status, 403);
        const QByteArray query = R"({"query":"{ viewer { login } }"})";
        QCOMPARE(http.send("POST", QStringLiteral("/github/graphql"), {}, query).status, 200);
        QCOMPARE(http.send("POST", QStringLiteral("/github/graphql"), {}, query).status, 200);
        const Response refused = http.send("POST", QStringLiteral("/github/graphql"), {}, query);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.header("retry-after"), QByteArray("60"));
        QCOMPARE(stat(*s, "github", "limited"), 3);
    }

    void githubConcurrentRequests()
    {
        auto s = start([](sim::Options &o) { o.githubRequestsInFlight = 1; });
        sim::Fault slow;
        slow.path = QStringLiteral("/github/user");
        slow.delayMs = 400;
        slow.count = 1;
        s->faults().add(slow);
        const QList<Response> rs = sendAtOnce(s->baseUrl(), QStringLiteral("/github/user"), 2, "Bearer cairn-sim-token");
        QCOMPARE(statuses(rs), (QList<int>{200, 403}));
        for (const Response &r : rs)
            if (r.status == 403)
                QVERIFY(r.json()[QStringLiteral("message")].toString().contains(QLatin1String("secondary rate limit")));
    }

    void jiraBurstPerEndpoint()
    {
        auto s = start();
        Http http(s->baseUrl(), QString());
        http.setHeader("Authorization", "Basic " + QByteArray("me@example.com:cairn-sim-token").toBase64());
        for (int i = 0; i < 100; ++i) {
            const Response r = http.get(kMyself);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("100"));
            QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(99 - i));
        }
        const Response refused = http.get(kMyself);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
        QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("100"));
        QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(refused.header("RateLimit-Reason"), QByteArray("jira-burst-based"));
        const QDateTime reset = s->clock().now().addSecs(1);
        QCOMPARE(refused.header("X-RateLimit-Reset"), reset.toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'")).toLatin1());
        QCOMPARE(refused.json()[QStringLiteral("errorMessages")].toArray().size(), 1);
        QCOMPARE(http.get(QStringLiteral("/jira/rest/api/3/serverInfo")).status, 200); // its own bucket
        s->clock().advanceMs(5); // half a request refilled: refused again, and sent early
        QCOMPARE(http.get(kMyself).status, 429);
        QCOMPARE(stat(*s, "jira", "early"), 1);
        s->clock().advanceMs(1000); // the second refusal's Retry-After has passed: the bucket is full
        QCOMPARE(repeat(http, 100, kMyself), QList<int>(100, 200)); // refusals took no tokens
        QCOMPARE(http.get(kMyself).status, 429);
        QCOMPARE(stat(*s, "jira", "early"), 1);
        // Getting one issue is allowed 150 a second.
        const QString issue = QStringLiteral("/jira/rest/api/3/issue/%1").arg(s->jira().groundTruth()[QStringLiteral("issues")]
                                                                               .toArray().first()[QStringLiteral("key")].toString());
        QCOMPARE(repeat(http, 150, issue), QList<int>(150, 200));
        QCOMPARE(http.get(issue).status, 429);
    }

    void jiraPointsQuotaOfOAuthTraffic()
    {
        auto s = start([](sim::Options &o) { o.jiraPointsPerHour = 100; });
        // Half past an hour, to see the wait reach the top of the next one.
        const qint64 now = s->clock().nowMs();
        s->clock().advanceMs(3'600'000 - now % 3'600'000 + 1'800'000);
        Http oauth(s->baseUrl()); // Bearer: an OAuth (3LO) app
        const QUrlQuery thirty = query({{"jql", "project in (CAIRN, OPS, WEB)"}, {"maxResults", "30"}, {"fields", "summary"}});
        const QString search = QStringLiteral("/jira/rest/api/3/search/jql");
        QList<Response> answers;
        for (int i = 0; i < 4; ++i)
            answers << oauth.get(search, thirty); // 31 points each: 31, 62, 93, 124
        for (const Response &r : std::as_const(answers))
            QCOMPARE(r.status, 200);
        QVERIFY(answers[0].header("X-RateLimit-NearLimit").isEmpty());
        QCOMPARE(answers[2].header("X-RateLimit-NearLimit"), QByteArray("true")); // under 20 % left
        const Response refused = oauth.get(kMyself);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("RateLimit-Reason"), QByteArray("jira-quota-global-based"));
        QCOMPARE(refused.header("Retry-After"), QByteArray("1800"));
        QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("100"));
        QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
        const QDateTime top = QDateTime::fromMSecsSinceEpoch(s->clock().nowMs() + 1'800'000, QTimeZone::utc());
        QCOMPARE(refused.header("X-RateLimit-Reset"), top.toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'")).toLatin1());
        QVERIFY(refused.header("X-RateLimit-Reset").endsWith(":00Z"));

        // API-token (Basic) traffic is not under the points quota.
        Http token(s->baseUrl(), QString());
        token.setHeader("Authorization", "Basic " + QByteArray("me@example.com:cairn-sim-token").toBase64());
        QCOMPARE(token.get(search, thirty).status, 200);

        s->clock().advance(1799);
        QCOMPARE(oauth.get(kMyself).status, 429);
        QCOMPARE(stat(*s, "jira", "early"), 1);
        s->clock().advance(1); // the top of the hour: a new quota
        QCOMPARE(oauth.get(kMyself).status, 200);
    }

    void switchedOff()
    {
        auto s = start([](sim::Options &o) { o.noRateLimits(); });
        Http http(s->baseUrl());
        QCOMPARE(repeat(http, 200, kAsanaMe), QList<int>(200, 200));
        QCOMPARE(repeat(http, 100, kConnections, kNames), QList<int>(100, 200));
        for (const char *service : {"google", "asana", "github", "jira"})
            QCOMPARE(stat(*s, service, "limited"), 0);
        // Admin requests are never limited, nor counted.
        QCOMPARE(http.get(QStringLiteral("/_admin/requests")).json()[QStringLiteral("total")].toInt(), 300);
    }
};

QTEST_GUILESS_MAIN(TestSimRateLimits)
#include "tst_simratelimits.moc"
