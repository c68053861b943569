#include "ListQuery.h"
#include "Database.h"
#include "Error.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace cairn {

QList<qint64> ListCursor::ids(QSqlDatabase &db, qsizetype from, qsizetype count) const
{
    QList<qint64> out;
    if (isNull() || count <= 0)
        return out;
    sql::Statement q(db, m_sql + QStringLiteral(" LIMIT ? OFFSET ?"));
    QVariantList binds = m_binds;
    binds << qint64(count) << qint64(from);
    out.reserve(count);
    for (q.execList(binds); q.next();)
        out.append(q.value(0).toLongLong());
    return out;
}

qsizetype ListCursor::position(QSqlDatabase &db, qint64 id) const
{
    if (isNull())
        return -1;
    sql::Statement q(db, QStringLiteral(
        "SELECT pos FROM (SELECT id, row_number() OVER () - 1 AS pos FROM (%1)) WHERE id = ?").arg(m_sql));
    QVariantList binds = m_binds;
    binds << id;
    q.execList(binds);
    return q.next() ? qsizetype(q.value(0).toLongLong()) : -1;
}

int ListCursor::count(QSqlDatabase &db) const
{
    if (isNull())
        return 0;
    sql::Statement q(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(m_sql));
    q.execList(m_binds);
    return q.next() ? q.value(0).toInt() : 0;
}

int ListCursor::countIn(const QString &databasePath) const
{
    const QString name = QStringLiteral("cairn-count-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int n = 0;
    try {
        QSqlDatabase db = Database::open(databasePath, name, Database::Role::Reader);
        n = count(db);
    } catch (...) {
        Database::close(name);
        throw;
    }
    Database::close(name);
    return n;
}

int ListQuery::liveCount(QSqlDatabase &db) const
{
    sql::Statement q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table()));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList ListQuery::accounts(QSqlDatabase &db) const
{
    // One index step per account (each table's unique key leads with the account), however
    // many items: the next account after the last one found.
    sql::Statement q(db, QStringLiteral(
        "WITH RECURSIVE a(name) AS (SELECT min(account) FROM %1 "
        "UNION ALL SELECT (SELECT min(account) FROM %1 WHERE account > a.name) FROM a WHERE a.name IS NOT NULL) "
        "SELECT name FROM a WHERE name IS NOT NULL").arg(table()));
    QStringList out;
    for (q.exec(); q.next();)
        out << q.value(0).toString();
    return out;
}

QString ListQuery::direction() const
{
    return m_descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
}

QString ListQuery::filterClause(const QString &idColumn, int kind, const QString &deletedMatch, QVariantList &binds) const
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

ListCursor ListQuery::itemsCursor(const QString &alias, const QString &matchId, int kind, const QString &deletedMatch,
                                  const QString &orderKey) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1.id FROM %2 %1 WHERE ").arg(alias, table());
    sql += showDeleted() ? QStringLiteral("1") : alias + QStringLiteral(".deleted_at IS NULL");
    sql += filterClause(matchId, kind, deletedMatch, binds);
    sql += QStringLiteral(" ORDER BY %1, %2.id%3").arg(orderKey, alias, direction());
    return ListCursor(sql, binds);
}

QString ListQuery::idList(const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace cairn
