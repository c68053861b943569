#include "ContactsQuery.h"
#include "ContactsRepo.h"
#include "SearchIndex.h"
#include "Sql.h"

namespace cairn {

namespace {
// The sort key of each order. Names sort by their key column, which an index of live
// contacts answers at once (Database.cpp, step 7).
QString orderKey(int order)
{
    switch (order) {
    case ContactsQuery::Email: return QStringLiteral("c.primary_email COLLATE NOCASE");
    case ContactsQuery::Phone: return QStringLiteral("c.primary_phone");
    case ContactsQuery::Organization: return QStringLiteral("c.organization COLLATE NOCASE");
    case ContactsQuery::Account: return QStringLiteral("c.account");
    default: return QStringLiteral("c.sort_key");
    }
}
} // namespace

ListCursor ContactsQuery::cursor() const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT c.id FROM contacts c WHERE ");
    sql += showDeleted() ? QStringLiteral("1") : QStringLiteral("c.deleted_at IS NULL");
    // Deleted contacts leave the search index; with "Show deleted" they match as the index
    // would (each word the start of a word, accents and case aside: Collation::matches). The
    // matches are looked up as the index of live contacts gives them in order ("+": not by
    // their ids, then sorted), and the first screen is there once it has found a screenful.
    sql += filterClause(QStringLiteral("+c.id"), int(kContactKind),
                        QStringLiteral("c.id IN (SELECT id FROM contacts WHERE deleted_at IS NOT NULL "
                                       "AND cairn_match(?, display_name, primary_email, organization))"),
                        binds);
    const QString dir = direction();
    sql += QStringLiteral(" ORDER BY %1%2").arg(orderKey(order()), dir);
    if (order() == Account)
        sql += QStringLiteral(", c.sort_key") + dir;
    sql += QStringLiteral(", c.id") + dir;
    return ListCursor(sql, binds);
}

QHash<qint64, ContactsQuery::Row> ContactsQuery::rows(QSqlDatabase &db, const QList<qint64> &ids)
{
    QHash<qint64, Row> byId;
    sql::Statement q(db, QStringLiteral(
        "SELECT id, account, display_name, primary_email, primary_phone, organization, deleted_at, resource_name FROM contacts "
        "WHERE id IN (SELECT value FROM json_each(?))"));
    q.exec({idList(ids)});
    while (q.next()) {
        Row r;
        sql::readRow(q, r.id, r.account, r.name, r.email, r.phone, r.organization, sql::notNull(r.deleted), r.resourceName);
        byId.insert(r.id, r);
    }
    return byId;
}

ContactsQuery::Card ContactsQuery::card(QSqlDatabase &db, qint64 id)
{
    Card card;
    sql::Statement a(db, QStringLiteral("SELECT account FROM contacts WHERE id=?"));
    a.exec({id});
    if (!a.next())
        return card;
    card.account = a.value(0).toString();
    a.finish();
    card.contact = ContactsRepo::byId(db, id);
    sql::Statement g(db, QStringLiteral("SELECT resource_name, name FROM contact_groups WHERE account=?"));
    for (g.exec({card.account}); g.next();)
        card.groupNames.insert(g.value(0).toString(), g.value(1).toString());
    return card;
}

} // namespace cairn
