#include "AsanaProjectsModel.h"
#include "AsanaTasksModel.h"
#include "Error.h"
#include "ReadConnection.h"
#include "asana/TasksQuery.h"

#include <QApplication>
#include <QColor>
#include <QLoggingCategory>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

Q_DECLARE_LOGGING_CATEGORY(lcLazyModel)

namespace cairn {

namespace {
QPixmap dot(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, 8, 8));
    return pm;
}
} // namespace

AsanaProjectsModel::AsanaProjectsModel(ReadConnection &connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
}

void AsanaProjectsModel::reload()
{
    QList<Entry> rows;
    rows.append({AsanaTasksModel::allTasks(), tr("All tasks"), 0, true, {}, {}});
    rows.append({AsanaTasksModel::assignedToMe(), tr("Assigned to me"), 0, true, {}, {}});
    if (m_connection.ensureOpen()) {
        try {
            const ProjectsQuery::Totals totals = ProjectsQuery::totals(m_connection.db());
            rows[0].open = totals.open;
            rows[1].open = totals.mine;
            for (const ProjectsQuery::Project &p : ProjectsQuery::projects(m_connection.db())) {
                Entry e;
                e.gid = p.gid;
                e.name = p.name;
                e.active = !p.archived && !p.completed && !p.deleted;
                e.state = p.deleted ? tr("deleted") : p.archived ? tr("archived") : p.completed ? tr("completed") : QString();
                e.color = p.color;
                e.open = p.open;
                rows.append(e);
            }
        } catch (const Error &e) {
            qCWarning(lcLazyModel) << "projects:" << e.message;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AsanaProjectsModel::rowOfProject(const QString &gid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).gid == gid)
            return i;
    return -1;
}

int AsanaProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AsanaProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = e.name.isEmpty() ? tr("(untitled project)") : e.name;
        if (!e.active)
            return tr("%1 (%2)").arg(name, e.state);
        return e.open > 0 ? tr("%1  ·  %2").arg(name).arg(e.open) : name;
    }
    case Qt::ToolTipRole: return tr("%n open task(s)", nullptr, e.open);
    case Qt::ForegroundRole:
        if (!e.active)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole: {
        // Asana's project colours are names ("dark-green"); a neutral dot is enough here.
        if (index.row() < 2)
            return {};
        static const QPixmap active = dot(QColor(0x4a, 0x90, 0xd9));
        static const QPixmap inactive = dot(QColor(0xaa, 0xaa, 0xaa));
        return e.active ? active : inactive;
    }
    case ProjectGidRole: return e.gid;
    case ActiveRole: return e.active;
    case OpenTasksRole: return e.open;
    }
    return {};
}

} // namespace cairn
