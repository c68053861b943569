#pragma once
#include "Error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace cairn::sql {

// The connection's own SQLite handle (the QSQLITE driver's); null when it is not open.
::sqlite3 *handleOf(QSqlDatabase &db);

// A prepared statement with positional bound values; throws cairn::Error(Store) on failure.
// All SQL in Cairn binds its values: no string is ever pasted into a statement.
//
// It runs on the connection's own SQLite handle (the QSQLITE driver's), not through
// QSqlQuery: QSqlResult::bindValue names every positional value (":N", a string and a hash
// entry per value) and the driver converts every text to UTF-16 and back. Callgrind put that
// at a quarter of the writer thread's instructions in a contacts or Jira sync. Values bind as
// QSQLITE binds them: a null QString, QByteArray or invalid date is NULL, integers and bools
// are INTEGER, doubles REAL, QByteArray a BLOB, dates ISO 8601 text, anything else its text.
class Statement
{
public:
    // Keeps the statements of one connection prepared once they have run, for the next
    // Statement of the same SQL on it (the store writer's: each page's transaction builds the
    // same dozen statements, and preparing them was 4-6 % of that thread). Lives on the
    // connection's thread, from its opening to before its closing; only one per thread.
    class Cache
    {
    public:
        explicit Cache(QSqlDatabase &db);
        ~Cache(); // finalises them: before the connection closes
        Cache(const Cache &) = delete;
        Cache &operator=(const Cache &) = delete;

    private:
        friend class Statement;
        ::sqlite3 *m_db = nullptr;
        QHash<QString, QList<::sqlite3_stmt *>> m_free;
    };

    Statement(QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds `values` (one per `?`, in order; none: the values bound by bind() stay) and runs
    // the statement; the rows of a query follow with next().
    Statement &exec(std::initializer_list<QVariant> values = {}) { return execList(values); }
    // The same with values assembled at run time.
    template<typename List>
    Statement &execList(const List &values)
    {
        reset();
        int i = 0;
        for (const QVariant &v : values)
            bind(i++, v);
        if (i > 0 && i != parameterCount())
            failCount(i);
        return run();
    }
    // Binds one value (0-based) for the next exec().
    void bind(int index, const QVariant &value);
    bool next();
    QVariant value(int i) const;
    QVariant lastInsertId() const { return m_lastInsertId; }
    int rowsAffected() const { return m_changes; }
    // Ends a query before its last row (a statement left open holds its read).
    void finish() { reset(); }

private:
    void reset();
    Statement &run();
    int parameterCount() const;
    [[noreturn]] void fail(int code);
    [[noreturn]] void failCount(int given);

    ::sqlite3 *m_db = nullptr;
    ::sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;         // kept when the statement goes back to a Cache
    Cache *m_cache = nullptr;
    QList<QByteArray> m_texts; // the bound texts, alive until the next bind
    bool m_rowPending = false; // run() stepped onto a row next() has not returned yet
    bool m_active = false;     // a row is current, more may follow
    QVariant m_lastInsertId;
    int m_changes = 0;
};

// The text a time is stored as: t.toUTC().toString(Qt::ISODateWithMs), e.g.
// "2026-12-01T02:18:03.951Z" — written here without QString::asprintf, which cost 13 % of
// the writer thread of a Jira sync (three times an issue).
QString isoUtc(const QDateTime &t);

inline QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(isoUtc(t)) : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

inline QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// A list of names (labels, people) as a column stores it: a compact JSON array, NULL for none;
// and back (a NULL or malformed one: none).
QVariant listValue(const QStringList &names);
QStringList listFrom(const QVariant &v);

// A row read into fields: column after column in the SELECT's order (readColumns: from column
// `first` on), each as its field's type
// stores it — QString, int, qint64, bool, QDateTime (timeFrom), QStringList (listFrom),
// QJsonArray (a JSON text; none when NULL or malformed) — and notNull(flag) for a flag that says
// whether the column holds anything (deleted_at: deleted). A type not listed does not compile.
//     sql::readRow(q, p.repo, p.number, p.title, sql::notNull(p.deleted));
struct NotNull
{
    bool &flag;
};
inline NotNull notNull(bool &flag)
{
    return {flag};
}

inline void readColumn(const QVariant &v, QString &out) { out = v.toString(); }
inline void readColumn(const QVariant &v, int &out) { out = v.toInt(); }
inline void readColumn(const QVariant &v, qint64 &out) { out = v.toLongLong(); }
inline void readColumn(const QVariant &v, bool &out) { out = v.toBool(); }
inline void readColumn(const QVariant &v, QDateTime &out) { out = timeFrom(v); }
inline void readColumn(const QVariant &v, QStringList &out) { out = listFrom(v); }
void readColumn(const QVariant &v, QJsonArray &out);
inline void readColumn(const QVariant &v, NotNull out) { out.flag = !v.isNull(); }

template<typename... Fields>
void readColumns(const Statement &q, int first, Fields &&...fields)
{
    int column = first;
    (readColumn(q.value(column++), std::forward<Fields>(fields)), ...);
}
template<typename... Fields>
void readRow(const Statement &q, Fields &&...fields)
{
    readColumns(q, 0, std::forward<Fields>(fields)...);
}

} // namespace cairn::sql
