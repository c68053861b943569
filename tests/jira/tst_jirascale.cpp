// Jira at 5 000 issues: what a full sync, a no-change incremental run, a run with a few
// changes, the state-lost case and an id sweep cost (API calls asserted, times printed).
#include "JiraCompare.h"
#include "jira/JiraRepo.h"
#include "SyncHarness.h"
#include "SyncStateRepo.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
const QString kJira = QStringLiteral("jira");
const QString kSearch = QStringLiteral("GET /jira/rest/api/3/search/jql");
const QString kServerInfo = QStringLiteral("GET /jira/rest/api/3/serverInfo");
constexpr int kIssues = 5000;

SyncRun timed(SyncHarness &h, const char *what, SyncMode mode = SyncMode::Auto)
{
    h.resetRequests();
    QElapsedTimer t;
    t.start();
    const SyncRun run = h.sync(kJira, mode);
    qInfo("%s: %d API calls, %lld ms, %d created, %d updated, %d deleted, %d unchanged", what, h.requests(),
          t.elapsed(), run.created, run.updated, run.deleted, run.skipped);
    if (run.status != RunStatus::Ok)
        qWarning() << "jira run failed:" << run.error;
    return run;
}
} // namespace

class TestJiraScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveThousandIssues()
    {
        sim::Options o;
        o.contacts = 0;
        o.jiraIssues = kIssues;
        o.seed = 5;
        SyncHarness h(o);
        test::useJira(h);

        const SyncRun full = timed(h, "5000 issues, first (full) sync");
        QCOMPARE(full.status, RunStatus::Ok);
        QCOMPARE(full.created, kIssues);
        QCOMPARE(h.requests(kSearch), kIssues / 100);
        QCOMPARE(test::compareJira(h), QString());

        h.sim().clock().advance(600);
        const SyncRun none = timed(h, "5000 issues, no-change incremental");
        QCOMPARE(none.status, RunStatus::Ok);
        QCOMPARE(h.requests(), 1);
        QCOMPARE(h.requests(kSearch), 1);
        QCOMPARE(none.created + none.updated + none.deleted, 0);

        QCOMPARE(h.sim().jira().editRandom(3).size(), 3);
        const SyncRun three = timed(h, "5000 issues, 3 edited");
        QCOMPARE(h.requests(), 1);
        QCOMPARE(three.updated, 3);
        QCOMPARE(test::compareJira(h), QString());

        QFuture<void> losing = h.writer().transact([](QSqlDatabase &db) {
            SyncState s = SyncStateRepo::load(db, kJira, QStringLiteral("default"), QStringLiteral("main"));
            s.lastSyncAt = QDateTime();
            SyncStateRepo::save(db, s);
        });
        losing.waitForFinished();
        h.sim().clock().advance(600);
        const SyncRun lost = timed(h, "5000 issues, state lost");
        QCOMPARE(lost.status, RunStatus::Ok);
        QCOMPARE(lost.extra.value(QLatin1String("warnings")).toArray().size(), 1);
        QCOMPARE(h.requests(kServerInfo), 1);
        QCOMPARE(h.requests(kSearch), 1); // no re-download
        QCOMPARE(lost.created + lost.updated + lost.skipped, 0);
        QCOMPARE(test::compareJira(h), QString());

        QCOMPARE(h.sim().jira().deleteRandom(7).size(), 7);
        h.sim().clock().advance(25 * 3600);
        const SyncRun swept = timed(h, "5000 issues, incremental + id sweep");
        QCOMPARE(swept.deleted, 7);
        QCOMPARE(h.requests(kSearch), 2); // the listing and one id page of 5000
        QCOMPARE(test::compareJira(h), QString());
    }
};

QTEST_GUILESS_MAIN(TestJiraScale)
#include "tst_jirascale.moc"
