#include "JiraIssuesModel.h"
#include "ReadConnection.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcJiraModel, "cairn.ui.jira")

namespace cairn {

namespace {
const QString kAccount = QStringLiteral("default");
constexpr qint64 kIssueRowBase = qint64(SearchIndex::Kind::JiraIssue) << 40;
constexpr qint64 kNextKindBase = (qint64(SearchIndex::Kind::JiraIssue) + 1) << 40;

QString orderBy(int column, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    switch (column) {
    case JiraIssuesModel::Key:
        return QStringLiteral("j.project_key %1, CAST(substr(j.issue_key, instr(j.issue_key, '-') + 1) AS INTEGER) %1").arg(dir);
    case JiraIssuesModel::Summary: return QStringLiteral("j.summary COLLATE NOCASE %1").arg(dir);
    case JiraIssuesModel::Status: return QStringLiteral("j.status COLLATE NOCASE %1").arg(dir);
    case JiraIssuesModel::Assignee: return QStringLiteral("coalesce(j.assignee_name, '') COLLATE NOCASE %1").arg(dir);
    default: return QStringLiteral("j.updated %1").arg(dir);
    }
}
} // namespace

JiraIssuesModel::JiraIssuesModel(ReadConnection &connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

void JiraIssuesModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filter)
        return;
    m_filter = simplified;
    reset(m_batch);
}

void JiraIssuesModel::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    reload();
}

qint64 JiraIssuesModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void JiraIssuesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_order))
        return;
    m_sortColumn = column;
    m_order = order;
    reset(m_batch);
}

QList<qint64> JiraIssuesModel::queryIds()
{
    QList<qint64> ids;
    if (!m_connection.ensureOpen()) {
        m_error = m_connection.error();
        return ids;
    }
    try {
        const QString live = m_showDeleted ? QString() : QStringLiteral(" AND j.deleted_at IS NULL");
        const QString order = orderBy(m_sortColumn, m_order) + QStringLiteral(", j.id");
        const QString match = SearchIndex::matchExpression(m_filter);
        if (match.isEmpty()) {
            sql::Statement q(m_connection.db(), QStringLiteral("SELECT j.id FROM jira_issues j WHERE j.account=?%1 ORDER BY %2").arg(live, order));
            for (q.exec({kAccount}); q.next();)
                ids.append(q.value(0).toLongLong());
        } else {
            // Deleted issues leave the search index; with "Show deleted" they match by key or summary.
            const QString deleted = m_showDeleted ? QStringLiteral(" OR (j.deleted_at IS NOT NULL AND (j.issue_key LIKE ? OR j.summary LIKE ?))")
                                                  : QString();
            sql::Statement q(m_connection.db(), QStringLiteral(
                "SELECT j.id FROM jira_issues j WHERE j.account=? AND (j.id IN (SELECT rowid - ? FROM search WHERE search MATCH ? "
                "AND rowid >= ? AND rowid < ?)%1)%2 ORDER BY %3").arg(deleted, live, order));
            const QString like = QLatin1Char('%') + m_filter + QLatin1Char('%');
            if (m_showDeleted)
                q.exec({kAccount, kIssueRowBase, match, kIssueRowBase, kNextKindBase, like, like});
            else
                q.exec({kAccount, kIssueRowBase, match, kIssueRowBase, kNextKindBase});
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
        m_error.clear();
    } catch (const Error &e) {
        m_error = e.message;
        qCWarning(lcJiraModel) << "query failed:" << e.message;
        ids.clear();
    }
    return ids;
}

QList<JiraIssuesModel::Row> JiraIssuesModel::loadRows(qsizetype from, qsizetype count)
{
    QList<Row> rows;
    const qsizetype end = qMin(m_ids.size(), from + count);
    if (from >= end || !m_connection.isOpen())
        return rows;
    QJsonArray idList;
    for (qsizetype i = from; i < end; ++i)
        idList.append(m_ids.at(i));
    QHash<qint64, Row> byId;
    try {
        sql::Statement q(m_connection.db(), QStringLiteral(
            "SELECT id, issue_key, summary, status, status_category, assignee_name, updated, deleted_at FROM jira_issues "
            "WHERE id IN (SELECT value FROM json_each(?))"));
        q.exec({QString::fromUtf8(QJsonDocument(idList).toJson(QJsonDocument::Compact))});
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.key = q.value(1).toString();
            r.summary = q.value(2).toString();
            r.status = q.value(3).toString();
            r.category = q.value(4).toString();
            r.assignee = q.value(5).toString();
            r.updated = sql::timeFrom(q.value(6));
            r.deleted = !q.value(7).isNull();
            byId.insert(r.id, r);
        }
    } catch (const Error &e) {
        m_error = e.message;
        qCWarning(lcJiraModel) << "loading rows failed:" << e.message;
    }
    for (qsizetype i = from; i < end; ++i) {
        Row r = byId.value(m_ids.at(i));
        r.id = m_ids.at(i);
        rows.append(r);
    }
    return rows;
}

void JiraIssuesModel::reload()
{
    reset(qMax<qsizetype>(m_batch, m_rows.size()));
}

void JiraIssuesModel::reset(qsizetype keep)
{
    {
        QScopedValueRollback<bool> guard(m_notifying, true); // no fetchMore from reset slots
        beginResetModel();
        m_ids = queryIds();
        m_rows = loadRows(0, keep);
        endResetModel();
    }
    Q_EMIT reloaded();
}

int JiraIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JiraIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JiraIssuesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_rows.size() < m_ids.size();
}

void JiraIssuesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QScopedValueRollback<bool> guard(m_notifying, true); // no nested fetchMore from insertion slots
    const qsizetype from = m_rows.size();
    const QList<Row> more = loadRows(from, m_batch);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(from), int(from + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QVariant JiraIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Key: return r.deleted && role == Qt::ToolTipRole ? tr("%1 (deleted)").arg(r.key) : r.key;
        case Summary: return r.summary;
        case Status: return r.status;
        case Assignee:
            if (r.assignee.isEmpty())
                return role == Qt::DisplayRole ? tr("Unassigned") : QVariant();
            return r.assignee;
        case Updated:
            return role == Qt::DisplayRole ? QLocale().toString(r.updated.toLocalTime(), QLocale::ShortFormat)
                                           : QLocale().toString(r.updated.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case Qt::ForegroundRole:
        if (r.deleted || (index.column() == Assignee && r.assignee.isEmpty()))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (r.deleted || (index.column() == Status && r.category == QLatin1String("done"))) {
            QFont f;
            f.setStrikeOut(r.deleted);
            f.setItalic(r.deleted || r.category == QLatin1String("done"));
            return f;
        }
        return {};
    case IssueRowIdRole: return r.id;
    case DeletedRole: return r.deleted;
    }
    return {};
}

QVariant JiraIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
