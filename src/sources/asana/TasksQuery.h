#pragma once
#include "Asana.h"
#include "ListQuery.h"

#include <QDateTime>

namespace cairn {

class PersonQuery;

// The tasks list: the Asana tasks of every account — of one project, those assigned to me
// (each account's "me"), or all —, completed ones on request.
class TasksQuery : public ListQuery
{
public:
    enum Order { Name, Assignee, Due, Section, Modified, Account };
    // setProject() values besides a project gid.
    static QString allTasks() { return QString(); }
    static QString assignedToMe() { return QStringLiteral("@me"); }

    struct Row
    {
        qint64 id = 0;
        QString account;
        QString name;
        QString assignee;
        QString dueOn;   // yyyy-MM-dd
        QString dueAt;   // ISO 8601 time, when the task is due at a time
        QString section; // in the project shown, else the task's first
        QDateTime modifiedAt;
        bool completed = false;
        bool deleted = false;
        QString notes;   // the first 300 characters
        QString gid;
    };

    QString project() const { return m_project; }
    void setProject(const QString &gidOrSpecial) { m_project = gidOrSpecial; }
    bool showCompleted() const { return m_showCompleted; }
    void setShowCompleted(bool show) { m_showCompleted = show; }

    ListCursor cursor() const override;
    // The rows of `ids` (any order; ids no longer there are missing). Throws cairn::Error.
    QHash<qint64, Row> rows(QSqlDatabase &db, const QList<qint64> &ids) const;

    // A person's live tasks (People): those assigned to one of their names. Open tasks first,
    // then by due day and name; at most person.limit(). Throws cairn::Error.
    struct OfPerson
    {
        qint64 id = 0;
        QString account;
        QString name;
        bool completed = false;
        QString dueOn; // yyyy-MM-dd
    };
    static QList<OfPerson> ofPerson(QSqlDatabase &db, const PersonQuery &person);

protected:
    QString table() const override { return QStringLiteral("asana_tasks"); }

private:
    bool inProject() const { return !m_project.isEmpty() && m_project != assignedToMe(); }

    QString m_project;
    bool m_showCompleted = false;
};

// The project list beside the tasks: each project once, whichever accounts see it (a project
// has one gid in Asana), with its open tasks of every account.
namespace ProjectsQuery {

struct Project
{
    QString gid;
    QString name;
    QString color;
    // Inactive only when every account that sees it says so.
    bool archived = false;
    bool completed = false;
    bool deleted = false;
    int open = 0; // open live tasks in it
};

// Active projects first, each group by name in the locale's order. Throws cairn::Error.
QList<Project> projects(QSqlDatabase &db);

struct Totals
{
    int open = 0; // open live tasks of every account
    int mine = 0; // of those, assigned to me
};
Totals totals(QSqlDatabase &db);

// The gid of a project by its row id (asana_projects.id, as the search index names it);
// "" when there is none. Throws cairn::Error.
QString gidOf(QSqlDatabase &db, qint64 projectRowId);

} // namespace ProjectsQuery

} // namespace cairn
