#pragma once
#include "LazySqlModel.h"

namespace cairn {

// The cached Jira issues as a table (LazySqlModel): newest update first, or by the clicked
// column; filtered through the full-text index; deleted issues on request.
class JiraIssuesModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Key, Summary, Status, Assignee, Updated, ColumnCount };
    static constexpr int IssueRowIdRole = ItemIdRole; // jira_issues.id

    explicit JiraIssuesModel(ReadConnection &connection, QObject *parent = nullptr);

    qint64 rowIdAt(int row) const { return idAt(row); }
    // Live issues in the cache, whatever the filter (for the count and the empty state).

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString idQuery(QVariantList &binds) override;
    QString itemTable() const override { return QStringLiteral("jira_issues"); }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

};

} // namespace cairn
