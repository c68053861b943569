#include "ContactsModel.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "Words.h"

#include <QApplication>
#include <QPalette>

namespace cairn {

namespace {
const QString kAccount = QStringLiteral("default");
// Contact rows of the search index: rowid = (kind << 40) + contacts.id (SearchIndex.cpp).
constexpr qint64 kContactRowBase = qint64(SearchIndex::Kind::Contact) << 40;
constexpr qint64 kNextKindBase = (qint64(SearchIndex::Kind::Contact) + 1) << 40;

// The sort key of each column; the id breaks ties so the order is total. Names sort by their
// key column (the locale's order, numeric, the nameless ones last: ContactsRepo::sortKey),
// which an index of live contacts answers at once.
QString orderKey(int column)
{
    switch (column) {
    case ContactsModel::Email: return QStringLiteral("c.primary_email COLLATE NOCASE");
    case ContactsModel::Phone: return QStringLiteral("c.primary_phone");
    case ContactsModel::Organization: return QStringLiteral("c.organization COLLATE NOCASE");
    default: return QStringLiteral("c.sort_key");
    }
}

// A contact's title (words::contactTitle) from its row's values.
QString titleOf(const LazySqlModel::Row &r)
{
    return words::contactTitle(r.values.value(ContactsModel::Name).toString(), r.values.value(ContactsModel::Email).toString(),
                               r.values.value(ContactsModel::Organization).toString(), r.values.value(ContactsModel::Phone).toString());
}
} // namespace

ContactsModel::ContactsModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection, parent)
{
}

QString ContactsModel::idQuery(QVariantList &binds)
{
    const QString live = showDeleted() ? QString() : QStringLiteral(" AND c.deleted_at IS NULL");
    const QString order = orderKey(sortColumn()) + direction() + QStringLiteral(", c.id") + direction();
    const QString match = SearchIndex::matchExpression(filterText());
    binds << kAccount;
    if (match.isEmpty())
        return QStringLiteral("SELECT c.id FROM contacts c WHERE c.account=?%1 ORDER BY %2").arg(live, order);
    // Deleted contacts leave the search index; with "Show deleted" they match as the index
    // would (each word the start of a word, accents and case aside: Collation::matches).
    const QString deleted = showDeleted()
        ? QStringLiteral(" OR c.id IN (SELECT id FROM contacts WHERE account=? AND deleted_at IS NOT NULL "
                         "AND cairn_match(?, display_name, primary_email, organization))")
        : QString();
    binds << kContactRowBase << match << kContactRowBase << kNextKindBase;
    if (showDeleted())
        binds << kAccount << filterText();
    return QStringLiteral(
        "SELECT c.id FROM contacts c WHERE c.account=?%1 AND (c.id IN (SELECT rowid - ? FROM search "
        "WHERE search MATCH ? AND rowid >= ? AND rowid < ?)%2) ORDER BY %3").arg(live, deleted, order);
}

QHash<qint64, LazySqlModel::Row> ContactsModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    QHash<qint64, Row> byId;
    sql::Statement q(db, QStringLiteral(
        "SELECT id, display_name, primary_email, primary_phone, organization, deleted_at FROM contacts "
        "WHERE id IN (SELECT value FROM json_each(?))"));
    q.exec({idList(ids)});
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.values = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        r.deleted = !q.value(5).isNull();
        byId.insert(r.id, r);
    }
    return byId;
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::display(const Row &r, int column) const
{
    if (column == Name && r.values.value(Name).toString().isEmpty()) {
        const QString title = titleOf(r);
        return title.isEmpty() ? tr("(no name)") : title;
    }
    return LazySqlModel::display(r, column);
}

QVariant ContactsModel::extraData(const Row &r, int column, int role) const
{
    const QString name = r.values.value(Name).toString();
    if (role == Qt::ToolTipRole) {
        if (column == Name) {
            const QString title = titleOf(r);
            const QString shown = name.isEmpty() && !title.isEmpty() ? tr("%1 (no name)").arg(title) : name;
            return shown.isEmpty() ? QVariant() : r.deleted ? tr("%1 (deleted)").arg(shown) : shown;
        }
        return r.values.value(column);
    }
    if (role == Qt::ForegroundRole && column == Name && name.isEmpty())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazySqlModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Organization: return tr("Organization");
    }
    return {};
}

} // namespace cairn
