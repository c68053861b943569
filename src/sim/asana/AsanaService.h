// Asana API state and endpoints under /asana/api/1.0: workspaces, users/me, projects,
// tasks (limit/offset paging, opt_fields), per-project Events streams (412 + sync token,
// has_more, 24 h token life) and the premium-only task search (402 when off).
// The simulator's service "asana" (AsanaSimService.cpp: its sign-in, limits, options).
// Not thread-safe: use it from the thread the CloudSimulator lives in.
#pragma once

#include "sim/asana/AsanaData.h"
#include "sim/asana/AsanaLimits.h"
#include "sim/HttpTypes.h"
#include "sim/SimService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <random>
#include <vector>

namespace sim {

class AsanaService : public LimitedSimService<AsanaLimits>
{
public:
    explicit AsanaService(const SimContext &context);

    // ---- the simulator's service (AsanaSimService.cpp, AsanaAdmin.cpp) ----
    bool isApiCall(const HttpRequest &request) const override;
    HttpReply answer(const HttpRequest &request) override;
    HttpReply faultReply(int status) const override;
    HttpReply mutate(const QJsonObject &body) override;
    // The demo writes back (to the simulator, not to Asana): asana.write on.
    QList<QPair<QString, QString>> demoSettings() const override;
    // Asana's documented words of a 429 (developers.asana.com "Rate limits").
    static QString rateLimitMessage();

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
    QJsonObject groundTruth() const override;
    const AStory *story(const QString &gid) const;
    QList<AStory> stories(const QString &taskGid) const; // in creation order

    // ---- writes through the API (AsanaWrites.cpp), counted for exactly-once checks ----
    struct ApiWrites
    {
        int created = 0;  // POST /tasks
        int updated = 0;  // PUT /tasks/{gid} that changed it
        int deleted = 0;  // DELETE /tasks/{gid}
        int stories = 0;  // POST /tasks/{gid}/stories
    };
    ApiWrites apiWrites(const QString &taskGid) const { return m_apiWrites.value(taskGid); }
    // {"<gid>": {"created","updated","deleted","stories"}, …} (POST /_admin/asana/mutate
    // {"op":"api_writes"}).
    QJsonObject apiWritesJson() const;
    // The task with this external gid (deleted ones too: the gid stays taken), "" if none.
    QString taskByExternalGid(const QString &externalGid) const { return m_byExternal.value(externalGid); }

    // ---- HTTP (already authenticated); path starts with /asana/api/1.0 ----
    HttpReply handle(const HttpRequest &request);
    static HttpReply error(int status, const QString &message);
    // The opt_fields each path template documents (AsanaOptFields.cpp, generated by
    // scripts/extract-specs from Asana's OpenAPI description).
    static const QHash<QString, QSet<QString>> &documentedOptFields();
    static QString pathTemplate(const QStringList &pathParts); // after /api/1.0

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
    HttpReply listStories(const HttpRequest &r, const QString &taskGid);
    HttpReply events(const HttpRequest &r, const QString &resourceGid);
    HttpReply search(const HttpRequest &r, const QString &workspaceGid);
    QJsonObject projectJson(const AProject &p) const;
    QJsonObject taskJson(const ATask &t) const;
    QJsonObject taskJsonBase(const ATask &t, const QJsonArray &memberships, const QJsonArray &projects,
                             const QJsonArray &tags, const QJsonArray &fields, const QJsonArray &followers,
                             const QString &home) const;
    QJsonObject userRef(const QString &gid) const;
    QJsonObject eventJson(const AEvent &e) const;
    // A task gid of a path: "external:<gid>" resolves to the task with that external gid.
    QString resolveTaskGid(const QString &pathPart) const;

    // AsanaWrites.cpp
    HttpReply createTask(const HttpRequest &r);
    HttpReply updateTask(const HttpRequest &r, const QString &gid);
    HttpReply deleteTaskCall(const HttpRequest &r, const QString &gid);
    HttpReply createStory(const HttpRequest &r, const QString &taskGid);
    std::optional<HttpReply> missingScope(const HttpRequest &r, const QString &scope) const;
    // A write to a live task: its scope, the task, the request's `data`; else the refusal.
    std::optional<HttpReply> openTaskWrite(const HttpRequest &r, const QString &gid, const QString &scope, ATask **task,
                                           QJsonObject *data);
    QJsonObject storyJson(const AStory &s) const;
    // The fields of a task's write request into `t` (the names of those that changed in
    // `changed`); an error answer, and `t` untouched, when one is bad.
    std::optional<HttpReply> applyTaskFields(ATask &t, const QJsonObject &data, QStringList *changed);
    // A write's answer as its opt_fields ask (the full record without them).
    QJsonObject shapeForWrite(const QJsonObject &full, const HttpRequest &r) const;
    void logWrite(const QString &stream, const QString &action, const QString &type, const QString &gid,
                  const QString &parent = QString(), const QString &field = QString());

    // AsanaService.cpp
    QString newGid();
    ATask makeTask(const AProject &p);
    AProject makeProject(const QString &name);
    void logEvent(const QString &stream, const QString &action, const QString &type, const QString &gid,
                  const QString &parent = QString(), const QString &field = QString());
    void logTaskChange(const ATask &t, const QString &field);
    ATask *liveTask(const QString &gid);
    // AsanaFields.cpp: the workspace's custom fields, a project's choice of them, a task's
    // values and their JSON at full size (m_contentRng: m_rng's draws stay as they were).
    void makeFieldDefs();
    QStringList chooseFields();
    QList<ACustomField> fieldValues(const AProject &p, const QString &priority, const QString &estimate);
    QJsonObject customFieldJson(const ACustomField &f) const;
    const AFieldDef *fieldDef(const QString &gid) const;
    AProject *liveProject(const QString &gid);
    QString sectionName(const AProject &p, const QString &sectionGid) const;

    std::mt19937 m_rng;
    std::mt19937 m_contentRng;
    QList<AFieldDef> m_fieldDefs;
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
    std::vector<AStory> m_stories;         // creation order
    QHash<QString, QString> m_byExternal;  // external gid -> task gid
    QHash<QString, ApiWrites> m_apiWrites; // by task gid
};

} // namespace sim
