#pragma once
#include "github/GitHub.h"
#include "LazySqlModel.h"
#include "github/PullsQuery.h"

namespace cairn {

// The cached pull requests of every account and configured repository as a table
// (LazySqlModel over PullsQuery): newest update first, or by the clicked column (review
// status too, in the store); filtered through the full-text index (repository, number,
// title, body, author, branch, labels); deleted pulls on request.
class PullsModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Repo, Number, Title, State, Author, ReviewStatus, Updated, Account, ColumnCount };
    enum Role { UrlRole = FirstCustomRole };

    explicit PullsModel(ReadConnection &connection, QObject *parent = nullptr);

    static QString stateText(const PullRequest &p);
    // The latest review of each reviewer, summed up: changes requested, approved, commented,
    // review requested, or "".
    static QString reviewStatus(const PullRequest &p, const QList<PullReview> &reviews);

protected:
    ListQuery &query() override { return m_query; }
    const ListQuery &query() const override { return m_query; }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    PullsQuery m_query;
};

} // namespace cairn
