#pragma once
#include "GitHub.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cairn {

class ReadConnection;

// The cached pull requests of every configured repository as a table, newest update first,
// read through the window's read-only connection. `filter` keeps the pulls whose repository,
// number, title, author or labels contain every word; deleted pulls are hidden unless shown.
// Rows appear `kBatch` at a time as the view scrolls (canFetchMore/fetchMore); any column sorts.
class PullsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Repo, Number, Title, State, Author, ReviewStatus, Updated, ColumnCount };
    static constexpr int kBatch = 100;
    enum Role { DeletedRole = Qt::UserRole + 1, UrlRole };

    explicit PullsModel(ReadConnection &connection, QObject *parent = nullptr);

    void setFilter(const QString &text);
    void setShowDeleted(bool show);
    void reload();
    int totalLive() const { return m_totalLive; }
    const PullRequest &pullAt(int row) const { return m_rows.at(row); }
    QList<PullReview> reviewsAt(int row) const;
    int matchingCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString stateText(const PullRequest &p);
    // The latest review of each reviewer, summed up: changes requested, approved, commented,
    // review requested, or "".
    static QString reviewStatus(const PullRequest &p, const QList<PullReview> &reviews);

private:
    bool matches(const PullRequest &p) const;
    void applySort();

    ReadConnection &m_connection;
    QList<PullRequest> m_all;
    QList<PullRequest> m_rows;
    QHash<QString, QList<PullReview>> m_reviews; // by "repo#number"
    int m_shown = 0;
    bool m_notifying = false; // no fetchMore from slots of our own reset/insert signals
    int m_sortColumn = Updated;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QStringList m_words;
    bool m_showDeleted = false;
    int m_totalLive = 0;
};

} // namespace cairn
