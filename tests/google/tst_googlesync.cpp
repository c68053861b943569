// Google Contacts sync against the simulator over loopback: after every scenario the cache
// must equal the service's ground truth.
#include "SyncHarness.h"
#include "SyncStateRepo.h"
#include "SyncRunsRepo.h"
#include "Sql.h"

#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
const QString kConnections = QStringLiteral("GET /google/v1/people/me/connections");
const QString kGroups = QStringLiteral("GET /google/v1/contactGroups");
const QString kConnectionsPath = QStringLiteral("/google/v1/people/me/connections");

sim::Options opts(int contacts, quint32 seed = 11)
{
    sim::Options o;
    o.contacts = contacts;
    o.seed = seed;
    return o;
}

SyncState stateOf(SyncHarness &h, const char *scope)
{
    QSqlDatabase db = h.reader();
    return SyncStateRepo::load(db, QStringLiteral("google"), QStringLiteral("default"), QLatin1String(scope));
}
} // namespace

class TestGoogleSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSyncFillsTheCache()
    {
        SyncHarness h(opts(2500));
        const SyncRun run = h.sync();
        QVERIFY2(run.status == RunStatus::Ok, qPrintable(run.error));
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.created, 2500);
        QCOMPARE(h.requests(kConnections), 3); // 2 500 at 1 000 a page
        QCOMPARE(h.requests(kGroups), 1);
        QCOMPARE(run.apiCalls, 4);
        QCOMPARE(h.compareGoogle(), QString());
        const SyncState st = stateOf(h, "connections");
        QVERIFY(!st.syncToken.isEmpty());
        QVERIFY(st.pageToken.isEmpty());
        QVERIFY(st.lastFullSyncAt.isValid());
    }

    void noChangeSyncCostsTwoCalls()
    {
        SyncHarness h(opts(1500));
        QCOMPARE(h.sync().status, RunStatus::Ok);
        const QDateTime fullAt = stateOf(h, "connections").lastFullSyncAt;
        h.resetRequests();
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Partial);
        QCOMPARE(h.requests(), 2);
        QCOMPARE(run.created + run.updated + run.deleted, 0);
        QCOMPARE(stateOf(h, "connections").lastFullSyncAt, fullAt); // only full syncs set it
        QCOMPARE(h.compareGoogle(), QString());
    }

    void incrementalAppliesAddsEditsAndDeletes()
    {
        SyncHarness h(opts(1200));
        QCOMPARE(h.sync().status, RunStatus::Ok);
        auto &g = h.sim().google();
        const QStringList added = g.addContacts(4);
        const QStringList edited = g.modifyRandom(3);
        const QStringList deleted = g.deleteRandom(3);
        QCOMPARE(added.size() + edited.size() + deleted.size(), 10);
        h.resetRequests();
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Partial);
        QCOMPARE(h.requests(), 2);
        QCOMPARE(run.created, 4);
        QCOMPARE(run.deleted, 3);
        QVERIFY(run.updated <= 3); // a contact edited then deleted counts as deleted only
        QCOMPARE(h.compareGoogle(), QString());
        // Deletions are soft: the rows stay, marked.
        QSqlDatabase db = h.reader();
        QCOMPARE(ContactsRepo::counts(db).deleted, 3);
    }

    void groupChangesFollow()
    {
        SyncHarness h(opts(300));
        QCOMPARE(h.sync().status, RunStatus::Ok);
        auto &g = h.sim().google();
        const QString group = g.addGroup(QStringLiteral("Climbing club"));
        const QStringList others = g.userGroupNames();
        QVERIFY(g.renameGroup(others.first(), QStringLiteral("Renamed — Ünïcode")));
        QVERIFY(g.deleteGroup(others.last()));
        QCOMPARE(h.sync().status, RunStatus::Ok);
        QCOMPARE(h.compareGoogle(), QString());
        Q_UNUSED(group);
    }

    void expiredTokenFallsBackToFullSync_data()
    {
        QTest::addColumn<bool>("as410");
        QTest::newRow("400 FAILED_PRECONDITION") << false;
        QTest::newRow("410") << true;
    }
    void expiredTokenFallsBackToFullSync()
    {
        QFETCH(bool, as410);
        sim::Options o = opts(800);
        o.expiredTokenAs410 = as410;
        SyncHarness h(o);
        QCOMPARE(h.sync().status, RunStatus::Ok);
        h.sim().google().deleteRandom(5);
        h.sim().google().addContacts(2);
        h.sim().clock().advance(8 * 24 * 3600);
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QVERIFY(run.extra.contains(QLatin1String("fallback")));
        QCOMPARE(run.deleted, 5); // found by the complete listing, not by tombstones
        QCOMPARE(h.compareGoogle(), QString());
        h.resetRequests();
        QCOMPARE(h.sync().mode, SyncMode::Partial);
        QCOMPARE(h.requests(), 2);
    }

    void rateLimitAndServerErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("429 Retry-After 1") << 429 << QByteArray("1");
        QTest::newRow("429 without Retry-After") << 429 << QByteArray();
        QTest::newRow("500") << 500 << QByteArray();
        QTest::newRow("502") << 502 << QByteArray();
        QTest::newRow("503 Retry-After 0") << 503 << QByteArray("0");
    }
    void rateLimitAndServerErrorsAreRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        SyncHarness h(opts(2100));
        sim::Fault f;
        f.path = kConnectionsPath;
        f.status = status;
        if (!retryAfter.isEmpty())
            f.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
        f.count = 2;
        f.after = 1; // the second page fails twice, then passes
        h.sim().faults().add(f);
        QElapsedTimer t;
        t.start();
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.extra.value(QLatin1String("retries")).toInt(), 2);
        QCOMPARE(h.requests(kConnections), 5);
        if (retryAfter == "1")
            QVERIFY2(t.elapsed() >= 1900, "Retry-After: 1 was not honoured");
        QCOMPARE(h.compareGoogle(), QString());
    }

    void truncatedAndDroppedRepliesAreRetried_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("truncated body") << true;
        QTest::newRow("dropped connection") << false;
    }
    void truncatedAndDroppedRepliesAreRetried()
    {
        QFETCH(bool, truncate);
        SyncHarness h(opts(1500));
        sim::Fault f;
        f.path = kConnectionsPath;
        f.truncate = truncate;
        f.drop = !truncate;
        f.after = 1;
        h.sim().faults().add(f);
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(h.compareGoogle(), QString());
    }

    void persistentFailureKeepsTheLastGoodCache()
    {
        SyncHarness h(opts(900));
        QCOMPARE(h.sync().status, RunStatus::Ok);
        h.sim().google().deleteRandom(4);
        sim::Fault f;
        f.path = kConnectionsPath;
        f.status = 500;
        f.count = 100;
        h.sim().faults().add(f);
        const SyncRun failed = h.sync();
        QCOMPARE(failed.status, RunStatus::Failed);
        QVERIFY2(failed.error.contains(QLatin1String("500")), qPrintable(failed.error));
        QVERIFY(!failed.error.contains(QLatin1Char('\n')));
        QSqlDatabase db = h.reader();
        QCOMPARE(ContactsRepo::counts(db).live, 900); // nothing lost, nothing half-applied
        const QList<SyncRun> runs = SyncRunsRepo::list(db, QStringLiteral("google"));
        QCOMPARE(runs.first().status, RunStatus::Failed);
        QCOMPARE(runs.first().error, failed.error);
        h.sim().faults().clear();
        QCOMPARE(h.sync().status, RunStatus::Ok);
        QCOMPARE(h.compareGoogle(), QString());
    }

    void malformedBodyIsAnErrorNotAnEmptyPage()
    {
        SyncHarness h(opts(1500));
        QCOMPARE(h.sync().status, RunStatus::Ok);
        sim::Fault f;
        f.path = kConnectionsPath;
        f.status = 200;
        f.body = QByteArrayLiteral("{\"connections\": {\"not\": \"a list\"}, \"nextSyncToken\": \"x\"}");
        h.sim().faults().add(f);
        const SyncRun run = h.sync(QStringLiteral("google"), SyncMode::Full);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QLatin1String("connections")), qPrintable(run.error));
        QSqlDatabase db = h.reader();
        QCOMPARE(ContactsRepo::counts(db).live, 1500); // the bad page deleted nothing
    }

    void interruptedFullSyncResumesWithoutRefetching()
    {
        SyncHarness h(opts(5000));
        // Pages 1-2 pass, then page 3 keeps failing until the policy gives up.
        sim::Fault f;
        f.path = kConnectionsPath;
        f.drop = true;
        f.after = 2;
        f.count = 50;
        h.sim().faults().add(f);
        const SyncRun broken = h.sync();
        QCOMPARE(broken.status, RunStatus::Failed);
        QCOMPARE(broken.created, 2000);
        const SyncState mid = stateOf(h, "connections");
        QVERIFY(mid.listingInProgress());
        QCOMPARE(mid.listingMode, SyncMode::Full);

        // Meanwhile the service changes, including a contact the first pages already gave us.
        h.sim().faults().clear();
        const QStringList gone = h.sim().google().deleteRandom(20);
        h.sim().google().addContacts(3);
        h.resetRequests();
        const SyncRun resumed = h.sync();
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.mode, SyncMode::Full);
        // Pages 3, 4, 5 of the listing, then one incremental call for what changed while the
        // listing was interrupted, and the groups: nothing committed is fetched again.
        QCOMPARE(h.requests(kConnections), 3 + 1);
        QCOMPARE(h.compareGoogle(), QString()); // converged within the resuming run
        // The next incremental run brings the cache to the truth, deletions included.
        h.sync();
        QCOMPARE(h.compareGoogle(), QString());
        Q_UNUSED(gone);
    }

    // A page token the service refuses, whichever page it is on, starts the listing again from
    // its first page — once (the listing engine's rule; before, only on a run's first request).
    void aRefusedPageTokenRestartsTheListingOnce()
    {
        SyncHarness h(opts(2500));
        sim::Fault f;
        f.path = kConnectionsPath;
        f.status = 400;
        f.body = R"({"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT"}})";
        f.after = 1; // page 2's token
        f.count = 1;
        h.sim().faults().add(f);
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(h.requests(kConnections), 1 + 1 + 3); // page 1, the refused page 2, then pages 1-3 again
        QCOMPARE(run.created, 2500);
        QCOMPARE(run.skipped, 1000); // page 1, seen again unchanged
        QCOMPARE(h.compareGoogle(), QString());
        QVERIFY(stateOf(h, "connections").lastFullSyncAt.isValid());
    }

    void cancelStopsTheRunAndKeepsCommittedPages()
    {
        SyncHarness h(opts(4000));
        sim::Fault slow;
        slow.path = kConnectionsPath;
        slow.delayMs = 400;
        slow.count = 10;
        h.sim().faults().add(slow);
        QObject::connect(&h.engine(), &SyncEngine::progress, &h.engine(),
                         [&h](const QString &source, qint64 done, qint64) {
                             if (done >= 1000)
                                 h.engine().cancel(source);
                         });
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::Cancelled);
        QSqlDatabase db = h.reader();
        QCOMPARE(ContactsRepo::counts(db).live, 1000);
        QObject::disconnect(&h.engine(), &SyncEngine::progress, nullptr, nullptr);
        h.sim().faults().clear();
        QCOMPARE(h.sync().status, RunStatus::Ok);
        QCOMPARE(h.compareGoogle(), QString());
    }

    void unauthorizedIsNeedsSignIn()
    {
        SyncHarness h(opts(50));
        h.engine().setAuthenticator(QStringLiteral("google"), std::make_shared<BearerToken>("wrong-token"));
        const SyncRun run = h.sync();
        QCOMPARE(run.status, RunStatus::NeedsSignIn);
        QVERIFY2(run.error.contains(QLatin1String("sign in")), qPrintable(run.error));
        QVERIFY(!run.error.contains(QLatin1String("wrong-token")));
    }

    void secondRunOfTheSameSourceIsRefused()
    {
        SyncHarness h(opts(50));
        // Another process holds the lock file of the source.
        QLockFile other(h.dataDir() + QStringLiteral("/sync-google.lock"));
        QVERIFY(other.tryLock(0));
        const SyncRun refused = h.sync();
        QCOMPARE(refused.status, RunStatus::Busy);
        QVERIFY2(refused.error.contains(QLatin1String("another Cairn process")), qPrintable(refused.error));
        other.unlock();
        QCOMPARE(h.sync().status, RunStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(TestGoogleSync)
#include "tst_googlesync.moc"
