#pragma once
#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace cairn {

class ReadConnection;

// The contacts of the cache as a table, read through the window's read-only connection.
// A reload finds the ordered ids of every matching contact (one index scan, or one FTS
// query when filtered); rows are then loaded lazily, `batchSize` at a time, as the view
// scrolls (canFetchMore/fetchMore). Deleted contacts are hidden unless `showDeleted`.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, Organization, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1, DeletedRole };

    explicit ContactsModel(ReadConnection &connection, QObject *parent = nullptr);

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    bool showDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show);
    void setBatchSize(int rows) { m_batch = qMax(1, rows); }
    int batchSize() const { return m_batch; }

    // Every contact that matches, loaded or not.
    int matchCount() const { return int(m_ids.size()); }
    // Live contacts in the cache, whatever the filter (for the empty-state message).
    int cachedCount() const { return m_cached; }
    qint64 contactIdAt(int row) const;
    // The row of a contact, loading rows up to it when needed; -1 when it does not match.
    int rowOfContact(qint64 id);
    QString lastError() const { return m_error; }

    // Queries again (after a sync wrote). Keeps at least as many rows loaded as before.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void reloaded();

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString email;
        QString phone;
        QString organization;
        bool deleted = false;
    };
    // Queries the ids again and loads the first `keep` rows, inside one model reset.
    void reset(qsizetype keep);
    QList<qint64> queryIds();
    QList<Row> loadRows(qsizetype from, qsizetype count);

    ReadConnection &m_connection;
    QString m_filter;
    bool m_showDeleted = false;
    int m_batch = 200;
    int m_cached = 0;
    bool m_notifying = false; // inside a reset or an insertion (fetchMore is refused meanwhile)
    QList<qint64> m_ids; // every matching contact, in display order
    QList<Row> m_rows;   // the loaded prefix of m_ids
    QString m_error;
};

} // namespace cairn
