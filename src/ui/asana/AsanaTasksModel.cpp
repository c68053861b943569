#include "AsanaTasksModel.h"
#include "ChangeStatus.h"
#include "DateText.h"
#include "Settings.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace cairn {

namespace {
// Row::values beyond the columns.
enum Extra { DueAt = AsanaTasksModel::ColumnCount, Completed, ModifiedAt, Notes, Gid, Open };
} // namespace

AsanaTasksModel::AsanaTasksModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection,
                   {{QT_TRANSLATE_NOOP("cairn::AsanaTasksModel", "Task"), TasksQuery::Name},
                     {QT_TRANSLATE_NOOP("cairn::AsanaTasksModel", "Assignee"), TasksQuery::Assignee},
                     {QT_TRANSLATE_NOOP("cairn::AsanaTasksModel", "Due"), TasksQuery::Due},
                     {QT_TRANSLATE_NOOP("cairn::AsanaTasksModel", "Section"), TasksQuery::Section},
                     {QT_TRANSLATE_NOOP("cairn::AsanaTasksModel", "Modified"), TasksQuery::Modified},
                     {nullptr, TasksQuery::Account}},
                   parent)
    , m_today(QDate::currentDate())
{
}

void AsanaTasksModel::setProject(const QString &gidOrSpecial)
{
    if (gidOrSpecial == m_query.project())
        return;
    m_query.setProject(gidOrSpecial);
    reload();
}

void AsanaTasksModel::setShowCompleted(bool show)
{
    if (show == m_query.showCompleted())
        return;
    m_query.setShowCompleted(show);
    reload();
}

QHash<qint64, LazySqlModel::Row> AsanaTasksModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    const QHash<std::pair<QString, QString>, OutboxState> open = OutboxRepo::openItems(db, QStringLiteral("asana"));
    return rowsOf(m_query.rows(db, ids), [&open](const TasksQuery::Row &t) {
        const auto state = open.constFind({t.account, t.gid});
        return Row{.deleted = t.deleted,
                   .values = {t.name, t.assignee, t.dueOn, t.section, t.modifiedAt, t.account, // the columns
                              t.dueAt, t.completed, t.modifiedAt, t.notes, t.gid,              // Extra
                              state == open.cend() ? QVariant() : QVariant(int(*state))}};
    });
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

QString AsanaTasksModel::gidAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->values.value(Gid).toString() : QString();
}

std::optional<OutboxState> AsanaTasksModel::openChangesAt(int row) const
{
    const Row *r = rowAt(row);
    if (!r || r->values.value(Open).isNull())
        return std::nullopt;
    return OutboxState(r->values.value(Open).toInt());
}

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
        if (column == Name && !r.values.value(Open).isNull()) // changed in Cairn: not in Asana yet
            return ChangeStatus::icon(OutboxState(r.values.value(Open).toInt()));
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
            if (!r.values.value(Open).isNull())
                tip += QStringLiteral("\n") + ChangeStatus::itemTip(OutboxState(r.values.value(Open).toInt()), Settings::displayName(QStringLiteral("asana")));
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

} // namespace cairn
