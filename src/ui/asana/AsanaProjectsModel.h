#pragma once
#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace cairn {

class ReadConnection;

// The project list beside the tasks: "All tasks", "Assigned to me", then the active projects
// by name with their open task counts, then (greyed) the archived, completed or deleted ones;
// of every account, a project that several accounts see once (ProjectsQuery).
class AsanaProjectsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ProjectGidRole = Qt::UserRole + 1, ActiveRole, OpenTasksRole };

    explicit AsanaProjectsModel(ReadConnection &connection, QObject *parent = nullptr);

    void reload();
    int rowOfProject(const QString &gidOrSpecial) const;
    int projectCount() const { return int(m_rows.size()) - 2; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString gid;
        QString name;
        int open = 0;
        bool active = true;
        QString state; // "archived", "completed", "deleted" (inactive ones)
        QString color;
    };
    ReadConnection &m_connection;
    QList<Entry> m_rows;
};

} // namespace cairn
