#pragma once
#include "jira/IssuesQuery.h"
#include "LazySqlModel.h"

namespace cairn {

// The cached Jira issues of every account as a table (LazySqlModel over IssuesQuery): newest
// update first, or by the clicked column; filtered through the full-text index; deleted
// issues on request.
class JiraIssuesModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Key, Summary, Status, Assignee, Updated, Account, ColumnCount };
    static constexpr int IssueRowIdRole = ItemIdRole; // jira_issues.id

    explicit JiraIssuesModel(ReadConnection &connection, QObject *parent = nullptr);

    qint64 rowIdAt(int row) const { return idAt(row); }

protected:
    ListQuery &query() override { return m_query; }
    const ListQuery &query() const override { return m_query; }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    IssuesQuery m_query;
};

} // namespace cairn
