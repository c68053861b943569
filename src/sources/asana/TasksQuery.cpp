#include "TasksQuery.h"
#include "PersonQuery.h"
#include "SearchIndex.h"
#include "Sql.h"

namespace cairn {

namespace {
QString orderKey(int order)
{
    switch (order) {
    case TasksQuery::Assignee: return QStringLiteral("t.assignee_name COLLATE cairn_locale");
    // Tasks without a date last, whichever way.
    case TasksQuery::Due: return QStringLiteral("coalesce(t.due_on, substr(t.due_at, 1, 10), '9999')");
    case TasksQuery::Section: return QStringLiteral("section COLLATE cairn_locale");
    case TasksQuery::Modified: return QStringLiteral("t.modified_at");
    case TasksQuery::Account: return QStringLiteral("t.account");
    default: return QStringLiteral("t.name COLLATE cairn_locale");
    }
}
} // namespace

ListCursor TasksQuery::cursor() const
{
    QVariantList binds;
    QString sql = inProject()
        ? QStringLiteral("SELECT t.id, m.section_name AS section FROM asana_tasks t JOIN asana_task_projects m "
                         "ON m.task_id = t.id AND m.project_gid = ?")
        : QStringLiteral("SELECT t.id, t.section_name AS section FROM asana_tasks t");
    if (inProject())
        binds << m_project;
    QStringList where;
    if (!showDeleted())
        where << QStringLiteral("t.deleted_at IS NULL");
    if (!m_showCompleted)
        where << QStringLiteral("t.completed = 0");
    if (m_project == assignedToMe())
        where << QStringLiteral("t.assigned_to_me = 1");
    sql += QStringLiteral(" WHERE ") + (where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND ")));
    sql += filterClause(QStringLiteral("t.id"), int(kTaskKind),
                        QStringLiteral("t.deleted_at IS NOT NULL AND cairn_match(?, t.name)"), binds);
    const QString dir = direction();
    sql += QStringLiteral(" ORDER BY %1%2").arg(orderKey(order()), dir);
    if (order() == Account)
        sql += QStringLiteral(", t.name COLLATE cairn_locale") + dir;
    sql += QStringLiteral(", t.id") + dir;
    return ListCursor(sql, binds);
}

QHash<qint64, TasksQuery::Row> TasksQuery::rows(QSqlDatabase &db, const QList<qint64> &ids) const
{
    sql::Statement q(db, QStringLiteral(
        "SELECT t.id, t.account, t.name, t.assignee_name, t.due_on, %1, t.modified_at, t.due_at, t.completed, t.deleted_at, "
        "substr(t.notes, 1, 300), t.gid FROM asana_tasks t %2 WHERE t.id IN (SELECT value FROM json_each(?))")
        .arg(inProject() ? QStringLiteral("m.section_name") : QStringLiteral("t.section_name"),
             inProject() ? QStringLiteral("LEFT JOIN asana_task_projects m ON m.task_id = t.id AND m.project_gid = ?")
                         : QString()));
    if (inProject())
        q.exec({m_project, idList(ids)});
    else
        q.exec({idList(ids)});
    QHash<qint64, Row> out;
    while (q.next()) {
        Row r;
        sql::readRow(q, r.id, r.account, r.name, r.assignee, r.dueOn, r.section, r.modifiedAt, r.dueAt, r.completed,
                     sql::notNull(r.deleted), r.notes, r.gid);
        out.insert(r.id, r);
    }
    return out;
}

namespace ProjectsQuery {

QList<Project> projects(QSqlDatabase &db)
{
    // One row per gid: with one account, that account's row as it is.
    sql::Statement q(db, QStringLiteral(
        "SELECT gid, name, color, archived, completed, deleted, "
        "(SELECT count(*) FROM asana_task_projects m JOIN asana_tasks t ON t.id = m.task_id "
        " WHERE m.project_gid = g.gid AND t.deleted_at IS NULL AND t.completed = 0) "
        "FROM (SELECT gid, max(name) AS name, max(color) AS color, min(archived) AS archived, min(completed) AS completed, "
        "      min(deleted_at IS NOT NULL) AS deleted FROM asana_projects GROUP BY gid) g "
        "ORDER BY (archived OR completed OR deleted), name COLLATE cairn_locale, gid"));
    QList<Project> out;
    for (q.exec(); q.next();) {
        Project p;
        sql::readRow(q, p.gid, p.name, p.color, p.archived, p.completed, p.deleted, p.open);
        out.append(p);
    }
    return out;
}

Totals totals(QSqlDatabase &db)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE assigned_to_me = 1) FROM asana_tasks "
        "WHERE deleted_at IS NULL AND completed = 0"));
    Totals t;
    if (q.exec().next())
        sql::readRow(q, t.open, t.mine);
    return t;
}

QString gidOf(QSqlDatabase &db, qint64 projectRowId)
{
    sql::Statement q(db, QStringLiteral("SELECT gid FROM asana_projects WHERE id = ?"));
    return q.exec({projectRowId}).next() ? q.value(0).toString() : QString();
}

} // namespace ProjectsQuery

QList<TasksQuery::OfPerson> TasksQuery::ofPerson(QSqlDatabase &db, const PersonQuery &person)
{
    sql::Statement t(db, QStringLiteral(
        "SELECT id, account, name, completed, due_on FROM asana_tasks WHERE deleted_at IS NULL "
        "AND lower(assignee_name) IN (SELECT value FROM json_each(?)) ORDER BY completed, due_on IS NULL, due_on, name, id LIMIT ?"));
    QList<OfPerson> out;
    for (t.exec({person.names(), person.limit()}); t.next();) {
        OfPerson task;
        sql::readRow(t, task.id, task.account, task.name, task.completed, task.dueOn);
        out.append(task);
    }
    return out;
}

} // namespace cairn
