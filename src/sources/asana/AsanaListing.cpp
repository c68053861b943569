// AsanaSyncer: task listings of one project (full crawl or modified_since) through the listing
// engine, each page committed with the offset after it, and the project's Events token.
#include "AsanaApi.h"
#include "AsanaRepo.h"
#include "AsanaSyncer.h"
#include "Clock.h"
#include "Listing.h"
#include "StoreWriter.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAsana)

namespace cairn {

namespace {
const QString kSource = QStringLiteral("asana");
} // namespace

// A project's tasks, for the listing engine: all of them (a crawl) or those modified since
// the project's watermark; the watermark the listing sets when complete is the service's
// time of its first page.
class AsanaSyncer::TaskListing final : public Listing<asana::TasksPage, asana::ProjectFields>
{
public:
    TaskListing(AsanaSyncer *syncer, SyncContext *ctx, asana::AsanaApi *api, AsanaProject listed, bool full, QDateTime since)
        : m_syncer(syncer), m_ctx(ctx), m_api(api), m_listed(std::move(listed)), m_full(full), m_since(std::move(since))
    {
    }
    // The tasks the listing's pages had.
    QSet<QString> seen() const { return m_seen; }

    QString service() const override { return QStringLiteral("Asana"); }
    QString changes() const override { return kSource; }
    QCoro::Task<asana::TasksPage> fetch(QString cursor) override
    {
        asana::TasksPage page = co_await m_api->tasks(m_listed.gid, m_full ? QDateTime() : m_since, cursor);
        co_return page;
    }
    QString cursorAfter(const asana::TasksPage &page) const override { return page.nextOffset; }
    State after(const State &before, const asana::TasksPage &page, bool last) override
    {
        State next = before;
        asana::ProjectFields &f = next.fields;
        if (!f.nextWatermark.isValid())
            f.nextWatermark = (page.serverTime.isValid() ? page.serverTime : m_syncer->m_serverNow).addSecs(-1);
        m_started = f.nextWatermark;
        if (!m_full)
            f.listingSince = m_since;
        if (last) {
            f.nextWatermark = QDateTime();
            f.listingSince = QDateTime();
            f.pending.clear();
            if (m_full)
                f.crawlDue = false;
        }
        for (const AsanaTask &t : page.tasks)
            m_seen.insert(t.gid);
        return next;
    }
    std::function<WriteStats(QSqlDatabase &)> write(const asana::TasksPage &page, const State &, qint64 listingRun,
                                                    bool last) const override
    {
        const QString account = m_ctx->account;
        const QString gid = m_listed.gid;
        const QList<AsanaTask> tasks = page.tasks;
        const QDateTime now = m_ctx->clock.now();
        const bool full = m_full;
        const AsanaProject listed = m_listed;
        const QDateTime started = m_started;
        return [account, gid, tasks, listingRun, now, last, full, listed, started](QSqlDatabase &db) {
            WriteStats s = AsanaRepo::applyTasks(db, account, tasks, gid, listingRun, now);
            if (last) {
                if (full) {
                    s.deleted += AsanaRepo::retireUnseen(db, account, gid, listingRun, now);
                    AsanaRepo::applyProjects(db, account, {listed}, listingRun, now);
                }
                AsanaRepo::setTasksRefreshed(db, account, gid, started);
            }
            return s;
        };
    }
    void committed(const asana::TasksPage &page, const State &next) override
    {
        SyncRun &run = m_ctx->run;
        run.extra.insert(QStringLiteral("task_rows_fetched"), run.extra.value(QLatin1String("task_rows_fetched")).toInt() + int(page.tasks.size()));
        m_syncer->m_states.insert(m_listed.gid, next); // the state it committed
    }
    void restart(State *state) override { state->fields.nextWatermark = QDateTime(); }
    qint64 items(const asana::TasksPage &page) const override { return page.tasks.size(); }

private:
    AsanaSyncer *m_syncer;
    SyncContext *m_ctx;
    asana::AsanaApi *m_api;
    AsanaProject m_listed;
    bool m_full;
    QDateTime m_since;
    QDateTime m_started;
    QSet<QString> m_seen;
};

QCoro::Task<> AsanaSyncer::crawl(SyncContext &ctx, asana::AsanaApi *api, Plan plan)
{
    const QString gid = plan.listed.gid;
    ProjectState st = m_states.value(gid);
    // A crawl begun before (its token taken, its listing not finished, perhaps not even its
    // first page) goes on with that token: what happened before it is what the crawl is for.
    const bool resuming = ((st.row.listingInProgress() && st.row.listingMode == SyncMode::Full) || st.fields.crawlDue)
                          && !st.fields.eventsToken.isEmpty();
    if (!resuming) {
        // The token comes before the listing, so that changes made while it runs arrive later.
        QString token = plan.freshToken;
        QDateTime tokenAt = m_serverNow;
        if (token.isEmpty()) {
            const asana::EventsPage first = co_await api->events(gid, QString());
            token = first.sync;
            if (first.serverTime.isValid())
                tokenAt = first.serverTime;
        }
        st.fields.eventsToken = token;
        st.fields.eventsTokenAt = tokenAt;
        st.fields.crawlDue = true; // until the listing is complete
        st.fields.pending.clear();
        m_states.insert(gid, st);
        co_await saveScope(ctx, st);
    }
    const bool resumed = resumesListing(gid, true, ctx);
    const QSet<QString> seen = co_await listTasks(ctx, api, plan.listed, true, QDateTime());
    Q_UNUSED(seen);
    if (!resumed)
        co_return;
    if (!co_await catchUp(ctx, api, gid, {})) {
        co_await crawl(ctx, api, plan); // with the fresh token: no listing to resume now
    }
}

bool AsanaSyncer::resumesListing(const QString &gid, bool full, const SyncContext &ctx) const
{
    const SyncState st = m_states.value(gid).row;
    return st.listingInProgress() && st.listingMode == (full ? SyncMode::Full : SyncMode::Partial) && st.listingRunId != ctx.run.id;
}

QCoro::Task<bool> AsanaSyncer::catchUp(SyncContext &ctx, asana::AsanaApi *api, QString gid, QSet<QString> changed)
{
    // The pages listed by the earlier run are as they were then: the Events since its token
    // tell what changed on them (or left them) in between.
    QString freshToken;
    const bool read = co_await readEvents(ctx, api, gid, &changed, &freshToken);
    ProjectState st = m_states.value(gid);
    if (read) {
        co_await fetchSingles(ctx, api, changed);
    } else {
        // Refused: what happened in between is unknown, so the project is crawled again.
        st.fields.eventsToken = freshToken;
        st.fields.eventsTokenAt = m_serverNow;
        st.fields.crawlDue = true;
    }
    st.fields.pending.clear();
    m_states.insert(gid, st);
    co_await saveScope(ctx, st);
    co_return read;
}

QCoro::Task<QSet<QString>> AsanaSyncer::listTasks(SyncContext &ctx, asana::AsanaApi *api, AsanaProject listed, bool full,
                                                  QDateTime since)
{
    const QString gid = listed.gid;
    ProjectState st = m_states.value(gid);
    if (st.row.source.isEmpty()) {
        st.row.source = kSource;
        st.row.account = ctx.account;
        st.row.scope = asana::projectScope(gid);
    }
    if (beginListing(&st.row, full ? SyncMode::Full : SyncMode::Partial, ctx.run.id)) {
        full = st.row.listingMode == SyncMode::Full;
        if (!full)
            since = st.fields.listingSince;
    } else {
        st.fields.nextWatermark = QDateTime();
        st.fields.listingSince = QDateTime();
    }
    TaskListing listing(this, &ctx, api, listed, full, since);
    co_await runListing(ctx, &listing, &st);
    co_return listing.seen();
}

} // namespace cairn
