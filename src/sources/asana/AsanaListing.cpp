// AsanaSyncer: task listings of one project (full crawl or modified_since), each page
// committed with the offset after it, and the project's Events token.
// (GCC 12: no structured bindings, no lambda coroutines, futures in named locals.)
#include "AsanaApi.h"
#include "AsanaRepo.h"
#include "AsanaSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "ServiceApi.h"
#include "StoreWriter.h"

#include <QCoroFuture>
#include <QJsonArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAsana)

namespace cairn {

namespace {
const QString kSource = QStringLiteral("asana");
const QLatin1String kStarted("listing_started");
const QLatin1String kSince("listing_since");
const QLatin1String kCrawlDue("crawl_due");
} // namespace

QCoro::Task<> AsanaSyncer::crawl(SyncContext &ctx, asana::AsanaApi *api, Plan plan)
{
    const QString gid = plan.listed.gid;
    SyncState st = m_states.value(gid);
    // A crawl begun before (its token taken, its listing not finished, perhaps not even its
    // first page) goes on with that token: what happened before it is what the crawl is for.
    const bool resuming = ((st.listingInProgress() && st.listingMode == SyncMode::Full) || st.data.value(kCrawlDue).toBool())
                          && !st.data.value(QLatin1String("events_sync")).toString().isEmpty();
    if (!resuming) {
        // The token comes before the listing, so that changes made while it runs arrive later.
        QString token = plan.freshToken;
        QDateTime tokenAt = m_serverNow;
        if (token.isEmpty()) {
            QCoro::Task<asana::EventsPage> asking = api->events(gid, QString());
            const asana::EventsPage first = co_await std::move(asking);
            token = first.sync;
            if (first.serverTime.isValid())
                tokenAt = first.serverTime;
        }
        st.data.insert(QStringLiteral("events_sync"), token);
        st.data.insert(QStringLiteral("events_sync_at"), tokenAt.toString(Qt::ISODate));
        st.data.insert(kCrawlDue, true); // until the listing is complete
        st.data.remove(QStringLiteral("pending"));
        m_states.insert(gid, st);
        QCoro::Task<> saving = saveSyncState(ctx, st);
        co_await std::move(saving);
    }
    const bool resumed = resumesListing(gid, true, ctx);
    QCoro::Task<QSet<QString>> listing = listTasks(ctx, api, plan.listed, true, QDateTime());
    const QSet<QString> seen = co_await std::move(listing);
    Q_UNUSED(seen);
    if (!resumed)
        co_return;
    QCoro::Task<bool> catching = catchUp(ctx, api, gid, {});
    if (!co_await std::move(catching)) {
        QCoro::Task<> again = crawl(ctx, api, plan); // with the fresh token: no listing to resume now
        co_await std::move(again);
    }
}

bool AsanaSyncer::resumesListing(const QString &gid, bool full, const SyncContext &ctx) const
{
    const SyncState st = m_states.value(gid);
    return st.listingInProgress() && st.listingMode == (full ? SyncMode::Full : SyncMode::Partial) && st.listingRunId != ctx.run.id;
}

QCoro::Task<bool> AsanaSyncer::catchUp(SyncContext &ctx, asana::AsanaApi *api, QString gid, QSet<QString> changed)
{
    // The pages listed by the earlier run are as they were then: the Events since its token
    // tell what changed on them (or left them) in between.
    QString freshToken;
    QCoro::Task<bool> reading = readEvents(ctx, api, gid, &changed, &freshToken);
    const bool read = co_await std::move(reading);
    SyncState st = m_states.value(gid);
    if (read) {
        QCoro::Task<> fetching = fetchSingles(ctx, api, changed);
        co_await std::move(fetching);
    } else {
        // Refused: what happened in between is unknown, so the project is crawled again.
        st.data.insert(QStringLiteral("events_sync"), freshToken);
        st.data.insert(QStringLiteral("events_sync_at"), m_serverNow.toString(Qt::ISODate));
        st.data.insert(kCrawlDue, true);
    }
    st.data.remove(QStringLiteral("pending"));
    m_states.insert(gid, st);
    QCoro::Task<> saving = saveSyncState(ctx, st);
    co_await std::move(saving);
    co_return read;
}

QCoro::Task<QSet<QString>> AsanaSyncer::listTasks(SyncContext &ctx, asana::AsanaApi *api, AsanaProject listed, bool full,
                                                  QDateTime since)
{
    const QString gid = listed.gid;
    SyncState st = m_states.value(gid);
    if (st.source.isEmpty()) {
        st.source = kSource;
        st.account = ctx.account;
        st.scope = projectScope(gid);
    }
    QDateTime started;
    if (st.listingInProgress() && st.listingMode == (full ? SyncMode::Full : SyncMode::Partial)) {
        started = QDateTime::fromString(st.data.value(kStarted).toString(), Qt::ISODate);
        if (!full)
            since = QDateTime::fromString(st.data.value(kSince).toString(), Qt::ISODateWithMs);
        qCInfo(lcAsana) << "resuming" << modeName(st.listingMode) << "listing of project" << gid << "from run" << st.listingRunId;
    } else {
        st.pageToken.clear();
        st.listingRunId = ctx.run.id;
        st.listingMode = full ? SyncMode::Full : SyncMode::Partial;
    }
    QSet<QString> seen;
    bool first = true;
    bool restarted = false;
    PageLoopGuard loop(QStringLiteral("Asana"));
    const QString account = ctx.account;
    PageWrite write; // the page before, written while this one is fetched
    for (;;) {
        ctx.cancel.throwIfCancelled();
        std::optional<Error> failure;
        asana::TasksPage page;
        try {
            QCoro::Task<asana::TasksPage> fetching = api->tasks(gid, full ? QDateTime() : since, st.pageToken);
            page = co_await std::move(fetching);
        } catch (const Error &e) {
            failure = e;
        }
        if (failure) {
            // An offset the service no longer takes (they expire): restart this listing once.
            if (first && !st.pageToken.isEmpty() && failure->httpStatus == 400 && !restarted) {
                restarted = true;
                qCWarning(lcAsana) << "stale offset for project" << gid << ": restarting its listing";
                st.pageToken.clear();
                st.listingRunId = ctx.run.id;
                started = QDateTime();
                loop.reset();
                continue;
            }
        }
        if (!failure)
            failure = loop.check(page.nextOffset);
        if (failure) {
            QCoro::Task<> settling = write.settle(ctx, kSource); // the page before stays, and counts
            co_await std::move(settling);
            throw *failure;
        }
        first = false;
        if (!started.isValid())
            started = (page.serverTime.isValid() ? page.serverTime : m_serverNow).addSecs(-1);
        const bool last = page.nextOffset.isEmpty();
        SyncState next = st;
        next.pageToken = page.nextOffset;
        next.data.insert(kStarted, started.toString(Qt::ISODate));
        if (!full)
            next.data.insert(kSince, since.toUTC().toString(Qt::ISODateWithMs));
        if (last) {
            next.listingRunId = 0;
            next.listingMode = SyncMode::Auto;
            next.data.remove(kStarted);
            next.data.remove(kSince);
            next.data.remove(QStringLiteral("pending"));
            if (full)
                next.data.remove(kCrawlDue);
        }
        for (const AsanaTask &t : std::as_const(page.tasks))
            seen.insert(t.gid);
        const QList<AsanaTask> tasks = page.tasks;
        const qint64 listingRun = st.listingRunId;
        const QDateTime now = ctx.clock.now();
        QCoro::Task<> settling = write.settle(ctx, kSource);
        co_await std::move(settling);
        // The page's rows and the offset after it: one transaction.
        QFuture<WriteStats> writing = ctx.writer.transact([account, gid, tasks, listingRun, now, last, full, listed, started,
                                                           next](QSqlDatabase &db) {
            WriteStats s = AsanaRepo::applyTasks(db, account, tasks, gid, listingRun, now);
            if (last) {
                if (full) {
                    s.deleted += AsanaRepo::retireUnseen(db, account, gid, listingRun, now);
                    AsanaRepo::applyProjects(db, account, {listed}, listingRun, now);
                }
                AsanaRepo::setTasksRefreshed(db, account, gid, started);
            }
            SyncStateRepo::save(db, next);
            return s;
        });
        SyncRun *run = &ctx.run;
        const int rows = int(tasks.size());
        write.start(writing, [this, run, gid, next, rows] {
            run->extra.insert(QStringLiteral("task_rows_fetched"), run->extra.value(QLatin1String("task_rows_fetched")).toInt() + rows);
            m_states.insert(gid, next); // the state it committed
        });
        st = next;
        if (last)
            break;
    }
    QCoro::Task<> settling = write.settle(ctx, kSource);
    co_await std::move(settling);
    co_return seen;
}

} // namespace cairn
