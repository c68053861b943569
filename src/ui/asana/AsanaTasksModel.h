#pragma once
#include "LazySqlModel.h"
#include "Outbox.h"
#include "asana/TasksQuery.h"

#include <QDate>

namespace cairn {

// The Asana tasks of every account (LazySqlModel over TasksQuery): those of one project,
// those assigned to me, or all; completed tasks shown on request; filtered through the
// full-text index.
class AsanaTasksModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Name, Assignee, Due, Section, Modified, Account, ColumnCount };
    enum { CompletedRole = FirstCustomRole };
    // setProject() values besides a project gid.
    static QString allTasks() { return TasksQuery::allTasks(); }
    static QString assignedToMe() { return TasksQuery::assignedToMe(); }

    explicit AsanaTasksModel(ReadConnection &connection, QObject *parent = nullptr);

    QString project() const { return m_query.project(); }
    void setProject(const QString &gidOrSpecial);
    bool showCompleted() const { return m_query.showCompleted(); }
    void setShowCompleted(bool show);
    // The Asana id of a loaded row ("" if none).
    QString gidAt(int row) const;
    // The state of a row's changes not yet in Asana (issue 22), if it has any.
    std::optional<OutboxState> openChangesAt(int row) const;
    // Today, for overdue dates (tests set it).
    void setToday(const QDate &d) { m_today = d; }

protected:
    ListQuery &query() override { return m_query; }
    const ListQuery &query() const override { return m_query; }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    bool isOverdue(const Row &row) const;

    TasksQuery m_query;
    QDate m_today;
};

} // namespace cairn
