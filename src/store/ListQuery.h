#pragma once
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cairn {

// The ordered ids of the items a list shows: one statement (its text and its values) that a
// list pages through a window at a time — the first screen of 100 000 items without reading
// the rest — and counts. Being plain values, a cursor made on the window's connection can be
// counted on a pool thread's connection of its own (docs/architecture.md §1.6).
class ListCursor
{
public:
    ListCursor() = default;
    ListCursor(QString sql, QVariantList binds)
        : m_sql(std::move(sql))
        , m_binds(std::move(binds))
    {
    }

    bool isNull() const { return m_sql.isEmpty(); }
    // The ids of the items at [from, from + count), in order. Throws cairn::Error.
    QList<qint64> ids(QSqlDatabase &db, qsizetype from, qsizetype count) const;
    // The place of `id` in the order (0 first), -1 when it is not listed. Throws cairn::Error.
    qsizetype position(QSqlDatabase &db, qint64 id) const;
    // Every item listed. Throws cairn::Error.
    int count(QSqlDatabase &db) const;
    // The same on a read-only connection of its own to the cache at `databasePath` (for a pool
    // thread: the window's connection stays on the GUI thread). Throws cairn::Error.
    int countIn(const QString &databasePath) const;

private:
    QString m_sql;
    QVariantList m_binds;
};

// What every list of the window asks the store (ContactsQuery, TasksQuery, PullsQuery,
// IssuesQuery): the items of every account of a source, filtered by what a person typed
// (the full-text index's prefix matching), deleted ones on request, in an order of the
// query's own (its `Order`, ascending or descending; the id breaks ties). A query owns its
// SQL: the window sets its parameters and reads ids through cursor(), then the rows of the
// ids it shows through the query's rows().
class ListQuery
{
public:
    virtual ~ListQuery() = default;

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text) { m_filter = text.simplified(); }
    bool showDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show) { m_showDeleted = show; }
    // `key`: a value of the query's Order; `descending` reverses it.
    int order() const { return m_order; }
    bool descending() const { return m_descending; }
    void setOrder(int key, bool descending)
    {
        m_order = key;
        m_descending = descending;
    }

    // The ids of the matching items, in order. Throws cairn::Error.
    virtual ListCursor cursor() const = 0;
    // Live items of every account, whatever the filter. Throws cairn::Error.
    int liveCount(QSqlDatabase &db) const;
    // The accounts that have items (deleted ones too), in name order: a list shows which
    // account an item is of when there is more than one. Throws cairn::Error.
    QStringList accounts(QSqlDatabase &db) const;

protected:
    // The table of the items (its rows have `account` and `deleted_at`).
    virtual QString table() const = 0;
    // " ASC" or " DESC".
    QString direction() const;
    // " AND (<idColumn> IN <the index's matches of the filter among items of `kind`>)", its
    // values added to `binds`; "" without a filter. Deleted items leave the index: with
    // showDeleted, those meeting `deletedMatch` are kept too (each `?` in it bound to the
    // filter, for `cairn_match(?, column, …)`: the index's matching, Collation::matches).
    QString filterClause(const QString &idColumn, int kind, const QString &deletedMatch, QVariantList &binds) const;
    // The cursor of the table's items as `alias` ("p"): the live ones (all with showDeleted),
    // filtered (filterClause, its matches by `matchId`: "+p.id" looks them up in the index's
    // order), in `orderKey`'s order, then by id.
    ListCursor itemsCursor(const QString &alias, const QString &matchId, int kind, const QString &deletedMatch,
                           const QString &orderKey) const;
    // The ids as a JSON array text, for `IN (SELECT value FROM json_each(?))`.
    static QString idList(const QList<qint64> &ids);

private:
    QString m_filter;
    bool m_showDeleted = false;
    int m_order = 0;
    bool m_descending = false;
};

} // namespace cairn
