#include "MergeRequestsModel.h"
#include "DateText.h"
#include "Words.h"

namespace cairn {

namespace {
// Row::values beyond the columns.
enum Extra { Url = MergeRequestsModel::ColumnCount, Description, ApprovedBy };
using Query = gitlab::MergeRequestsQuery;
} // namespace

MergeRequestsModel::MergeRequestsModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection,
                   {{QT_TRANSLATE_NOOP("cairn::MergeRequestsModel", "Project"), Query::Project},
                     {QT_TRANSLATE_NOOP("cairn::MergeRequestsModel", "!"), Query::Iid},
                     {QT_TRANSLATE_NOOP("cairn::MergeRequestsModel", "Title"), Query::Title},
                     {QT_TRANSLATE_NOOP("cairn::MergeRequestsModel", "State"), Query::State},
                     {QT_TRANSLATE_NOOP("cairn::MergeRequestsModel", "Author"), Query::Author},
                     {QT_TRANSLATE_NOOP("cairn::MergeRequestsModel", "Approvals"), Query::Approvals},
                     {QT_TRANSLATE_NOOP("cairn::MergeRequestsModel", "Updated"), Query::Updated}, {nullptr, Query::Account}},
                   parent)
{
    setDefaultSort(Updated, Qt::DescendingOrder);
}

QHash<qint64, LazySqlModel::Row> MergeRequestsModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    return rowsOf(Query::rows(db, ids), [](const Query::Row &row) {
        const gitlab::MergeRequest &m = row.mergeRequest;
        return Row{.deleted = m.deleted,
                   .values = {m.project, QStringLiteral("!%1").arg(m.iid), m.title, stateText(m), m.author, approvalsText(m),
                              m.updatedAt, row.account,                                                // the columns
                              m.webUrl, m.description.left(500), m.approvedBy.join(QStringLiteral(", "))}}; // Extra
    });
}

QString MergeRequestsModel::stateText(const gitlab::MergeRequest &m)
{
    return words::pullState(m.merged() || m.open() ? QStringLiteral("open") : QStringLiteral("closed"), m.merged(), m.draft,
                            m.deleted);
}

QString MergeRequestsModel::approvalsText(const gitlab::MergeRequest &m)
{
    const int given = int(m.approvedBy.size());
    if (m.approvalsRequired > 0 && m.approvalsLeft > 0)
        return tr("%1 of %2").arg(given).arg(m.approvalsRequired); // still short of them
    if (given == 0)
        return {};
    return m.approvalsRequired > 0 ? tr("%1 ✓").arg(given) : QString::number(given);
}

QVariant MergeRequestsModel::display(const Row &r, int column) const
{
    if (column == Updated)
        return dates::relative(r.values.value(Updated).toDateTime());
    return LazySqlModel::display(r, column);
}

QVariant MergeRequestsModel::extraData(const Row &r, int column, int role) const
{
    if (role == UrlRole)
        return r.values.value(Url);
    if (role == Qt::ToolTipRole && column == Title)
        return r.values.value(Description).toString().isEmpty() ? r.values.value(Title) : r.values.value(Description);
    if (role == Qt::ToolTipRole && column == Approvals && !r.values.value(ApprovedBy).toString().isEmpty())
        return tr("Approved by %1").arg(r.values.value(ApprovedBy).toString());
    if (role == Qt::ToolTipRole && column == Updated)
        return dates::exact(r.values.value(Updated).toDateTime());
    if (role == Qt::TextAlignmentRole && column == Iid)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cairn
