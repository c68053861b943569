// GitHubSyncer: repositories one after another (GitHub asks for serial requests per token).
// (GCC 12: no structured bindings, no lambda coroutines, futures and tasks in named locals.)
#include "GitHubSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "GitHubApi.h"
#include "GitHubGraphQL.h"
#include "GitHubRepo.h"
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
const char kRecheck[] = "reviews_recheck"; // pulls whose reviews were read in the second they were updated
const char kGraphCursor[] = "graphql:";      // the cursor of a listing in progress: GraphQL's endCursor

void bump(SyncRun &run, const char *key, int by = 1)
{
    run.extra.insert(QLatin1String(key), run.extra.value(QLatin1String(key)).toInt() + by);
}

QDateTime timeIn(const SyncState &st, const char *key)
{
    return QDateTime::fromString(st.data.value(QLatin1String(key)).toString(), Qt::ISODate);
}
} // namespace

QCoro::Task<QString> GitHubSyncer::whoAmI(HttpClient &http)
{
    github::GitHubApi api(http, m_cfg.apiBase);
    QCoro::Task<QString> asking = api.viewerLogin();
    const QString login = co_await std::move(asking);
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
    QStringList failures;
    std::optional<Error> first;
    for (qsizetype i = 0; i < repos.size(); ++i) {
        ctx.cancel.throwIfCancelled();
        QCoro::Task<std::optional<Error>> syncing = syncRepoGuarded(ctx, &api, repos[i], mode);
        const std::optional<Error> e = co_await std::move(syncing);
        if (e) {
            bump(ctx.run, "repos_failed");
            failures << QStringLiteral("%1: %2").arg(repos[i], e->message);
            if (!first)
                first = e;
            // The rate limit and the token are shared by every repository: stop here.
            if (e->reason == QLatin1String("rate_limited") || e->kind == Error::Kind::Auth || e->kind == Error::Kind::Cancelled)
                throw *e;
        } else {
            bump(ctx.run, "repos_ok");
        }
        ctx.progress(i + 1, repos.size());
    }
    ctx.run.mode = m_anyFull ? SyncMode::Full : SyncMode::Partial;
    if (first) {
        Error e = *first;
        e.message = QCoreApplication::translate("cairn::github", "%1 of %2 repositories failed: %3")
                        .arg(failures.size())
                        .arg(repos.size())
                        .arg(failures.join(QStringLiteral("; ")));
        throw e;
    }
}

QCoro::Task<std::optional<Error>> GitHubSyncer::syncRepoGuarded(SyncContext &ctx, github::GitHubApi *api, QString repo,
                                                                SyncMode mode)
{
    std::optional<Error> failure;
    try {
        QCoro::Task<bool> syncing = syncRepo(ctx, api, repo, mode);
        if (co_await std::move(syncing)) {
            // A pull it read before the pause and changed since stays on the pages read (newest
            // first): a partial listing down to the watermark (the newest it saw) finds it.
            QCoro::Task<bool> catchingUp = syncRepo(ctx, api, repo, SyncMode::Partial);
            co_await std::move(catchingUp);
        }
    } catch (const Error &e) {
        failure = e;
    } catch (const std::exception &e) {
        failure = Error(Error::Kind::BadResponse, QString::fromLocal8Bit(e.what()));
    }
    if (m_write.pending()) {
        // The pages written before the failure stay, and count.
        try {
            QCoro::Task<> settling = m_write.settle(ctx, kSource);
            co_await std::move(settling);
        } catch (const Error &e) {
            if (!failure)
                failure = e;
        }
    }
    if (failure && failure->kind == Error::Kind::Cancelled)
        co_return failure;
    // Each repository shows its own status (a failure keeps its cursor and its cache).
    QCoro::Task<SyncState> loading = loadSyncState(ctx, kSource, repoScope(repo));
    SyncState st = co_await std::move(loading);
    st.status = failure ? RunStatus::Failed : RunStatus::Ok;
    st.lastError = failure ? failure->message : QString();
    if (!failure)
        st.lastSyncAt = ctx.clock.now();
    QCoro::Task<> saving = saveSyncState(ctx, st);
    co_await std::move(saving);
    if (failure)
        qCWarning(lcGitHub) << repo << failure->message;
    co_return failure;
}

QCoro::Task<bool> GitHubSyncer::syncRepo(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncMode mode)
{
    const QString account = ctx.account;
    ctx.cancel.throwIfCancelled();
    QCoro::Task<SyncState> loading = loadSyncState(ctx, kSource, repoScope(repo));
    SyncState st = co_await std::move(loading);
    st.status = RunStatus::Running; // each repository shows its own state
    QCoro::Task<> marking = saveSyncState(ctx, st);
    co_await std::move(marking);
    QFuture<QHash<int, QDateTime>> reading = ctx.writer.transact([account, repo](QSqlDatabase &db) {
        return GitHubRepo::liveUpdatedAt(db, account, repo);
    });
    m_cached = co_await reading;

    bool full = mode == SyncMode::Full || !st.initialSyncCompleted;
    if (mode == SyncMode::Auto && !full)
        full = !st.lastFullSyncAt.isValid() || st.lastFullSyncAt.addDays(m_cfg.fullEveryDays) <= ctx.clock.now();
    const bool resuming = st.listingInProgress() && (st.listingMode == SyncMode::Full || !full);
    const bool pausedBefore = resuming && st.listingRunId != ctx.run.id;
    if (resuming) {
        full = st.listingMode == SyncMode::Full;
        qCInfo(lcGitHub) << repo << "resumes its" << modeName(st.listingMode) << "listing";
    } else {
        st.pageToken.clear();
        st.listingRunId = ctx.run.id;
        st.listingMode = full ? SyncMode::Full : SyncMode::Partial;
        st.data.remove(QStringLiteral("listing_max"));
        st.data.remove(QStringLiteral("listing_etag"));
    }
    m_anyFull = m_anyFull || full;

    if (st.pageToken == QLatin1String(kConfirming)) {
        QCoro::Task<> confirming = confirmUnseen(ctx, api, repo, st);
        co_await std::move(confirming);
        co_return pausedBefore;
    }
    const QDateTime watermark = timeIn(st, "watermark");
    const QDateTime stopBelow = full || !watermark.isValid() ? QDateTime() : watermark.addSecs(-m_cfg.overlapSecs);
    // A listing paused by an older Cairn holds a REST page address: it starts over.
    if (resuming && !st.pageToken.startsWith(QLatin1String(kGraphCursor)))
        st.pageToken.clear();
    QString after = st.pageToken.mid(int(qstrlen(kGraphCursor)));
    if (!resuming || st.pageToken.isEmpty()) {
        // The change check, by REST: the newest pull's ETag. A fresh partial listing sends the
        // last one (304: nothing moved, and free); every fresh listing keeps the new one. Not
        // conditional while reviews wait to be asked again: a review leaves the pull's list
        // entry as it was.
        const bool conditional = !full && !st.data.contains(QLatin1String(kRecheck));
        const QByteArray etag = conditional ? st.data.value(QLatin1String("etag")).toString().toUtf8() : QByteArray();
        QCoro::Task<> budget = spend(ctx, QStringLiteral("core"), 1);
        co_await std::move(budget);
        QCoro::Task<github::PullsPage> checking = api->pulls(repo, api->changeCheckUrl(repo), etag);
        const github::PullsPage check = co_await std::move(checking);
        if (check.notModified) {
            bump(ctx.run, "repos_unchanged");
            co_return false;
        }
        st.data.insert(QStringLiteral("listing_etag"), QString::fromUtf8(check.etag));
    }
    PageLoopGuard loop(QStringLiteral("GitHub"));
    for (;;) {
        ctx.cancel.throwIfCancelled();
        QCoro::Task<> budget = spend(ctx, QStringLiteral("graphql"), github::GitHubGraphQL::pullsQueryCost());
        co_await std::move(budget);
        QCoro::Task<github::GraphPullsPage> fetching = m_graph->pulls(repo, after);
        github::GraphPullsPage page = co_await std::move(fetching);
        m_quota.observe(page.rate);
        bump(ctx.run, "graphql_points", page.rate.cost);
        QList<PullRequest> listed;
        bool reachedOld = false;
        QDateTime maxSeen = timeIn(st, "listing_max");
        for (const PullRequest &p : std::as_const(page.pulls)) {
            if (stopBelow.isValid() && p.updatedAt < stopBelow) {
                reachedOld = true; // newest first: the rest is older still
                break;
            }
            listed << p;
            // (A pull dated past GitHub's own clock is stored, but moves no watermark: it would
            // hide every real change below it until the next full listing.)
            if ((!maxSeen.isValid() || p.updatedAt > maxSeen) && isPlausibleCursorTime(p.updatedAt, page.serverTime))
                maxSeen = p.updatedAt;
        }
        if (maxSeen.isValid())
            st.data.insert(QStringLiteral("listing_max"), maxSeen.toString(Qt::ISODate));
        const bool last = reachedOld || !page.hasNext;
        if (!last)
            loop.see(page.endCursor);
        SyncState next = st;
        if (!last) {
            next.pageToken = QString::fromLatin1(kGraphCursor) + page.endCursor;
        } else if (full) {
            next.pageToken = QString::fromLatin1(kConfirming);
        } else {
            next.pageToken.clear();
            if (maxSeen.isValid() && (!watermark.isValid() || maxSeen > watermark))
                next.data.insert(QStringLiteral("watermark"), maxSeen.toString(Qt::ISODate));
            next.data.insert(QStringLiteral("etag"), next.data.value(QLatin1String("listing_etag")));
        }
        Listed got{listed, page.reviews, page.serverTime};
        QCoro::Task<SyncState> writing = writePage(ctx, api, repo, got, next);
        st = co_await std::move(writing);
        if (last)
            break;
        after = page.endCursor;
    }
    QCoro::Task<> settling = m_write.settle(ctx, kSource);
    co_await std::move(settling);
    if (full) {
        QCoro::Task<> confirming = confirmUnseen(ctx, api, repo, st);
        co_await std::move(confirming);
    }
    co_return pausedBefore;
}

QCoro::Task<> GitHubSyncer::spend(SyncContext &ctx, QString resource, int cost)
{
    if (m_quota.background() && resource == QLatin1String("graphql") && m_quota.remaining(resource) < 0) {
        // Not told yet in this run: ask (free) rather than spend a page of the reserve.
        QCoro::Task<github::GraphRate> asking = m_graph->rateLimit();
        m_quota.observe(co_await std::move(asking));
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
    QCoro::Task<> pausing = ctx.http.pause(std::chrono::milliseconds(waitMs));
    co_await std::move(pausing);
    ctx.status(QString());
}

QCoro::Task<SyncState> GitHubSyncer::writePage(SyncContext &ctx, github::GitHubApi *api, QString repo, Listed page,
                                               SyncState next)
{
    // updated_at has whole seconds: a review submitted in the very second its pull's reviews were
    // read leaves updated_at where it was. Such pulls (updated_at not before the Date of that read)
    // are kept in the cursor and read again (with their reviews) when next listed.
    QSet<int> recheck;
    for (const QJsonValue &v : next.data.value(QLatin1String(kRecheck)).toArray())
        recheck.insert(v.toInt());
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
    // (Only pulls cached before have ETags: a first listing asks the writer for nothing, so
    // the page written meanwhile does not hold it up.)
    QHash<QString, QByteArray> known;
    if (!urls.isEmpty()) {
        QFuture<QHash<QString, QByteArray>> readingEtags = ctx.writer.transact([urls](QSqlDatabase &db) {
            return GitHubRepo::etags(db, urls);
        });
        known = co_await readingEtags;
    }
    QHash<int, QList<PullReview>> reviews;
    QHash<QString, QByteArray> newEtags;
    for (const PullRequest *pull : std::as_const(moved)) {
        const int number = pull->number;
        ctx.cancel.throwIfCancelled();
        QDateTime readAt = page.readAt;
        if (page.reviews.contains(number)) { // listed with its reviews (GraphQL)
            reviews.insert(number, page.reviews.value(number));
        } else { // a pull asked for by itself, or with more reviews than a page: REST
            const QString url = api->reviewsUrl(repo, number).toString();
            QCoro::Task<> budget = spend(ctx, QStringLiteral("core"), 1);
            co_await std::move(budget);
            QCoro::Task<github::ReviewsList> asking = api->reviews(repo, number, known.value(url));
            const github::ReviewsList got = co_await std::move(asking);
            bump(ctx.run, got.notModified ? "reviews_unchanged" : "reviews_fetched");
            readAt = got.serverTime;
            if (!got.notModified) {
                reviews.insert(number, got.reviews);
                newEtags.insert(url, got.etag);
            }
        }
        if (readAt.isValid() && pull->updatedAt >= readAt.addSecs(-1)) // within a second
            recheck.insert(number);
        else
            recheck.remove(number);
    }
    QJsonArray rechecks;
    for (int number : std::as_const(recheck))
        if (rechecks.size() < 500)
            rechecks.append(number);
    if (rechecks.isEmpty())
        next.data.remove(QLatin1String(kRecheck));
    else
        next.data.insert(QLatin1String(kRecheck), rechecks);
    const QString account = ctx.account;
    const qint64 runId = next.listingRunId;
    const QDateTime now = ctx.clock.now();
    QCoro::Task<> settling = m_write.settle(ctx, kSource); // the page before
    co_await std::move(settling);
    const QList<PullRequest> pullsCopy = pulls;
    // The page's pulls, their reviews and the cursor after them: one transaction.
    QFuture<WriteStats> writing = ctx.writer.transact([account, repo, pullsCopy, reviews, newEtags, runId, now, next](QSqlDatabase &db) {
        WriteStats s = GitHubRepo::applyPulls(db, account, repo, pullsCopy, reviews, runId, now);
        GitHubRepo::setEtags(db, newEtags, now); // with the reviews they stand for
        GitHubRepo::noteRepoSynced(db, account, repo, now);
        SyncStateRepo::save(db, next);
        return s;
    });
    m_write.start(writing, [this, pullsCopy] {
        for (const PullRequest &p : pullsCopy)
            m_cached.insert(p.number, p.updatedAt);
    });
    co_return next;
}

QCoro::Task<> GitHubSyncer::confirmUnseen(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncState st)
{
    const QString account = ctx.account;
    const qint64 runId = st.listingRunId;
    QFuture<QList<int>> finding = ctx.writer.transact([account, repo, runId](QSqlDatabase &db) {
        return GitHubRepo::unseenLive(db, account, repo, runId);
    });
    const QList<int> unseen = co_await finding;
    // Not in a complete listing is not proof (a pull updated mid-listing jumps to page 1):
    // ask for each one; only a 404/410 deletes it.
    for (int number : unseen) {
        ctx.cancel.throwIfCancelled();
        QCoro::Task<> budget = spend(ctx, QStringLiteral("core"), 1);
        co_await std::move(budget);
        QCoro::Task<std::optional<PullRequest>> asking = api->pull(repo, number);
        const std::optional<PullRequest> found = co_await std::move(asking);
        if (found) {
            QCoro::Task<SyncState> writing = writePage(ctx, api, repo, Listed{{*found}, {}, {}}, st);
            st = co_await std::move(writing);
            continue;
        }
        const QDateTime now = ctx.clock.now();
        QFuture<int> deleting = ctx.writer.transact([account, repo, number, now](QSqlDatabase &db) {
            return GitHubRepo::markPullDeleted(db, account, repo, number, now);
        });
        ctx.run.deleted += co_await deleting;
        Q_EMIT ctx.writer.changed(QStringLiteral("github"));
    }
    const QDateTime maxSeen = timeIn(st, "listing_max");
    const QDateTime watermark = timeIn(st, "watermark");
    if (maxSeen.isValid() && (!watermark.isValid() || maxSeen > watermark))
        st.data.insert(QStringLiteral("watermark"), maxSeen.toString(Qt::ISODate));
    st.data.insert(QStringLiteral("etag"), st.data.value(QLatin1String("listing_etag")));
    st.pageToken.clear();
    st.initialSyncCompleted = true;
    st.lastFullSyncAt = ctx.clock.now();
    QCoro::Task<> saving = saveSyncState(ctx, st);
    co_await std::move(saving);
}

} // namespace cairn
