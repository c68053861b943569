#include "AsanaRepo.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cairn::AsanaRepo {

namespace {

QVariant boolValue(bool b) { return b ? 1 : 0; }

QVariant jsonValue(const QJsonArray &a)
{
    return a.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
}

QString taskSearchBody(const AsanaTask &t)
{
    QStringList parts{t.notes, t.assigneeName};
    for (const AsanaMembership &m : t.memberships)
        parts << m.projectName << m.sectionName;
    for (const QJsonValue &tag : t.tags)
        parts << tag.toObject().value(QLatin1String("name")).toString();
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

// Soft-deletes the task `id` if it is live and has no membership left. Returns 1 if it did.
int retireIfOrphan(QSqlDatabase &db, qint64 id, const QDateTime &now, SearchIndex::Batch &index)
{
    sql::Statement q(db, QStringLiteral(
        "UPDATE asana_tasks SET deleted_at=? WHERE id=? AND deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM asana_task_projects WHERE task_id=?)"));
    q.exec({sql::timeValue(now), id, id});
    if (q.rowsAffected() > 0) {
        index.remove(kTaskKind, id);
        return 1;
    }
    return 0;
}

qint64 taskId(QSqlDatabase &db, const QString &account, const QString &gid)
{
    sql::Statement q(db, QStringLiteral("SELECT id FROM asana_tasks WHERE account=? AND gid=?"));
    q.exec({account, gid});
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

WriteStats applyProjects(QSqlDatabase &db, const QString &account, const QList<AsanaProject> &projects, qint64 runId,
                         const QDateTime &syncedAt)
{
    WriteStats stats;
    sql::Statement find(db, QStringLiteral("SELECT id, modified_at, deleted_at FROM asana_projects WHERE account=? AND gid=?"));
    sql::Statement upsert(db, QStringLiteral(
        "INSERT INTO asana_projects(account, gid, name, notes, color, owner_gid, owner_name, due_on, start_on, archived, "
        "completed, completed_at, created_at, modified_at, permalink_url, remote_updated_at, synced_at, deleted_at, run_id) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?) ON CONFLICT(account, gid) DO UPDATE SET name=excluded.name, "
        "notes=excluded.notes, color=excluded.color, owner_gid=excluded.owner_gid, owner_name=excluded.owner_name, "
        "due_on=excluded.due_on, start_on=excluded.start_on, archived=excluded.archived, completed=excluded.completed, "
        "completed_at=excluded.completed_at, created_at=excluded.created_at, modified_at=excluded.modified_at, "
        "permalink_url=excluded.permalink_url, remote_updated_at=excluded.remote_updated_at, synced_at=excluded.synced_at, "
        "deleted_at=NULL, run_id=excluded.run_id RETURNING id"));
    const QVariant now = sql::timeValue(syncedAt);
    SearchIndex::Batch index(db);
    for (const AsanaProject &p : projects) {
        find.exec({account, p.gid});
        const bool exists = find.next();
        const bool same = exists && find.value(2).isNull() && sql::timeFrom(find.value(1)) == p.modifiedAt;
        find.finish();
        upsert.exec({account, p.gid, p.name, sql::textValue(p.notes), sql::textValue(p.color), sql::textValue(p.ownerGid),
                     sql::textValue(p.ownerName), sql::textValue(p.dueOn), sql::textValue(p.startOn), boolValue(p.archived),
                     boolValue(p.completed), sql::timeValue(p.completedAt), sql::timeValue(p.createdAt),
                     sql::timeValue(p.modifiedAt), sql::textValue(p.permalinkUrl), sql::timeValue(p.modifiedAt), now, runId});
        upsert.next();
        const qint64 id = upsert.value(0).toLongLong();
        upsert.finish();
        index.put(kProjectKind, id, p.name, QStringList{p.notes, p.ownerName}.join(QLatin1Char(' ')).trimmed(), !exists);
        stats.count(exists, same);
    }
    index.flush();
    return stats;
}

int markProjectDeleted(QSqlDatabase &db, const QString &account, const QString &gid, const QDateTime &now)
{
    sql::Statement q(db, QStringLiteral(
        "UPDATE asana_projects SET deleted_at=? WHERE account=? AND gid=? AND deleted_at IS NULL RETURNING id"));
    q.exec({sql::timeValue(now), account, gid});
    int n = 0;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    SearchIndex::Batch index(db);
    for (qint64 id : ids) {
        index.remove(kProjectKind, id);
        ++n;
    }
    // Its tasks go with it, unless they live in another project of the cache too.
    sql::Statement tasks(db, QStringLiteral(
        "UPDATE asana_tasks SET deleted_at=? WHERE account=? AND deleted_at IS NULL "
        "AND id IN (SELECT task_id FROM asana_task_projects WHERE project_gid=?) "
        "AND NOT EXISTS (SELECT 1 FROM asana_task_projects o JOIN asana_projects p ON p.gid=o.project_gid AND p.account=? "
        "               WHERE o.task_id=asana_tasks.id AND o.project_gid<>? AND p.deleted_at IS NULL) RETURNING id"));
    tasks.exec({sql::timeValue(now), account, gid, account, gid});
    QList<qint64> taskIds;
    while (tasks.next())
        taskIds << tasks.value(0).toLongLong();
    tasks.finish();
    for (qint64 id : std::as_const(taskIds))
        index.remove(kTaskKind, id);
    index.flush();
    return n;
}

void setTasksRefreshed(QSqlDatabase &db, const QString &account, const QString &gid, const QDateTime &serverTime)
{
    sql::Statement(db, QStringLiteral("UPDATE asana_projects SET tasks_refreshed_at=? WHERE account=? AND gid=?"))
        .exec({sql::timeValue(serverTime), account, gid});
}

WriteStats applyTasks(QSqlDatabase &db, const QString &account, const QList<AsanaTask> &tasks,
                      const QString &listedProject, qint64 listingRun, const QDateTime &syncedAt)
{
    WriteStats stats;
    sql::Statement find(db, QStringLiteral("SELECT id, modified_at, deleted_at FROM asana_tasks WHERE account=? AND gid=?"));
    sql::Statement upsert(db, QStringLiteral(
        "INSERT INTO asana_tasks(account, gid, project_gid, section_name, name, notes, html_notes, completed, completed_at, "
        "due_on, due_at, start_on, created_at, modified_at, assignee_gid, assignee_name, assigned_to_me, permalink_url, tags, "
        "custom_fields, num_subtasks, parent_gid, remote_updated_at, synced_at, deleted_at, run_id) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?) ON CONFLICT(account, gid) DO UPDATE SET "
        "project_gid=excluded.project_gid, section_name=excluded.section_name, name=excluded.name, notes=excluded.notes, "
        "html_notes=excluded.html_notes, completed=excluded.completed, completed_at=excluded.completed_at, "
        "due_on=excluded.due_on, due_at=excluded.due_at, start_on=excluded.start_on, created_at=excluded.created_at, "
        "modified_at=excluded.modified_at, assignee_gid=excluded.assignee_gid, assignee_name=excluded.assignee_name, "
        "assigned_to_me=excluded.assigned_to_me, permalink_url=excluded.permalink_url, tags=excluded.tags, "
        "custom_fields=excluded.custom_fields, num_subtasks=excluded.num_subtasks, parent_gid=excluded.parent_gid, "
        "remote_updated_at=excluded.remote_updated_at, synced_at=excluded.synced_at, deleted_at=NULL, "
        "run_id=excluded.run_id RETURNING id"));
    sql::Statement oldStamps(db, QStringLiteral("SELECT project_gid, run_id FROM asana_task_projects WHERE task_id=?"));
    sql::Statement dropMembers(db, QStringLiteral("DELETE FROM asana_task_projects WHERE task_id=?"));
    sql::Statement addMember(db, QStringLiteral(
        "INSERT OR REPLACE INTO asana_task_projects(task_id, project_gid, project_name, section_gid, section_name, run_id) "
        "VALUES(?,?,?,?,?,?)"));
    const QVariant now = sql::timeValue(syncedAt);
    SearchIndex::Batch index(db);
    for (const AsanaTask &t : tasks) {
        find.exec({account, t.gid});
        const bool exists = find.next();
        const bool same = exists && find.value(2).isNull() && sql::timeFrom(find.value(1)) == t.modifiedAt;
        find.finish();
        const AsanaMembership home = t.memberships.isEmpty() ? AsanaMembership{} : t.memberships.first();
        upsert.exec({account, t.gid, sql::textValue(home.projectGid), sql::textValue(home.sectionName), t.name,
                     sql::textValue(t.notes), sql::textValue(t.htmlNotes), boolValue(t.completed), sql::timeValue(t.completedAt),
                     sql::textValue(t.dueOn), sql::textValue(t.dueAt), sql::textValue(t.startOn), sql::timeValue(t.createdAt),
                     sql::timeValue(t.modifiedAt), sql::textValue(t.assigneeGid), sql::textValue(t.assigneeName),
                     boolValue(t.assignedToMe), sql::textValue(t.permalinkUrl), jsonValue(t.tags), jsonValue(t.customFields),
                     t.numSubtasks, sql::textValue(t.parentGid), sql::timeValue(t.modifiedAt), now, listingRun});
        upsert.next();
        const qint64 id = upsert.value(0).toLongLong();
        upsert.finish();

        QHash<QString, QVariant> stamps;
        for (oldStamps.exec({id}); oldStamps.next();)
            stamps.insert(oldStamps.value(0).toString(), oldStamps.value(1));
        oldStamps.finish();
        dropMembers.exec({id});
        for (const AsanaMembership &m : t.memberships) {
            const QVariant stamp = m.projectGid == listedProject ? QVariant(listingRun) : stamps.value(m.projectGid);
            addMember.exec({id, m.projectGid, sql::textValue(m.projectName), sql::textValue(m.sectionGid),
                            sql::textValue(m.sectionName), stamp});
        }
        if (t.memberships.isEmpty()) {
            stats.deleted += retireIfOrphan(db, id, syncedAt, index);
            continue;
        }
        index.put(kTaskKind, id, t.name, taskSearchBody(t), !exists);
        stats.count(exists, same);
    }
    index.flush();
    return stats;
}

int retireUnseen(QSqlDatabase &db, const QString &account, const QString &projectGid, qint64 listingRun,
                 const QDateTime &now)
{
    sql::Statement ids(db, QStringLiteral(
        "SELECT m.task_id FROM asana_task_projects m JOIN asana_tasks t ON t.id=m.task_id "
        "WHERE t.account=? AND m.project_gid=? AND (m.run_id IS NULL OR m.run_id<>?)"));
    ids.exec({account, projectGid, listingRun});
    QList<qint64> unseen;
    while (ids.next())
        unseen << ids.value(0).toLongLong();
    ids.finish();
    sql::Statement drop(db, QStringLiteral("DELETE FROM asana_task_projects WHERE task_id=? AND project_gid=?"));
    int deleted = 0;
    SearchIndex::Batch index(db);
    for (qint64 id : unseen) {
        drop.exec({id, projectGid});
        deleted += retireIfOrphan(db, id, now, index);
    }
    index.flush();
    return deleted;
}

int markTaskDeleted(QSqlDatabase &db, const QString &account, const QString &gid, const QDateTime &now)
{
    const qint64 id = taskId(db, account, gid);
    if (!id)
        return 0;
    sql::Statement q(db, QStringLiteral("UPDATE asana_tasks SET deleted_at=?, synced_at=? WHERE id=? AND deleted_at IS NULL"));
    q.exec({sql::timeValue(now), sql::timeValue(now), id});
    if (q.rowsAffected() <= 0)
        return 0;
    SearchIndex::remove(db, kTaskKind, id);
    return 1;
}

int removeFromProject(QSqlDatabase &db, const QString &account, const QString &gid, const QString &projectGid,
                      const QDateTime &now)
{
    const qint64 id = taskId(db, account, gid);
    if (!id)
        return 0;
    sql::Statement(db, QStringLiteral("DELETE FROM asana_task_projects WHERE task_id=? AND project_gid=?")).exec({id, projectGid});
    Q_UNUSED(now);
    return 0;
}

QMap<int, const char *> releasedSteps()
{
    return {
        // 2: Asana projects and tasks. One row per task (UNIQUE account+gid); its projects and
        // sections are rows of asana_task_projects (a task can live in several projects).
        {2, R"SQL(
CREATE TABLE asana_projects(
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL DEFAULT 'default',
  gid TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '', notes TEXT, color TEXT, owner_gid TEXT, owner_name TEXT,
  due_on TEXT, start_on TEXT, archived INTEGER NOT NULL DEFAULT 0, completed INTEGER NOT NULL DEFAULT 0,
  completed_at TEXT, created_at TEXT, modified_at TEXT, permalink_url TEXT, tasks_refreshed_at TEXT,
  remote_updated_at TEXT, synced_at TEXT, deleted_at TEXT, run_id INTEGER,
  UNIQUE(account, gid));
CREATE TABLE asana_tasks(
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL DEFAULT 'default',
  gid TEXT NOT NULL,
  project_gid TEXT, section_name TEXT,
  name TEXT NOT NULL DEFAULT '', notes TEXT, html_notes TEXT,
  completed INTEGER NOT NULL DEFAULT 0, completed_at TEXT, due_on TEXT, due_at TEXT, start_on TEXT,
  created_at TEXT, modified_at TEXT, assignee_gid TEXT, assignee_name TEXT,
  assigned_to_me INTEGER NOT NULL DEFAULT 0, permalink_url TEXT, tags TEXT, custom_fields TEXT,
  num_subtasks INTEGER NOT NULL DEFAULT 0, parent_gid TEXT,
  remote_updated_at TEXT, synced_at TEXT, deleted_at TEXT, run_id INTEGER,
  UNIQUE(account, gid));
CREATE INDEX asana_tasks_by_project ON asana_tasks(account, project_gid);
CREATE TABLE asana_task_projects(
  task_id INTEGER NOT NULL REFERENCES asana_tasks(id) ON DELETE CASCADE,
  project_gid TEXT NOT NULL, project_name TEXT, section_gid TEXT, section_name TEXT,
  run_id INTEGER,
  PRIMARY KEY(task_id, project_gid));
CREATE INDEX asana_task_projects_by_project ON asana_task_projects(project_gid, run_id);
)SQL"},
    };
}

} // namespace cairn::AsanaRepo
