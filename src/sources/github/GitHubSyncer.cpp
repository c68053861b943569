// GitHubSyncer: repositories one after another (GitHub asks for serial requests per token).
// (GCC 12: no structured bindings, no lambda coroutines, futures and tasks in named locals.)
#include "GitHubSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "GitHubApi.h"
#include "GitHubRepo.h"
#include "ServiceApi.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QJsonArray>
#include <QSet>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGitHub, "cairn.sync.github")

namespace cairn {

namespace {
const QString kSource = QStringLiteral("github");
const char kRecheck[] = "reviews_recheck"; // pulls whose reviews were read in the second they were updated

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
    for (const char *k : {"repos_ok", "repos_failed", "repos_unchanged", "reviews_fetched", "reviews_unchanged"})
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
    ctx.http.setRateLimitReader([maxWait](const HttpResponse &r, const QDateTime &now) {
        RateLimitAdvice a = github::GitHubApi::rateLimit(r, now);
        if (!a.backoff) // the primary limit (and an explicit Retry-After): wait only this long
            a.longestWait = maxWait;
        return a;
    });
    github::GitHubApi api(ctx.http, m_cfg.apiBase);
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
    ctx.run.mode = m_anyFull ? QStringLiteral("full") : QStringLiteral("partial");
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
    st.status = failure ? QStringLiteral("error") : QStringLiteral("synced");
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
    st.status = QStringLiteral("syncing"); // each repository shows its own state
    QCoro::Task<> marking = saveSyncState(ctx, st);
    co_await std::move(marking);
    QFuture<QHash<int, QDateTime>> reading = ctx.writer.transact([account, repo](QSqlDatabase &db) {
        return GitHubRepo::liveUpdatedAt(db, account, repo);
    });
    m_cached = co_await reading;

    bool full = mode == SyncMode::Full || !st.initialSyncCompleted;
    if (mode == SyncMode::Auto && !full)
        full = !st.lastFullSyncAt.isValid() || st.lastFullSyncAt.addDays(m_cfg.fullEveryDays) <= ctx.clock.now();
    const bool resuming = st.listingInProgress() && (st.listingMode == QLatin1String("full") || !full);
    const bool pausedBefore = resuming && st.listingRunId != ctx.run.id;
    if (resuming) {
        full = st.listingMode == QLatin1String("full");
        qCInfo(lcGitHub) << repo << "resumes its" << st.listingMode << "listing";
    } else {
        st.pageToken.clear();
        st.listingRunId = ctx.run.id;
        st.listingMode = full ? QStringLiteral("full") : QStringLiteral("partial");
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
    QUrl url = resuming ? QUrl(st.pageToken) : api->pullsUrl(repo);
    // Only the first page of a fresh partial listing is conditional: 304 means nothing moved. Not
    // while reviews wait to be asked again: a review leaves a pull's list entry as it was.
    const bool conditional = !resuming && !full && !st.data.contains(QLatin1String(kRecheck));
    QByteArray etag = conditional ? st.data.value(QLatin1String("etag")).toString().toUtf8() : QByteArray();
    PageLoopGuard loop(QStringLiteral("GitHub"));
    loop.see(url.toString(QUrl::FullyEncoded));
    for (bool firstPage = true;; firstPage = false) {
        ctx.cancel.throwIfCancelled();
        QCoro::Task<github::PullsPage> fetching = api->pulls(repo, url, firstPage ? etag : QByteArray());
        const github::PullsPage page = co_await std::move(fetching);
        if (page.notModified) {
            bump(ctx.run, "repos_unchanged");
            co_return false;
        }
        if (firstPage && !resuming)
            st.data.insert(QStringLiteral("listing_etag"), QString::fromUtf8(page.etag));
        QList<PullRequest> listed;
        bool reachedOld = false;
        QDateTime maxSeen = timeIn(st, "listing_max");
        for (const PullRequest &p : page.pulls) {
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
        const bool last = reachedOld || page.next.isEmpty();
        if (!last)
            loop.see(page.next.toString(QUrl::FullyEncoded));
        SyncState next = st;
        if (!last) {
            next.pageToken = page.next.toString(QUrl::FullyEncoded);
        } else if (full) {
            next.pageToken = QString::fromLatin1(kConfirming);
        } else {
            next.pageToken.clear();
            if (maxSeen.isValid() && (!watermark.isValid() || maxSeen > watermark))
                next.data.insert(QStringLiteral("watermark"), maxSeen.toString(Qt::ISODate));
            next.data.insert(QStringLiteral("etag"), next.data.value(QLatin1String("listing_etag")));
        }
        QCoro::Task<SyncState> writing = writePage(ctx, api, repo, listed, next);
        st = co_await std::move(writing);
        if (last)
            break;
        url = page.next;
    }
    QCoro::Task<> settling = m_write.settle(ctx, kSource);
    co_await std::move(settling);
    if (full) {
        QCoro::Task<> confirming = confirmUnseen(ctx, api, repo, st);
        co_await std::move(confirming);
    }
    co_return pausedBefore;
}

QCoro::Task<SyncState> GitHubSyncer::writePage(SyncContext &ctx, github::GitHubApi *api, QString repo, QList<PullRequest> pulls,
                                      SyncState next)
{
    // updated_at has whole seconds: a review submitted in the very second its pull's reviews were
    // read leaves updated_at where it was. Such pulls (updated_at not before the Date of that read)
    // are kept in the cursor and their reviews asked again, with their ETag, when next listed.
    QSet<int> recheck;
    for (const QJsonValue &v : next.data.value(QLatin1String(kRecheck)).toArray())
        recheck.insert(v.toInt());
    QList<const PullRequest *> moved; // pulls whose updated_at moved: their reviews are asked for again
    QStringList urls;
    for (const PullRequest &p : std::as_const(pulls)) {
        const auto it = m_cached.constFind(p.number);
        if (it != m_cached.cend() && *it == p.updatedAt && !recheck.contains(p.number))
            continue; // unchanged since the cache: its reviews too
        moved << &p;
        if (it != m_cached.cend()) // cached reviews to keep on a 304
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
        const QString url = api->reviewsUrl(repo, number).toString();
        QCoro::Task<github::ReviewsList> asking = api->reviews(repo, number, known.value(url));
        const github::ReviewsList got = co_await std::move(asking);
        bump(ctx.run, got.notModified ? "reviews_unchanged" : "reviews_fetched");
        if (got.serverTime.isValid() && pull->updatedAt >= got.serverTime.addSecs(-1)) // within a second
            recheck.insert(number);
        else
            recheck.remove(number);
        if (got.notModified)
            continue;
        reviews.insert(number, got.reviews);
        newEtags.insert(url, got.etag);
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
    // The page's pulls, their reviews and the cursor after them: one transaction.
    QFuture<WriteStats> writing = ctx.writer.transact([account, repo, pulls, reviews, newEtags, runId, now, next](QSqlDatabase &db) {
        WriteStats s = GitHubRepo::applyPulls(db, account, repo, pulls, reviews, runId, now);
        GitHubRepo::setEtags(db, newEtags, now); // with the reviews they stand for
        GitHubRepo::noteRepoSynced(db, account, repo, now);
        SyncStateRepo::save(db, next);
        return s;
    });
    m_write.start(writing, [this, pulls] {
        for (const PullRequest &p : pulls)
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
        QCoro::Task<std::optional<PullRequest>> asking = api->pull(repo, number);
        const std::optional<PullRequest> found = co_await std::move(asking);
        if (found) {
            QCoro::Task<SyncState> writing = writePage(ctx, api, repo, {*found}, st);
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
