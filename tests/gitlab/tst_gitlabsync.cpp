// GitLab sync against the simulator over loopback (docs/architecture.md §4): after every
// scenario the cache must equal the service's ground truth (GitLabCompare.h), and the API
// calls are counted — the first sync, incremental runs after changes (the overlap re-reads a
// little and counts nothing twice), a cursor through many merge requests of one instant, the
// deletion check, a removed project, rate limits, tokens refused, malformed answers, a listing
// resumed after a failed run, the deletion check a kill left.
#include "Clock.h"
#include "Convergence.h"
#include "GitLabCompare.h"
#include "SearchIndex.h"
#include "StoreFacts.h"
#include "SyncEngine.h"
#include "SyncHarness.h"
#include "SyncStateRepo.h"
#include "gitlab/GitLabSource.h"
#include "gitlab/GitLabState.h"

#include <QCoroTask>
#include <QCoroTimer>
#include <QJsonArray>
#include <QTimer>
#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {
const QString kGitLab = QStringLiteral("gitlab");
const QString kWeb = QStringLiteral("acme/web-app");
const QString kApi = QStringLiteral("acme/platform/api");

sim::Options opts(int projects, int mergeRequests)
{
    sim::Options o;
    o.contacts = 0;
    setOption(o, QStringLiteral("gitlab-projects"), projects);
    setOption(o, QStringLiteral("gitlab-merge-requests"), mergeRequests);
    o.seed = 21;
    return o;
}

qint64 projectId(SyncHarness &h, const QString &path)
{
    return h.sim().service<sim::GitLabService>().project(path)->id;
}

QString listing(SyncHarness &h, const QString &path)
{
    return QStringLiteral("GET /gitlab/api/v4/projects/%1/merge_requests").arg(projectId(h, path));
}

// Approval reads the simulator answered, over every project.
int approvalCalls(SyncHarness &h)
{
    int n = 0;
    const QJsonObject by = h.sim().requestCounts().value(QLatin1String("by_endpoint")).toObject();
    for (auto it = by.begin(); it != by.end(); ++it)
        if (it.key().endsWith(QLatin1String("/approvals")))
            n += it.value().toInt();
    return n;
}

int extra(const SyncRun &r, const char *key)
{
    return r.extra.value(QLatin1String(key)).toInt();
}

SyncState projectState(SyncHarness &h, const QString &project)
{
    QSqlDatabase db = h.reader();
    return SyncStateRepo::load(db, kGitLab, QStringLiteral("default"), gitlab::projectScope(project));
}

int openCount(SyncHarness &h, const QString &path)
{
    int n = 0;
    for (const sim::GLMergeRequest &m : h.sim().service<sim::GitLabService>().project(path)->mergeRequests)
        n += !m.deleted && m.state == QLatin1String("opened");
    return n;
}

int liveInCache(SyncHarness &h)
{
    QSqlDatabase db = h.reader();
    return gitlab::GitLabRepo::counts(db).live;
}

// The first open merge request of a project on the service.
int firstOpen(SyncHarness &h, const QString &path, int skip = 0)
{
    for (const sim::GLMergeRequest &m : h.sim().service<sim::GitLabService>().project(path)->mergeRequests)
        if (!m.deleted && m.state == QLatin1String("opened") && skip-- == 0)
            return m.iid;
    return 0;
}

sim::Fault faultOn(const QString &path, int status, int after = 0, int count = 1)
{
    sim::Fault f;
    f.path = path;
    f.status = status;
    f.after = after;
    f.count = count;
    return f;
}

// Cairn's clock is the simulator's; its waits move it (no real time passes).
class SimTime final : public Clock
{
public:
    explicit SimTime(sim::SimClock &clock) : m_clock(clock) {}
    QDateTime now() const override { return m_clock.now(); }

private:
    sim::SimClock &m_clock;
};

QCoro::Task<> waitOnSimClock(sim::SimClock *clock, qint64 *waited, std::chrono::milliseconds d, Cancellation *cancel)
{
    const qint64 until = clock->nowMs() + d.count();
    *waited += d.count();
    QTimer yield;
    yield.setSingleShot(true);
    yield.start(0);
    co_await qCoro(yield).waitForTimeout();
    if (!cancel || !cancel->isCancelled())
        clock->advanceTo(until);
}
} // namespace

class TestGitLabSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncFillsTheCache()
    {
        SyncHarness h(opts(3, 130));
        useGitLab(h);
        const SyncRun run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.created, 3 * 130);
        QCOMPARE(extra(run, "projects_ok"), 3);
        QCOMPARE(h.requests(QStringLiteral("GET /gitlab/api/v4/projects/") + kApi), 1); // the project, by its encoded path
        QCOMPARE(h.requests(listing(h, kWeb)), 2); // 130 at 100 a page
        // Approvals only for the open ones (a first sync of a long history costs no call per merged one).
        const int open = openCount(h, kWeb) + openCount(h, kApi) + openCount(h, QStringLiteral("open-tools/billing"));
        QVERIFY(open > 100 && open < 3 * 130);
        QCOMPARE(approvalCalls(h), open);
        QCOMPARE(extra(run, "approvals_fetched"), open);
        QCOMPARE(run.apiCalls, h.requests());
        QCOMPARE(run.apiCalls, 3 * (1 + 2) + open);
        QCOMPARE(compareGitLab(h), QString());
        const SyncState st = projectState(h, kWeb);
        QVERIFY(st.initialSyncCompleted);
        QVERIFY(!st.listingInProgress());
        QCOMPARE(st.status, RunStatus::Ok);
        QVERIFY(st.lastFullSyncAt.isValid());
        SyncState row = st;
        const gitlab::ProjectFields f = gitlab::ProjectFields::read(&row);
        QCOMPARE(f.projectId, projectId(h, kWeb));
        QVERIFY(f.watermark.isValid());

        // Found by a title word; its reference and its web address.
        QSqlDatabase db = h.reader();
        const gitlab::MergeRequest any = gitlab::GitLabRepo::mergeRequests(db, QStringLiteral("default"), kApi).first();
        const QList<SearchIndex::Hit> hits = SearchIndex::query(db, any.title.split(u' ').last(), 200);
        QVERIFY(!hits.isEmpty());
        bool found = false;
        for (const SearchIndex::Hit &hit : hits) {
            if (hit.kind != gitlab::kMergeRequestKind)
                continue;
            QCOMPARE(SearchIndex::sourceOf(hit.kind), kGitLab);
            const SourceDescriptor::Reference ref = gitLabSource().reference(db, h.settings(), hit);
            if (ref.id == any.reference()) {
                found = true;
                QCOMPARE(ref.url, QStringLiteral("https://gitlab.example.com/%1/-/merge_requests/%2").arg(kApi).arg(any.iid));
                QVERIFY(!hit.context.isEmpty());
            }
        }
        QVERIFY(found);
    }

    void idleAndIncremental()
    {
        SyncHarness h(opts(2, 60));
        useGitLab(h);
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);

        // Nothing changed: per project the project and one page from the watermark minus the
        // overlap, which holds at least the newest merge request again — skipped, not counted.
        h.resetRequests();
        const SyncRun idle = h.sync(kGitLab);
        QCOMPARE(idle.status, RunStatus::Ok);
        QCOMPARE(idle.mode, SyncMode::Partial);
        QCOMPARE(idle.apiCalls, 2 * 2);
        QCOMPARE(idle.created + idle.updated + idle.deleted, 0);
        QVERIFY(idle.skipped >= 2);
        QCOMPARE(approvalCalls(h), 0);

        sim::GitLabService &g = h.sim().service<sim::GitLabService>();
        QVERIFY(g.editMergeRequest(kWeb, 3));
        QVERIFY(g.comment(kWeb, 5));
        const int toApprove = firstOpen(h, kApi);
        bool approved = false;
        for (const char *who : {"marie.c", "linus", "grace_h", "hanako", "ivan.p"})
            approved = approved || g.approve(kApi, toApprove, QLatin1String(who));
        QVERIFY(approved);
        const int added = g.addMergeRequest(kApi);
        QVERIFY(g.closeMergeRequest(kApi, firstOpen(h, kApi, 1), true));
        h.resetRequests();
        const SyncRun changed = h.sync(kGitLab);
        QCOMPARE(changed.status, RunStatus::Ok);
        QCOMPARE(changed.mode, SyncMode::Partial);
        QCOMPARE(changed.created, 1);
        QCOMPARE(changed.updated, 4);
        QCOMPARE(changed.created + changed.updated + changed.deleted, 5); // each change once, whatever the overlap re-read
        QCOMPARE(changed.apiCalls, 2 * 2 + approvalCalls(h));
        QVERIFY(approvalCalls(h) <= 5);
        QCOMPARE(compareGitLab(h), QString());
        QSqlDatabase db = h.reader();
        bool seen = false;
        for (const gitlab::MergeRequest &m : gitlab::GitLabRepo::mergeRequests(db, QStringLiteral("default"), kApi))
            seen = seen || m.iid == added;
        QVERIFY(seen);

        // The same again: nothing twice.
        const SyncRun again = h.sync(kGitLab);
        QCOMPARE(again.created + again.updated + again.deleted, 0);
    }

    void manyAtOneInstantAreAllListed()
    {
        // 250 merge requests of the same millisecond: the cursor cannot move on by time, so it
        // pages through that instant; none is missed, none counted twice.
        SyncHarness h(opts(1, 10));
        useGitLab(h);
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        h.sim().clock().freeze(true);
        for (int i = 0; i < 250; ++i)
            QVERIFY(h.sim().service<sim::GitLabService>().addMergeRequest(kWeb) > 0);
        h.sim().clock().freeze(false);
        h.resetRequests();
        const SyncRun run = h.sync(kGitLab, SyncMode::Partial);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.created, 250);
        QCOMPARE(run.updated, 0);
        QCOMPARE(h.requests(listing(h, kWeb)), 3 + 1); // 3 pages of that instant (and the overlap), then the last
        QCOMPARE(compareGitLab(h), QString());
    }

    void deletionsAreConfirmedByAFullListing()
    {
        SyncHarness h(opts(2, 40));
        useGitLab(h);
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        sim::GitLabService &g = h.sim().service<sim::GitLabService>();
        QVERIFY(g.deleteMergeRequest(kWeb, 4));
        QVERIFY(g.deleteMergeRequest(kApi, 9));
        // No tombstone: an incremental run cannot know.
        const SyncRun partial = h.sync(kGitLab, SyncMode::Partial);
        QCOMPARE(partial.deleted, 0);
        QCOMPARE(liveInCache(h), 80);

        // Auto after gitlab.sweep_hours: a full listing, and the two it did not see are asked
        // for by iid (one call a project) before they are marked.
        h.settings().setValue(QStringLiteral("gitlab.sweep_hours"), 2);
        OffsetClock later;
        later.offsetSecs = 3 * 3600;
        h.engine().setClock(&later);
        h.resetRequests();
        const SyncRun sweep = h.sync(kGitLab);
        QCOMPARE(sweep.status, RunStatus::Ok);
        QCOMPARE(sweep.mode, SyncMode::Full);
        QCOMPARE(sweep.deleted, 2);
        QCOMPARE(sweep.created + sweep.updated, 0);
        QCOMPARE(sweep.apiCalls, 2 * (1 + 1 + 1)); // the project, its page, the confirmation
        QCOMPARE(liveInCache(h), 78);
        QCOMPARE(compareGitLab(h), QString());
        h.engine().setClock(&Clock::system());
    }

    void aRemovedProjectIsGone()
    {
        SyncHarness h(opts(2, 30));
        useGitLab(h);
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        QVERIFY(h.sim().service<sim::GitLabService>().deleteProject(kApi));
        const SyncRun run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QLatin1String("GitLab answered 404 for project acme/platform/api")), qPrintable(run.error));
        QVERIFY(!run.error.contains(u'\n'));
        QCOMPARE(run.deleted, 30);
        QCOMPARE(extra(run, "projects_ok"), 1);
        QCOMPARE(extra(run, "projects_gone"), 1);
        QCOMPARE(projectState(h, kApi).status, RunStatus::Failed);
        QCOMPARE(projectState(h, kWeb).status, RunStatus::Ok);
        QCOMPARE(liveInCache(h), 30);
        QCOMPARE(compareGitLab(h), QString());

        // Taken out of the settings, the rest syncs cleanly again.
        useGitLab(h, {kWeb});
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
    }

    void projectsByIdAndAProjectRecreatedUnderItsName()
    {
        SyncHarness h(opts(1, 20));
        useGitLab(h, {QString::number(projectId(h, kWeb))});
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        QCOMPARE(liveInCache(h), 20);

        // Another project under the old one's path: the old one's merge requests go.
        useGitLab(h, {kWeb});
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        QVERIFY(h.sim().service<sim::GitLabService>().deleteProject(kWeb));
        QCOMPARE(h.sim().service<sim::GitLabService>().addProject(kWeb, 5), kWeb);
        const SyncRun run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.deleted, 20);
        QCOMPARE(run.created, 5);
        QCOMPARE(liveInCache(h), 5);
        QCOMPARE(compareGitLab(h), QString());
    }

    void rateLimitsAreWaitedOut()
    {
        SyncHarness h(opts(2, 50));
        useGitLab(h);
        // GitLab's own limit, set low, on the simulator's time: every 429 waited out, nothing early.
        h.sim().service<sim::GitLabService>().setRequestsPerMinute(10);
        h.sim().clock().freeze(true);
        SimTime time(h.sim().clock());
        h.engine().setClock(&time);
        h.engine().setRetryPolicy(RetryPolicy());
        qint64 waited = 0;
        sim::SimClock *clock = &h.sim().clock();
        qint64 *w = &waited;
        h.engine().setSleeper([clock, w](std::chrono::milliseconds d, Cancellation *c) { return waitOnSimClock(clock, w, d, c); });
        const SyncRun run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::Ok);
        QVERIFY2(h.sim().service<sim::GitLabService>().rateLimited() > 0, "the limit was never met");
        QVERIFY(waited >= 60'000);
        QCOMPARE(compareGitLab(h), QString());

        // A 429 without Retry-After: until RateLimit-Reset, by GitLab's clock.
        h.sim().service<sim::GitLabService>().setRequestsPerMinute(0);
        sim::Fault f = faultOn(QStringLiteral("/gitlab/api/v4/projects/"), 429);
        f.headers.append({QByteArrayLiteral("RateLimit-Reset"), QByteArray::number(h.sim().clock().nowMs() / 1000 + 30)});
        h.sim().faults().add(f);
        const qint64 before = waited;
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        QVERIFY2(waited - before >= 29'000 && waited - before <= 32'000, qPrintable(QString::number(waited - before)));
        h.engine().setClock(&Clock::system());
    }

    void refusedTokensSayWhatToDo()
    {
        SyncHarness h(opts(1, 10));
        useGitLab(h);
        // An unknown token.
        h.engine().setAuthenticator(kGitLab, std::make_shared<BearerToken>("glpat-nothing-of-the-sort"));
        SyncRun run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::NeedsSignIn);
        QCOMPARE(run.error, QStringLiteral("GitLab refused the token (401 Unauthorized): sign in again"));
        QCOMPARE(liveInCache(h), 0);

        // A personal access token that expires, sent as PRIVATE-TOKEN or Bearer alike.
        const QString pat = h.sim().service<sim::GitLabService>().createToken(QStringLiteral("cairn"), 3600);
        h.engine().setAuthenticator(kGitLab, std::make_shared<BearerToken>(pat.toUtf8()));
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        QCOMPARE(liveInCache(h), 10);
        h.sim().clock().advance(2 * 3600);
        run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::NeedsSignIn);
        QVERIFY(run.error.startsWith(QLatin1String("GitLab refused the token")));
        QCOMPARE(liveInCache(h), 10); // nothing lost

        // An OAuth token GitLab says is expired.
        useGitLab(h);
        sim::Fault expired = faultOn(QStringLiteral("/gitlab/api/v4/"), 401);
        expired.body = R"({"error":"invalid_token","error_description":"Token is expired. You can either do re-authorization or token refresh."})";
        h.sim().faults().add(expired);
        run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::NeedsSignIn);
        QVERIFY2(run.error.contains(QLatin1String("Token is expired")), qPrintable(run.error));
        QVERIFY(!run.error.contains(u'\n'));
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
    }

    void malformedAnswersLoseNothing()
    {
        SyncHarness h(opts(1, 150));
        useGitLab(h);
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        QVERIFY(h.sim().service<sim::GitLabService>().editMergeRequest(kWeb, 7));
        sim::Fault cut = faultOn(QStringLiteral("/gitlab/api/v4/projects/%1/merge_requests").arg(projectId(h, kWeb)), 200);
        cut.body = R"([{"id": 310000001, "iid": 1, "title": )";
        h.sim().faults().add(cut);
        SyncRun run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QLatin1String("GitLab")), qPrintable(run.error));
        QVERIFY(!run.error.contains(u'\n'));
        QCOMPARE(liveInCache(h), 150);
        sim::Fault wrong = cut;
        wrong.body = R"([{"id": 310000001, "iid": 1, "project_id": 27000001, "state": "pending", "updated_at": "2024-01-01T00:00:00Z"}])";
        h.sim().faults().add(wrong);
        run = h.sync(kGitLab);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QLatin1String("unexpected answer from GitLab")), qPrintable(run.error));
        QCOMPARE(liveInCache(h), 150);
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        QCOMPARE(compareGitLab(h), QString());
    }

    void aFailedListingResumes()
    {
        SyncHarness h(opts(1, 350));
        useGitLab(h);
        // (All merged: no approvals to read, so that the fault below meets the pages alone.)
        for (int iid = firstOpen(h, kWeb); iid != 0; iid = firstOpen(h, kWeb))
            QVERIFY(h.sim().service<sim::GitLabService>().closeMergeRequest(kWeb, iid, true));
        // The first listing fails on its third page, past the retry policy: two pages are kept.
        h.sim().faults().add(faultOn(QStringLiteral("/gitlab/api/v4/projects/%1/merge_requests").arg(projectId(h, kWeb)), 502, 2, 5));
        const SyncRun failed = h.sync(kGitLab);
        QCOMPARE(failed.status, RunStatus::Failed);
        QCOMPARE(failed.created, 199); // page 2 starts at page 1's last updated_at (inclusive): that one again, skipped
        const SyncState paused = projectState(h, kWeb);
        QVERIFY(paused.listingInProgress());
        QCOMPARE(paused.listingMode, SyncMode::Full);
        // Meanwhile: one listed already changes, one listed already is deleted.
        sim::GitLabService &g = h.sim().service<sim::GitLabService>();
        QSqlDatabase db = h.reader();
        const QList<gitlab::MergeRequest> listed = gitlab::GitLabRepo::mergeRequests(db);
        QVERIFY(g.editMergeRequest(kWeb, listed[0].iid));
        QVERIFY(g.deleteMergeRequest(kWeb, listed[1].iid));
        h.resetRequests();
        const SyncRun resumed = h.sync(kGitLab);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.mode, SyncMode::Full);
        QCOMPARE(resumed.created, 350 - 199);
        QCOMPARE(resumed.updated, 1);
        // The deleted one was seen before the pause: the listing, finished, is followed by a
        // whole one of this run's, and that one's unseen merge request is confirmed gone.
        QCOMPARE(resumed.deleted, 1);
        QCOMPARE(compareGitLab(h), QString());
        QVERIFY(!projectState(h, kWeb).listingInProgress());
    }

    void aCheckLeftByAKillIsFollowedByTheListing()
    {
        // A full listing's last page commits the check of the merge requests it did not see;
        // Cairn is killed before that check. Changed or deleted meanwhile, a merge request is
        // on none of that listing's pages, or looked seen: the next run, whatever its mode,
        // checks and then lists everything again.
        SyncHarness h(opts(1, 30));
        useGitLab(h);
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        sim::GitLabService &g = h.sim().service<sim::GitLabService>();
        for (const SyncMode mode : {SyncMode::Full, SyncMode::Partial, SyncMode::Auto}) {
            const QString label = modeName(mode);
            QVERIFY(g.deleteMergeRequest(kWeb, firstOpen(h, kWeb))); // one unseen: the check asks for it
            h.killAt(2, false); // the project, its one page, then the check is struck
            h.sync(kGitLab, SyncMode::Full);
            QVERIFY2(h.restartIfKilled(), qPrintable(label));
            QCOMPARE(h.lastKill(), QStringLiteral("GET"));
            SyncState left = projectState(h, kWeb);
            QVERIFY2(gitlab::ProjectFields::read(&left).confirmRun != 0, qPrintable(label));

            QVERIFY(g.editMergeRequest(kWeb, firstOpen(h, kWeb)));
            QVERIFY(g.deleteMergeRequest(kWeb, firstOpen(h, kWeb, 1))); // seen by the killed listing
            const SyncRun run = h.sync(kGitLab, mode);
            QCOMPARE(run.status, RunStatus::Ok);
            QCOMPARE(run.mode, SyncMode::Full);
            QVERIFY2(run.updated >= 1, qPrintable(label));
            QCOMPARE(run.deleted, 2);
            QCOMPARE(compareGitLab(h), QString());
            SyncState done = projectState(h, kWeb);
            QVERIFY(!done.listingInProgress());
            QCOMPARE(gitlab::ProjectFields::read(&done).confirmRun, 0);
        }
    }

    void watchAndWhoAmI()
    {
        SyncHarness h(opts(1, 30));
        useGitLab(h);
        const int iid = firstOpen(h, kWeb);
        h.sim().service<sim::GitLabService>().requestReview(kWeb, iid, sim::GitLabService::username());
        QCOMPARE(h.sync(kGitLab).status, RunStatus::Ok);
        const QString me = QCoro::waitFor(h.engine().whoAmI(kGitLab, QString()));
        QCOMPARE(me, sim::GitLabService::username());
        QSqlDatabase db = h.reader();
        const QHash<QString, QString> mine = gitLabSource().store.watch(db, QStringLiteral("default"), me);
        QVERIFY(mine.contains(QStringLiteral("%1!%2").arg(kWeb).arg(iid)));
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            QVERIFY(it.value().startsWith(it.key() + u' '));
    }
};

QTEST_GUILESS_MAIN(TestGitLabSync)
#include "tst_gitlabsync.moc"
