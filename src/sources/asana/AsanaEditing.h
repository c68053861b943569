#pragma once
// What changing an Asana task in Cairn reads from the cache besides the task (issue 22): which
// task a row is, the people it may be assigned to, the account a project is cached under.
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cairn::asana {

struct TaskRef
{
    QString account;
    QString gid;
    bool deleted = false;
    QString name;
};
// The account, gid and name of a cached task by its row id (asana_tasks.id); none when not cached.
std::optional<TaskRef> taskRef(QSqlDatabase &db, qint64 id);

struct Assignee
{
    QString gid;
    QString name;
    bool me = false;
};
// The people of `account` the cache knows: those its tasks are assigned to, by name (me
// among them when a task is assigned to me). The cache keeps no list of the workspace's
// users, so someone with no cached task is not here. Throws cairn::Error.
QList<Assignee> knownAssignees(QSqlDatabase &db, const QString &account);

// The first account that has project `gid` in the cache, live; "" when none. Throws cairn::Error.
QString accountOfProject(QSqlDatabase &db, const QString &gid);

} // namespace cairn::asana
