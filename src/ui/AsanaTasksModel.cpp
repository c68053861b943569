#include "AsanaTasksModel.h"
#include "DateText.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace cairn {

namespace {
const QString kAccount = QStringLiteral("default");
// Row::values beyond the columns.
enum Extra { DueAt = AsanaTasksModel::ColumnCount, Completed, ModifiedAt, Notes };

QString orderKey(int column)
{
    switch (column) {
    case AsanaTasksModel::Assignee: return QStringLiteral("t.assignee_name COLLATE cairn_locale");
    // Tasks without a date last, whichever way.
    case AsanaTasksModel::Due: return QStringLiteral("coalesce(t.due_on, substr(t.due_at, 1, 10), '9999')");
    case AsanaTasksModel::Section: return QStringLiteral("section COLLATE cairn_locale");
    case AsanaTasksModel::Modified: return QStringLiteral("t.modified_at");
    default: return QStringLiteral("t.name COLLATE cairn_locale");
    }
}
} // namespace

AsanaTasksModel::AsanaTasksModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection, parent)
    , m_today(QDate::currentDate())
{
}

void AsanaTasksModel::setProject(const QString &gidOrSpecial)
{
    if (gidOrSpecial == m_project)
        return;
    m_project = gidOrSpecial;
    reload();
}

void AsanaTasksModel::setShowCompleted(bool show)
{
    if (show == m_showCompleted)
        return;
    m_showCompleted = show;
    reload();
}

QString AsanaTasksModel::idQuery(QVariantList &binds)
{
    const bool inProject = !m_project.isEmpty() && m_project != assignedToMe();
    QString sql = inProject
        ? QStringLiteral("SELECT t.id, m.section_name AS section FROM asana_tasks t JOIN asana_task_projects m "
                         "ON m.task_id = t.id AND m.project_gid = ? WHERE t.account = ?")
        : QStringLiteral("SELECT t.id, t.section_name AS section FROM asana_tasks t WHERE t.account = ?");
    if (inProject)
        binds << m_project;
    binds << kAccount;
    if (!showDeleted())
        sql += QStringLiteral(" AND t.deleted_at IS NULL");
    if (!m_showCompleted)
        sql += QStringLiteral(" AND t.completed = 0");
    if (m_project == assignedToMe())
        sql += QStringLiteral(" AND t.assigned_to_me = 1");
    sql += filterClause(QStringLiteral("t.id"), int(SearchIndex::Kind::Task),
                        QStringLiteral("t.deleted_at IS NOT NULL AND cairn_match(?, t.name)"), binds);
    sql += QStringLiteral(" ORDER BY %1%2, t.id%2").arg(orderKey(sortColumn()), direction());
    return sql;
}

QHash<qint64, LazySqlModel::Row> AsanaTasksModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    const bool inProject = !m_project.isEmpty() && m_project != assignedToMe();
    sql::Statement q(db, QStringLiteral(
        "SELECT t.id, t.name, t.assignee_name, t.due_on, %1, t.modified_at, t.due_at, t.completed, t.deleted_at, t.notes "
        "FROM asana_tasks t %2 WHERE t.id IN (SELECT value FROM json_each(?))")
        .arg(inProject ? QStringLiteral("m.section_name") : QStringLiteral("t.section_name"),
             inProject ? QStringLiteral("LEFT JOIN asana_task_projects m ON m.task_id = t.id AND m.project_gid = ?")
                       : QString()));
    if (inProject)
        q.exec({m_project, idList(ids)});
    else
        q.exec({idList(ids)});
    QHash<qint64, Row> out;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.values = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    sql::timeFrom(q.value(5)), q.value(6).toString(), q.value(7).toBool(), sql::timeFrom(q.value(5)),
                    q.value(9).toString().left(300)};
        r.deleted = !q.value(8).isNull();
        out.insert(r.id, r);
    }
    return out;
}

int AsanaTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// A task's due day: due_on, else the day of due_at.
QDate dueDay(const LazySqlModel::Row &r)
{
    QString due = r.values.value(AsanaTasksModel::Due).toString();
    if (due.isEmpty())
        due = r.values.value(DueAt).toString().left(10);
    return QDate::fromString(due, Qt::ISODate);
}
} // namespace

bool AsanaTasksModel::isOverdue(const Row &r) const
{
    if (r.values.value(Completed).toBool())
        return false;
    const QDate d = dueDay(r);
    return d.isValid() && d < m_today;
}

QVariant AsanaTasksModel::display(const Row &r, int column) const
{
    switch (column) {
    case Name: {
        const QString name = r.values.value(Name).toString();
        return name.isEmpty() ? tr("(untitled task)") : name;
    }
    case Due: return dates::day(dueDay(r), m_today);
    case Modified: return dates::relative(r.values.value(ModifiedAt).toDateTime());
    default: return LazySqlModel::display(r, column);
    }
}

QVariant AsanaTasksModel::extraData(const Row &r, int column, int role) const
{
    const bool completed = r.values.value(Completed).toBool();
    switch (role) {
    case CompletedRole: return completed;
    case Qt::DecorationRole:
        if (column == Name && completed)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return {};
    case Qt::ForegroundRole:
        if (completed)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (column == Due && isOverdue(r))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::ToolTipRole:
        if (column == Name) {
            QString tip = display(r, Name).toString();
            if (completed)
                tip = tr("%1 (completed)").arg(tip);
            if (r.deleted)
                tip = tr("%1 (deleted in Asana)").arg(tip);
            const QString notes = r.values.value(Notes).toString().simplified();
            return notes.isEmpty() ? tip : tip + QStringLiteral("\n") + notes.left(200);
        }
        if (column == Due) {
            const QString day = dates::exactDay(dueDay(r));
            return isOverdue(r) ? tr("Overdue: %1").arg(day) : day;
        }
        if (column == Modified)
            return dates::exact(r.values.value(ModifiedAt).toDateTime());
        return {};
    }
    return {};
}

QVariant AsanaTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazySqlModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Task");
    case Assignee: return tr("Assignee");
    case Due: return tr("Due");
    case Section: return tr("Section");
    case Modified: return tr("Modified");
    }
    return {};
}

} // namespace cairn
