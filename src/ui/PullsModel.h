#pragma once
#include "GitHub.h"
#include "LazySqlModel.h"

namespace cairn {

// The cached pull requests of every configured repository as a table (LazySqlModel): newest
// update first, or by the clicked column (review status too, in SQL); filtered through the
// full-text index (repository, number, title, body, author, branch, labels); deleted pulls
// on request.
class PullsModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Repo, Number, Title, State, Author, ReviewStatus, Updated, ColumnCount };
    enum Role { UrlRole = FirstCustomRole };

    explicit PullsModel(ReadConnection &connection, QObject *parent = nullptr);

    // Live pulls in the cache, whatever the filter (for the count and the empty state).

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const PullRequest &p);
    // The latest review of each reviewer, summed up: changes requested, approved, commented,
    // review requested, or "".
    static QString reviewStatus(const PullRequest &p, const QList<PullReview> &reviews);

protected:
    QString idQuery(QVariantList &binds) override;
    QString itemTable() const override { return QStringLiteral("github_pulls"); }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

};

} // namespace cairn
