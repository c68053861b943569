// GitHub sync against the simulator over loopback: after every scenario the cache must
// equal the service's ground truth (GitHubCompare), and the API calls are counted.
#include "GitHubCompare.h"
#include "github/GitHubRepo.h"
#include "github/GitHubState.h"
#include "github/GitHubSyncer.h"
#include "SearchIndex.h"
#include "SyncHarness.h"
#include "SyncEngine.h"
#include "SyncStateRepo.h"

#include <QCoroTask>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
const QString kGitHub = QStringLiteral("github");
const QString kWebsite = QStringLiteral("octo-org/website");
const QString kApi = QStringLiteral("acme-labs/api-server");
const QString kMobile = QStringLiteral("octo-org/mobile-app");

sim::Options opts(int repos, int pulls)
{
    sim::Options o;
    o.contacts = 0;
    o.githubRepos = repos;
    o.githubPullsPerRepo = pulls;
    o.seed = 11;
    return o;
}

QString listing(const QString &repo)
{
    return QStringLiteral("GET /github/repos/%1/pulls").arg(repo);
}

// GraphQL queries the simulator answered (pages of pulls with their reviews).
int graphCalls(SyncHarness &h)
{
    return h.requests(QStringLiteral("POST /github/graphql"));
}

// Review requests the simulator answered, over every repository.
int reviewCalls(SyncHarness &h)
{
    int n = 0;
    const QJsonObject by = h.sim().requestCounts().value(QLatin1String("by_endpoint")).toObject();
    for (auto it = by.begin(); it != by.end(); ++it)
        if (it.key().endsWith(QLatin1String("/reviews")))
            n += it.value().toInt();
    return n;
}

int extra(const SyncRun &r, const char *key)
{
    return r.extra.value(QLatin1String(key)).toInt();
}

// The number of the most (or least) recently updated pull of the website.
int pullUpdated(SyncHarness &h, bool newest)
{
    int number = 0;
    QString best;
    for (const QJsonValue &v : h.sim().groundTruth(kGitHub).value(QLatin1String("pulls")).toArray()) {
        const QString at = v[QLatin1String("updated_at")].toString();
        if (best.isEmpty() || (newest ? at > best : at < best)) {
            best = at;
            number = v[QLatin1String("number")].toInt();
        }
    }
    return number;
}

// A full sync of the website whose page 2 fails past the retry policy: paused after page 1.
SyncRun fullSyncFailingAfterPage1(SyncHarness &h)
{
    sim::Fault f;
    f.path = QStringLiteral("/github/graphql");
    f.status = 502;
    f.after = 1;
    f.count = 5;
    h.sim().faults().add(f);
    return h.sync(kGitHub, SyncMode::Full);
}

bool fullListingFailsAfterPage1(SyncHarness &h)
{
    return fullSyncFailingAfterPage1(h).status == RunStatus::Failed;
}

SyncState repoState(SyncHarness &h, const QString &repo)
{
    QSqlDatabase db = h.reader();
    return SyncStateRepo::load(db, kGitHub, QStringLiteral("default"), github::repoScope(repo));
}
} // namespace

class TestGitHubSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSyncFillsTheCache()
    {
        SyncHarness h(opts(3, 130));
        test::useGitHub(h);
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.created, 3 * 130);
        QCOMPARE(extra(run, "repos_ok"), 3);
        QCOMPARE(h.requests(listing(kWebsite)), 1); // the change check: the newest pull's ETag
        QCOMPARE(graphCalls(h), 3 * 2);             // 130 pulls at 100 a query, with their reviews
        QCOMPARE(reviewCalls(h), 0);
        QCOMPARE(run.apiCalls, h.requests());
        QCOMPARE(extra(run, "graphql_points"), 3 * 2 * 4); // a page and its pulls' four lists: 401/100
        QCOMPARE(h.sim().github().graphqlRemaining(), 5000 - 3 * 2 * 4);
        QCOMPARE(h.sim().github().requestsWithoutApiVersion(), 0);
        QCOMPARE(test::compareGitHub(h), QString());
        const SyncState st = repoState(h, kWebsite);
        QVERIFY(st.initialSyncCompleted);
        QVERIFY(!st.listingInProgress());
        QCOMPARE(st.status, RunStatus::Ok);
        QVERIFY(!st.data.value(QLatin1String("etag")).toString().isEmpty());
        QVERIFY(st.lastFullSyncAt.isValid());
        // Full-text search finds pulls by a title word.
        QSqlDatabase db = h.reader();
        const PullRequest any = GitHubRepo::pulls(db).first();
        QVERIFY(!SearchIndex::query(db, any.title.split(QLatin1Char(' ')).last()).isEmpty());
        QVERIFY(GitHubRepo::counts(db).reviews > 0);
    }

    void unchangedRepositoriesCostOneFreeCallEach()
    {
        SyncHarness h(opts(3, 130));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        const int remaining = h.sim().github().remaining();
        h.resetRequests();
        const SyncRun run = h.sync(kGitHub, SyncMode::Partial);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Partial);
        QCOMPARE(h.requests(), 3);                  // one conditional request per repository
        QCOMPARE(extra(run, "repos_unchanged"), 3);
        QCOMPARE(h.sim().github().conditionalHits(), 3);
        QCOMPARE(h.sim().github().remaining(), remaining); // 304s are free
        QCOMPARE(run.created + run.updated + run.deleted, 0);
    }

    void tenRepositoriesOfThreeHundredPulls()
    {
        SyncHarness h(opts(10, 300));
        test::useGitHub(h);
        QElapsedTimer t;
        t.start();
        const SyncRun full = h.sync(kGitHub);
        QCOMPARE(full.status, RunStatus::Ok);
        QCOMPARE(full.apiCalls, 10 * (1 + 3)); // per repository: the change check + 3 GraphQL pages (was 3 + 300)
        qInfo("10 x 300 pulls, first sync: %d API calls, %lld ms", full.apiCalls, t.elapsed());
        QCOMPARE(test::compareGitHub(h), QString());

        h.resetRequests();
        const int remaining = h.sim().github().remaining();
        const int hitsBefore = h.sim().github().conditionalHits();
        t.restart();
        const SyncRun idle = h.sync(kGitHub);
        QCOMPARE(idle.status, RunStatus::Ok);
        QCOMPARE(idle.apiCalls, 10);
        QCOMPARE(h.sim().github().conditionalHits() - hitsBefore, 10); // every one a 304
        QCOMPARE(h.sim().github().remaining(), remaining);             // zero rate-limit cost
        qInfo("10 x 300 pulls, no change: %d API calls (all 304), %lld ms", idle.apiCalls, t.elapsed());

        const QStringList repos = h.sim().github().repoNames();
        QVERIFY(h.sim().github().editPull(repos[0], 10));
        QVERIFY(h.sim().github().addReview(repos[4], 200));
        QVERIFY(h.sim().github().closePull(repos[9], 299, true) || h.sim().github().editPull(repos[9], 299));
        h.resetRequests();
        t.restart();
        const SyncRun changed = h.sync(kGitHub);
        QCOMPARE(changed.status, RunStatus::Ok);
        QCOMPARE(changed.updated, 3);
        QCOMPARE(reviewCalls(h), 0);   // the reviews come with the pulls
        QCOMPARE(graphCalls(h), 3);    // one page for each changed repository: the rest is below the watermark
        QCOMPARE(changed.apiCalls, 10 + 3);
        qInfo("10 x 300 pulls, 3 pulls changed: %d API calls (%d GraphQL pages), %lld ms", changed.apiCalls,
              graphCalls(h), t.elapsed());
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void changesAreFetchedIncrementally()
    {
        SyncHarness h(opts(3, 130));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        QVERIFY(h.sim().github().editPull(kWebsite, 3));
        QVERIFY(h.sim().github().editPull(kWebsite, 120));
        QVERIFY(h.sim().github().addReview(kApi, 7, QStringLiteral("APPROVED")));
        QVERIFY(h.sim().github().closePull(kApi, 8, true) || h.sim().github().editPull(kApi, 8));
        QCOMPARE(h.sim().github().addPull(kMobile), 131);
        QVERIFY(!test::compareGitHub(h).isEmpty()); // the comparison sees what is not synced yet
        h.resetRequests();
        const SyncRun run = h.sync(kGitHub, SyncMode::Partial);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.created, 1);
        QCOMPARE(run.updated, 4);
        QCOMPARE(reviewCalls(h), 0);                // the reviews come with the pulls
        QCOMPARE(h.requests(listing(kWebsite)), 1); // the change check of each repository
        QCOMPARE(h.requests(listing(kApi)), 1);
        QCOMPARE(h.requests(listing(kMobile)), 1);
        QCOMPARE(graphCalls(h), 3);                 // changed pulls are on the first page
        QCOMPARE(h.requests(), 6);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void aFailedPageResumesWithoutRefetching()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        // The change check and page 1 pass; page 2 fails past the retry policy.
        const SyncRun failed = fullSyncFailingAfterPage1(h);
        QCOMPARE(failed.status, RunStatus::Failed);
        QVERIFY2(failed.error.contains(kWebsite), qPrintable(failed.error));
        QCOMPARE(failed.created, 100); // the committed page stays
        const SyncState mid = repoState(h, kWebsite);
        QVERIFY(mid.listingInProgress());
        QCOMPARE(mid.status, RunStatus::Failed);
        h.resetRequests();
        const SyncRun resumed = h.sync(kGitHub);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.created, 150);
        // Pages 2 and 3 from the cursor, then the change check (304: nothing changed during the pause).
        QCOMPARE(graphCalls(h), 2);
        QCOMPARE(h.requests(listing(kWebsite)), 1);
        QCOMPARE(reviewCalls(h), 0);
        QCOMPARE(resumed.deleted, 0);               // page 1's pulls were seen by the same listing
        QCOMPARE(test::compareGitHub(h), QString());
        QVERIFY(repoState(h, kWebsite).initialSyncCompleted);
    }

    // A cursor GraphQL does not take (INVALID_CURSOR_ARGUMENTS, with HTTP 200) starts the
    // listing again from its first page, once, as a stale page token does for every source.
    void aCursorGitHubRefusesRestartsTheListing()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        QVERIFY(fullListingFailsAfterPage1(h));
        SyncState paused = repoState(h, kWebsite);
        QVERIFY(paused.listingInProgress());
        paused.pageToken = QStringLiteral("bm90IGEgY3Vyc29y"); // not one the service handed out
        QFuture<void> saving = h.writer().transact([paused](QSqlDatabase &db) { SyncStateRepo::save(db, paused); });
        saving.waitForFinished();
        h.resetRequests();
        const SyncRun resumed = h.sync(kGitHub);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(graphCalls(h), 1 + 3); // the refused cursor, then pages 1-3
        QCOMPARE(resumed.created, 150);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void oneRepositoryFailingLeavesTheOthersSynced()
    {
        SyncHarness h(opts(2, 20));
        const QStringList repos{kWebsite, QStringLiteral("octo-org/no-such-repo"), kApi};
        test::useGitHub(h, repos);
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("octo-org/no-such-repo")), qPrintable(run.error));
        QVERIFY2(run.error.contains(QStringLiteral("404")), qPrintable(run.error));
        QCOMPARE(extra(run, "repos_ok"), 2);
        QCOMPARE(extra(run, "repos_failed"), 1);
        QCOMPARE(test::compareGitHub(h, {kWebsite, kApi}), QString());
        QCOMPARE(repoState(h, kWebsite).status, RunStatus::Ok);
        QCOMPARE(repoState(h, kApi).status, RunStatus::Ok);
        const SyncState bad = repoState(h, QStringLiteral("octo-org/no-such-repo"));
        QCOMPARE(bad.status, RunStatus::Failed);
        QVERIFY(bad.lastError.contains(QStringLiteral("404")));
    }

    void deletionsAreProvenByAFullListing()
    {
        SyncHarness h(opts(1, 40));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        QVERIFY(h.sim().github().deletePull(kWebsite, 5));
        QVERIFY(h.sim().github().editPull(kWebsite, 6));
        h.sim().clock().advance(2); // its reviews are read seconds after the edit: nothing to ask again
        QCOMPARE(h.sync(kGitHub, SyncMode::Partial).status, RunStatus::Ok);
        {
            QSqlDatabase db = h.reader();
            QCOMPARE(GitHubRepo::counts(db).deleted, 0); // a partial listing proves nothing
        }
        h.resetRequests();
        const SyncRun full = h.sync(kGitHub, SyncMode::Full);
        QCOMPARE(full.status, RunStatus::Ok);
        QCOMPARE(full.deleted, 1);
        QCOMPARE(h.requests(QStringLiteral("GET /github/repos/%1/pulls/5").arg(kWebsite)), 1); // asked before deleting
        QCOMPARE(reviewCalls(h), 0); // nothing else moved
        QCOMPARE(test::compareGitHub(h), QString());
        QSqlDatabase db = h.reader();
        QCOMPARE(GitHubRepo::counts(db).deleted, 1);
        QCOMPARE(GitHubRepo::counts(db).live, 39);
    }

    void aReviewInTheSecondOfTheReadIsNotMissed()
    {
        // updated_at has whole seconds. The pull is edited, its reviews read, and a review
        // submitted, all in one second: updated_at does not move, yet the review must arrive.
        SyncHarness h(opts(1, 40));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        h.sim().clock().freeze(true);
        QVERIFY(h.sim().github().editPull(kWebsite, 6));
        QCOMPARE(h.sync(kGitHub, SyncMode::Partial).status, RunStatus::Ok);
        QCOMPARE(repoState(h, kWebsite).data.value(QLatin1String("reviews_recheck")).toArray(), QJsonArray{6});
        QVERIFY(h.sim().github().addReview(kWebsite, 6, QStringLiteral("APPROVED")));
        h.resetRequests();
        const SyncRun run = h.sync(kGitHub, SyncMode::Partial);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(h.sim().github().conditionalHits(), 0); // no 304 while in doubt
        QCOMPARE(graphCalls(h), 1);
        QCOMPARE(test::compareGitHub(h), QString()); // the review is in the cache
        QVERIFY(repoState(h, kWebsite).data.contains(QLatin1String("reviews_recheck"))); // still the same second

        // A second later the pull is read again and the doubt is gone; then no call but the check.
        h.sim().clock().advance(2);
        h.resetRequests();
        QCOMPARE(h.sync(kGitHub, SyncMode::Partial).status, RunStatus::Ok);
        QCOMPARE(graphCalls(h), 1);
        QVERIFY2(!repoState(h, kWebsite).data.contains(QLatin1String("reviews_recheck")), QJsonDocument(repoState(h, kWebsite).data).toJson().constData());
        const int hits = h.sim().github().conditionalHits();
        const SyncRun idle = h.sync(kGitHub, SyncMode::Partial);
        QCOMPARE(idle.apiCalls, 1);
        QCOMPARE(h.sim().github().conditionalHits() - hits, 1); // the listing: 304
        h.sim().clock().freeze(false);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void aPartialListingStopsBelowTheWatermark()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        for (int n = 1; n <= 120; ++n)
            QVERIFY(h.sim().github().editPull(kWebsite, n));
        h.resetRequests();
        const SyncRun run = h.sync(kGitHub, SyncMode::Partial);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.updated, 120);
        QCOMPARE(graphCalls(h), 2); // page 2 reaches pulls older than the watermark: no page 3
        QCOMPARE(reviewCalls(h), 0);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void anInterruptedDeletionCheckResumes()
    {
        SyncHarness h(opts(1, 40));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        QVERIFY(h.sim().github().deletePull(kWebsite, 5));
        sim::Fault f;
        f.path = QStringLiteral("/github/repos/%1/pulls/5").arg(kWebsite);
        f.status = 502;
        f.count = 5;
        h.sim().faults().add(f);
        QCOMPARE(h.sync(kGitHub, SyncMode::Full).status, RunStatus::Failed);
        SyncState paused = repoState(h, kWebsite);
        QVERIFY(paused.pageToken.isEmpty()); // every page is committed: the check of pull 5 is what is left
        QVERIFY(github::RepoFields::read(&paused).confirmRun != 0);
        h.resetRequests();
        const SyncRun resumed = h.sync(kGitHub); // auto: picks the unfinished check up, lists nothing again
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.deleted, 1);
        QCOMPARE(h.requests(), 2); // pull 5 (404), then the listing's first page: 304, nothing moved
        QCOMPARE(h.requests(listing(kWebsite)), 1);
        QVERIFY(!repoState(h, kWebsite).listingInProgress());
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void aPullThatMovesDuringAFullListingIsNotDeleted()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        const int oldest = pullUpdated(h, false); // the least recently updated: on the last page
        QVERIFY(fullListingFailsAfterPage1(h));
        // Meanwhile it changes and jumps to page 1, which this listing has already read.
        QVERIFY(h.sim().github().editPull(kWebsite, oldest));
        h.resetRequests();
        const SyncRun resumed = h.sync(kGitHub, SyncMode::Full);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.deleted, 0);
        QCOMPARE(h.requests(QStringLiteral("GET /github/repos/%1/pulls/%2").arg(kWebsite).arg(oldest)), 1);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    // A pull the paused listing read on page 1, changed before it resumes, stays on page 1
    // (newest first): the listing goes on from page 2 and does not read it again.
    void aPullChangedOnAPageAlreadyReadIsNotLeftStale()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        const int newest = pullUpdated(h, true);
        QVERIFY(fullListingFailsAfterPage1(h));
        QVERIFY(h.sim().github().editPull(kWebsite, newest));
        QVERIFY(h.sim().github().addReview(kWebsite, newest, QStringLiteral("APPROVED")));
        const SyncRun resumed = h.sync(kGitHub, SyncMode::Full);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void primaryRateLimitWaitsForAShortReset()
    {
        SyncHarness h(opts(1, 10));
        test::useGitHub(h);
        h.sim().github().setRateLimit(5000, 0, 1);
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Ok);
        QVERIFY(extra(run, "retries") >= 1);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void primaryRateLimitWithALongResetStopsTheRun()
    {
        SyncHarness h(opts(2, 10));
        test::useGitHub(h);
        h.sim().github().setRateLimit(5000, 0, 3600);
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("rate limit")), qPrintable(run.error));
        QCOMPARE(h.requests(), 1); // no retry storm, and the second repository is not tried
        QVERIFY(repoState(h, kApi).status != RunStatus::Ok);
    }

    void aResetBeyondMaxWaitStopsAtOnce()
    {
        SyncHarness h(opts(1, 10));
        test::useGitHub(h);
        h.settings().setValue(QStringLiteral("github.max_wait_seconds"), 30);
        h.sim().github().setRateLimit(5000, 0, 120); // within the retry policy's 5 min, beyond the setting
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("try again in 3 min")), qPrintable(run.error));
        QCOMPARE(h.requests(), 1);
        QCOMPARE(repoState(h, kWebsite).status, RunStatus::Failed);
    }

    // Issue 23: the token's quota is shared with the person's other tools. With it nearly spent
    // (1 005 of 5 000 points left, the reserve 20 % = 1 000), a background sync spends down to
    // the reserve, says it waits, waits for the reset and goes on: it never fails for it.
    void aBackgroundSyncKeepsTheReserveAndWaitsForTheReset()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        h.sim().github().setRateLimit(5000, 1005, 2);
        QStringList said;
        connect(&h.engine(), &SyncEngine::statusText, this, [&said](const QString &, const QString &text) { said << text; });
        const SyncRun run = QCoro::waitFor(h.engine().run(kGitHub, SyncMode::Auto, QString(), /*background*/ true));
        QCOMPARE(run.status, RunStatus::Ok);
        QVERIFY(extra(run, "quota_waits") >= 1);
        QVERIFY2(!said.isEmpty() && said.first().startsWith(QStringLiteral("waiting for GitHub's quota until ")), qPrintable(said.join(u'|')));
        QCOMPARE(said.last(), QString()); // and it went on
        QCOMPARE(test::compareGitHub(h), QString());
        // Before the reset it spent one page (4 points) of the 1 005: the reserve stayed.
        QVERIFY(h.requests(QStringLiteral("POST /github/graphql")) >= 3 + 1); // 3 pages and the free question
    }

    // A person's Sync now may spend the reserve: the same quota, no waiting.
    void syncNowMaySpendTheReserve()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        h.sim().github().setRateLimit(5000, 1005, 600);
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(extra(run, "quota_waits"), 0);
        QCOMPARE(h.sim().github().graphqlRemaining(), 1005 - 3 * 4);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    // Spent by another tool down to less than a page: Sync now says until when, and stops.
    void syncNowSaysHowLongItMustWait()
    {
        SyncHarness h(opts(1, 250));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        QVERIFY(h.sim().github().editPull(kWebsite, 3));
        h.sim().github().setRateLimit(5000, 2, 1800); // 30 min and the second the reset takes to land
        const SyncRun run = h.sync(kGitHub, SyncMode::Partial);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("try again in 31 min")), qPrintable(run.error));
        QCOMPARE(repoState(h, kWebsite).status, RunStatus::Failed);
    }

    void secondaryRateLimitHonoursRetryAfter()
    {
        SyncHarness h(opts(1, 10));
        test::useGitHub(h);
        sim::Fault f;
        f.path = QStringLiteral("/github/");
        f.status = 403;
        f.headers = {{"Retry-After", "1"}};
        h.sim().faults().add(f);
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(extra(run, "retries"), 1);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void aBrokenAnswerKeepsTheCache()
    {
        SyncHarness h(opts(1, 30));
        test::useGitHub(h);
        QCOMPARE(h.sync(kGitHub).status, RunStatus::Ok);
        QVERIFY(h.sim().github().editPull(kWebsite, 2));
        sim::Fault f;
        f.path = QStringLiteral("/github/repos/%1/pulls").arg(kWebsite);
        f.status = 200;
        f.body = "[{\"id\": 1, \"number\": \"two\"}]";
        h.sim().faults().add(f);
        QList<PullRequest> before;
        {
            QSqlDatabase db = h.reader();
            before = GitHubRepo::pulls(db);
        }
        const SyncRun run = h.sync(kGitHub, SyncMode::Partial);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("unexpected answer from GitHub")), qPrintable(run.error));
        {
            QSqlDatabase db = h.reader();
            const QList<PullRequest> after = GitHubRepo::pulls(db);
            QCOMPARE(after.size(), before.size());
            for (qsizetype i = 0; i < after.size(); ++i)
                QCOMPARE(after[i].updatedAt, before[i].updatedAt);
        }
        QCOMPARE(h.sync(kGitHub, SyncMode::Partial).status, RunStatus::Ok);
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void badConfigurationIsAClearError()
    {
        SyncHarness h(opts(1, 5));
        test::useGitHub(h, {QStringLiteral("not a repo")});
        h.settings().setValue(QStringLiteral("github.repos"), QStringLiteral("octo-org/website https://github.com/x"));
        SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("is not a repository name")), qPrintable(run.error));
        QCOMPARE(h.requests(), 0);
        h.settings().setValue(QStringLiteral("github.repos"), QString());
        run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QStringLiteral("github.repos")), qPrintable(run.error));
    }

    void aRejectedTokenAsksToSignIn()
    {
        SyncHarness h(opts(2, 5));
        test::useGitHub(h);
        h.engine().setAuthenticator(kGitHub, std::make_shared<BearerToken>("wrong"));
        const SyncRun run = h.sync(kGitHub);
        QCOMPARE(run.status, RunStatus::NeedsSignIn);
        QVERIFY2(run.error.contains(QStringLiteral("Bad credentials")), qPrintable(run.error));
        QCOMPARE(h.requests(), 1); // the token is shared: the other repository is not tried
    }
};

QTEST_GUILESS_MAIN(TestGitHubSync)
#include "tst_githubsync.moc"
