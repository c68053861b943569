// Asana API state and endpoints under /asana/api/1.0: workspaces, users/me, projects,
// tasks (limit/offset paging, opt_fields), per-project Events streams (412 + sync token,
// has_more, 24 h token life) and the premium-only task search (402 when off).
// Not thread-safe: use it from the thread the CloudSimulator lives in.
#pragma once

#include "sim/AsanaData.h"
#include "sim/HttpTypes.h"
#include "sim/SimOptions.h"

#include <QHash>
#include <QJsonObject>
#include <random>
#include <vector>

namespace sim {

class SimClock;

class AsanaService
{
public:
    AsanaService(const Options &options, SimClock &clock);

    // ---- mutations (each stamps modified_at from the server clock and logs events) ----
    QString addTask(const QString &projectGid, const QString &name = QString()); // "" if no such project
    bool editTask(const QString &gid);             // renames, re-notes or reassigns
    bool completeTask(const QString &gid);
    bool assignTask(const QString &gid, const QString &assigneeGid); // "" unassigns
    bool deleteTask(const QString &gid);
    bool undeleteTask(const QString &gid);
    // Moves a task from one project to another (section: a section name of `to`, "" = first).
    bool moveTask(const QString &gid, const QString &fromProject, const QString &toProject,
                  const QString &sectionName = QString());
    bool moveToSection(const QString &gid, const QString &projectGid, const QString &sectionName);
    bool addToProject(const QString &gid, const QString &projectGid);
    QString addProject(const QString &name = QString(), int tasks = 0);
    bool editProject(const QString &gid);
    bool archiveProject(const QString &gid, bool archived = true);
    bool completeProject(const QString &gid, bool completed = true);
    bool deleteProject(const QString &gid);
    QStringList editRandomTasks(int count);
    QStringList deleteRandomTasks(int count);
    void setSearchEnabled(bool on) { m_searchEnabled = on; }
    // The workspace's first portfolio (GET /portfolios/{gid}/items): its projects, in order.
    QString portfolioGid() const { return m_portfolios.front().gid; }
    QStringList portfolioProjects() const { return m_portfolios.front().projectGids; }
    // Every portfolio: the user's in the workspace (Options::asanaPortfolios), one of theirs
    // in the other workspace, and one another user owns (never listed to this user).
    const std::vector<APortfolio> &portfolios() const { return m_portfolios; }
    bool addToPortfolio(const QString &projectGid);
    bool removeFromPortfolio(const QString &projectGid);
    bool searchEnabled() const { return m_searchEnabled; }

    // ---- reading ----
    QString workspaceGid() const { return m_workspaceGid; }
    QString otherWorkspaceGid() const { return m_otherWorkspaceGid; }
    QString meGid() const { return m_users.isEmpty() ? QString() : m_users.first().gid; }
    QStringList projectGids(bool activeOnly = true) const;
    QStringList taskGids(const QString &projectGid) const; // live tasks of a project
    const AProject *project(const QString &gid) const;
    const ATask *task(const QString &gid) const;
    QJsonObject groundTruth() const;

    // ---- HTTP (already authenticated); path starts with /asana/api/1.0 ----
    HttpReply handle(const HttpRequest &request);
    static HttpReply error(int status, const QString &message);

private:
    // AsanaApi.cpp
    HttpReply listWorkspaces(const HttpRequest &r);
    HttpReply me(const HttpRequest &r);
    HttpReply listProjects(const HttpRequest &r);
    HttpReply getProject(const HttpRequest &r, const QString &gid);
    HttpReply listPortfolios(const HttpRequest &r);
    HttpReply portfolioItems(const HttpRequest &r, const QString &portfolioGid);
    HttpReply listTasks(const HttpRequest &r);
    HttpReply getTask(const HttpRequest &r, const QString &gid);
    HttpReply events(const HttpRequest &r, const QString &resourceGid);
    HttpReply search(const HttpRequest &r, const QString &workspaceGid);
    QJsonObject projectJson(const AProject &p) const;
    QJsonObject taskJson(const ATask &t) const;
    QJsonObject userRef(const QString &gid) const;
    QJsonObject eventJson(const AEvent &e) const;

    // AsanaService.cpp
    QString newGid();
    ATask makeTask(const AProject &p);
    AProject makeProject(const QString &name);
    void logEvent(const QString &stream, const QString &action, const QString &type, const QString &gid,
                  const QString &parent = QString(), const QString &field = QString());
    void logTaskChange(const ATask &t, const QString &field);
    ATask *liveTask(const QString &gid);
    AProject *liveProject(const QString &gid);
    QString sectionName(const AProject &p, const QString &sectionGid) const;

    Options m_options;
    SimClock &m_clock;
    std::mt19937 m_rng;
    quint64 m_nextGid = 1201000000000000ull;
    QString m_workspaceGid;
    QString m_otherWorkspaceGid;
    QList<AUser> m_users;
    QList<QPair<QString, QString>> m_tags; // gid, name
    std::vector<AProject> m_projects;      // creation order, deleted stay
    std::vector<ATask> m_tasks;            // creation order, deleted stay
    QHash<QString, int> m_projectIndex;
    QHash<QString, int> m_taskIndex;
    std::vector<AEvent> m_events;          // seq = index + 1
    bool m_searchEnabled = false;
    std::vector<APortfolio> m_portfolios; // fixed gids, never from newGid()
};

} // namespace sim
