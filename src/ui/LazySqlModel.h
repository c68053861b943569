#pragma once
#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace cairn {

class ReadConnection;

// What every list of the window shares: a table over the window's read connection. A reload
// reads the ids of the first rows only (the subclass's ordered id query with LIMIT/OFFSET, so
// a big cache shows its first screen at once) and counts every match on a thread of its own
// (its own read-only connection: at 100 000 items a count takes tens of milliseconds the GUI
// thread need not wait for; `counted` says when it is known). More rows are read `batchSize`
// at a time as the view scrolls (canFetchMore/fetchMore). Deleted items are
// hidden unless `showDeleted`. Clicking a header sorts through SQL. A subclass says how to
// find the ids (one SELECT with ORDER BY) and how to load a batch of rows.
class LazySqlModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ItemIdRole = Qt::UserRole + 1, DeletedRole, FirstCustomRole };

    struct Row
    {
        qint64 id = 0;
        bool deleted = false;
        QVariantList values; // one per column, as displayed (subclasses may keep more)
    };

    explicit LazySqlModel(ReadConnection &connection, QObject *parent = nullptr);

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    bool showDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show);
    void setBatchSize(int rows) { m_batch = qMax(1, rows); }
    int batchSize() const { return m_batch; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Live items of the list's table (the default account's), whatever the filter: read when
    // asked (the empty-state text), not at every reload.
    int cachedCount();
    // Every item that matches, loaded or not; waits for the count if it is still running.
    int matchCount();
    // Whether matchCount() would answer at once (else `counted` follows).
    bool isCountKnown() const { return m_count >= 0; }
    qint64 idAt(int row) const;
    const Row *rowAt(int row) const;
    // The row of an item, loading rows up to it when needed; -1 when it does not match.
    int rowOfId(qint64 id);
    QString lastError() const { return m_error; }

    // Queries again (after a sync wrote). Keeps at least as many rows loaded as before.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Loads every matching row (Ctrl+End goes to the true end, not the end of what is loaded).
    void fetchAll();
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded();
    // The count of matches is known (after a reload, a new filter, sort or scope).
    void counted();

protected:
    // The SELECT of the ids of every matching item (one column) in display order, with its
    // bound values. Throws cairn::Error (lastError).
    virtual QString idQuery(QVariantList &binds) = 0;
    // The table the items live in (its rows have `account` and `deleted_at`).
    virtual QString itemTable() const = 0;
    // The rows of `ids` (any order; missing ids stay as empty rows until the next reload).
    virtual QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) = 0;
    // Display text of a cell; by default values[column].
    virtual QVariant display(const Row &row, int column) const;
    // Other roles of a cell (tool tips, alignment…); null for the default.
    virtual QVariant extraData(const Row &row, int column, int role) const;

    // " ASC" or " DESC" for the current order.
    QString direction() const;
    void setDefaultSort(int column, Qt::SortOrder order) { m_sortColumn = column; m_sortOrder = order; }
    // " AND (<idColumn> IN <the search index's matches of the filter for items of `kind`>)",
    // binding its values; "" without a filter. Deleted items leave the index: with "Show
    // deleted", those meeting `deletedMatch` are kept too (each `?` bound to the filter, for
    // `cairn_match(?, column, …)`: the index's matching, Collation::matches).
    QString filterClause(const QString &idColumn, int kind, const QString &deletedMatch, QVariantList &binds) const;
    // The ids as a JSON array text, for `WHERE id IN (SELECT value FROM json_each(?))`.
    static QString idList(const QList<qint64> &ids);

private:
    void reset(qsizetype keep);
    // The ids of rows [from, from + count) of the current query, and their rows.
    // Sets m_more: whether rows follow the ones loaded.
    QList<Row> load(qsizetype from, qsizetype count);
    QList<qint64> idsAt(qsizetype from, qsizetype count);
    void startCount();
    void takeCount(); // the counting thread's answer, unless a newer query or the rows overtook it
    void setCount(int count);

    ReadConnection &m_connection;
    QString m_filter;
    bool m_showDeleted = false;
    int m_batch = 200;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_notifying = false; // inside a reset or an insertion (fetchMore is refused meanwhile)
    QString m_query;       // the current id query and its values
    QVariantList m_binds;
    int m_count = 0;       // matching items; -1 while they are counted
    bool m_more = false;   // rows follow the loaded ones (known before the count)
    struct Counted
    {
        quint64 generation = 0;
        int count = -1;
        QString error;
    };
    QFutureWatcher<Counted> m_counting;
    quint64 m_generation = 0;
    QList<Row> m_rows;     // the loaded first rows
    QString m_error;
};

} // namespace cairn
