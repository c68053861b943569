// Jira sync against the simulator over loopback: after every scenario the cache must equal
// the service's ground truth (JiraCompare).
#include "JiraCompare.h"
#include "jira/JiraRepo.h"
#include "SearchIndex.h"
#include "SyncHarness.h"
#include "SyncStateRepo.h"
#include "../sim/SimHttp.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
const QString kJira = QStringLiteral("jira");
const QString kSearch = QStringLiteral("GET /jira/rest/api/3/search/jql");
const QString kServerInfo = QStringLiteral("GET /jira/rest/api/3/serverInfo");
const QString kBulk = QStringLiteral("POST /jira/rest/api/3/issue/bulkfetch");
const QString kAll = QStringLiteral("project in (CAIRN, OPS, WEB)");

sim::Options opts(int issues)
{
    sim::Options o;
    o.contacts = 0;
    o.jiraIssues = issues;
    o.seed = 11;
    return o;
}

SyncRun syncOk(SyncHarness &h, SyncMode mode = SyncMode::Auto)
{
    const SyncRun run = h.sync(kJira, mode);
    if (run.status != RunStatus::Ok)
        qWarning() << "jira run failed:" << run.error;
    return run;
}

SyncState stateOf(SyncHarness &h, const QString &config = QStringLiteral("main"))
{
    QSqlDatabase db = h.reader();
    return SyncStateRepo::load(db, kJira, QStringLiteral("default"), config);
}

QJsonObject report(const SyncRun &run, const QString &config = QStringLiteral("main"))
{
    return run.extra.value(QLatin1String("configs")).toObject().value(config).toObject();
}

void injectFault(SyncHarness &h, int status, int count, int after = 0, const QByteArray &body = {},
                 const sim::HeaderList &headers = {}, const QString &path = QStringLiteral("/jira/rest/api/3/search/jql"))
{
    sim::Fault f;
    f.path = path;
    f.status = status;
    f.count = count;
    f.after = after;
    f.body = body;
    f.headers = headers;
    h.sim().faults().add(f);
}

// The sim's answer to a search as a naive client would send it, with Basic auth.
QJsonObject rawSearch(SyncHarness &h, const QString &jql, int *status = nullptr)
{
    simtest::Http http(h.sim().baseUrl());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("jql"), QString::fromLatin1(QUrl::toPercentEncoding(jql)));
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("summary,updated"));
    q.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("100"));
    const simtest::Response r = http.send("GET", QStringLiteral("/jira/rest/api/3/search/jql"), q);
    if (status)
        *status = r.status;
    return r.json();
}
} // namespace

class TestJiraSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncIsFull()
    {
        SyncHarness h(opts(250));
        test::useJira(h);
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.created, 250);
        QCOMPARE(h.requests(kSearch), 3); // 100 a page with every field
        QCOMPARE(h.requests(), 3);
        QCOMPARE(test::compareJira(h), QString());
        const SyncState st = stateOf(h);
        QVERIFY(st.initialSyncCompleted);
        QVERIFY(st.lastSyncAt.isValid());
        QCOMPARE(st.status, RunStatus::Ok);
        QVERIFY(!st.listingInProgress());
        QSqlDatabase db = h.reader();
        const JiraIssue any = JiraRepo::issues(db).at(17);
        const QList<SearchIndex::Hit> hits = SearchIndex::query(db, any.key);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().kind, kJiraIssueKind);
    }

    void incrementalPicksUpChanges()
    {
        SyncHarness h(opts(180));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &j = h.sim().jira();
        const QStringList keys = j.issueKeys();
        h.sim().clock().advance(600);
        QVERIFY(j.editIssue(keys.at(3)));
        QVERIFY(j.editIssue(keys.at(90)));
        QVERIFY(j.transitionIssue(keys.at(40)));
        QVERIFY(!j.addIssue(QStringLiteral("OPS")).isEmpty());
        QVERIFY(!j.addIssue(QStringLiteral("WEB"), QStringLiteral("Ünïcødé 新しい課題")).isEmpty());
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Partial);
        QCOMPARE(run.created, 2);
        QCOMPARE(run.updated, 3);
        QCOMPARE(h.requests(), 1);
        QCOMPARE(test::compareJira(h), QString());
    }

    void noChangeRunCostsOneCall()
    {
        SyncHarness h(opts(120));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        h.sim().clock().advance(3600);
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(h.requests(), 1);
        QCOMPARE(h.requests(kSearch), 1);
        QCOMPARE(run.created + run.updated + run.deleted, 0);
        QCOMPARE(test::compareJira(h), QString());
    }

    void overlapIsDedupedByIdAndUpdated()
    {
        SyncHarness h(opts(60));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        QVERIFY(h.sim().jira().editIssue(h.sim().jira().issueKeys().first()));
        QCOMPARE(syncOk(h).updated, 1);
        // Within the overlap the same edit comes back: skipped, not written again.
        const SyncRun again = syncOk(h);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.skipped, 1);
        QCOMPARE(test::compareJira(h), QString());
    }

    void stateLostWarnsAndDoesNotRedownload()
    {
        SyncHarness h(opts(150));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        QFuture<void> losing = h.writer().transact([](QSqlDatabase &db) {
            SyncState s = SyncStateRepo::load(db, kJira, QStringLiteral("default"), QStringLiteral("main"));
            s.lastSyncAt = QDateTime();
            SyncStateRepo::save(db, s);
        });
        losing.waitForFinished();
        h.sim().clock().advance(3600);
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Partial);
        QCOMPARE(run.extra.value(QLatin1String("warnings")).toArray().size(), 1);
        QVERIFY(run.extra.value(QLatin1String("warnings")).toArray().first().toString().contains(QLatin1String("lost")));
        QVERIFY(report(run).value(QLatin1String("state_lost")).toBool());
        QCOMPARE(h.requests(kServerInfo), 1);
        QCOMPARE(h.requests(kSearch), 1);
        QCOMPARE(report(run).value(QLatin1String("issues_fetched")).toInt(), 0);
        QCOMPARE(run.created, 0);
        QVERIFY(stateOf(h).lastSyncAt.isValid());
        // The warning is in the run's history.
        {
            QSqlDatabase db = h.reader();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT extra FROM sync_runs WHERE id=%1").arg(run.id)) && q.next());
            QVERIFY(q.value(0).toString().contains(QLatin1String("was lost")));
        } // (the query's read snapshot ends here)
        // And on incrementally from there.
        QVERIFY(h.sim().jira().editIssue(h.sim().jira().issueKeys().at(5)));
        QCOMPARE(syncOk(h).updated, 1);
        QCOMPARE(test::compareJira(h), QString());
    }

    // Two naive clients and Cairn, with the searching user's profile far east, far west and at UTC.
    // "utc-literal" sends its UTC watermark as a "yyyy/MM/dd HH:mm" literal, which Jira reads in
    // the user's zone; "offset-dropped" takes the newest `updated` Jira returned (in the user's
    // zone, "…+1300") without its offset and sends it as epoch ms.
    void timeZoneTrap_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("naive");
        QTest::addColumn<bool>("naiveLoses");
        QTest::newRow("Auckland, utc-literal") << QStringLiteral("Pacific/Auckland") << QStringLiteral("utc-literal") << false;
        QTest::newRow("Auckland, offset-dropped") << QStringLiteral("Pacific/Auckland") << QStringLiteral("offset-dropped") << true;
        QTest::newRow("Los Angeles, utc-literal") << QStringLiteral("America/Los_Angeles") << QStringLiteral("utc-literal") << true;
        QTest::newRow("Los Angeles, offset-dropped") << QStringLiteral("America/Los_Angeles") << QStringLiteral("offset-dropped") << false;
        QTest::newRow("UTC, utc-literal") << QStringLiteral("UTC") << QStringLiteral("utc-literal") << false;
        QTest::newRow("UTC, offset-dropped") << QStringLiteral("UTC") << QStringLiteral("offset-dropped") << false;
    }
    void timeZoneTrap()
    {
        QFETCH(QString, zone);
        QFETCH(QString, naive);
        QFETCH(bool, naiveLoses);
        sim::Options o = opts(80);
        o.jiraTimeZone = zone;
        SyncHarness h(o);
        test::useJira(h);
        QVERIFY(h.sim().jira().editIssue(h.sim().jira().issueKeys().at(3))); // the newest `updated` is now
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        const QDateTime lastSync = stateOf(h).lastSyncAt;
        const QJsonObject newest = rawSearch(h, kAll + QStringLiteral(" ORDER BY updated DESC")).value(QLatin1String("issues")).toArray().first().toObject();
        const QString newestUpdated = newest.value(QLatin1String("fields")).toObject().value(QLatin1String("updated")).toString();
        QVERIFY2(newestUpdated.size() == 28, qPrintable(newestUpdated)); // 2023-06-24T19:24:50.000+1300
        h.sim().clock().advance(120);
        const QString key = h.sim().jira().issueKeys().at(7);
        QVERIFY(h.sim().jira().editIssue(key));

        QString jql;
        if (naive == QLatin1String("utc-literal")) {
            jql = QStringLiteral("%1 AND updated >= \"%2\"").arg(kAll, lastSync.toUTC().addSecs(-300).toString(QStringLiteral("yyyy/MM/dd HH:mm")));
        } else {
            QDateTime wall = QDateTime::fromString(newestUpdated.left(23), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
            wall.setTimeZone(QTimeZone::utc());
            jql = QStringLiteral("%1 AND updated >= %2").arg(kAll).arg(wall.addSecs(-300).toMSecsSinceEpoch());
        }
        int status = 0;
        const QJsonArray found = rawSearch(h, jql, &status).value(QLatin1String("issues")).toArray();
        QCOMPARE(status, 200);
        bool seen = false;
        for (const QJsonValue &v : found)
            seen = seen || v.toObject().value(QLatin1String("key")).toString() == key;
        QCOMPARE(seen, !naiveLoses);
        // Cairn asks with epoch milliseconds of the server's clock and finds it in every zone.
        const SyncRun run = syncOk(h);
        QCOMPARE(run.updated, 1);
        QCOMPARE(test::compareJira(h), QString());
    }

    void sweepMarksDeletions()
    {
        SyncHarness h(opts(130));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        QCOMPARE(h.sim().jira().deleteRandom(4).size(), 4);
        h.sim().clock().advance(25 * 3600); // jira.sweep_hours defaults to 24
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.deleted, 4);
        QCOMPARE(report(run).value(QLatin1String("sweep")).toString(), QStringLiteral("done"));
        QCOMPARE(h.requests(kSearch), 2); // the incremental listing and one id page
        QCOMPARE(test::compareJira(h), QString());
        // Not due again for a day.
        h.resetRequests();
        QCOMPARE(syncOk(h).deleted, 0);
        QCOMPARE(h.requests(kSearch), 1);
    }

    // The cache lacks two issues the JQL has (as when they moved between two pages of a
    // listing while the service changed): the sweep, which lists every id, fetches them by id.
    void sweepFetchesIssuesNoListingBrought()
    {
        SyncHarness h(opts(130));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        QList<JiraIssue> cached;
        {
            QSqlDatabase db = h.reader();
            cached = JiraRepo::issues(db, QStringLiteral("default"), QStringLiteral("main"));
        }
        const QStringList lost{cached.at(3).id, cached.at(77).id};
        QFuture<void> losing = h.writer().transact([lost](QSqlDatabase &db) {
            for (const QString &id : lost)
                sql::Statement(db, QStringLiteral("DELETE FROM jira_issues WHERE issue_id=?")).exec({id});
        });
        losing.waitForFinished();
        QVERIFY(test::compareJira(h).contains(QLatin1String("missing from the cache")));
        h.sim().clock().advance(25 * 3600);
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.created, 2);
        QCOMPARE(report(run).value(QLatin1String("sweep_fetched")).toInt(), 2);
        QCOMPARE(h.requests(kSearch), 2); // the incremental listing, one id page
        QCOMPARE(h.requests(kBulk), 1);   // the two by id
        QCOMPARE(test::compareJira(h), QString());
    }

    void fullModeMarksDeletions()
    {
        SyncHarness h(opts(90));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        QCOMPARE(h.sim().jira().deleteRandom(3).size(), 3);
        h.resetRequests();
        // Jira refuses a JQL naming a deleted issue (issue 19: "An issue with key '14463' does
        // not exist for field 'id'"): the unseen are confirmed by a bulk fetch instead.
        const SyncRun run = syncOk(h, SyncMode::Full);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.deleted, 3);
        QCOMPARE(run.skipped, 87);
        QCOMPARE(h.requests(kSearch), 1); // the listing; none of the unseen exists: no JQL by id
        QCOMPARE(h.requests(kBulk), 1);
        QCOMPARE(h.requests(), 2);
        QCOMPARE(test::compareJira(h), QString());
    }

    // A full listing that did not see deleted issues and issues its narrowed JQL leaves out (a
    // few: confirmed by id): the bulk fetch says which exist, the JQL over those alone which
    // are still in it; the others and the deleted are marked.
    void fullListingRetiresTheDeletedAndTheLeftOut()
    {
        SyncHarness h(opts(130));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &jira = h.sim().jira();
        int cairn = 0;
        QStringList deleted;
        for (const QString &key : jira.issueKeys()) {
            if (key.startsWith(QLatin1String("CAIRN-")))
                ++cairn;
            if ((key.startsWith(QLatin1String("OPS-")) && deleted.size() < 2) || (key.startsWith(QLatin1String("CAIRN-")) && deleted.size() == 2))
                deleted << key;
        }
        QCOMPARE(deleted.size(), 3);
        for (const QString &key : std::as_const(deleted))
            QVERIFY(jira.deleteIssue(key));
        QVERIFY(cairn > 1 && cairn < 100);
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("project in (OPS, WEB)")}});
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.deleted, cairn + 2);
        QCOMPARE(h.requests(kBulk), 1);   // every unseen id at once
        QCOMPARE(h.requests(kSearch), 2); // the listing, and `id in` over the CAIRN issues alive
        QCOMPARE(test::compareJira(h, QStringLiteral("main"), {QStringLiteral("OPS"), QStringLiteral("WEB")}), QString());
    }

    // An issue deleted between the bulk fetch and the JQL makes Jira refuse the JQL: the
    // confirmation asks again instead of failing the run.
    void issueGoneWhileConfirmedIsAskedAgain()
    {
        SyncHarness h(opts(130));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("project in (OPS, WEB)")}});
        // The listing (one page) passes; the first `id in` is refused as Jira refuses it.
        injectFault(h, 400, 1, 1, R"({"errorMessages":["An issue with key '10001' does not exist for field 'id'."],"errors":{}})");
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(h.requests(kBulk), 2);
        QCOMPARE(h.requests(kSearch), 3);
        QCOMPARE(test::compareJira(h, QStringLiteral("main"), {QStringLiteral("OPS"), QStringLiteral("WEB")}), QString());
    }

    // issueErrors are issues Jira could not fetch this time (JIRA-OAS BulkIssueResults), not
    // missing ones: they stay live until a later listing decides.
    void bulkFetchIssueErrorsAreNotDeletions()
    {
        SyncHarness h(opts(90));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        const QStringList gone = h.sim().jira().deleteRandom(3);
        QCOMPARE(gone.size(), 3);
        QString unsureId;
        {
            QSqlDatabase db = h.reader();
            for (const JiraIssue &i : JiraRepo::issues(db, QStringLiteral("default"), QStringLiteral("main")))
                if (i.key == gone.first())
                    unsureId = i.id;
        }
        QVERIFY(!unsureId.isEmpty());
        injectFault(h, 200, 1, 0,
                    QStringLiteral(R"({"issues":[],"issueErrors":[{"id":"%1","errorMessage":"Retry the request later."}]})").arg(unsureId).toUtf8(),
                    {}, QStringLiteral("/jira/rest/api/3/issue/bulkfetch"));
        const SyncRun run = syncOk(h, SyncMode::Full);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.deleted, 2);
        QCOMPARE(report(run).value(QLatin1String("unconfirmed")).toInt(), 1);
        {
            QSqlDatabase db = h.reader();
            QCOMPARE(JiraRepo::counts(db).live, 88);
        }
        QCOMPARE(syncOk(h, SyncMode::Full).deleted, 1);
        QCOMPARE(test::compareJira(h), QString());
    }

    void failedSweepMarksNothing()
    {
        SyncHarness h(opts(110));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        QCOMPARE(h.sim().jira().deleteRandom(2).size(), 2);
        h.sim().clock().advance(25 * 3600);
        injectFault(h, 503, 50, 1); // the listing passes, every sweep attempt fails
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.deleted, 0);
        QCOMPARE(report(run).value(QLatin1String("sweep")).toString(), QStringLiteral("failed"));
        QVERIFY(run.extra.value(QLatin1String("warnings")).toArray().first().toString().contains(QLatin1String("nothing was marked")));
        QSqlDatabase db = h.reader();
        QCOMPARE(JiraRepo::counts(db).live, 110);
        h.sim().faults().clear();
        const SyncRun next = syncOk(h);
        QCOMPARE(next.deleted, 2); // due again: the failed one did not count
        QCOMPARE(test::compareJira(h), QString());
    }

    void changedJqlListsInFull()
    {
        SyncHarness h(opts(120));
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("project = OPS")}});
        QCOMPARE(syncOk(h).mode, SyncMode::Full);
        QCOMPARE(syncOk(h).mode, SyncMode::Partial);
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("project in (OPS, WEB)")}});
        const SyncRun run = syncOk(h);
        QCOMPARE(run.mode, SyncMode::Full); // issues the new JQL adds were not updated lately
        QCOMPARE(test::compareJira(h, QStringLiteral("main"), {QStringLiteral("OPS"), QStringLiteral("WEB")}), QString());
    }

    // A narrowed JQL: the issues it leaves out are marked with one id-only listing of the new
    // JQL, not asked for 100 ids a query.
    void narrowedJqlRetiresTheRestCheaply()
    {
        SyncHarness h(opts(4500));
        test::useJira(h);
        QCOMPARE(syncOk(h).mode, SyncMode::Full);
        int ops = 0;
        for (const QString &key : h.sim().jira().issueKeys())
            ops += key.startsWith(QLatin1String("OPS-"));
        QVERIFY(4500 - ops > 2000);
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("project = OPS")}});
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.deleted, 4500 - ops);
        QCOMPARE(h.requests(kSearch), (ops + 99) / 100 + (ops + 4999) / 5000);
        QCOMPARE(test::compareJira(h, QStringLiteral("main"), {QStringLiteral("OPS")}), QString());
    }

    void emptySweepMarksNothing()
    {
        SyncHarness h(opts(40));
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("project = OPS")}});
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        int ops = 0;
        for (const QString &key : h.sim().jira().issueKeys())
            if (key.startsWith(QLatin1String("OPS-"))) {
                QVERIFY(h.sim().jira().deleteIssue(key));
                ++ops;
            }
        QVERIFY(ops > 0);
        h.sim().clock().advance(25 * 3600);
        const SyncRun run = syncOk(h);
        QCOMPARE(run.deleted, 0); // as likely a lost permission as a project emptied
        QCOMPARE(report(run).value(QLatin1String("sweep")).toString(), QStringLiteral("failed"));
        QCOMPARE(syncOk(h, SyncMode::Full).deleted, ops); // a full listing decides
        QCOMPARE(test::compareJira(h, QStringLiteral("main"), {QStringLiteral("OPS")}), QString());
    }

    void oldSearchAnswers410()
    {
        SyncHarness h(opts(5));
        simtest::Http http(h.sim().baseUrl());
        const simtest::Response r = http.send("GET", QStringLiteral("/jira/rest/api/3/search"),
                                              QUrlQuery{{QStringLiteral("jql"), QStringLiteral("project = OPS")}});
        QCOMPARE(r.status, 410);
        QVERIFY(r.json().value(QLatin1String("errorMessages")).toArray().first().toString().contains(QLatin1String("/search/jql")));
        // And the new one refuses an unbounded query with Jira's error body.
        int status = 0;
        const QJsonObject refused = rawSearch(h, QStringLiteral("ORDER BY updated DESC"), &status);
        QCOMPARE(status, 400);
        QVERIFY(refused.value(QLatin1String("errorMessages")).toArray().first().toString().contains(QLatin1String("Unbounded")));
        QVERIFY(refused.value(QLatin1String("errors")).isObject());
        QVERIFY(!refused.contains(QLatin1String("total")));
    }

    void unboundedJqlIsAClearError()
    {
        SyncHarness h(opts(5));
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("ORDER BY created")}});
        const SyncRun run = h.sync(kJira);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QLatin1String("jira.main.jql is not set")), qPrintable(run.error));
        test::useJira(h, {{QStringLiteral("main"), QStringLiteral("project = OPS OR")}});
        const SyncRun bad = h.sync(kJira);
        QCOMPARE(bad.status, RunStatus::Failed);
        QVERIFY2(bad.error.startsWith(QLatin1String("Jira answered 400")), qPrintable(bad.error));
        QVERIFY(!bad.error.contains(QLatin1Char('\n')));
        QCOMPARE(stateOf(h).status, RunStatus::Failed);
    }

    void rateLimitIsRetried()
    {
        SyncHarness h(opts(140));
        test::useJira(h);
        injectFault(h, 429, 2, 0, {}, {{"Retry-After", "1"}});
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.extra.value(QLatin1String("retries")).toInt(), 2);
        QCOMPARE(h.requests(kSearch), 4);
        QCOMPARE(test::compareJira(h), QString());
    }

    void badJsonFailsClearlyAndLosesNothing()
    {
        SyncHarness h(opts(70));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        QVERIFY(h.sim().jira().editIssue(h.sim().jira().issueKeys().at(2)));
        injectFault(h, 200, 1, 0, "{\"issues\": [ {\"id\": \"1\", \"key\"");
        const SyncRun run = h.sync(kJira);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QLatin1String("Jira")), qPrintable(run.error));
        QVERIFY(!run.error.contains(QLatin1Char('\n')));
        QSqlDatabase db = h.reader();
        QCOMPARE(JiraRepo::counts(db).live, 70);
        QCOMPARE(syncOk(h).updated, 1);
        QCOMPARE(test::compareJira(h), QString());
    }

    void interruptedListingResumes()
    {
        SyncHarness h(opts(450));
        test::useJira(h);
        injectFault(h, 500, 50, 2); // pages 1 and 2 pass, then the service fails
        const SyncRun broken = h.sync(kJira);
        QCOMPARE(broken.status, RunStatus::Failed);
        QCOMPARE(broken.created, 200);
        QVERIFY(stateOf(h).listingInProgress());
        QVERIFY(!stateOf(h).initialSyncCompleted);
        h.sim().faults().clear();
        h.resetRequests();
        const SyncRun resumed = syncOk(h);
        QCOMPARE(resumed.created, 250);
        // Pages 3..5 only, then one id sweep: the listing spanned two runs, and an issue it saw
        // before the pause may have been deleted since.
        QCOMPARE(h.requests(kSearch), 3 + 1);
        QCOMPARE(test::compareJira(h), QString());
        QVERIFY(stateOf(h).initialSyncCompleted);
    }

    // A full sync asked for while a partial listing is paused is a full listing (before, the
    // partial one went on and nothing was listed in full): the listing engine's rule for every
    // source.
    void aFullSyncDoesNotResumeAPartialListing()
    {
        SyncHarness h(opts(250));
        test::useJira(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        const QStringList keys = h.sim().jira().issueKeys();
        h.sim().clock().advance(600);
        for (int k = 0; k < 150; ++k)
            QVERIFY(h.sim().jira().editIssue(keys.at(k)));
        injectFault(h, 500, 50, 1); // the partial listing's page 1 passes, then the service fails
        QCOMPARE(h.sync(kJira).status, RunStatus::Failed);
        QCOMPARE(stateOf(h).listingMode, SyncMode::Partial);
        QVERIFY(stateOf(h).listingInProgress());
        h.sim().faults().clear();
        const QDateTime fullBefore = stateOf(h).lastFullSyncAt;
        h.resetRequests();
        const SyncRun full = syncOk(h, SyncMode::Full);
        QCOMPARE(full.status, RunStatus::Ok);
        QCOMPARE(report(full).value(QLatin1String("mode")).toString(), QStringLiteral("full"));
        QCOMPARE(h.requests(kSearch), 3); // every issue, 100 a page: the whole JQL
        QVERIFY(stateOf(h).lastFullSyncAt > fullBefore);
        QVERIFY(!stateOf(h).listingInProgress());
        QCOMPARE(test::compareJira(h), QString());
    }

    // Paused after two pages, the service changes under the listing: issues it listed are edited
    // (they move to the end of updated ASC) or deleted. Resumed by its page token (an offset),
    // eight issues never listed would slip before it and never reach the cache; it resumes from
    // the last issue committed instead.
    void listingPausedWhileTheServiceChangesMissesNothing()
    {
        SyncHarness h(opts(450));
        test::useJira(h);
        injectFault(h, 500, 50, 2);
        QCOMPARE(h.sync(kJira).status, RunStatus::Failed);
        h.sim().faults().clear();
        QList<JiraIssue> listed;
        {
            QSqlDatabase db = h.reader();
            listed = JiraRepo::issues(db, QStringLiteral("default"), QStringLiteral("main"));
        }
        QCOMPARE(listed.size(), 200);
        auto &jira = h.sim().jira();
        for (int k = 0; k < 5; ++k)
            QVERIFY(jira.editIssue(listed.at(k * 30).key));
        for (int k = 0; k < 3; ++k)
            QVERIFY(jira.deleteIssue(listed.at(k * 30 + 7).key));
        const SyncRun resumed = syncOk(h);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.created, 250);
        QCOMPARE(resumed.updated, 5);
        QCOMPARE(resumed.deleted, 3); // by the id sweep after a listing that spanned two runs
        QCOMPARE(test::compareJira(h), QString());
    }

    void oneBadConfigurationDoesNotStopTheOthers()
    {
        SyncHarness h(opts(100));
        test::useJira(h, {{QStringLiteral("broken"), QStringLiteral("project = OPS")},
                          {QStringLiteral("ops"), QStringLiteral("project = OPS")},
                          {QStringLiteral("web"), QStringLiteral("project = WEB ORDER BY key")}});
        h.settings().setValue(QStringLiteral("jira.broken.site"), h.sim().baseUrl().toString() + QStringLiteral("/nowhere"));
        const SyncRun run = h.sync(kJira);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.startsWith(QLatin1String("broken: ")), qPrintable(run.error));
        QCOMPARE(test::compareJira(h, QStringLiteral("ops"), {QStringLiteral("OPS")}), QString());
        QCOMPARE(test::compareJira(h, QStringLiteral("web"), {QStringLiteral("WEB")}), QString());
        QCOMPARE(stateOf(h, QStringLiteral("broken")).status, RunStatus::Failed);
        QVERIFY(!stateOf(h, QStringLiteral("broken")).lastError.isEmpty());
        QCOMPARE(stateOf(h, QStringLiteral("ops")).status, RunStatus::Ok);
        QVERIFY(stateOf(h, QStringLiteral("web")).initialSyncCompleted);
    }
};

QTEST_GUILESS_MAIN(TestJiraSync)
#include "tst_jirasync.moc"
