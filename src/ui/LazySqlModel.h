#pragma once
#include "ListQuery.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace cairn {

class ReadConnection;

// What every list of the window shares: a table over the window's read connection that pages
// through the store's answer to a query (a ListQuery of src/store: ContactsQuery, TasksQuery,
// PullsQuery, IssuesQuery). A reload reads the ids of the first rows only (the query's
// cursor, a window at a time, so a big cache shows its first screen at once) and counts every
// match on a thread of its own (its own read-only connection: at 100 000 items a count takes
// tens of milliseconds the GUI thread need not wait for; `counted` says when it is known).
// More rows are read `batchSize` at a time as the view scrolls (canFetchMore/fetchMore).
// Deleted items are hidden unless `showDeleted`. Clicking a header sorts in the store. The
// items are those of every account of the source; with more than one, the account column
// shows (ListPage). A subclass owns its query and says how a batch of its rows is shown.
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

    // A column of the list: its header — QT_TRANSLATE_NOOP in the subclass's own context
    // ("cairn::PullsModel"), translated when asked; null for the account's column, whose header
    // is accountHeader() — and the query's order (its Order) that sorts by it.
    struct Column
    {
        const char *title;
        int order;
    };
    // The columns, one per number of the subclass's Column enum.
    LazySqlModel(ReadConnection &connection, QList<Column> columns, QObject *parent = nullptr);

    QString filterText() const { return query().filterText(); }
    void setFilterText(const QString &text);
    bool showDeleted() const { return query().showDeleted(); }
    void setShowDeleted(bool show);
    void setBatchSize(int rows) { m_batch = qMax(1, rows); }
    int batchSize() const { return m_batch; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Live items of every account, whatever the filter: read when asked (the empty-state
    // text), not at every reload.
    int cachedCount();
    // The accounts the items are of (read at each reload), and the column that names an
    // item's account (-1: none); ListPage shows it when there is more than one account.
    QStringList accounts() const { return m_accounts; }
    bool hasSeveralAccounts() const { return m_accounts.size() > 1; }
    int accountColumn() const;
    // That column's header: "Account", as the Accounts dialog's column says it.
    static QString accountHeader();
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
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded();
    // The count of matches is known (after a reload, a new filter, sort or scope).
    void counted();

protected:
    // The subclass's query: its filter, deletions and order are set here, its own parameters
    // (a project, completed tasks) by the subclass, which reloads after changing them.
    virtual ListQuery &query() = 0;
    virtual const ListQuery &query() const = 0;
    // The rows of `ids` (any order; missing ids stay as empty rows until the next reload).
    // Throws cairn::Error.
    virtual QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) = 0;
    // loadRows' usual body: the query's rows by id, each shown by `show` (a Row whose id is
    // set here).
    template <typename QueryRow, typename Show>
    static QHash<qint64, Row> rowsOf(const QHash<qint64, QueryRow> &rows, Show show)
    {
        QHash<qint64, Row> out;
        out.reserve(rows.size());
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            Row r = show(it.value());
            r.id = it.key();
            out.insert(r.id, std::move(r));
        }
        return out;
    }
    // Display text of a cell; by default values[column].
    virtual QVariant display(const Row &row, int column) const;
    // Other roles of a cell (tool tips, alignment…); null for the default.
    virtual QVariant extraData(const Row &row, int column, int role) const;

    void setDefaultSort(int column, Qt::SortOrder order) { m_sortColumn = column; m_sortOrder = order; }

private:
    void reset(qsizetype keep);
    // The ids of rows [from, from + count) of the current cursor, and their rows.
    // Sets m_more: whether rows follow the ones loaded.
    QList<Row> load(qsizetype from, qsizetype count);
    void startCount();
    void takeCount(); // the counting thread's answer, unless a newer query or the rows overtook it
    void setCount(int count);

    ReadConnection &m_connection;
    const QList<Column> m_columns;
    int m_batch = 200;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_notifying = false; // inside a reset or an insertion (fetchMore is refused meanwhile)
    ListCursor m_cursor;   // the ids of the current query
    QStringList m_accounts;
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
