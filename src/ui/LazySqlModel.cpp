#include "LazySqlModel.h"
#include "SearchIndex.h"
#include "Database.h"
#include "Error.h"
#include "ReadConnection.h"
#include "Sql.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPalette>
#include <QScopedValueRollback>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcLazyModel, "cairn.ui.model")

namespace cairn {

LazySqlModel::LazySqlModel(ReadConnection &connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    connect(&m_counting, &QFutureWatcherBase::finished, this, &LazySqlModel::takeCount);
}

int LazySqlModel::cachedCount()
{
    if (!m_connection.ensureOpen())
        return 0;
    try {
        sql::Statement count(m_connection.db(),
                             QStringLiteral("SELECT count(*) FROM %1 WHERE account=? AND deleted_at IS NULL").arg(itemTable()));
        count.exec({QStringLiteral("default")});
        return count.next() ? count.value(0).toInt() : 0;
    } catch (const Error &e) {
        qCWarning(lcLazyModel) << metaObject()->className() << "counting the cache failed:" << e.message;
        return 0;
    }
}

int LazySqlModel::matchCount()
{
    if (m_count < 0) {
        m_counting.waitForFinished();
        takeCount();
    }
    return m_count;
}

void LazySqlModel::takeCount()
{
    const Counted c = m_counting.result();
    if (c.generation != m_generation || m_count >= 0)
        return; // a newer query is counted, or the last rows were read meanwhile
    if (!c.error.isEmpty())
        qCWarning(lcLazyModel) << metaObject()->className() << "counting failed:" << c.error;
    setCount(c.count);
}

void LazySqlModel::setCount(int count)
{
    // The counting connection may have seen a newer snapshot than the rows loaded here: the
    // rows on screen stay, and fetchMore stops where the rows end until the next reload.
    m_count = qMax<qsizetype>(count, m_rows.size() + (m_more ? 1 : 0));
    Q_EMIT counted();
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
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    if (m_query.isEmpty() || !m_connection.isOpen())
        return -1;
    // Further down: where it is in the whole order, then load the rows up to it at once.
    qsizetype pos = -1;
    try {
        sql::Statement q(m_connection.db(), QStringLiteral(
            "SELECT pos FROM (SELECT id, row_number() OVER () - 1 AS pos FROM (%1)) WHERE id = ?").arg(m_query));
        QVariantList binds = m_binds;
        binds << id;
        q.execList(binds);
        if (q.next())
            pos = q.value(0).toLongLong();
    } catch (const Error &e) {
        m_error = e.message;
        return -1;
    }
    if (pos < m_rows.size())
        return -1;
    const int batch = m_batch;
    m_batch = int(pos - m_rows.size() + 1 + batch);
    fetchMore({});
    m_batch = batch;
    return pos < m_rows.size() && m_rows.at(pos).id == id ? int(pos) : -1;
}

QString LazySqlModel::direction() const
{
    return m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

QString LazySqlModel::filterClause(const QString &idColumn, int kind, const QString &deletedMatch, QVariantList &binds) const
{
    const QString match = SearchIndex::matchExpression(m_filter);
    if (match.isEmpty())
        return {};
    // Index rows of a kind: rowid = (kind << 40) + the item's id (SearchIndex.cpp).
    const qint64 base = qint64(kind) << 40;
    const qint64 next = qint64(kind + 1) << 40;
    QString sql = QStringLiteral(" AND (%1 IN (SELECT rowid - ? FROM search WHERE search MATCH ? AND rowid >= ? AND rowid < ?)").arg(idColumn);
    binds << base << match << base << next;
    if (m_showDeleted && !deletedMatch.isEmpty()) {
        sql += QStringLiteral(" OR (%1)").arg(deletedMatch);
        for (qsizetype i = deletedMatch.count(QLatin1Char('?')); i > 0; --i)
            binds << m_filter;
    }
    return sql + QLatin1Char(')');
}

QString LazySqlModel::idList(const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<qint64> LazySqlModel::idsAt(qsizetype from, qsizetype count)
{
    QList<qint64> ids;
    sql::Statement q(m_connection.db(), m_query + QStringLiteral(" LIMIT ? OFFSET ?"));
    QVariantList binds = m_binds;
    binds << qint64(count) << qint64(from);
    ids.reserve(count);
    for (q.execList(binds); q.next();)
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<LazySqlModel::Row> LazySqlModel::load(qsizetype from, qsizetype count)
{
    QList<Row> rows;
    m_more = false;
    if (m_count >= 0)
        count = qMin<qsizetype>(count, m_count - from);
    if (count <= 0 || m_query.isEmpty() || !m_connection.isOpen())
        return rows;
    QList<qint64> ids;
    QHash<qint64, Row> byId;
    try {
        ids = idsAt(from, count + 1); // one more says whether more follow
        m_more = ids.size() > count;
        if (m_more)
            ids.removeLast();
        byId = loadRows(m_connection.db(), ids);
    } catch (const Error &e) {
        m_error = e.message;
        qCWarning(lcLazyModel) << metaObject()->className() << "loading rows failed:" << e.message;
    }
    rows.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        Row r = byId.value(id);
        r.id = id; // a row gone since the id query stays, empty, until the next reload
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
        m_query.clear();
        m_binds.clear();
        ++m_generation;
        m_count = -1;
        m_error.clear();
        if (!m_connection.ensureOpen()) {
            m_error = m_connection.error();
        } else {
            try {
                QVariantList binds;
                m_query = idQuery(binds);
                m_binds = binds;
            } catch (const Error &e) {
                m_error = e.message;
            }
        }
        m_rows = load(0, keep);
        if (!m_error.isEmpty()) {
            // A filter FTS5 cannot parse, a locked or damaged file: show nothing and say why.
            qCWarning(lcLazyModel) << metaObject()->className() << "query failed:" << m_error;
            m_query.clear();
            m_rows.clear();
            m_more = false;
        }
        if (!m_more)
            m_count = int(m_rows.size()); // every match is loaded: no need to count
        else
            startCount(); // before any slot may ask matchCount()
        endResetModel();
    }
    Q_EMIT reloaded();
    if (m_count >= 0)
        Q_EMIT counted();
}

void LazySqlModel::startCount()
{
    // Its own connection on a pool thread, as the query is a self-contained text and values.
    const QString path = m_connection.databasePath();
    const QString query = m_query;
    const QVariantList binds = m_binds;
    const quint64 generation = m_generation;
    m_counting.setFuture(QtConcurrent::run([path, query, binds, generation] {
        Counted c;
        c.generation = generation;
        const QString name = QStringLiteral("cairn-ui-count-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        try {
            QSqlDatabase db = Database::open(path, name, Database::Role::Reader);
            sql::Statement count(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(query));
            count.execList(binds);
            c.count = count.next() ? count.value(0).toInt() : 0;
        } catch (const Error &e) {
            c.error = e.message;
        }
        Database::close(name);
        return c;
    }));
}

int LazySqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool LazySqlModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && (m_count >= 0 ? m_rows.size() < m_count : m_more);
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
    if (more.isEmpty()) {
        setCount(int(from)); // the cache shrank since the count: stop here until a reload
        return;
    }
    const bool last = !m_more && m_count < 0;
    beginInsertRows({}, int(from), int(from + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    if (last)
        setCount(int(m_rows.size())); // every match is loaded before the count came: that is the count
}

void LazySqlModel::fetchAll()
{
    // In batches, each one larger: the end of 100 000 rows in a few reads, the first batches
    // shown as soon as they arrive.
    const int batch = m_batch;
    while (canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
        m_batch = int(qMin<qint64>(qint64(m_batch) * 4, 1 << 20));
    }
    m_batch = batch;
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
