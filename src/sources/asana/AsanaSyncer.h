#pragma once
#include "Asana.h"
#include "AsanaState.h"
#include "Error.h"
#include "ScopeState.h"
#include "Syncer.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <optional>

namespace cairn {

namespace asana {
class AsanaApi;
}

// Asana projects and tasks (docs/architecture.md §4): `full` lists every active project and all its
// tasks; `partial` decides per project (new or modified → full, stale → modified_since,
// else skip) and reads each project's Events stream for deletions and removals; the task
// search, where the workspace has it, finds every changed task in one call.
// State (AsanaState.h): scope "meta" (workspace, me, search), scope "project:<gid>" (events
// token, listing in progress); asana_projects.tasks_refreshed_at is the server-time watermark
// of tasks. Task listings go through the listing engine (runListing).
class AsanaSyncer final : public Syncer
{
public:
    struct Config
    {
        QUrl apiBase;        // e.g. https://app.asana.com or http://127.0.0.1:PORT/asana
        QString workspace;   // "" = the first of GET /workspaces
        QString portfolio;   // non-empty: the projects are this portfolio's items, not the workspace's
        int staleHours = 6;
        int fullEveryDays = 7;
        int concurrency = 4; // projects crawled at once in a full crawl
        // The project list only: no task, no event, no search call (cairn sync --projects-only);
        // the run's scope says "projects".
        bool projectsOnly = false;
    };
    explicit AsanaSyncer(Config config) : m_cfg(std::move(config)) {}
    // Its switch of `cairn sync` (AsanaSource.cpp): Config::projectsOnly.
    static constexpr const char *kProjectsOnly = "projects-only";
    void setSwitch(const QString &name) override
    {
        if (name == QLatin1String(kProjectsOnly))
            m_cfg.projectsOnly = true;
    }
    QString source() const override { return QStringLiteral("asana"); }
    QCoro::Task<> sync(SyncContext &ctx, SyncMode mode) override;

    static constexpr qint64 kTokenLifetimeSecs = 24 * 3600;

private:
    using ProjectState = ScopeState<asana::ProjectFields>;
    using MetaState = ScopeState<asana::MetaFields>;
    class TaskListing; // the listing engine's hooks for a project's tasks

    enum class Action { Full, Refresh, Skip, Search };
    struct Plan
    {
        AsanaProject listed;
        Action action = Action::Skip;
        QString freshToken;     // a token from a 412 to keep after a re-crawl
        QSet<QString> changed;  // task gids the Events stream reported
    };

    // AsanaSyncer.cpp
    QCoro::Task<> run(SyncContext &ctx, SyncMode mode);
    QCoro::Task<> planPartial(SyncContext &ctx, asana::AsanaApi *api, Plan *plan, bool searchOn);
    // The project's Events from its token on: tombstones applied, the token after them kept with
    // what is still to fetch ("pending") in *changed. False: the token was refused (412), the
    // service's fresh one in *freshToken.
    QCoro::Task<bool> readEvents(SyncContext &ctx, asana::AsanaApi *api, QString gid, QSet<QString> *changed,
                                 QString *freshToken);
    QCoro::Task<> runCrawls(SyncContext &ctx, asana::AsanaApi *api, QList<Plan> crawls);
    QCoro::Task<std::optional<Error>> crawlGuarded(SyncContext &ctx, asana::AsanaApi *api, Plan plan);
    QCoro::Task<bool> searchChanged(SyncContext &ctx, asana::AsanaApi *api, QList<Plan> plans);
    QCoro::Task<> fetchSingles(SyncContext &ctx, asana::AsanaApi *api, QSet<QString> gids);

    // AsanaListing.cpp
    QCoro::Task<> crawl(SyncContext &ctx, asana::AsanaApi *api, Plan plan);
    // After a listing resumed from an earlier run: what changed on its pages listed before
    // (`changed`: the tasks still pending when it resumed), fetched. False: the token was
    // refused, and a crawl is due with the fresh one.
    QCoro::Task<bool> catchUp(SyncContext &ctx, asana::AsanaApi *api, QString gid, QSet<QString> changed);
    bool resumesListing(const QString &gid, bool full, const SyncContext &ctx) const;
    QCoro::Task<QSet<QString>> listTasks(SyncContext &ctx, asana::AsanaApi *api, AsanaProject listed, bool full,
                                         QDateTime since);

    Config m_cfg;
    QString m_workspace;
    QDateTime m_serverNow;
    QHash<QString, AsanaProject> m_cached;
    QHash<QString, ProjectState> m_states; // by project gid
    int m_events = 0;
};

} // namespace cairn
