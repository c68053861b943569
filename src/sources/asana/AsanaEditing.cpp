#include "AsanaEditing.h"
#include "Sql.h"

namespace cairn::asana {

std::optional<TaskRef> taskRef(QSqlDatabase &db, qint64 id)
{
    sql::Statement q(db, QStringLiteral("SELECT account, gid, deleted_at IS NOT NULL, name FROM asana_tasks WHERE id=?"));
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return TaskRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toString()};
}

QList<Assignee> knownAssignees(QSqlDatabase &db, const QString &account)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT assignee_gid, max(assignee_name), max(assigned_to_me) FROM asana_tasks "
        "WHERE account=? AND assignee_gid <> '' AND assignee_name <> '' GROUP BY assignee_gid "
        "ORDER BY max(assignee_name) COLLATE cairn_locale, assignee_gid"));
    q.exec({account});
    QList<Assignee> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

QString accountOfProject(QSqlDatabase &db, const QString &gid)
{
    sql::Statement q(db, QStringLiteral("SELECT account FROM asana_projects WHERE gid=? AND deleted_at IS NULL ORDER BY account LIMIT 1"));
    q.exec({gid});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace cairn::asana
