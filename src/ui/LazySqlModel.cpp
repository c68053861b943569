#include "LazySqlModel.h"
#include "Error.h"
#include "ReadConnection.h"

#include <QApplication>
#include <QFont>
#include <QLoggingCategory>
#include <QPalette>
#include <QScopedValueRollback>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

Q_LOGGING_CATEGORY(lcLazyModel, "cairn.ui.model")

namespace cairn {

LazySqlModel::LazySqlModel(ReadConnection &connection, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
    , m_columns(std::move(columns))
{
    connect(&m_counting, &QFutureWatcherBase::finished, this, &LazySqlModel::takeCount);
}

int LazySqlModel::accountColumn() const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        if (!m_columns[c].title)
            return int(c);
    return -1;
}

int LazySqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LazySqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    const char *title = m_columns[section].title;
    return title ? QCoreApplication::translate(metaObject()->className(), title) : accountHeader();
}

int LazySqlModel::cachedCount()
{
    if (!m_connection.ensureOpen())
        return 0;
    try {
        return query().liveCount(m_connection.db());
    } catch (const Error &e) {
        qCWarning(lcLazyModel) << metaObject()->className() << "counting the cache failed:" << e.message;
        return 0;
    }
}

QString LazySqlModel::accountHeader()
{
    return QCoreApplication::translate("AccountsDialog", "Account");
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
    if (text.simplified() == query().filterText())
        return;
    query().setFilterText(text);
    reset(m_batch); // a new filter starts at the top
}

void LazySqlModel::setShowDeleted(bool show)
{
    if (show == query().showDeleted())
        return;
    query().setShowDeleted(show);
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
    if (m_cursor.isNull() || !m_connection.isOpen())
        return -1;
    // Further down: where it is in the whole order, then load the rows up to it at once.
    qsizetype pos = -1;
    try {
        pos = m_cursor.position(m_connection.db(), id);
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

QList<LazySqlModel::Row> LazySqlModel::load(qsizetype from, qsizetype count)
{
    QList<Row> rows;
    m_more = false;
    if (m_count >= 0)
        count = qMin<qsizetype>(count, m_count - from);
    if (count <= 0 || m_cursor.isNull() || !m_connection.isOpen())
        return rows;
    QList<qint64> ids;
    QHash<qint64, Row> byId;
    try {
        ids = m_cursor.ids(m_connection.db(), from, count + 1); // one more says whether more follow
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
    // The accounts here, not at each filter or sort: they change only with what a sync wrote.
    m_accounts.clear();
    if (m_connection.ensureOpen()) {
        try {
            m_accounts = query().accounts(m_connection.db());
        } catch (const Error &e) {
            qCWarning(lcLazyModel) << metaObject()->className() << "reading the accounts failed:" << e.message;
        }
    }
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
        m_cursor = ListCursor();
        ++m_generation;
        m_count = -1;
        m_error.clear();
        if (!m_connection.ensureOpen()) {
            m_error = m_connection.error();
        } else {
            try {
                query().setOrder(m_columns.value(m_sortColumn).order, m_sortOrder == Qt::DescendingOrder);
                m_cursor = query().cursor();
            } catch (const Error &e) {
                m_error = e.message;
            }
        }
        m_rows = load(0, keep);
        if (!m_error.isEmpty()) {
            // A filter FTS5 cannot parse, a locked or damaged file: show nothing and say why.
            qCWarning(lcLazyModel) << metaObject()->className() << "query failed:" << m_error;
            m_cursor = ListCursor();
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
    // Its own connection on a pool thread, as the cursor is a self-contained text and values.
    const QString path = m_connection.databasePath();
    const ListCursor cursor = m_cursor;
    const quint64 generation = m_generation;
    m_counting.setFuture(QtConcurrent::run([path, cursor, generation] {
        Counted c;
        c.generation = generation;
        try {
            c.count = cursor.countIn(path);
        } catch (const Error &e) {
            c.error = e.message;
        }
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
