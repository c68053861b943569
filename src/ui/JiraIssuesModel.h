#pragma once
#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cairn {

class ReadConnection;

// The cached Jira issues as a table, read through the window's read-only connection, like
// ContactsModel: a reload finds the ordered ids of every match (sorted by the chosen
// column; filtered through the full-text index), then rows load lazily `batchSize` at a
// time (canFetchMore/fetchMore). Deleted issues are hidden unless `showDeleted`.
class JiraIssuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Summary, Status, Assignee, Updated, ColumnCount };
    enum Role { IssueRowIdRole = Qt::UserRole + 1, DeletedRole };

    explicit JiraIssuesModel(ReadConnection &connection, QObject *parent = nullptr);

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    bool showDeleted() const { return m_showDeleted; }
    void setShowDeleted(bool show);
    void setBatchSize(int rows) { m_batch = qMax(1, rows); }
    int matchCount() const { return int(m_ids.size()); }
    qint64 rowIdAt(int row) const; // jira_issues.id
    QString lastError() const { return m_error; }

    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void reloaded();

private:
    struct Row
    {
        qint64 id = 0;
        QString key;
        QString summary;
        QString status;
        QString category;
        QString assignee;
        QDateTime updated;
        bool deleted = false;
    };
    void reset(qsizetype keep);
    QList<qint64> queryIds();
    QList<Row> loadRows(qsizetype from, qsizetype count);

    ReadConnection &m_connection;
    QString m_filter;
    bool m_showDeleted = false;
    int m_batch = 200;
    int m_sortColumn = Updated;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    bool m_notifying = false;
    QList<qint64> m_ids;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace cairn
