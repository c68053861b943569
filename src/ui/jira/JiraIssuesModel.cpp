#include "JiraIssuesModel.h"
#include "DateText.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace cairn {

namespace {
// Row::values beyond the columns.
enum Extra { Category = JiraIssuesModel::ColumnCount };
} // namespace

JiraIssuesModel::JiraIssuesModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection,
                   {{QT_TRANSLATE_NOOP("cairn::JiraIssuesModel", "Key"), IssuesQuery::Key},
                     {QT_TRANSLATE_NOOP("cairn::JiraIssuesModel", "Summary"), IssuesQuery::Summary},
                     {QT_TRANSLATE_NOOP("cairn::JiraIssuesModel", "Status"), IssuesQuery::Status},
                     {QT_TRANSLATE_NOOP("cairn::JiraIssuesModel", "Assignee"), IssuesQuery::Assignee},
                     {QT_TRANSLATE_NOOP("cairn::JiraIssuesModel", "Updated"), IssuesQuery::Updated},
                     {nullptr, IssuesQuery::Account}},
                   parent)
{
    setDefaultSort(Updated, Qt::DescendingOrder);
}

QHash<qint64, LazySqlModel::Row> JiraIssuesModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    return rowsOf(IssuesQuery::rows(db, ids), [](const IssuesQuery::Row &i) {
        return Row{.deleted = i.deleted,
                   .values = {i.key, i.summary, i.status, i.assignee, i.updated, i.account, // the columns
                              i.statusCategory}};                                          // Extra
    });
}

QVariant JiraIssuesModel::display(const Row &r, int column) const
{
    if (column == Assignee && r.values.value(Assignee).toString().isEmpty())
        return tr("Unassigned");
    if (column == Updated)
        return dates::relative(r.values.value(Updated).toDateTime());
    return LazySqlModel::display(r, column);
}

QVariant JiraIssuesModel::extraData(const Row &r, int column, int role) const
{
    const bool unassigned = r.values.value(Assignee).toString().isEmpty();
    const bool done = r.values.value(Category).toString() == QLatin1String("done");
    switch (role) {
    case Qt::ToolTipRole:
        if (column == Key && r.deleted)
            return tr("%1 (deleted)").arg(r.values.value(Key).toString());
        if (column == Updated)
            return dates::exact(r.values.value(Updated).toDateTime());
        if (column == Assignee && unassigned)
            return {};
        return r.values.value(column);
    case Qt::ForegroundRole:
        if (column == Assignee && unassigned)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (column == Status && done) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    return {};
}

} // namespace cairn
