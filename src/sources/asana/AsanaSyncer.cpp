// AsanaSyncer: the run (mode, projects listing, per-project decisions, Events, search).
#include "AsanaSyncer.h"
#include "AsanaApi.h"
#include "AsanaRepo.h"
#include "Cancellation.h"
#include "Clock.h"
#include "ServiceApi.h"
#include "StoreWriter.h"

#include <QCoroFuture>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAsana, "cairn.sync.asana")

namespace cairn {

namespace {
const QString kSource = QStringLiteral("asana");
constexpr int kSearchLimit = 100;
constexpr qint64 kSearchOverlapSecs = 60; // the search index lags writes by up to a minute

struct Loaded
{
    SyncState meta;
    QHash<QString, AsanaProject> cached;
    QHash<QString, SyncState> states; // by project gid
};

} // namespace

QCoro::Task<> AsanaSyncer::sync(SyncContext &ctx, SyncMode mode)
{
    for (const char *k : {"projects_full", "projects_partial", "projects_skipped"})
        ctx.run.extra.insert(QLatin1String(k), 0);
    co_await run(ctx, mode);
    ctx.run.extra.insert(QStringLiteral("events"), m_events);
}

QCoro::Task<> AsanaSyncer::run(SyncContext &ctx, SyncMode mode)
{
    const QString account = ctx.account;
    QFuture<Loaded> loading = ctx.writer.transact([account](QSqlDatabase &db) {
        Loaded l;
        l.meta = SyncStateRepo::load(db, kSource, account, asana::metaScope());
        l.cached = AsanaRepo::projectsByGid(db, account);
        for (const SyncState &s : SyncStateRepo::all(db)) {
            const QString gid = asana::projectOfScope(s.scope);
            if (s.source == kSource && s.account == account && !gid.isEmpty())
                l.states.insert(gid, s);
        }
        return l;
    });
    Loaded loaded = co_await loading;
    m_cached = loaded.cached;
    m_states.clear();
    for (auto it = loaded.states.cbegin(); it != loaded.states.cend(); ++it)
        m_states.insert(it.key(), ProjectState::of(it.value()));
    MetaState meta = MetaState::of(loaded.meta);

    asana::AsanaApi api(ctx.http, m_cfg.apiBase, meta.fields.me);
    m_workspace = m_cfg.workspace.isEmpty() ? meta.fields.workspace : m_cfg.workspace;
    if (m_workspace.isEmpty()) {
        m_workspace = co_await api.firstWorkspace();
    }
    if (meta.fields.me.isEmpty()) {
        const QString me = co_await api.meGid();
        meta.fields.me = me;
        api.setMe(me);
    }
    if (meta.fields.workspace != m_workspace) {
        meta.fields.workspace = m_workspace;
        meta.fields.search = asana::MetaFields::Search::Unknown;
    }
    // The workspace's projects, or a portfolio's: a change of scope makes the next run full,
    // so that the projects which left it leave the cache.
    const QString scope = m_cfg.portfolio.isEmpty() ? QStringLiteral("workspace") : QStringLiteral("portfolio:") + m_cfg.portfolio;
    const bool scopeChanged = !meta.fields.listedFrom.isEmpty() && meta.fields.listedFrom != scope;

    bool full = mode == SyncMode::Full || scopeChanged;
    if (mode == SyncMode::Auto) {
        // Kept in the "meta" scope: only a complete full run of this syncer sets it.
        const QDateTime last = meta.row.lastFullSyncAt;
        full = full || !last.isValid() || last.addDays(m_cfg.fullEveryDays) <= ctx.clock.now();
    }
    if (m_cfg.projectsOnly) {
        full = false; // the project list only: no task, no event, no search call
        ctx.run.scope = QStringLiteral("projects");
    }
    ctx.run.mode = full ? SyncMode::Full : SyncMode::Partial;
    if (!m_cfg.projectsOnly || meta.fields.listedFrom.isEmpty())
        meta.fields.listedFrom = scope;
    if (full) {
        // Learn once per full sync whether this workspace has the (premium) task search.
        const asana::SearchResult probe = co_await api.search(m_workspace, {}, QDateTime(), 1);
        meta.fields.search = probe.refused ? asana::MetaFields::Search::Off : asana::MetaFields::Search::On;
    }
    co_await saveScope(ctx, meta);
    bool searchOn = meta.fields.search == asana::MetaFields::Search::On;

    // Every project of the workspace (or of the portfolio) that is not archived (completed
    // ones included).
    QList<AsanaProject> listed;
    QString offset;
    m_serverNow = QDateTime();
    PageLoopGuard loop(QStringLiteral("Asana"));
    do {
        ctx.cancel.throwIfCancelled();
        const asana::ProjectsPage page = co_await (m_cfg.portfolio.isEmpty() ? api.projects(m_workspace, offset)
                                                                                : api.portfolioProjects(m_cfg.portfolio, offset));
        if (!m_serverNow.isValid())
            m_serverNow = page.serverTime;
        listed += page.projects;
        offset = page.nextOffset;
        loop.see(offset);
    } while (!offset.isEmpty());
    if (!m_serverNow.isValid())
        m_serverNow = ctx.clock.now();

    // Cached projects the listing no longer has: archived (still readable) or gone (404) — or,
    // with a portfolio, taken out of it: out of scope, they leave the cache as gone ones do.
    QSet<QString> listedGids;
    for (const AsanaProject &p : std::as_const(listed))
        listedGids.insert(p.gid);
    QList<AsanaProject> rewrite;
    QStringList gone;
    for (const AsanaProject &c : std::as_const(m_cached)) {
        if (c.deleted || listedGids.contains(c.gid) || (c.archived && !scopeChanged))
            continue;
        const std::optional<AsanaProject> now = co_await api.project(c.gid);
        if (now && (now->archived || m_cfg.portfolio.isEmpty()))
            rewrite << *now;
        else
            gone << c.gid;
    }

    QList<Plan> crawls, refresh, searched;
    for (const AsanaProject &p : std::as_const(listed)) {
        if (!m_states.contains(p.gid)) {
            ProjectState s;
            s.row.source = kSource;
            s.row.account = account;
            s.row.scope = asana::projectScope(p.gid);
            m_states.insert(p.gid, s);
        }
        if (!p.active() || m_cfg.projectsOnly) {
            rewrite << p; // completed: marked, not crawled (or only the list was asked for)
            continue;
        }
        Plan plan;
        plan.listed = p;
        plan.action = Action::Full;
        if (!full) {
            co_await planPartial(ctx, &api, &plan, searchOn);
        }
        switch (plan.action) {
        case Action::Full: crawls << plan; break;
        case Action::Refresh: refresh << plan; rewrite << p; break;
        case Action::Search: searched << plan; rewrite << p; break;
        case Action::Skip: bump(ctx.run, "projects_skipped"); rewrite << p; break;
        }
    }
    const QDateTime now = ctx.clock.now();
    const qint64 runId = ctx.run.id;
    QFuture<void> writing = ctx.writer.transact([account, rewrite, gone, runId, now](QSqlDatabase &db) {
        AsanaRepo::applyProjects(db, account, rewrite, runId, now);
        for (const QString &gid : gone)
            AsanaRepo::markProjectDeleted(db, account, gid, now);
    });
    co_await writing;

    co_await runCrawls(ctx, &api, crawls);

    if (!searched.isEmpty() || (searchOn && !refresh.isEmpty())) {
        const bool answered = co_await searchChanged(ctx, &api, refresh + searched);
        if (answered) {
            bump(ctx.run, "projects_partial", int(refresh.size()));
            bump(ctx.run, "projects_skipped", int(searched.size()));
            co_return;
        }
        // Refused: remember it until the next full sync, then decide those projects again.
        meta.fields.search = asana::MetaFields::Search::Off;
        co_await saveScope(ctx, meta);
        ctx.run.extra.insert(QStringLiteral("search"), QStringLiteral("refused"));
        for (Plan plan : std::as_const(searched)) {
            co_await planPartial(ctx, &api, &plan, false);
            if (plan.action == Action::Full) {
                co_await runCrawls(ctx, &api, {plan});
            } else if (plan.action == Action::Refresh) {
                refresh << plan;
            } else {
                bump(ctx.run, "projects_skipped");
            }
        }
    }
    QSet<QString> missing;
    for (const Plan &plan : std::as_const(refresh)) {
        const AsanaProject cached = m_cached.value(plan.listed.gid);
        const bool resumed = resumesListing(plan.listed.gid, false, ctx);
        const QSet<QString> pending = m_states.value(plan.listed.gid).fields.pending; // the listing's end clears them
        const QSet<QString> seen = co_await listTasks(ctx, &api, plan.listed, false, cached.tasksRefreshedAt);
        missing += plan.changed - seen;
        bump(ctx.run, "projects_partial");
        if (!resumed)
            continue;
        if (!co_await catchUp(ctx, &api, plan.listed.gid, pending)) {
            co_await runCrawls(ctx, &api, {plan});
        }
    }
    co_await fetchSingles(ctx, &api, missing);
    if (full) {
        meta.row.lastFullSyncAt = ctx.clock.now();
        co_await saveScope(ctx, meta);
    }
}

QCoro::Task<> AsanaSyncer::planPartial(SyncContext &ctx, asana::AsanaApi *api, Plan *plan, bool searchOn)
{
    const QString gid = plan->listed.gid;
    const AsanaProject cached = m_cached.value(gid);
    const ProjectState st = m_states.value(gid);
    plan->action = Action::Full;
    if (st.row.listingInProgress()) {
        plan->action = st.row.listingMode == SyncMode::Full ? Action::Full : Action::Refresh;
        co_return;
    }
    if (st.fields.crawlDue)
        co_return; // a crawl that failed before its first page: its token is not a catch-up yet
    if (cached.gid.isEmpty() || !cached.active() || plan->listed.modifiedAt > cached.modifiedAt)
        co_return; // new, back from archive, or changed itself: full
    const bool stale = !cached.tasksRefreshedAt.isValid()
                       || cached.tasksRefreshedAt.addSecs(qint64(m_cfg.staleHours) * 3600) <= m_serverNow;
    QSet<QString> changed = st.fields.pending;
    if (searchOn && !stale && changed.isEmpty()) {
        plan->action = Action::Search; // the one search call covers it; its stream waits until stale
        co_return;
    }
    const QString token = st.fields.eventsToken;
    const QDateTime tokenAt = st.fields.eventsTokenAt;
    if (token.isEmpty() || !tokenAt.isValid() || tokenAt.addSecs(kTokenLifetimeSecs) <= m_serverNow) {
        qCInfo(lcAsana) << "events token of project" << gid << "is missing or older than 24 h: re-crawl";
        co_return;
    }
    if (!co_await readEvents(ctx, api, gid, &changed, &plan->freshToken))
        co_return; // refused (412): re-crawl, keeping the fresh token
    plan->changed = changed;
    plan->action = stale || !changed.isEmpty() ? Action::Refresh : Action::Skip;
}

QCoro::Task<bool> AsanaSyncer::readEvents(SyncContext &ctx, asana::AsanaApi *api, QString gid, QSet<QString> *changed,
                                          QString *freshToken)
{
    ProjectState st = m_states.value(gid);
    QString token = st.fields.eventsToken;
    PageLoopGuard loop(QStringLiteral("Asana"));
    loop.see(token);
    for (;;) {
        ctx.cancel.throwIfCancelled();
        const asana::EventsPage page = co_await api->events(gid, token);
        if (page.tokenRejected) {
            qCInfo(lcAsana) << "events token of project" << gid << "refused (412): re-crawl";
            *freshToken = page.sync;
            co_return false;
        }
        QStringList deleted;
        QStringList removed;
        for (const asana::Event &e : page.events) {
            ++m_events;
            if (e.resourceType == QLatin1String("story") && !e.parentGid.isEmpty()) {
                // A comment added or removed moves its task's modified_at (Asana's TaskBase): the
                // task is read again.
                changed->insert(e.parentGid);
                continue;
            }
            if (e.resourceType != QLatin1String("task"))
                continue;
            if (e.action == QLatin1String("deleted")) {
                deleted << e.resourceGid;
                changed->remove(e.resourceGid);
            } else if (e.action == QLatin1String("removed") && e.parentGid == gid) {
                removed << e.resourceGid;
                changed->insert(e.resourceGid); // refetched: it may live on elsewhere
            } else if (e.action != QLatin1String("removed")) {
                changed->insert(e.resourceGid); // changed, added, undeleted
                deleted.removeAll(e.resourceGid);
            }
        }
        st.fields.eventsToken = page.sync;
        st.fields.eventsTokenAt = page.serverTime.isValid() ? page.serverTime : m_serverNow;
        st.fields.pending = *changed;
        const QString account = ctx.account;
        const QDateTime now = ctx.clock.now();
        const SyncState next = st.stored();
        // The events' tombstones and the token after them (with what is still to fetch): one transaction.
        QFuture<int> applying = ctx.writer.transact([account, gid, deleted, removed, next, now](QSqlDatabase &db) {
            int n = 0;
            for (const QString &t : deleted)
                n += AsanaRepo::markTaskDeleted(db, account, t, now);
            for (const QString &t : removed)
                n += AsanaRepo::removeFromProject(db, account, t, gid, now);
            SyncStateRepo::save(db, next);
            return n;
        });
        ctx.run.deleted += co_await applying;
        m_states.insert(gid, st);
        token = page.sync;
        if (!page.hasMore)
            co_return true;
        loop.see(token);
    }
}

QCoro::Task<> AsanaSyncer::runCrawls(SyncContext &ctx, asana::AsanaApi *api, QList<Plan> crawls)
{
    for (qsizetype i = 0; i < crawls.size(); i += m_cfg.concurrency) {
        std::vector<QCoro::Task<std::optional<Error>>> running;
        for (qsizetype j = i; j < std::min<qsizetype>(i + m_cfg.concurrency, crawls.size()); ++j) {
            QCoro::Task<std::optional<Error>> started = crawlGuarded(ctx, api, crawls[j]);
            running.push_back(std::move(started));
        }
        std::optional<Error> failure;
        for (auto &task : running) {
            std::optional<Error> e = co_await std::move(task);
            if (e && !failure)
                failure = e;
        }
        if (failure)
            throw *failure;
        bump(ctx.run, "projects_full", int(running.size()));
        ctx.progress(i + qint64(running.size()), crawls.size());
    }
}

QCoro::Task<std::optional<Error>> AsanaSyncer::crawlGuarded(SyncContext &ctx, asana::AsanaApi *api, Plan plan)
{
    std::optional<Error> failure;
    try {
        co_await crawl(ctx, api, plan);
    } catch (const Error &e) {
        failure = e;
    } catch (const std::exception &e) {
        failure = Error(Error::Kind::BadResponse, QString::fromLocal8Bit(e.what()));
    }
    co_return failure;
}

QCoro::Task<bool> AsanaSyncer::searchChanged(SyncContext &ctx, asana::AsanaApi *api, QList<Plan> plans)
{
    QStringList gids;
    QDateTime after;
    QSet<QString> wanted;
    for (const Plan &p : std::as_const(plans)) {
        gids << p.listed.gid;
        wanted += p.changed;
        const QDateTime at = m_cached.value(p.listed.gid).tasksRefreshedAt;
        if (!after.isValid() || at < after)
            after = at;
    }
    after = after.addSecs(-kSearchOverlapSecs);
    QDateTime started;
    const QString account = ctx.account;
    // Search has no paging: sort by modified_at and move the lower bound (specs: "paginate manually").
    for (int round = 0;; ++round) {
        ctx.cancel.throwIfCancelled();
        const asana::SearchResult r = co_await api->search(m_workspace, gids, after, kSearchLimit);
        if (r.refused)
            co_return false;
        if (!started.isValid())
            started = (r.serverTime.isValid() ? r.serverTime : m_serverNow).addSecs(-kSearchOverlapSecs);
        const bool last = r.tasks.size() < kSearchLimit;
        const QDateTime nextAfter = r.tasks.isEmpty() ? after : r.tasks.last().modifiedAt.addMSecs(-1);
        if (!last && (nextAfter <= after || round > 200))
            co_return false; // a block of equal timestamps wider than a page: let listings do it
        for (const AsanaTask &t : r.tasks)
            wanted.remove(t.gid);
        const QList<AsanaTask> tasks = r.tasks;
        const QDateTime now = ctx.clock.now();
        const qint64 runId = ctx.run.id;
        QFuture<WriteStats> written = ctx.writer.transact([account, tasks, gids, started, last, runId, now](QSqlDatabase &db) {
            WriteStats s = AsanaRepo::applyTasks(db, account, tasks, QString(), runId, now);
            if (last)
                for (const QString &g : gids)
                    AsanaRepo::setTasksRefreshed(db, account, g, started);
            return s;
        });
        const WriteStats stats = co_await written;
        countWrite(ctx.run, stats);
        bump(ctx.run, "task_rows_fetched", int(tasks.size()));
        if (last)
            break;
        after = nextAfter;
    }
    ctx.run.extra.insert(QStringLiteral("search"), QStringLiteral("used"));
    co_await fetchSingles(ctx, api, wanted); // events the index has not caught up with
    // The streams' pending lists are done with.
    for (const Plan &p : std::as_const(plans)) {
        ProjectState st = m_states.value(p.listed.gid);
        if (st.fields.pending.isEmpty())
            continue;
        st.fields.pending.clear();
        m_states.insert(p.listed.gid, st);
        co_await saveScope(ctx, st);
    }
    co_return true;
}

QCoro::Task<> AsanaSyncer::fetchSingles(SyncContext &ctx, asana::AsanaApi *api, QSet<QString> gids)
{
    const QString account = ctx.account;
    for (const QString &gid : std::as_const(gids)) {
        ctx.cancel.throwIfCancelled();
        const std::optional<AsanaTask> task = co_await api->task(gid);
        const QDateTime now = ctx.clock.now();
        const qint64 runId = ctx.run.id;
        QFuture<WriteStats> written = ctx.writer.transact([account, gid, task, runId, now](QSqlDatabase &db) {
            WriteStats s;
            if (task)
                s = AsanaRepo::applyTasks(db, account, {*task}, QString(), runId, now);
            else
                s.deleted = AsanaRepo::markTaskDeleted(db, account, gid, now);
            return s;
        });
        const WriteStats stats = co_await written;
        countWrite(ctx.run, stats, false);
    }
}

} // namespace cairn
