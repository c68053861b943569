#include "GoogleContactsSyncer.h"
#include "Clock.h"
#include "ContactsRepo.h"
#include "Error.h"
#include "GoogleApi.h"
#include "GoogleWrites.h"
#include "Listing.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGoogle, "cairn.sync.google")

namespace cairn {

namespace {

const QString kSource = QStringLiteral("google");

template<typename Item>
struct PageOf
{
    QList<Item> items;
    QString nextPageToken;
    QString nextSyncToken;
    int total = -1;
};

// One listing kind of the People API (connections or contact groups), for the listing
// engine: a full listing (requestSyncToken on every page) or one from the sync token; the
// token of its last page kept; what a complete full listing did not see retired. An expired
// sync token is answered with a full listing. The kinds say how to fetch a page, how to write
// its items and how to retire the unseen ones.
template<typename Item>
class PeopleListing : public Listing<PageOf<Item>, NoFields>
{
public:
    using State = ScopeState<NoFields>;
    using Page = PageOf<Item>;

    PeopleListing(SyncContext *ctx, bool reportsProgress) : m_ctx(ctx), m_reportsProgress(reportsProgress) {}
    virtual QString scope() const = 0;
    virtual QCoro::Task<Page> fetchPage(QString syncToken, QString pageToken) = 0;
    virtual WriteStats apply(QSqlDatabase &db, const QList<Item> &items, qint64 runId, const QDateTime &now) const = 0;
    virtual int retireUnseen(QSqlDatabase &db, qint64 runId, const QDateTime &now) const = 0;

    // What the listing `state` resumes or begins asks for.
    void setQuery(const State &state)
    {
        m_full = state.row.listingMode == SyncMode::Full;
        m_syncToken = state.row.syncToken;
    }
    // Whether the listing that ended was begun by an earlier run.
    bool begunEarlier() const { return m_begunEarlier; }

    QString service() const override { return QStringLiteral("Google People"); }
    QCoro::Task<Page> fetch(QString cursor) override
    {
        Page page = co_await fetchPage(m_full ? QString() : m_syncToken, cursor);
        co_return page;
    }
    QString cursorAfter(const Page &page) const override { return page.nextPageToken; }
    State after(const State &before, const Page &page, bool last) override
    {
        if (last && page.nextSyncToken.isEmpty())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::google", "Google People ended a listing without a sync token"));
        State next = before;
        if (last) {
            const QDateTime now = m_ctx->clock.now();
            next.row.syncToken = page.nextSyncToken;
            next.row.lastSyncAt = now;
            if (m_full)
                next.row.lastFullSyncAt = now;
            next.row.initialSyncCompleted = true;
        }
        return next;
    }
    std::function<WriteStats(QSqlDatabase &)> write(const Page &page, const State &, qint64 listingRun, bool last) const override
    {
        const QList<Item> items = page.items;
        const QDateTime now = m_ctx->clock.now();
        const bool retire = last && m_full;
        const PeopleListing *self = this;
        return [self, items, listingRun, now, retire](QSqlDatabase &db) {
            WriteStats s = self->apply(db, items, listingRun, now);
            if (retire)
                s.deleted += self->retireUnseen(db, listingRun, now);
            return s;
        };
    }
    void committed(const Page &, const State &) override
    {
        if (m_ctx->run.mode != SyncMode::Full) // a run that listed anything in full is a full run
            m_ctx->run.mode = m_full ? SyncMode::Full : SyncMode::Partial;
    }
    QCoro::Task<> finish(State, qint64 listingRun) override
    {
        m_begunEarlier = listingRun != m_ctx->run.id;
        co_return;
    }
    // An expired sync token is not a stale page token: it is answered by a full listing.
    bool staleCursor(const Error &e) const override { return e.httpStatus == 400 && e.kind != Error::Kind::Expired; }
    bool recover(const Error &e, const QString &cursor, State *state) override
    {
        // EXPIRED_SYNC_TOKEN, or any 400 to the first request that sent a token: the token is no
        // good any more, and a full listing is the way back (once).
        const bool expired = e.kind == Error::Kind::Expired || (cursor.isEmpty() && !m_full && e.httpStatus == 400);
        if (!expired || m_fellBack)
            return false;
        m_fellBack = true;
        qCWarning(lcGoogle) << scope() << "sync token expired: full sync";
        m_ctx->run.extra.insert(QStringLiteral("fallback"), QStringLiteral("expired sync token → full sync"));
        state->row.syncToken.clear();
        state->row.listingMode = SyncMode::Full;
        setQuery(*state);
        return true;
    }
    qint64 items(const Page &page) const override { return page.items.size(); }
    qint64 progressTotal(const Page &page, qint64 done) const override
    {
        if (!m_reportsProgress)
            return -1;
        return page.total >= 0 ? page.total : done;
    }

protected:
    SyncContext *m_ctx;

private:
    bool m_reportsProgress;
    bool m_full = false;
    QString m_syncToken;
    bool m_fellBack = false;
    bool m_begunEarlier = false;
};

// The listing of `listing`'s scope: the one in progress goes on (beginListing), else a full
// one when asked for or without a sync token, else one from the token.
template<typename Item>
QCoro::Task<> syncListing(SyncContext &ctx, SyncMode mode, PeopleListing<Item> *listing)
{
    ScopeState<NoFields> st = co_await loadScope<NoFields>(ctx, kSource, listing->scope());
    const bool wantFull = mode == SyncMode::Full || st.row.syncToken.isEmpty();
    beginListing(&st.row, wantFull ? SyncMode::Full : SyncMode::Partial, ctx.run.id);
    listing->setQuery(st);
    co_await runListing(ctx, listing, &st);
    if (!listing->begunEarlier())
        co_return;
    // A listing begun by an earlier run may be hours old: what changed since its first page
    // is waiting behind the new token. Fetch it now, so this run ends converged.
    qCInfo(lcGoogle) << listing->scope() << "resumed listing complete: catching up on changes made meanwhile";
    beginListing(&st.row, SyncMode::Partial, ctx.run.id);
    listing->setQuery(st);
    co_await runListing(ctx, listing, &st);
}

class ConnectionsListing final : public PeopleListing<Contact>
{
public:
    ConnectionsListing(SyncContext *ctx, google::GoogleApi &api) : PeopleListing(ctx, true), m_api(api) {}
    QString scope() const override { return QString::fromLatin1(GoogleContactsSyncer::kConnectionsScope); }
    QString changes() const override { return QStringLiteral("contacts"); }
    QCoro::Task<PageOf<Contact>> fetchPage(QString syncToken, QString pageToken) override
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
        return ContactsRepo::applyPage(db, m_ctx->account, items, runId, now);
    }
    int retireUnseen(QSqlDatabase &db, qint64 runId, const QDateTime &now) const override
    {
        return ContactsRepo::markUnseenDeleted(db, m_ctx->account, runId, now);
    }

private:
    google::GoogleApi &m_api;
};

class GroupsListing final : public PeopleListing<ContactGroup>
{
public:
    GroupsListing(SyncContext *ctx, google::GoogleApi &api) : PeopleListing(ctx, false), m_api(api) {}
    QString scope() const override { return QString::fromLatin1(GoogleContactsSyncer::kGroupsScope); }
    QString changes() const override { return QStringLiteral("contact groups"); }
    QCoro::Task<PageOf<ContactGroup>> fetchPage(QString syncToken, QString pageToken) override
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
        return ContactsRepo::applyGroups(db, m_ctx->account, items, runId, now);
    }
    int retireUnseen(QSqlDatabase &db, qint64 runId, const QDateTime &now) const override
    {
        return ContactsRepo::markUnseenGroupsDeleted(db, m_ctx->account, runId, now);
    }

private:
    google::GoogleApi &m_api;
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
    co_await google::rereadUnknown(ctx, api);
    ConnectionsListing listing(&ctx, api);
    co_await syncListing<Contact>(ctx, mode, &listing);
}

QCoro::Task<> GoogleContactsSyncer::syncGroups(SyncContext &ctx, SyncMode mode)
{
    google::GoogleApi api(ctx.http, m_apiBase);
    // Group changes are not contacts: they do not count in the run's contact totals.
    SyncRun scratch;
    scratch.id = ctx.run.id;
    SyncContext groupCtx{ctx.writer, ctx.http, ctx.cancel, ctx.clock, scratch, ctx.account, ctx.progress};
    GroupsListing listing(&groupCtx, api);
    co_await syncListing<ContactGroup>(groupCtx, mode, &listing);
    ctx.run.pages += scratch.pages;
    ctx.run.extra.insert(QStringLiteral("groups_changed"), scratch.created + scratch.updated + scratch.deleted);
}

} // namespace cairn
