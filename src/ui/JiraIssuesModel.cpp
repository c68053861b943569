#include "JiraIssuesModel.h"
#include "SearchIndex.h"
#include "DateText.h"
#include "Sql.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace cairn {

namespace {
const QString kAccount = QStringLiteral("default");
// Row::values beyond the columns.
enum Extra { Category = JiraIssuesModel::ColumnCount };

QString orderKey(int column, const QString &dir)
{
    switch (column) {
    case JiraIssuesModel::Key: // PROJ-9 before PROJ-10
        return QStringLiteral("j.project_key%1, CAST(substr(j.issue_key, instr(j.issue_key, '-') + 1) AS INTEGER)%1").arg(dir);
    case JiraIssuesModel::Summary: return QStringLiteral("j.summary COLLATE cairn_locale") + dir;
    case JiraIssuesModel::Status: return QStringLiteral("j.status COLLATE NOCASE") + dir;
    case JiraIssuesModel::Assignee: return QStringLiteral("coalesce(j.assignee_name, '') COLLATE cairn_locale") + dir;
    default: return QStringLiteral("j.updated") + dir;
    }
}
} // namespace

JiraIssuesModel::JiraIssuesModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection, parent)
{
    setDefaultSort(Updated, Qt::DescendingOrder);
}

QString JiraIssuesModel::idQuery(QVariantList &binds)
{
    QString sql = QStringLiteral("SELECT j.id FROM jira_issues j WHERE j.account=?");
    binds << kAccount;
    if (!showDeleted())
        sql += QStringLiteral(" AND j.deleted_at IS NULL");
    sql += filterClause(QStringLiteral("j.id"), int(SearchIndex::Kind::JiraIssue),
                        QStringLiteral("j.deleted_at IS NOT NULL AND cairn_match(?, j.issue_key, j.summary, j.assignee_name)"), binds);
    return sql + QStringLiteral(" ORDER BY %1, j.id%2").arg(orderKey(sortColumn(), direction()), direction());
}

QHash<qint64, LazySqlModel::Row> JiraIssuesModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT id, issue_key, summary, status, assignee_name, updated, status_category, deleted_at FROM jira_issues "
        "WHERE id IN (SELECT value FROM json_each(?))"));
    q.exec({idList(ids)});
    QHash<qint64, Row> out;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.values = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    sql::timeFrom(q.value(5)), q.value(6).toString()};
        r.deleted = !q.value(7).isNull();
        out.insert(r.id, r);
    }
    return out;
}

int JiraIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant JiraIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazySqlModel::headerData(section, orientation, role);
    switch (section) {
    case Key: return tr("Key");
    case Summary: return tr("Summary");
    case Status: return tr("Status");
    case Assignee: return tr("Assignee");
    case Updated: return tr("Updated");
    }
    return {};
}

} // namespace cairn
