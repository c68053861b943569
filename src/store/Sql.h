#pragma once
#include "Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace cairn::sql {

// A prepared statement with positional bound values; throws cairn::Error(Store) on failure.
// All SQL in Cairn binds its values: no string is ever pasted into a statement.
class Statement
{
public:
    Statement(QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            fail();
    }
    Statement &exec(std::initializer_list<QVariant> values = {}) { return execList(values); }
    // The same with values assembled at run time (one per `?`, in order).
    template<typename List>
    Statement &execList(const List &values)
    {
        int i = 0;
        for (const QVariant &v : values)
            m_query.bindValue(i++, v);
        if (!m_query.exec())
            fail();
        return *this;
    }
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

private:
    [[noreturn]] void fail()
    {
        const QString why = m_query.lastError().text().simplified();
        throw Error(Error::Kind::Store, QStringLiteral("database: %1").arg(why.isEmpty() ? QStringLiteral("unknown error") : why));
    }
    QSqlQuery m_query;
};

inline QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

inline QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace cairn::sql
