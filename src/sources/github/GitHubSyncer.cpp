// GitHubSyncer: repositories one after another (GitHub asks for serial requests per token).
#include "GitHubSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "GitHubApi.h"
#include "GitHubGraphQL.h"
#include "GitHubRepo.h"
#include "Listing.h"
#include "ServiceApi.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QCoroFuture>
#include <QJsonArray>
#include <QSet>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGitHub, "cairn.sync.github")

namespace cairn {

namespace {
const QString kSource = QStringLiteral("github");
constexpr int kMostRechecks = 500;

// A page of pulls as the listing engine handles it: GraphQL's answer, the pulls above the
// partial listing's stop line, and (prepare) what they write besides themselves.
struct PullsPage
{
    github::GraphPullsPage got;
    QList<PullRequest> listed;
    bool reachedOld = false; // the stop line is on this page: the rest is older still
};

// The watermark a complete listing sets and the ETag it keeps (RepoFields); the listing's own
// fields go.
void completeListing(github::RepoFields *f)
{
    if (f->nextWatermark.isValid() && (!f->watermark.isValid() || f->nextWatermark > f->watermark))
        f->watermark = f->nextWatermark;
    f->etag = f->listingEtag;
    f->nextWatermark = QDateTime();
    f->listingEtag.clear();
    f->confirmRun = 0;
}
} // namespace

QCoro::Task<QString> GitHubSyncer::whoAmI(HttpClient &http)
{
    github::GitHubApi api(http, m_cfg.apiBase);
    const QString login = co_await api.viewerLogin();
    co_return login;
}

QCoro::Task<> GitHubSyncer::sync(SyncContext &ctx, SyncMode mode)
{
    for (const char *k : {"repos_ok", "repos_failed", "repos_unchanged", "reviews_fetched", "reviews_unchanged", "graphql_points",
                          "quota_waits"})
        ctx.run.extra.insert(QLatin1String(k), 0);
    QStringList repos;
    for (const QString &r : std::as_const(m_cfg.repos))
        if (!r.trimmed().isEmpty() && !repos.contains(r.trimmed()))
            repos << r.trimmed();
    if (repos.isEmpty())
        throw Error(Error::Kind::Config,
                    QCoreApplication::translate("cairn::github", "no GitHub repositories to sync: cairn config set github.repos \"owner/name …\""));
    for (const QString &r : std::as_const(repos))
        if (!github::GitHubApi::isRepoName(r))
            throw Error(Error::Kind::Config,
                        QCoreApplication::translate("cairn::github", "\"%1\" in github.repos is not a repository name (owner/name)").arg(r.left(80)));

    const std::chrono::milliseconds maxWait(qint64(std::max(1, m_cfg.maxWaitSecs)) * 1000);
    m_quota = github::GitHubQuota();
    m_quota.setReservePercent(m_cfg.reservePercent);
    m_quota.setBackground(ctx.background);
    github::GitHubQuota *quota = &m_quota;
    SyncContext *context = &ctx;
    ctx.http.setRateLimitReader([maxWait, quota, context](const HttpResponse &r, const QDateTime &now) {
        quota->observe(r); // every answer says what is left of the hour
        RateLimitAdvice a = github::GitHubApi::rateLimit(r, now);
        if (a.limited && !a.backoff && quota->background()) {
            // Spent by the token's other tools meanwhile: nobody waits for this run, so it
            // waits for the reset (up to the background policy's longest wait) and goes on.
            a.longestWait = a.wait + std::chrono::milliseconds(1000);
            const QDateTime until = (serverTimeOf(r).isValid() ? serverTimeOf(r) : now).addMSecs(a.wait.count());
            bump(context->run, "quota_waits");
            context->status(QCoreApplication::translate("cairn::github", "waiting for GitHub's quota until %1")
                                .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
        } else if (!a.backoff) { // the primary limit (and an explicit Retry-After): wait only this long
            a.longestWait = maxWait;
        }
        return a;
    });
    github::GitHubApi api(ctx.http, m_cfg.apiBase);
    github::GitHubGraphQL graph(ctx.http, m_cfg.apiBase);
    m_graph = &graph;
    const ScopeFailures failed =
        co_await syncScopes(ctx, repos, "repos_ok", "repos_failed", [&](QString repo) { return syncRepoGuarded(ctx, &api, repo, mode); });
    ctx.run.mode = m_anyFull ? SyncMode::Full : SyncMode::Partial;
    if (failed.first) {
        Error e = *failed.first;
        e.message = QCoreApplication::translate("cairn::github", "%1 of %2 repositories failed: %3")
                        .arg(failed.lines.size())
                        .arg(repos.size())
                        .arg(failed.lines.join(QStringLiteral("; ")));
        throw e;
    }
}

QCoro::Task<std::optional<Error>> GitHubSyncer::syncRepoGuarded(SyncContext &ctx, github::GitHubApi *api, QString repo,
                                                                SyncMode mode)
{
    // Each repository shows its own status (a failure keeps its cursor and its cache).
    const std::optional<Error> failure =
        co_await syncScopeGuarded<github::RepoFields>(ctx, kSource, github::repoScope(repo), [&]() -> QCoro::Task<> {
            if (co_await syncRepo(ctx, api, repo, mode)) {
                // A pull it read before the pause and changed since stays on the pages read (newest
                // first): a partial listing down to the watermark (the newest it saw) finds it.
                co_await syncRepo(ctx, api, repo, SyncMode::Partial);
            }
        });
    if (failure)
        qCWarning(lcGitHub) << repo << failure->message;
    co_return failure;
}

// A repository's pulls, for the listing engine: newest updated first, 100 a GraphQL query
// with their reviews; a partial listing stops below the watermark minus the overlap.
class GitHubSyncer::PullListing final : public Listing<PullsPage, github::RepoFields>
{
public:
    PullListing(GitHubSyncer *syncer, SyncContext *ctx, github::GitHubApi *api, QString repo, bool full, QDateTime stopBelow)
        : m_syncer(syncer), m_ctx(ctx), m_api(api), m_repo(std::move(repo)), m_full(full), m_stopBelow(std::move(stopBelow))
    {
    }
    QString service() const override { return QStringLiteral("GitHub"); }
    QString changes() const override { return kSource; }
    QCoro::Task<PullsPage> fetch(QString cursor) override
    {
        co_await m_syncer->spend(*m_ctx, QStringLiteral("graphql"), github::GitHubGraphQL::pullsQueryCost());
        const github::GraphPullsPage got = co_await m_syncer->m_graph->pulls(m_repo, cursor);
        m_syncer->m_quota.observe(got.rate);
        bump(m_ctx->run, "graphql_points", got.rate.cost);
        PullsPage page;
        page.got = got;
        for (const PullRequest &p : got.pulls) {
            if (m_stopBelow.isValid() && p.updatedAt < m_stopBelow) {
                page.reachedOld = true; // newest first: the rest is older still
                break;
            }
            page.listed << p;
        }
        co_return page;
    }
    QString cursorAfter(const PullsPage &page) const override
    {
        return page.reachedOld || !page.got.hasNext ? QString() : page.got.endCursor;
    }
    QCoro::Task<> prepare(PullsPage *page, State before) override
    {
        const Listed listed{page->listed, page->got.reviews, page->got.serverTime};
        const Reviewed reviewed = co_await m_syncer->review(*m_ctx, m_api, m_repo, listed, before.fields.recheck);
        m_reviewed = reviewed;
    }
    State after(const State &before, const PullsPage &page, bool last) override
    {
        State next = before;
        github::RepoFields &f = next.fields;
        for (const PullRequest &p : page.listed) {
            // (A pull dated past GitHub's own clock is stored, but moves no watermark: it would
            // hide every real change below it until the next full listing.)
            if ((!f.nextWatermark.isValid() || p.updatedAt > f.nextWatermark) && isPlausibleCursorTime(p.updatedAt, page.got.serverTime))
                f.nextWatermark = p.updatedAt;
        }
        f.recheck = m_reviewed.recheck;
        if (last && m_full)
            f.confirmRun = before.row.listingRunId; // its unseen pulls are checked next
        else if (last)
            completeListing(&f);
        return next;
    }
    std::function<WriteStats(QSqlDatabase &)> write(const PullsPage &page, const State &, qint64 listingRun, bool) const override
    {
        const QString account = m_ctx->account;
        const QString repo = m_repo;
        const QList<PullRequest> pulls = page.listed;
        const QHash<int, QList<PullReview>> reviews = m_reviewed.reviews;
        const QHash<QString, QByteArray> etags = m_reviewed.etags;
        const QDateTime now = m_ctx->clock.now();
        return [account, repo, pulls, reviews, etags, listingRun, now](QSqlDatabase &db) {
            WriteStats s = GitHubRepo::applyPulls(db, account, repo, pulls, reviews, listingRun, now);
            GitHubRepo::setEtags(db, etags, now); // with the reviews they stand for
            GitHubRepo::noteRepoSynced(db, account, repo, now);
            return s;
        };
    }
    void committed(const PullsPage &page, const State &) override
    {
        for (const PullRequest &p : page.listed)
            m_syncer->m_cached.insert(p.number, p.updatedAt);
    }
    QCoro::Task<> finish(State done, qint64) override
    {
        if (!m_full)
            co_return;
        co_await m_syncer->confirmUnseen(*m_ctx, m_api, m_repo, done);
    }
    // GraphQL answers a cursor it does not take with HTTP 200 and this error type.
    bool staleCursor(const Error &e) const override { return e.reason == QLatin1String("INVALID_CURSOR_ARGUMENTS"); }
    qint64 items(const PullsPage &page) const override { return page.listed.size(); }

private:
    GitHubSyncer *m_syncer;
    SyncContext *m_ctx;
    github::GitHubApi *m_api;
    QString m_repo;
    bool m_full;
    QDateTime m_stopBelow;
    Reviewed m_reviewed; // the page in hand's, from prepare()
};

QCoro::Task<bool> GitHubSyncer::syncRepo(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncMode mode)
{
    const QString account = ctx.account;
    ctx.cancel.throwIfCancelled();
    State st = co_await loadScope<github::RepoFields>(ctx, kSource, github::repoScope(repo));
    st.row.status = RunStatus::Running; // each repository shows its own state
    co_await saveScope(ctx, st);
    QFuture<QHash<int, QDateTime>> reading = ctx.writer.transact([account, repo](QSqlDatabase &db) {
        return GitHubRepo::liveUpdatedAt(db, account, repo);
    });
    m_cached = co_await reading;

    if (st.fields.confirmRun != 0) {
        // A full listing whose pages are all committed: its unseen pulls are checked now.
        qCInfo(lcGitHub) << repo << "resumes the check of the pulls its full listing did not see";
        m_anyFull = true;
        const bool pausedBefore = st.fields.confirmRun != ctx.run.id;
        co_await confirmUnseen(ctx, api, repo, st);
        co_return pausedBefore;
    }
    bool full = mode == SyncMode::Full || !st.row.initialSyncCompleted;
    if (mode == SyncMode::Auto && !full)
        full = !st.row.lastFullSyncAt.isValid() || st.row.lastFullSyncAt.addDays(m_cfg.fullEveryDays) <= ctx.clock.now();
    const bool resuming = beginListing(&st.row, full ? SyncMode::Full : SyncMode::Partial, ctx.run.id);
    const bool pausedBefore = resuming && st.row.listingRunId != ctx.run.id;
    full = st.row.listingMode == SyncMode::Full;
    if (!resuming) {
        st.fields.nextWatermark = QDateTime();
        st.fields.listingEtag.clear();
    }
    m_anyFull = m_anyFull || full;

    const QDateTime watermark = st.fields.watermark;
    const QDateTime stopBelow = full || !watermark.isValid() ? QDateTime() : watermark.addSecs(-m_cfg.overlapSecs);
    if (!resuming) {
        // The change check, by REST: the newest pull's ETag. A fresh partial listing sends the
        // last one (304: nothing moved, and free); every fresh listing keeps the new one. Not
        // conditional while reviews wait to be asked again: a review leaves the pull's list
        // entry as it was.
        const bool conditional = !full && st.fields.recheck.isEmpty();
        const QByteArray etag = conditional ? st.fields.etag.toUtf8() : QByteArray();
        co_await spend(ctx, QStringLiteral("core"), 1);
        const github::PullsPage check = co_await api->pulls(repo, api->changeCheckUrl(repo), etag);
        if (check.notModified) {
            bump(ctx.run, "repos_unchanged");
            co_return false;
        }
        st.fields.listingEtag = QString::fromUtf8(check.etag);
    }
    PullListing listing(this, &ctx, api, repo, full, stopBelow);
    co_await runListing(ctx, &listing, &st);
    co_return pausedBefore;
}

QCoro::Task<> GitHubSyncer::spend(SyncContext &ctx, QString resource, int cost)
{
    if (m_quota.background() && resource == QLatin1String("graphql") && m_quota.remaining(resource) < 0) {
        // Not told yet in this run: ask (free) rather than spend a page of the reserve.
        m_quota.observe(co_await m_graph->rateLimit());
    }
    const QDateTime until = m_quota.waitUntil(resource, cost);
    if (!until.isValid())
        co_return;
    const QDateTime now = m_quota.serverNow().isValid() ? m_quota.serverNow() : ctx.clock.now();
    const qint64 waitMs = std::max<qint64>(0, now.msecsTo(until)) + 1000; // the reset lands a moment later
    const QString at = QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat);
    if (!m_quota.background() && waitMs > qint64(std::max(1, m_cfg.maxWaitSecs)) * 1000) {
        // A person is waiting: say how long, rather than keep them waiting for up to an hour.
        Error e(Error::Kind::Http,
                QCoreApplication::translate("cairn::github", "GitHub's quota for this hour is spent (by Cairn or the token's other tools) until %1; sync again then")
                    .arg(at),
                429);
        e.reason = QStringLiteral("rate_limited");
        throw e;
    }
    // In the background: leave the reserve to the person's other tools, and go on after the reset.
    bump(ctx.run, "quota_waits");
    ctx.status(QCoreApplication::translate("cairn::github", "waiting for GitHub's quota until %1").arg(at));
    qCInfo(lcGitHub) << "waiting" << waitMs << "ms for the" << resource << "quota (reset" << until << ")";
    co_await ctx.http.pause(std::chrono::milliseconds(waitMs));
    ctx.status(QString());
}

QCoro::Task<GitHubSyncer::Reviewed> GitHubSyncer::review(SyncContext &ctx, github::GitHubApi *api, QString repo, Listed page,
                                                          QList<int> recheckBefore)
{
    // updated_at has whole seconds: a review submitted in the very second its pull's reviews were
    // read leaves updated_at where it was. Such pulls (updated_at not before the Date of that read)
    // are kept in the state and read again (with their reviews) when next listed.
    QSet<int> recheck(recheckBefore.cbegin(), recheckBefore.cend());
    const QList<PullRequest> &pulls = page.pulls;
    QList<const PullRequest *> moved; // pulls whose updated_at moved (or in doubt): written again
    QStringList urls;
    for (const PullRequest &p : pulls) {
        const auto it = m_cached.constFind(p.number);
        if (it != m_cached.cend() && *it == p.updatedAt && !recheck.contains(p.number))
            continue; // unchanged since the cache: its reviews too
        moved << &p;
        if (it != m_cached.cend() && !page.reviews.contains(p.number)) // cached reviews to keep on a 304
            urls << api->reviewsUrl(repo, p.number).toString();
    }
    // (Only pulls cached before have ETags: a first listing asks the writer for nothing.)
    QHash<QString, QByteArray> known;
    if (!urls.isEmpty()) {
        QFuture<QHash<QString, QByteArray>> readingEtags = ctx.writer.transact([urls](QSqlDatabase &db) {
            return GitHubRepo::etags(db, urls);
        });
        known = co_await readingEtags;
    }
    Reviewed out;
    for (const PullRequest *pull : std::as_const(moved)) {
        const int number = pull->number;
        ctx.cancel.throwIfCancelled();
        QDateTime readAt = page.readAt;
        if (page.reviews.contains(number)) { // listed with its reviews (GraphQL)
            out.reviews.insert(number, page.reviews.value(number));
        } else { // a pull asked for by itself, or with more reviews than a page: REST
            const QString url = api->reviewsUrl(repo, number).toString();
            co_await spend(ctx, QStringLiteral("core"), 1);
            const github::ReviewsList got = co_await api->reviews(repo, number, known.value(url));
            bump(ctx.run, got.notModified ? "reviews_unchanged" : "reviews_fetched");
            readAt = got.serverTime;
            if (!got.notModified) {
                out.reviews.insert(number, got.reviews);
                out.etags.insert(url, got.etag);
            }
        }
        if (readAt.isValid() && pull->updatedAt >= readAt.addSecs(-1)) // within a second
            recheck.insert(number);
        else
            recheck.remove(number);
    }
    for (int number : std::as_const(recheck))
        if (out.recheck.size() < kMostRechecks)
            out.recheck.append(number);
    co_return out;
}

QCoro::Task<> GitHubSyncer::confirmUnseen(SyncContext &ctx, github::GitHubApi *api, QString repo, State st)
{
    const QString account = ctx.account;
    const qint64 runId = st.fields.confirmRun;
    QFuture<QList<int>> finding = ctx.writer.transact([account, repo, runId](QSqlDatabase &db) {
        return GitHubRepo::unseenLive(db, account, repo, runId);
    });
    const QList<int> unseen = co_await finding;
    // Not in a complete listing is not proof (a pull updated mid-listing jumps to page 1):
    // ask for each one; only a 404/410 deletes it.
    for (int number : unseen) {
        ctx.cancel.throwIfCancelled();
        co_await spend(ctx, QStringLiteral("core"), 1);
        const std::optional<PullRequest> found = co_await api->pull(repo, number);
        const QDateTime now = ctx.clock.now();
        if (found) {
            const Reviewed reviewed = co_await review(ctx, api, repo, Listed{{*found}, {}, {}}, st.fields.recheck);
            st.fields.recheck = reviewed.recheck;
            const PullRequest pull = *found;
            const SyncState stored = st.stored();
            // The pull, its reviews and the state: one transaction.
            QFuture<WriteStats> writing = ctx.writer.transact([account, repo, pull, reviewed, runId, now, stored](QSqlDatabase &db) {
                WriteStats s = GitHubRepo::applyPulls(db, account, repo, {pull}, reviewed.reviews, runId, now);
                GitHubRepo::setEtags(db, reviewed.etags, now);
                GitHubRepo::noteRepoSynced(db, account, repo, now);
                SyncStateRepo::save(db, stored);
                return s;
            });
            const WriteStats stats = co_await writing;
            countWrite(ctx.run, stats);
            m_cached.insert(pull.number, pull.updatedAt);
            Q_EMIT ctx.writer.changed(kSource);
            continue;
        }
        QFuture<int> deleting = ctx.writer.transact([account, repo, number, now](QSqlDatabase &db) {
            return GitHubRepo::markPullDeleted(db, account, repo, number, now);
        });
        ctx.run.deleted += co_await deleting;
        Q_EMIT ctx.writer.changed(kSource);
    }
    completeListing(&st.fields);
    st.row.initialSyncCompleted = true;
    st.row.lastFullSyncAt = ctx.clock.now();
    co_await saveScope(ctx, st);
}

} // namespace cairn
