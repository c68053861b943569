#pragma once
#include "Asana.h"
#include "Error.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace cairn::asana {

struct ProjectsPage
{
    QList<AsanaProject> projects;
    QString nextOffset; // "" on the last page
    QDateTime serverTime; // the response's Date header
};

struct TasksPage
{
    QList<AsanaTask> tasks;
    QString nextOffset;
    QDateTime serverTime;
};

struct Event
{
    QString action;       // changed, added, removed, deleted, undeleted
    QString resourceType; // task, project, story, ...
    QString resourceGid;
    QString parentType;
    QString parentGid;
    QString field;
};

struct EventsPage
{
    bool tokenRejected = false; // 412: no, expired or invalid token; `sync` is the new one
    QList<Event> events;
    QString sync;
    bool hasMore = false;
    QDateTime serverTime;
};

// A workspace or a portfolio as a picker shows it (compact records: gid and name).
struct NamedItem
{
    QString gid;
    QString name;
};

struct NamedPage
{
    QList<NamedItem> items;
    QString nextOffset; // "" on the last page
};

struct SearchResult
{
    bool refused = false; // 402/403: not a premium workspace (or not allowed)
    QList<AsanaTask> tasks;
    QDateTime serverTime;
};

// The Asana REST API as Cairn uses it (docs/api-notes.md §1): typed requests, limit/offset
// pages, opt_fields, Events streams, task search. Throws cairn::Error on failures.
class AsanaApi
{
public:
    AsanaApi(HttpClient &http, QUrl base, QString meGid = QString());

    static constexpr int kPageSize = 100;
    static QString projectFields();
    static QString taskFields();

    QCoro::Task<QString> firstWorkspace();
    QCoro::Task<QString> meGid();
    // One page of the workspaces the user can see (GET /workspaces).
    QCoro::Task<NamedPage> workspaces(QString offset);
    // One page of the user's portfolios in `workspace` (GET /portfolios?workspace=&owner=me).
    QCoro::Task<NamedPage> portfolios(QString workspace, QString offset);
    QCoro::Task<ProjectsPage> projects(QString workspace, QString offset);
    // The projects of a portfolio (GET /portfolios/{gid}/items): archived ones and items that
    // are not projects (nested portfolios) are left out.
    QCoro::Task<ProjectsPage> portfolioProjects(QString portfolio, QString offset);
    // nullopt: the project is gone (404).
    QCoro::Task<std::optional<AsanaProject>> project(QString gid);
    // modifiedSince invalid: every task of the project.
    QCoro::Task<TasksPage> tasks(QString project, QDateTime modifiedSince, QString offset);
    QCoro::Task<std::optional<AsanaTask>> task(QString gid);
    QCoro::Task<EventsPage> events(QString resource, QString sync);
    // Tasks of `projects` modified after `after`, oldest first, at most `limit`.
    QCoro::Task<SearchResult> search(QString workspace, QStringList projects, QDateTime after, int limit);

    // Writes (issue 22), each answering the task as Asana has it after (all of taskFields()).
    // POST /tasks {"data": …} — not sent again after a cut or a 5xx: the outbox looks for
    // its `external` id (taskByExternal) before it sends it again.
    QCoro::Task<AsanaTask> createTask(QJsonObject data);
    // GET /tasks/external:<id>; nullopt when no task has it.
    QCoro::Task<std::optional<AsanaTask>> taskByExternal(QString externalId);
    // PUT /tasks/{gid} {"data": …}: only the fields given change.
    QCoro::Task<AsanaTask> updateTask(QString gid, QJsonObject data);
    // DELETE /tasks/{gid}; false when it was gone already (404).
    QCoro::Task<bool> deleteTask(QString gid);
    // POST /tasks/{gid}/stories {"data": {"text"}} — not sent again after a cut or a 5xx.
    QCoro::Task<> addComment(QString gid, QString text);
    // Whether the task has a comment of the user's with exactly `text` (a comment whose answer was
    // lost: the local clock cannot tell when, so any of the user's with that text counts).
    QCoro::Task<bool> hasComment(QString gid, QString text);

    void setMe(const QString &gid) { m_me = gid; }

private:
    QUrl endpoint(const QString &path) const;
    QCoro::Task<ProjectsPage> projectsPage(QUrl url, bool portfolioItems);
    QCoro::Task<NamedPage> namedPage(QString path, QUrlQuery query, QString offset);
    // A write's answer {"data": task} as a task; its error when it is not a 2xx.
    QCoro::Task<AsanaTask> taskWrite(QByteArray method, QUrl url, QJsonObject data, bool resendable);

    ServiceApi m_api;
    QString m_me;
};

// Asana's error body {"errors":[{"message"}]} → cairn::Error.
Error errorFromResponse(const HttpResponse &r);

// One answer read, pure (AsanaApi reads what it got with them; the tests read fixtures).
// A page of GET /tasks {data, next_page}: `meGid` sets assignedToMe. Any status but 200 throws
// errorFromResponse.
TasksPage tasksPageFromResponse(const HttpResponse &r, const QString &meGid);
// GET /events: a 200 {data, sync, has_more}, or a 412 whose `sync` is the fresh token (tokenRejected).
// Any other status throws errorFromResponse; a missing sync token is a BadResponse.
EventsPage eventsPageFromResponse(const HttpResponse &r);

} // namespace cairn::asana
