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

// One listing kind of the People API (connections or contact groups): its scope, what the log
// calls its changes, how a page is fetched, how its items are written and how the unseen ones
// are retired (after a complete full listing), and whether its pages report progress.
template<typename Item>
struct PeopleKind
{
    const char *scope;
    const char *changes;
    QCoro::Task<PageOf<Item>> (*fetchPage)(google::GoogleApi &api, QString syncToken, QString pageToken);
    WriteStats (*apply)(QSqlDatabase &db, const QString &account, const QList<Item> &items, qint64 runId, const QDateTime &now);
    int (*retireUnseen)(QSqlDatabase &db, const QString &account, qint64 runId, const QDateTime &now);
    bool reportsProgress;
};

// A listing of one kind, for the listing engine: a full listing (requestSyncToken on every
// page) or one from the sync token; the token of its last page kept; what a complete full
// listing did not see retired. An expired sync token is answered with a full listing.
template<typename Item>
class PeopleListing final : public Listing<PageOf<Item>, NoFields>
{
public:
    using State = ScopeState<NoFields>;
    using Page = PageOf<Item>;

    PeopleListing(SyncContext *ctx, google::GoogleApi &api, const PeopleKind<Item> &kind) : m_ctx(ctx), m_api(api), m_kind(kind) {}
    QString scope() const { return QString::fromLatin1(m_kind.scope); }

    // What the listing `state` resumes or begins asks for.
    void setQuery(const State &state)
    {
        m_full = state.row.listingMode == SyncMode::Full;
        m_syncToken = state.row.syncToken;
    }
    // Whether the listing that ended was begun by an earlier run.
    bool begunEarlier() const { return m_begunEarlier; }

    QString service() const override { return QStringLiteral("Google People"); }
    QString changes() const override { return QString::fromLatin1(m_kind.changes); }
    QCoro::Task<Page> fetch(QString cursor) override
    {
        Page page = co_await m_kind.fetchPage(m_api, m_full ? QString() : m_syncToken, cursor);
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
            WriteStats s = self->m_kind.apply(db, self->m_ctx->account, items, listingRun, now);
            if (retire)
                s.deleted += self->m_kind.retireUnseen(db, self->m_ctx->account, listingRun, now);
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
        if (!m_kind.reportsProgress)
            return -1;
        return page.total >= 0 ? page.total : done;
    }

private:
    SyncContext *m_ctx;
    google::GoogleApi &m_api;
    const PeopleKind<Item> &m_kind;
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

QCoro::Task<PageOf<Contact>> connectionsPage(google::GoogleApi &api, QString syncToken, QString pageToken)
{
    google::ConnectionsPage p = co_await api.connections(syncToken, pageToken);
    co_return PageOf<Contact>{std::move(p.people), p.nextPageToken, p.nextSyncToken, p.totalItems};
}

QCoro::Task<PageOf<ContactGroup>> groupsPage(google::GoogleApi &api, QString syncToken, QString pageToken)
{
    google::GroupsPage p = co_await api.contactGroups(syncToken, pageToken);
    co_return PageOf<ContactGroup>{.items = std::move(p.groups), .nextPageToken = p.nextPageToken, .nextSyncToken = p.nextSyncToken};
}

const PeopleKind<Contact> kConnections{.scope = GoogleContactsSyncer::kConnectionsScope,
                                       .changes = "contacts",
                                       .fetchPage = &connectionsPage,
                                       .apply = &ContactsRepo::applyPage,
                                       .retireUnseen = &ContactsRepo::markUnseenDeleted,
                                       .reportsProgress = true};
const PeopleKind<ContactGroup> kGroups{.scope = GoogleContactsSyncer::kGroupsScope,
                                       .changes = "contact groups",
                                       .fetchPage = &groupsPage,
                                       .apply = &ContactsRepo::applyGroups,
                                       .retireUnseen = &ContactsRepo::markUnseenGroupsDeleted,
                                       .reportsProgress = false};

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
    PeopleListing<Contact> listing(&ctx, api, kConnections);
    co_await syncListing<Contact>(ctx, mode, &listing);
}

QCoro::Task<> GoogleContactsSyncer::syncGroups(SyncContext &ctx, SyncMode mode)
{
    google::GoogleApi api(ctx.http, m_apiBase);
    // Group changes are not contacts: they do not count in the run's contact totals.
    SyncRun scratch;
    scratch.id = ctx.run.id;
    SyncContext groupCtx{ctx.writer, ctx.http, ctx.cancel, ctx.clock, scratch, ctx.account, ctx.progress};
    PeopleListing<ContactGroup> listing(&groupCtx, api, kGroups);
    co_await syncListing<ContactGroup>(groupCtx, mode, &listing);
    ctx.run.pages += scratch.pages;
    ctx.run.extra.insert(QStringLiteral("groups_changed"), scratch.created + scratch.updated + scratch.deleted);
}

} // namespace cairn
