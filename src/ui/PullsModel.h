#pragma once
#include "GitHub.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cairn {

class ReadConnection;

// The cached pull requests of every configured repository as a table, newest update first,
// read through the window's read-only connection. `filter` keeps the pulls whose repository,
// number, title, author or labels contain every word; deleted pulls are hidden unless shown.
class PullsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Repo, Number, Title, State, Author, Reviews, Updated, ColumnCount };
    enum Role { DeletedRole = Qt::UserRole + 1, UrlRole };

    explicit PullsModel(ReadConnection &connection, QObject *parent = nullptr);

    void setFilter(const QString &text);
    void setShowDeleted(bool show);
    void reload();
    int totalLive() const { return m_totalLive; }
    const PullRequest &pullAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const PullRequest &p);

private:
    bool matches(const PullRequest &p) const;

    ReadConnection &m_connection;
    QList<PullRequest> m_all;
    QList<PullRequest> m_rows;
    QHash<QString, int> m_reviews; // by "repo#number"
    QStringList m_words;
    bool m_showDeleted = false;
    int m_totalLive = 0;
};

} // namespace cairn
