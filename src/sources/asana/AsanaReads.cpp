// AsanaRepo: the reads (any connection: the window's, the tests').
#include "AsanaRepo.h"
#include "Sql.h"


namespace cairn::AsanaRepo {

namespace {
const QString kProjectColumns = QStringLiteral(
    "gid, name, notes, color, owner_gid, owner_name, due_on, start_on, archived, completed, completed_at, created_at, "
    "modified_at, permalink_url, deleted_at, tasks_refreshed_at");
} // namespace

QList<AsanaProject> projects(QSqlDatabase &db, const QString &account)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM asana_projects WHERE account=? ORDER BY gid").arg(kProjectColumns));
    q.exec({account});
    QList<AsanaProject> out;
    while (q.next()) {
        AsanaProject p;
        sql::readRow(q, p.gid, p.name, p.notes, p.color, p.ownerGid, p.ownerName, p.dueOn, p.startOn, p.archived, p.completed,
                     p.completedAt, p.createdAt, p.modifiedAt, p.permalinkUrl, sql::notNull(p.deleted), p.tasksRefreshedAt);
        out.append(p);
    }
    return out;
}

QHash<QString, AsanaProject> projectsByGid(QSqlDatabase &db, const QString &account)
{
    QHash<QString, AsanaProject> out;
    for (const AsanaProject &p : projects(db, account))
        out.insert(p.gid, p);
    return out;
}

namespace {
// The tasks `where` selects (a condition on asana_tasks t with one `?` for `bind`), with their projects.
QList<AsanaTask> readTasks(QSqlDatabase &db, const QString &where, const QVariant &bind)
{
    QHash<qint64, QList<AsanaMembership>> members;
    sql::Statement m(db, QStringLiteral(
        "SELECT m.task_id, m.project_gid, m.project_name, m.section_gid, m.section_name FROM asana_task_projects m "
        "JOIN asana_tasks t ON t.id=m.task_id WHERE %1 ORDER BY m.task_id, m.rowid").arg(where));
    for (m.exec({bind}); m.next();)
        members[m.value(0).toLongLong()].append(
            {m.value(1).toString(), m.value(2).toString(), m.value(3).toString(), m.value(4).toString()});
    sql::Statement q(db, QStringLiteral(
        "SELECT id, gid, name, notes, html_notes, completed, completed_at, due_on, due_at, start_on, created_at, modified_at, "
        "assignee_gid, assignee_name, assigned_to_me, permalink_url, tags, custom_fields, num_subtasks, parent_gid, deleted_at "
        "FROM asana_tasks t WHERE %1 ORDER BY gid").arg(where));
    q.exec({bind});
    QList<AsanaTask> out;
    while (q.next()) {
        AsanaTask t;
        qint64 row = 0;
        sql::readRow(q, row, t.gid, t.name, t.notes, t.htmlNotes, t.completed, t.completedAt, t.dueOn, t.dueAt, t.startOn,
                     t.createdAt, t.modifiedAt, t.assigneeGid, t.assigneeName, t.assignedToMe, t.permalinkUrl, t.tags,
                     t.customFields, t.numSubtasks, t.parentGid, sql::notNull(t.deleted));
        t.memberships = members.value(row);
        out.append(t);
    }
    return out;
}
} // namespace

QList<AsanaTask> tasks(QSqlDatabase &db, const QString &account)
{
    return readTasks(db, QStringLiteral("t.account=?"), account);
}

std::optional<AsanaTask> taskById(QSqlDatabase &db, qint64 id)
{
    const QList<AsanaTask> found = readTasks(db, QStringLiteral("t.id=?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<AsanaTask>(found.first());
}

Counts counts(QSqlDatabase &db, const QString &account)
{
    Counts c;
    sql::Statement q(db, QStringLiteral(
        "SELECT count(*) FILTER (WHERE deleted_at IS NULL), count(*) FILTER (WHERE deleted_at IS NOT NULL) "
        "FROM asana_tasks WHERE account=?"));
    q.exec({account});
    if (q.next())
        sql::readRow(q, c.liveTasks, c.deletedTasks);
    sql::Statement p(db, QStringLiteral("SELECT count(*) FROM asana_projects WHERE account=? AND deleted_at IS NULL"));
    p.exec({account});
    if (p.next())
        c.projects = p.value(0).toInt();
    return c;
}

} // namespace cairn::AsanaRepo
