#include "GoogleContactsSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "ContactsRepo.h"
#include "Error.h"
#include "GoogleApi.h"
#include "StoreWriter.h"
#include <QCoroFuture>
#include "SyncStateRepo.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGoogle, "cairn.sync.google")

namespace cairn {

namespace {

const QString kSource = QStringLiteral("google");
const QString kFull = QStringLiteral("full");
const QString kPartial = QStringLiteral("partial");

// One listing kind of the People API (connections or contact groups): how to fetch a page,
// how to write its items, how to retire what a complete full listing did not see.
template<typename Item>
struct Listing
{
    QString scope;
    QString what; // "contacts", "contact groups": for the changed() signal and logs
    std::function<QCoro::Task<std::tuple<QList<Item>, QString, QString, int>>(const QString &syncToken, const QString &pageToken)> fetch;
    std::function<WriteStats(QSqlDatabase &, const QList<Item> &, qint64 runId, const QDateTime &now)> apply;
    std::function<int(QSqlDatabase &, qint64 runId, const QDateTime &now)> retireUnseen;
};

template<typename Item>
QCoro::Task<> runListing(SyncContext &ctx, SyncMode mode, Listing<Item> listing, bool reportProgress)
{
    const QString account = ctx.account;
    SyncState st = co_await ctx.writer.transact([account, scope = listing.scope](QSqlDatabase &db) {
        return SyncStateRepo::load(db, kSource, account, scope);
    });
    const auto startListing = [&](bool full) {
        st.pageToken.clear();
        st.listingMode = full ? kFull : kPartial;
        st.listingRunId = ctx.run.id;
    };
    const bool wantFull = mode == SyncMode::Full || st.syncToken.isEmpty();
    if (!st.listingInProgress() || (wantFull && st.listingMode == kPartial))
        startListing(wantFull);
    else
        qCInfo(lcGoogle) << "resuming" << listing.scope << st.listingMode << "listing of run" << st.listingRunId;

    bool fellBack = false;
    bool firstRequest = true;
    qint64 done = 0;
    for (;;) {
        ctx.cancel.throwIfCancelled();
        const bool full = st.listingMode == kFull;
        std::optional<Error> failure;
        std::tuple<QList<Item>, QString, QString, int> page;
        try {
            page = co_await listing.fetch(full ? QString() : st.syncToken, st.pageToken);
        } catch (const Error &e) {
            failure = e;
        }
        if (failure) {
            const bool expired = failure->kind == Error::Kind::Expired;
            // A stored page token the service no longer takes: restart this listing once.
            const bool staleResume = firstRequest && !st.pageToken.isEmpty() && failure->httpStatus == 400;
            if ((expired || staleResume) && !fellBack) {
                fellBack = true;
                qCWarning(lcGoogle) << listing.scope << (expired ? "sync token expired: full sync" : "stale page token: restarting listing");
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
        auto &[items, nextPageToken, nextSyncToken, total] = page;
        const bool last = nextPageToken.isEmpty();
        if (last && nextSyncToken.isEmpty())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::google", "Google People ended a listing without a sync token"));

        const QDateTime now = ctx.clock.now();
        SyncState next = st;
        next.pageToken = nextPageToken;
        if (last) {
            next.syncToken = nextSyncToken;
            next.listingRunId = 0;
            next.listingMode.clear();
            next.lastSyncAt = now;
            if (full)
                next.lastFullSyncAt = now;
            next.initialSyncCompleted = true;
        }
        const qint64 listingRun = st.listingRunId;
        const WriteStats stats = co_await ctx.writer.transact(
            [items = std::move(items), next, listingRun, now, last, full, &listing](QSqlDatabase &db) {
                WriteStats s = listing.apply(db, items, listingRun, now);
                if (last && full)
                    s.deleted += listing.retireUnseen(db, listingRun, now);
                SyncStateRepo::save(db, next);
                return s;
            });
        Q_EMIT ctx.writer.changed(listing.what);
        ++ctx.run.pages;
        ctx.run.created += stats.created;
        ctx.run.updated += stats.updated;
        ctx.run.deleted += stats.deleted;
        ctx.run.skipped += stats.skipped;
        done += stats.created + stats.updated + stats.deleted + stats.skipped;
        if (reportProgress)
            ctx.progress(done, total >= 0 ? total : done);
        st = next;
        if (ctx.run.mode.isEmpty() || full)
            ctx.run.mode = full ? kFull : kPartial;
        if (last)
            break;
    }
}

} // namespace

QCoro::Task<> GoogleContactsSyncer::sync(SyncContext &ctx, SyncMode mode)
{
    co_await syncConnections(ctx, mode);
    co_await syncGroups(ctx, mode);
}

QCoro::Task<> GoogleContactsSyncer::syncConnections(SyncContext &ctx, SyncMode mode)
{
    auto api = std::make_shared<google::GoogleApi>(ctx.http, m_apiBase);
    const QString account = ctx.account;
    Listing<Contact> listing{
        QString::fromLatin1(kConnectionsScope),
        QStringLiteral("contacts"),
        [api](const QString &syncToken, const QString &pageToken) -> QCoro::Task<std::tuple<QList<Contact>, QString, QString, int>> {
            google::ConnectionsPage p = co_await api->connections(syncToken, pageToken);
            co_return std::make_tuple(std::move(p.people), p.nextPageToken, p.nextSyncToken, p.totalItems);
        },
        [account](QSqlDatabase &db, const QList<Contact> &items, qint64 runId, const QDateTime &now) {
            return ContactsRepo::applyPage(db, account, items, runId, now);
        },
        [account](QSqlDatabase &db, qint64 runId, const QDateTime &now) {
            return ContactsRepo::markUnseenDeleted(db, account, runId, now);
        },
    };
    co_await runListing(ctx, mode, std::move(listing), true);
}

QCoro::Task<> GoogleContactsSyncer::syncGroups(SyncContext &ctx, SyncMode mode)
{
    auto api = std::make_shared<google::GoogleApi>(ctx.http, m_apiBase);
    const QString account = ctx.account;
    Listing<ContactGroup> listing{
        QString::fromLatin1(kGroupsScope),
        QStringLiteral("contact groups"),
        [api](const QString &syncToken, const QString &pageToken) -> QCoro::Task<std::tuple<QList<ContactGroup>, QString, QString, int>> {
            google::GroupsPage p = co_await api->contactGroups(syncToken, pageToken);
            co_return std::make_tuple(std::move(p.groups), p.nextPageToken, p.nextSyncToken, -1);
        },
        [account](QSqlDatabase &db, const QList<ContactGroup> &items, qint64 runId, const QDateTime &now) {
            return ContactsRepo::applyGroups(db, account, items, runId, now);
        },
        [account](QSqlDatabase &db, qint64 runId, const QDateTime &now) {
            return ContactsRepo::markUnseenGroupsDeleted(db, account, runId, now);
        },
    };
    // Group changes are not contacts: they do not count in the run's contact totals.
    SyncRun scratch;
    scratch.id = ctx.run.id;
    SyncContext groupCtx{ctx.writer, ctx.http, ctx.cancel, ctx.clock, scratch, ctx.account, ctx.progress};
    co_await runListing(groupCtx, mode, std::move(listing), false);
    ctx.run.pages += scratch.pages;
    ctx.run.extra.insert(QStringLiteral("groups_changed"), scratch.created + scratch.updated + scratch.deleted);
}

} // namespace cairn
