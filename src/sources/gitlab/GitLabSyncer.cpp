// GitLabSyncer: projects one after another, each through the listing engine.
#include "GitLabSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "GitLabApi.h"
#include "GitLabRepo.h"
#include "Listing.h"
#include "ServiceApi.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcGitLab, "cairn.sync.gitlab")

namespace cairn {

namespace {
const QString kSource = QStringLiteral("gitlab");

// The watermark a complete listing sets; the listing's own fields go.
void completeListing(gitlab::ProjectFields *f)
{
    if (f->nextWatermark.isValid() && (!f->watermark.isValid() || f->nextWatermark > f->watermark))
        f->watermark = f->nextWatermark;
    f->nextWatermark = QDateTime();
    f->confirmRun = 0;
}

// A page of merge requests as the listing engine handles it: the query it answers and its items.
struct MergeRequestsPage
{
    gitlab::Cursor cursor;
    gitlab::MergeRequestsPage got;
};
} // namespace

QCoro::Task<QString> GitLabSyncer::whoAmI(HttpClient &http)
{
    gitlab::GitLabApi api(http, m_cfg.apiBase);
    const QString name = co_await api.username();
    co_return name;
}

QCoro::Task<> GitLabSyncer::sync(SyncContext &ctx, SyncMode mode)
{
    for (const char *k : {"projects_ok", "projects_failed", "projects_gone", "approvals_fetched"})
        ctx.run.extra.insert(QLatin1String(k), 0);
    QStringList projects;
    for (const QString &p : std::as_const(m_cfg.projects))
        if (!p.trimmed().isEmpty() && !projects.contains(p.trimmed()))
            projects << p.trimmed();
    if (projects.isEmpty())
        throw Error(Error::Kind::Config,
                    QCoreApplication::translate("cairn::gitlab", "no GitLab projects to sync: cairn config set gitlab.projects \"group/project …\""));
    ctx.http.setRateLimitReader(&gitlab::GitLabApi::rateLimit);
    gitlab::GitLabApi api(ctx.http, m_cfg.apiBase);
    m_anyFull = false;
    const ScopeFailures failed = co_await syncScopes(ctx, projects, "projects_ok", "projects_failed", [&](QString project) {
        return syncProjectGuarded(ctx, &api, project, mode);
    });
    ctx.run.mode = m_anyFull ? SyncMode::Full : SyncMode::Partial;
    if (failed.first) {
        Error e = *failed.first;
        e.message = projects.size() == 1 ? failed.first->message
                                         : QCoreApplication::translate("cairn::gitlab", "%1 of %2 projects failed: %3")
                                               .arg(failed.lines.size())
                                               .arg(projects.size())
                                               .arg(failed.lines.join(QStringLiteral("; ")));
        throw e;
    }
}

QCoro::Task<std::optional<Error>> GitLabSyncer::syncProjectGuarded(SyncContext &ctx, gitlab::GitLabApi *api, QString project,
                                                                   SyncMode mode)
{
    // Each project shows its own status (a failure keeps its cursor and its cache).
    const std::optional<Error> failure = co_await syncScopeGuarded<gitlab::ProjectFields>(
        ctx, kSource, gitlab::projectScope(project), [&]() { return syncProject(ctx, api, project, mode); });
    if (failure)
        qCWarning(lcGitLab) << project << failure->message;
    co_return failure;
}

// A project's merge requests, for the listing engine: by update time, ascending, 100 a page;
// the cursor is the time of the last one committed (gitlab::Cursor).
class GitLabSyncer::MergeRequestListing final : public Listing<MergeRequestsPage, gitlab::ProjectFields>
{
public:
    MergeRequestListing(GitLabSyncer *syncer, SyncContext *ctx, gitlab::GitLabApi *api, gitlab::Project project, bool full,
                        gitlab::Cursor first)
        : m_syncer(syncer), m_ctx(ctx), m_api(api), m_project(std::move(project)), m_full(full), m_first(std::move(first))
    {
    }
    QString service() const override { return QStringLiteral("GitLab"); }
    QString changes() const override { return kSource; }
    QCoro::Task<MergeRequestsPage> fetch(QString cursor) override
    {
        MergeRequestsPage page;
        // (ProjectFields::read() drops a token it cannot parse: a cursor here is always one.)
        page.cursor = cursor.isEmpty() ? m_first : gitlab::Cursor::parse(cursor).value_or(m_first);
        page.got = co_await m_api->mergeRequests(m_project.id, m_project.path, page.cursor.updatedAfter, page.cursor.page);
        co_return page;
    }
    QString cursorAfter(const MergeRequestsPage &page) const override
    {
        if (!page.got.hasNext || page.got.items.isEmpty())
            return {};
        const QDateTime last = page.got.items.last().updatedAt;
        gitlab::Cursor next;
        if (page.cursor.updatedAfter.isValid() && last <= page.cursor.updatedAfter) {
            // The whole page shares the time it started from: the next page of the same query.
            next = page.cursor;
            ++next.page;
        } else {
            next.updatedAfter = last;
        }
        return next.text();
    }
    QCoro::Task<> prepare(MergeRequestsPage *page, State) override
    {
        m_approvals = co_await m_syncer->approvalsOfChanged(*m_ctx, m_api, m_project.id, page->got.items);
    }
    State after(const State &before, const MergeRequestsPage &page, bool last) override
    {
        State next = before;
        gitlab::ProjectFields &f = next.fields;
        for (const gitlab::MergeRequest &m : page.got.items) {
            // (A merge request dated past GitLab's own clock is stored, but moves no watermark.)
            if ((!f.nextWatermark.isValid() || m.updatedAt > f.nextWatermark) && isPlausibleCursorTime(m.updatedAt, page.got.serverTime))
                f.nextWatermark = m.updatedAt;
        }
        if (last && m_full)
            f.confirmRun = before.row.listingRunId; // its unseen merge requests are confirmed next
        else if (last)
            completeListing(&f);
        return next;
    }
    std::function<WriteStats(QSqlDatabase &)> write(const MergeRequestsPage &page, const State &, qint64 listingRun, bool) const override
    {
        const QString account = m_ctx->account;
        const gitlab::Project project = m_project;
        const QList<gitlab::MergeRequest> items = page.got.items;
        const QHash<int, gitlab::Approvals> approvals = m_approvals;
        const QDateTime now = m_ctx->clock.now();
        return [account, project, items, approvals, listingRun, now](QSqlDatabase &db) {
            WriteStats s = gitlab::GitLabRepo::apply(db, account, project.id, items, approvals, listingRun, now);
            gitlab::GitLabRepo::noteProject(db, account, project, now);
            return s;
        };
    }
    void committed(const MergeRequestsPage &page, const State &) override
    {
        for (const gitlab::MergeRequest &m : page.got.items)
            m_syncer->m_cached.insert(m.iid, m.updatedAt);
    }
    QCoro::Task<> finish(State done, qint64) override
    {
        if (!m_full)
            co_return;
        co_await m_syncer->confirmUnseen(*m_ctx, m_api, done);
    }
    // The cursor is Cairn's own time and page, not a token of GitLab's: nothing to go stale.
    bool staleCursor(const Error &) const override { return false; }
    qint64 items(const MergeRequestsPage &page) const override { return page.got.items.size(); }

private:
    GitLabSyncer *m_syncer;
    SyncContext *m_ctx;
    gitlab::GitLabApi *m_api;
    gitlab::Project m_project;
    bool m_full;
    gitlab::Cursor m_first;
    QHash<int, gitlab::Approvals> m_approvals; // the page in hand's, from prepare()
};

QCoro::Task<> GitLabSyncer::syncProject(SyncContext &ctx, gitlab::GitLabApi *api, QString configured, SyncMode mode)
{
    const QString account = ctx.account;
    ctx.cancel.throwIfCancelled();
    State st = co_await loadScope<gitlab::ProjectFields>(ctx, kSource, gitlab::projectScope(configured));
    st.row.status = RunStatus::Running; // each project shows its own state
    co_await saveScope(ctx, st);

    const std::optional<gitlab::Project> found = co_await api->project(configured);
    const qint64 known = st.fields.projectId;
    if (!found || (known != 0 && found->id != known)) {
        // Gone (404), or the name is another project's now: what the cache holds of the old one
        // is gone with it, and a project that comes back is listed again in full.
        if (known != 0) {
            const QDateTime now = ctx.clock.now();
            QFuture<int> retiring = ctx.writer.transact([account, known, now](QSqlDatabase &db) {
                return gitlab::GitLabRepo::markProjectGone(db, account, known, now);
            });
            ctx.run.deleted += co_await retiring;
            Q_EMIT ctx.writer.changed(kSource);
        }
        State fresh = State::of(SyncState());
        fresh.row.source = st.row.source;
        fresh.row.account = st.row.account;
        fresh.row.scope = st.row.scope;
        st = fresh;
        if (!found) {
            bump(ctx.run, "projects_gone");
            co_await saveScope(ctx, st);
            throw Error(Error::Kind::Http,
                        QCoreApplication::translate("cairn::gitlab", "GitLab answered 404 for project %1: it was deleted, or the token cannot see it (its merge requests are marked deleted)")
                            .arg(configured),
                        404);
        }
        qCInfo(lcGitLab) << configured << "is another project now:" << found->id << "(was" << known << ")";
    }
    const gitlab::Project project = *found;
    st.fields.projectId = project.id;
    st.fields.path = project.path;
    st.fields.webUrl = project.webUrl;
    QFuture<QHash<int, QDateTime>> reading = ctx.writer.transact([account, project](QSqlDatabase &db) {
        return gitlab::GitLabRepo::liveUpdatedAt(db, account, project.id);
    });
    m_cached = co_await reading;

    const bool checkLeft = st.fields.confirmRun != 0;
    if (checkLeft) {
        // A full listing an earlier run completed, and then failed or was killed before its
        // check: its unseen merge requests are confirmed now. One changed since its pages were
        // read is on none of them, one deleted since looked seen: a whole listing of this
        // run's follows, as after a full listing an earlier run began.
        qCInfo(lcGitLab) << configured << "resumes the check of the merge requests its full listing did not see";
        co_await confirmUnseen(ctx, api, st);
        st = co_await loadScope<gitlab::ProjectFields>(ctx, kSource, gitlab::projectScope(configured));
    }
    bool full = checkLeft || mode == SyncMode::Full || !st.row.initialSyncCompleted;
    if (mode == SyncMode::Auto && !full)
        full = !st.row.lastFullSyncAt.isValid()
            || st.row.lastFullSyncAt.addSecs(qint64(std::max(1, m_cfg.sweepHours)) * 3600) <= ctx.clock.now();
    const bool resuming = beginListing(&st.row, full ? SyncMode::Full : SyncMode::Partial, ctx.run.id);
    const bool pausedBefore = resuming && st.row.listingRunId != ctx.run.id;
    full = st.row.listingMode == SyncMode::Full;
    if (!resuming)
        st.fields.nextWatermark = QDateTime();
    m_anyFull = m_anyFull || full;
    gitlab::Cursor first;
    if (!full && st.fields.watermark.isValid())
        first.updatedAfter = st.fields.watermark.addSecs(-m_cfg.overlapSecs);
    MergeRequestListing listing(this, &ctx, api, project, full, first);
    co_await runListing(ctx, &listing, &st);
    if (full && pausedBefore) {
        // Begun by an earlier run: a merge request it listed before the pause and deleted since
        // looks seen. A whole listing of this run's finds it (and costs pages, not one call each).
        qCInfo(lcGitLab) << configured << "lists everything again after a full listing an earlier run began";
        st = co_await loadScope<gitlab::ProjectFields>(ctx, kSource, gitlab::projectScope(configured));
        beginListing(&st.row, SyncMode::Full, ctx.run.id);
        st.fields.nextWatermark = QDateTime();
        MergeRequestListing again(this, &ctx, api, project, true, gitlab::Cursor());
        co_await runListing(ctx, &again, &st);
    }
}

QCoro::Task<QHash<int, gitlab::Approvals>> GitLabSyncer::approvalsOfChanged(SyncContext &ctx, gitlab::GitLabApi *api, qint64 projectId,
                                                                            QList<gitlab::MergeRequest> listed)
{
    QHash<int, gitlab::Approvals> out;
    for (const gitlab::MergeRequest &m : std::as_const(listed)) {
        const auto it = m_cached.constFind(m.iid);
        const bool cached = it != m_cached.cend();
        if (cached && *it == m.updatedAt)
            continue; // unchanged since the cache: its approvals too
        if (!cached && !m.open())
            continue; // first seen closed or merged: its approvals are history (a first sync of years of them costs nothing)
        ctx.cancel.throwIfCancelled();
        const std::optional<gitlab::Approvals> got = co_await api->approvals(projectId, m.iid);
        bump(ctx.run, "approvals_fetched");
        if (got) // (404: deleted since it was listed; the next full listing confirms it)
            out.insert(m.iid, *got);
    }
    co_return out;
}

QCoro::Task<> GitLabSyncer::confirmUnseen(SyncContext &ctx, gitlab::GitLabApi *api, State st)
{
    const QString account = ctx.account;
    const qint64 runId = st.fields.confirmRun;
    const gitlab::Project project{st.fields.projectId, st.fields.path, QString(), QString(), st.fields.webUrl, QDateTime()};
    QFuture<QList<int>> finding = ctx.writer.transact([account, project, runId](QSqlDatabase &db) {
        return gitlab::GitLabRepo::unseenLive(db, account, project.id, runId);
    });
    const QList<int> unseen = co_await finding;
    // Not in a complete listing is not proof: asked for by iid, 100 at a time; only those GitLab
    // leaves out are deleted. Those it still has are written (and stamped) as they are now.
    for (qsizetype i = 0; i < unseen.size(); i += gitlab::GitLabApi::kIidsMax) {
        ctx.cancel.throwIfCancelled();
        const QList<int> batch = unseen.mid(i, gitlab::GitLabApi::kIidsMax);
        const QList<gitlab::MergeRequest> alive = co_await api->byIids(project.id, project.path, batch);
        QList<gitlab::MergeRequest> present;
        QSet<int> kept;
        for (const gitlab::MergeRequest &m : alive)
            if (batch.contains(m.iid) && !kept.contains(m.iid)) {
                present << m;
                kept.insert(m.iid);
            }
        QList<int> gone;
        for (int iid : batch)
            if (!kept.contains(iid))
                gone << iid;
        const QHash<int, gitlab::Approvals> approvals = co_await approvalsOfChanged(ctx, api, project.id, present);
        const QDateTime now = ctx.clock.now();
        QFuture<WriteStats> writing = ctx.writer.transact([account, project, present, approvals, gone, runId, now](QSqlDatabase &db) {
            WriteStats s = gitlab::GitLabRepo::apply(db, account, project.id, present, approvals, runId, now);
            s.deleted += gitlab::GitLabRepo::markDeleted(db, account, project.id, gone, now);
            return s;
        });
        const WriteStats stats = co_await writing;
        countWrite(ctx.run, stats, false);
        for (const gitlab::MergeRequest &m : present)
            m_cached.insert(m.iid, m.updatedAt);
        Q_EMIT ctx.writer.changed(kSource);
    }
    completeListing(&st.fields);
    st.row.initialSyncCompleted = true;
    st.row.lastFullSyncAt = ctx.clock.now();
    co_await saveScope(ctx, st);
}

} // namespace cairn
