#include "GoogleContactsSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "ContactsRepo.h"
#include "Error.h"
#include "GoogleApi.h"
#include "ServiceApi.h"
#include "StoreWriter.h"
#include <QCoroFuture>
#include "SyncStateRepo.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGoogle, "cairn.sync.google")

namespace cairn {

namespace {

const QString kSource = QStringLiteral("google");

// One listing kind of the People API (connections or contact groups): how to fetch a page,
// how to write its items, how to retire what a complete full listing did not see.
template<typename Item>
struct PageOf
{
    QList<Item> items;
    QString nextPageToken;
    QString nextSyncToken;
    int total = -1;
};

// One listing kind of the People API (connections or contact groups): how to fetch a page,
// how to write its items, how to retire what a complete full listing did not see.
// (Virtual members, not lambda coroutines: GCC 12 mishandles captures and temporaries
// that live across co_await, so coroutine code here keeps every value in a named local.)
template<typename Item>
class Listing
{
public:
    virtual ~Listing() = default;
    virtual QString scope() const = 0;
    virtual QString what() const = 0;
    virtual QCoro::Task<PageOf<Item>> fetch(QString syncToken, QString pageToken) = 0;
    virtual WriteStats apply(QSqlDatabase &db, const QList<Item> &items, qint64 runId, const QDateTime &now) const = 0;
    virtual int retireUnseen(QSqlDatabase &db, qint64 runId, const QDateTime &now) const = 0;
};

template<typename Item>
QCoro::Task<> runListing(SyncContext &ctx, SyncMode mode, Listing<Item> &listing, bool reportProgress)
{
    const QString scope = listing.scope();
    QCoro::Task<SyncState> loading = loadSyncState(ctx, kSource, scope);
    SyncState st = co_await std::move(loading);
    const qint64 runId = ctx.run.id;
    PageLoopGuard loop(QStringLiteral("Google People"));
    const auto startListing = [&st, &loop, runId](bool full) {
        loop.reset();
        st.pageToken.clear();
        st.listingMode = full ? SyncMode::Full : SyncMode::Partial;
        st.listingRunId = runId;
    };
    const bool wantFull = mode == SyncMode::Full || st.syncToken.isEmpty();
    if (!st.listingInProgress() || (wantFull && st.listingMode == SyncMode::Partial))
        startListing(wantFull);
    else
        qCInfo(lcGoogle) << "resuming" << scope << modeName(st.listingMode) << "listing of run" << st.listingRunId;

    bool fellBack = false;
    bool caughtUp = false;
    bool firstRequest = true;
    qint64 done = 0;
    const Listing<Item> *writes = &listing;
    // The next page is asked for while this one is written (the writer has its own thread):
    // a listing costs about the longer of the two, not their sum.
    std::optional<QCoro::Task<PageOf<Item>>> prefetch;
    for (;;) {
        const bool full = st.listingMode == SyncMode::Full;
        std::optional<Error> failure;
        PageOf<Item> page;
        try {
            if (!prefetch)
                prefetch.emplace(listing.fetch(full ? QString() : st.syncToken, st.pageToken));
            PageOf<Item> fetched = co_await std::move(*prefetch);
            page = fetched;
        } catch (const Error &e) {
            failure = e;
        }
        prefetch.reset();
        if (!failure)
            ctx.cancel.throwIfCancelled(); // nothing is in flight now
        if (failure) {
            // EXPIRED_SYNC_TOKEN, or any 400 to the first request that sent a token: the token is
            // no good any more, and a full listing is the way back.
            const bool expired = failure->kind == Error::Kind::Expired
                || (firstRequest && !full && st.pageToken.isEmpty() && failure->httpStatus == 400);
            // A stored page token the service no longer takes: restart this listing once.
            const bool staleResume = firstRequest && !st.pageToken.isEmpty() && failure->httpStatus == 400;
            if ((expired || staleResume) && !fellBack) {
                fellBack = true;
                qCWarning(lcGoogle) << scope << (expired ? "sync token expired: full sync" : "stale page token: restarting listing");
                if (expired) {
                    st.syncToken.clear();
                    ctx.run.extra.insert(QStringLiteral("fallback"), QStringLiteral("expired sync token → full sync"));
                }
                startListing(expired || full);
                continue;
            }
            throw *failure;
        }
        firstRequest = false;
        loop.see(page.nextPageToken);
        const bool last = page.nextPageToken.isEmpty();
        if (last && page.nextSyncToken.isEmpty())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::google", "Google People ended a listing without a sync token"));

        const QDateTime now = ctx.clock.now();
        SyncState next = st;
        next.pageToken = page.nextPageToken;
        if (last) {
            next.syncToken = page.nextSyncToken;
            next.listingRunId = 0;
            next.listingMode = SyncMode::Auto;
            next.lastSyncAt = now;
            if (full)
                next.lastFullSyncAt = now;
            next.initialSyncCompleted = true;
        }
        const qint64 listingRun = st.listingRunId;
        const QList<Item> items = page.items;
        // The page's rows and the cursor after it: one transaction.
        QFuture<WriteStats> written = ctx.writer.transact([items, next, listingRun, now, last, full, writes](QSqlDatabase &db) {
            WriteStats s = writes->apply(db, items, listingRun, now);
            if (last && full)
                s.deleted += writes->retireUnseen(db, listingRun, now);
            SyncStateRepo::save(db, next);
            return s;
        });
        if (!last)
            prefetch.emplace(listing.fetch(full ? QString() : next.syncToken, next.pageToken));
        QCoro::Task<WriteStats> writing = awaitWrite(written, &prefetch);
        const WriteStats stats = co_await std::move(writing);
        Q_EMIT ctx.writer.changed(listing.what());
        countWrite(ctx.run, stats);
        done += stats.created + stats.updated + stats.deleted + stats.skipped;
        if (reportProgress)
            ctx.progress(done, page.total >= 0 ? page.total : done);
        st = next;
        if (ctx.run.mode != SyncMode::Full) // a run that listed anything in full is a full run
            ctx.run.mode = full ? SyncMode::Full : SyncMode::Partial;
        if (!last)
            continue;
        // A listing begun by an earlier run may be hours old: what changed since its first page
        // is waiting behind the new token. Fetch it now, so this run ends converged.
        if (listingRun != runId && !caughtUp) {
            caughtUp = true;
            startListing(false);
            qCInfo(lcGoogle) << scope << "resumed listing complete: catching up on changes made meanwhile";
            continue;
        }
        break;
    }
}

class ConnectionsListing final : public Listing<Contact>
{
public:
    ConnectionsListing(google::GoogleApi &api, QString account) : m_api(api), m_account(std::move(account)) {}
    QString scope() const override { return QString::fromLatin1(GoogleContactsSyncer::kConnectionsScope); }
    QString what() const override { return QStringLiteral("contacts"); }
    QCoro::Task<PageOf<Contact>> fetch(QString syncToken, QString pageToken) override
    {
        google::ConnectionsPage p = co_await m_api.connections(syncToken, pageToken);
        PageOf<Contact> out;
        out.items = std::move(p.people);
        out.nextPageToken = p.nextPageToken;
        out.nextSyncToken = p.nextSyncToken;
        out.total = p.totalItems;
        co_return out;
    }
    WriteStats apply(QSqlDatabase &db, const QList<Contact> &items, qint64 runId, const QDateTime &now) const override
    {
        return ContactsRepo::applyPage(db, m_account, items, runId, now);
    }
    int retireUnseen(QSqlDatabase &db, qint64 runId, const QDateTime &now) const override
    {
        return ContactsRepo::markUnseenDeleted(db, m_account, runId, now);
    }

private:
    google::GoogleApi &m_api;
    QString m_account;
};

class GroupsListing final : public Listing<ContactGroup>
{
public:
    GroupsListing(google::GoogleApi &api, QString account) : m_api(api), m_account(std::move(account)) {}
    QString scope() const override { return QString::fromLatin1(GoogleContactsSyncer::kGroupsScope); }
    QString what() const override { return QStringLiteral("contact groups"); }
    QCoro::Task<PageOf<ContactGroup>> fetch(QString syncToken, QString pageToken) override
    {
        google::GroupsPage p = co_await m_api.contactGroups(syncToken, pageToken);
        PageOf<ContactGroup> out;
        out.items = std::move(p.groups);
        out.nextPageToken = p.nextPageToken;
        out.nextSyncToken = p.nextSyncToken;
        co_return out;
    }
    WriteStats apply(QSqlDatabase &db, const QList<ContactGroup> &items, qint64 runId, const QDateTime &now) const override
    {
        return ContactsRepo::applyGroups(db, m_account, items, runId, now);
    }
    int retireUnseen(QSqlDatabase &db, qint64 runId, const QDateTime &now) const override
    {
        return ContactsRepo::markUnseenGroupsDeleted(db, m_account, runId, now);
    }

private:
    google::GoogleApi &m_api;
    QString m_account;
};

} // namespace

QCoro::Task<> GoogleContactsSyncer::sync(SyncContext &ctx, SyncMode mode)
{
    co_await syncConnections(ctx, mode);
    co_await syncGroups(ctx, mode);
}

QCoro::Task<> GoogleContactsSyncer::syncConnections(SyncContext &ctx, SyncMode mode)
{
    google::GoogleApi api(ctx.http, m_apiBase);
    ConnectionsListing listing(api, ctx.account);
    co_await runListing<Contact>(ctx, mode, listing, true);
}

QCoro::Task<> GoogleContactsSyncer::syncGroups(SyncContext &ctx, SyncMode mode)
{
    google::GoogleApi api(ctx.http, m_apiBase);
    GroupsListing listing(api, ctx.account);
    // Group changes are not contacts: they do not count in the run's contact totals.
    SyncRun scratch;
    scratch.id = ctx.run.id;
    SyncContext groupCtx{ctx.writer, ctx.http, ctx.cancel, ctx.clock, scratch, ctx.account, ctx.progress};
    co_await runListing<ContactGroup>(groupCtx, mode, listing, false);
    ctx.run.pages += scratch.pages;
    ctx.run.extra.insert(QStringLiteral("groups_changed"), scratch.created + scratch.updated + scratch.deleted);
}

} // namespace cairn
