#include "LazySqlModel.h"
#include "Error.h"
#include "ReadConnection.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPalette>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcLazyModel, "cairn.ui.model")

namespace cairn {

LazySqlModel::LazySqlModel(ReadConnection &connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
}

void LazySqlModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filter)
        return;
    m_filter = simplified;
    reset(m_batch); // a new filter starts at the top
}

void LazySqlModel::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    reload();
}

qint64 LazySqlModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const LazySqlModel::Row *LazySqlModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LazySqlModel::rowOfId(qint64 id)
{
    const qsizetype pos = m_ids.indexOf(id);
    if (pos < 0)
        return -1;
    while (m_rows.size() <= pos && canFetchMore({}))
        fetchMore({});
    return pos < m_rows.size() ? int(pos) : -1;
}

QString LazySqlModel::direction() const
{
    return m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

QString LazySqlModel::idList(const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<LazySqlModel::Row> LazySqlModel::load(qsizetype from, qsizetype count)
{
    QList<Row> rows;
    const qsizetype end = qMin(m_ids.size(), from + count);
    if (from >= end || !m_connection.isOpen())
        return rows;
    QHash<qint64, Row> byId;
    try {
        byId = loadRows(m_connection.db(), m_ids.mid(from, end - from));
    } catch (const Error &e) {
        m_error = e.message;
        qCWarning(lcLazyModel) << metaObject()->className() << "loading rows failed:" << e.message;
    }
    rows.reserve(end - from);
    for (qsizetype i = from; i < end; ++i) {
        Row r = byId.value(m_ids.at(i));
        r.id = m_ids.at(i); // a row gone since the id query stays, empty, until the next reload
        rows.append(r);
    }
    return rows;
}

void LazySqlModel::reload()
{
    reset(qMax<qsizetype>(m_batch, m_rows.size()));
}

void LazySqlModel::reset(qsizetype keep)
{
    {
        // No fetchMore from a slot of modelAboutToBeReset or modelReset (QAbstractItemModelTester
        // runs its checks, fetchMore included, from both): rows appended in between would be
        // replaced or counted twice. A view asks again once it lays out.
        QScopedValueRollback<bool> guard(m_notifying, true);
        beginResetModel();
        m_ids.clear();
        if (!m_connection.ensureOpen()) {
            m_error = m_connection.error();
        } else {
            try {
                m_ids = queryIds(m_connection.db());
                m_error.clear();
            } catch (const Error &e) {
                // A filter FTS5 cannot parse, a locked or damaged file: show nothing and say why.
                m_error = e.message;
                qCWarning(lcLazyModel) << metaObject()->className() << "query failed:" << e.message;
            }
        }
        m_rows = load(0, keep);
        endResetModel();
    }
    Q_EMIT reloaded();
}

int LazySqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool LazySqlModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_rows.size() < m_ids.size();
}

void LazySqlModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // No nested fetchMore from a slot of rowsAboutToBeInserted or rowsInserted: a nested call
    // would insert the same rows (from == m_rows.size()) before this one appends them, so the
    // rows would no longer follow m_ids. The rollback keeps an outer guard set on return.
    QScopedValueRollback<bool> guard(m_notifying, true);
    const qsizetype from = m_rows.size();
    const QList<Row> more = load(from, m_batch);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(from), int(from + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void LazySqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reset(m_batch);
}

QVariant LazySqlModel::display(const Row &row, int column) const
{
    return column < row.values.size() ? row.values.at(column) : QVariant();
}

QVariant LazySqlModel::extraData(const Row &, int, int) const
{
    return {};
}

QVariant LazySqlModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ForegroundRole:
        if (r.deleted)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (r.deleted) {
            QFont f;
            f.setItalic(true);
            f.setStrikeOut(true);
            return f;
        }
        break;
    case ItemIdRole: return r.id;
    case DeletedRole: return r.deleted;
    default: break;
    }
    return extraData(r, index.column(), role);
}

} // namespace cairn
