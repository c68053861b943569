#pragma once
#include "Asana.h"
#include "WriteStats.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace cairn {

// Asana projects and tasks in the cache. One row per task; its projects and sections are
// rows of asana_task_projects, each stamped with the listing that last saw it there, so a
// complete listing of a project can drop the memberships it no longer has. A task left in
// no project at all is soft-deleted. Every write keeps the search index in step.
namespace AsanaRepo {

// Upserts projects; never touches tasks_refreshed_at. Counts go to the run's extras.
WriteStats applyProjects(QSqlDatabase &db, const QString &account, const QList<AsanaProject> &projects,
                         qint64 runId, const QDateTime &syncedAt);
// A project the service no longer has (404): soft-deleted.
int markProjectDeleted(QSqlDatabase &db, const QString &account, const QString &gid, const QDateTime &now);
void setTasksRefreshed(QSqlDatabase &db, const QString &account, const QString &gid, const QDateTime &serverTime);

// Upserts tasks (their memberships replaced by the record's). `listedProject` is the project
// whose listing `listingRun` returned them ("" for search or single fetches): its membership
// rows take the listing's stamp, the others keep theirs.
WriteStats applyTasks(QSqlDatabase &db, const QString &account, const QList<AsanaTask> &tasks,
                      const QString &listedProject, qint64 listingRun, const QDateTime &syncedAt);
// After a complete listing of `projectGid` by `listingRun`: memberships it did not see go,
// and tasks left in no project are soft-deleted. Returns the tasks deleted.
int retireUnseen(QSqlDatabase &db, const QString &account, const QString &projectGid, qint64 listingRun,
                 const QDateTime &now);
// Tombstones from the Events stream.
int markTaskDeleted(QSqlDatabase &db, const QString &account, const QString &gid, const QDateTime &now);
// Drops the membership only: the caller refetches the task, whose record decides the rest.
int removeFromProject(QSqlDatabase &db, const QString &account, const QString &gid, const QString &projectGid,
                      const QDateTime &now);

// Reads (any connection).
QHash<QString, AsanaProject> projectsByGid(QSqlDatabase &db, const QString &account = QStringLiteral("default"));
QList<AsanaProject> projects(QSqlDatabase &db, const QString &account = QStringLiteral("default"));
QList<AsanaTask> tasks(QSqlDatabase &db, const QString &account = QStringLiteral("default"));
// One task by its row id (asana_tasks.id), deleted or not.
std::optional<AsanaTask> taskById(QSqlDatabase &db, qint64 id);
struct Counts
{
    int liveTasks = 0;
    int deletedTasks = 0;
    int projects = 0;
};
Counts counts(QSqlDatabase &db, const QString &account = QStringLiteral("default"));

// Asana's tables as the common schema steps released them (StoreFacts::releasedSteps):
// step → its statements. Never edit them: a change is a step of StoreFacts::schema.
QMap<int, const char *> releasedSteps();

} // namespace AsanaRepo
} // namespace cairn
