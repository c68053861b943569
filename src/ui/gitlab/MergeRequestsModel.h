#pragma once
#include "LazySqlModel.h"
#include "gitlab/MergeRequestsQuery.h"

namespace cairn {

// The cached GitLab merge requests of every account and configured project as a table
// (LazySqlModel over gitlab::MergeRequestsQuery): newest update first, or by the clicked column
// (approvals too, in the store); filtered through the full-text index (project!iid, title,
// description, author, branch, labels); deleted ones on request.
class MergeRequestsModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Project, Iid, Title, State, Author, Approvals, Updated, Account, ColumnCount };
    enum Role { UrlRole = FirstCustomRole };

    explicit MergeRequestsModel(ReadConnection &connection, QObject *parent = nullptr);

    // "merged", "closed", "draft", "open" (GitLab's "locked" is open), "deleted".
    static QString stateText(const gitlab::MergeRequest &m);
    // Its approvals in a cell: "1 of 2" (given of those required, while some are missing),
    // "2 ✓" (as many as required, or more), "1" (none required), or "" for none.
    static QString approvalsText(const gitlab::MergeRequest &m);

protected:
    ListQuery &query() override { return m_query; }
    const ListQuery &query() const override { return m_query; }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    gitlab::MergeRequestsQuery m_query;
};

} // namespace cairn
