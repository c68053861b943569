#include "SchemaDump.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace cairn::test {

QJsonObject schemaOf(QSqlDatabase &db)
{
    QJsonObject out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    out.insert(QStringLiteral("user_version"), q.value(0).toInt());
    QJsonArray meta;
    if (q.exec(QStringLiteral("SELECT key, value FROM meta ORDER BY key")))
        while (q.next())
            meta.append(QJsonArray{q.value(0).toString(), q.value(1).toString()});
    out.insert(QStringLiteral("meta"), meta);
    // The search index's settings (step 5's automerge) are rows of its own, not schema.
    QJsonArray search;
    if (q.exec(QStringLiteral("SELECT k, v FROM search_config ORDER BY k")))
        while (q.next())
            search.append(QJsonArray{q.value(0).toString(), q.value(1).toString()});
    out.insert(QStringLiteral("search_config"), search);
    QJsonArray objects;
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name, tbl_name, sql")))
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        objects.append(QJsonObject{{QStringLiteral("type"), q.value(0).toString()},
                                   {QStringLiteral("name"), q.value(1).toString()},
                                   {QStringLiteral("tbl_name"), q.value(2).toString()},
                                   {QStringLiteral("sql"), q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toString())}});
    out.insert(QStringLiteral("sqlite_master"), objects);
    return out;
}

} // namespace cairn::test
