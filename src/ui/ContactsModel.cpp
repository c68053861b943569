#include "ContactsModel.h"
#include "ReadConnection.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPalette>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcContactsModel, "cairn.ui.contacts")

namespace cairn {

namespace {
const QString kAccount = QStringLiteral("default");
// Contact rows of the search index: rowid = (kind << 40) + contacts.id (SearchIndex.cpp).
constexpr qint64 kContactRowBase = qint64(SearchIndex::Kind::Contact) << 40;
constexpr qint64 kNextKindBase = (qint64(SearchIndex::Kind::Contact) + 1) << 40;
} // namespace

ContactsModel::ContactsModel(ReadConnection &connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
}

void ContactsModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filter)
        return;
    m_filter = simplified;
    reset(m_batch); // a new filter starts at the top
}

void ContactsModel::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    reload();
}

qint64 ContactsModel::contactIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ContactsModel::rowOfContact(qint64 id)
{
    const qsizetype pos = m_ids.indexOf(id);
    if (pos < 0)
        return -1;
    while (m_rows.size() <= pos && canFetchMore({}))
        fetchMore({});
    return pos < m_rows.size() ? int(pos) : -1;
}

QList<qint64> ContactsModel::queryIds()
{
    QList<qint64> ids;
    m_cached = 0;
    if (!m_connection.ensureOpen()) {
        m_error = m_connection.error();
        return ids;
    }
    QSqlDatabase &db = m_connection.db();
    try {
        sql::Statement count(db, QStringLiteral("SELECT count(*) FROM contacts WHERE account=? AND deleted_at IS NULL"));
        count.exec({kAccount});
        m_cached = count.next() ? count.value(0).toInt() : 0;

        const QString live = m_showDeleted ? QString() : QStringLiteral(" AND c.deleted_at IS NULL");
        const QString match = SearchIndex::matchExpression(m_filter);
        if (match.isEmpty()) {
            sql::Statement q(db, QStringLiteral("SELECT c.id FROM contacts c WHERE c.account=?%1 "
                                                "ORDER BY c.display_name COLLATE NOCASE, c.id").arg(live));
            for (q.exec({kAccount}); q.next();)
                ids.append(q.value(0).toLongLong());
        } else {
            // Deleted contacts leave the search index; with "Show deleted" they match by name.
            const QString deleted = m_showDeleted
                ? QStringLiteral(" UNION ALL SELECT c.id, c.display_name FROM contacts c WHERE c.account=? "
                                 "AND c.deleted_at IS NOT NULL AND (c.display_name LIKE ? OR c.primary_email LIKE ?)")
                : QString();
            sql::Statement q(db, QStringLiteral(
                "SELECT id FROM (SELECT c.id AS id, c.display_name AS name FROM search JOIN contacts c "
                "ON c.id = search.rowid - ? WHERE search MATCH ? AND search.rowid >= ? AND search.rowid < ? "
                "AND c.account=?%1%2) ORDER BY name COLLATE NOCASE, id").arg(live, deleted));
            const QString like = QLatin1Char('%') + m_filter + QLatin1Char('%');
            if (m_showDeleted)
                q.exec({kContactRowBase, match, kContactRowBase, kNextKindBase, kAccount, kAccount, like, like});
            else
                q.exec({kContactRowBase, match, kContactRowBase, kNextKindBase, kAccount});
            for (; q.next();)
                ids.append(q.value(0).toLongLong());
        }
        m_error.clear();
    } catch (const Error &e) {
        // A filter FTS5 cannot parse, a locked or damaged file: show nothing and say why.
        m_error = e.message;
        qCWarning(lcContactsModel) << "query failed:" << e.message;
        ids.clear();
    }
    return ids;
}

QList<ContactsModel::Row> ContactsModel::loadRows(qsizetype from, qsizetype count)
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
            "SELECT id, display_name, primary_email, primary_phone, organization, deleted_at FROM contacts "
            "WHERE id IN (SELECT value FROM json_each(?))"));
        q.exec({QString::fromUtf8(QJsonDocument(idList).toJson(QJsonDocument::Compact))});
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.name = q.value(1).toString();
            r.email = q.value(2).toString();
            r.phone = q.value(3).toString();
            r.organization = q.value(4).toString();
            r.deleted = !q.value(5).isNull();
            byId.insert(r.id, r);
        }
    } catch (const Error &e) {
        m_error = e.message;
        qCWarning(lcContactsModel) << "loading rows failed:" << e.message;
    }
    rows.reserve(end - from);
    for (qsizetype i = from; i < end; ++i) {
        Row r = byId.value(m_ids.at(i));
        r.id = m_ids.at(i); // a row gone since the id query stays, empty, until the next reload
        rows.append(r);
    }
    return rows;
}

void ContactsModel::reload()
{
    reset(qMax<qsizetype>(m_batch, m_rows.size()));
}

void ContactsModel::reset(qsizetype keep)
{
    {
        // No fetchMore from a slot of modelAboutToBeReset or modelReset (QAbstractItemModelTester
        // runs its checks, fetchMore included, from both): rows appended in between would be
        // replaced or counted twice. A view asks again once it lays out.
        QScopedValueRollback<bool> guard(m_notifying, true);
        beginResetModel();
        m_ids = queryIds();
        m_rows = loadRows(0, keep);
        endResetModel();
    }
    Q_EMIT reloaded();
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ContactsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_rows.size() < m_ids.size();
}

void ContactsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // No nested fetchMore from a slot of rowsAboutToBeInserted or rowsInserted: a nested call
    // would insert the same rows (from == m_rows.size()) before this one appends them, so the
    // rows would no longer follow m_ids. The rollback keeps an outer guard set on return.
    QScopedValueRollback<bool> guard(m_notifying, true);
    const qsizetype from = m_rows.size();
    const QList<Row> more = loadRows(from, m_batch);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(from), int(from + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            if (r.name.isEmpty())
                return role == Qt::DisplayRole ? tr("(no name)") : QVariant();
            return r.deleted && role == Qt::ToolTipRole ? tr("%1 (deleted)").arg(r.name) : r.name;
        case Email: return r.email;
        case Phone: return r.phone;
        case Organization: return r.organization;
        }
        return {};
    case Qt::ForegroundRole:
        if (r.deleted || (index.column() == Name && r.name.isEmpty()))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (r.deleted) {
            QFont f;
            f.setItalic(true);
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case ContactIdRole: return r.id;
    case DeletedRole: return r.deleted;
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Organization: return tr("Organization");
    }
    return {};
}

} // namespace cairn
