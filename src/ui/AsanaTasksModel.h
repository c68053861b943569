#pragma once
#include "LazySqlModel.h"

#include <QDate>

namespace cairn {

// The Asana tasks of the cache (LazySqlModel): those of one project, those assigned to me,
// or all; completed tasks shown on request; filtered through the full-text index.
class AsanaTasksModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Name, Assignee, Due, Section, Modified, ColumnCount };
    enum { CompletedRole = FirstCustomRole };
    // setProject() values besides a project gid.
    static QString allTasks() { return QString(); }
    static QString assignedToMe() { return QStringLiteral("@me"); }

    explicit AsanaTasksModel(ReadConnection &connection, QObject *parent = nullptr);

    QString project() const { return m_project; }
    void setProject(const QString &gidOrSpecial);
    bool showCompleted() const { return m_showCompleted; }
    void setShowCompleted(bool show);
    // Live tasks in the cache, whatever the filter.
    // Today, for overdue dates (tests set it).
    void setToday(const QDate &d) { m_today = d; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString idQuery(QVariantList &binds) override;
    QString itemTable() const override { return QStringLiteral("asana_tasks"); }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    bool isOverdue(const Row &row) const;

    QString m_project;
    bool m_showCompleted = false;
    QDate m_today;
};

} // namespace cairn
