#include "PullsModel.h"
#include "RelativeTime.h"
#include "Words.h"

namespace cairn {

namespace {
// Row::values beyond the columns.
enum Extra { Url = PullsModel::ColumnCount, Body };
} // namespace

PullsModel::PullsModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection,
                   {{QT_TRANSLATE_NOOP("cairn::PullsModel", "Repository"), PullsQuery::Repo},
                     {QT_TRANSLATE_NOOP("cairn::PullsModel", "#"), PullsQuery::Number},
                     {QT_TRANSLATE_NOOP("cairn::PullsModel", "Title"), PullsQuery::Title},
                     {QT_TRANSLATE_NOOP("cairn::PullsModel", "State"), PullsQuery::State},
                     {QT_TRANSLATE_NOOP("cairn::PullsModel", "Author"), PullsQuery::Author},
                     {QT_TRANSLATE_NOOP("cairn::PullsModel", "Review status"), PullsQuery::ReviewStatus},
                     {QT_TRANSLATE_NOOP("cairn::PullsModel", "Updated"), PullsQuery::Updated}, {nullptr, PullsQuery::Account}},
                   parent)
{
    setDefaultSort(Updated, Qt::DescendingOrder);
}

QHash<qint64, LazySqlModel::Row> PullsModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    return rowsOf(PullsQuery::rows(db, ids), [](const PullsQuery::Row &row) {
        const PullRequest &p = row.pull;
        return Row{.deleted = p.deleted,
                   .values = {p.repo, p.number, p.title, stateText(p), p.author, reviewStatus(p, row.reviews), p.updatedAt,
                              row.account,                   // the columns
                              p.htmlUrl, p.body.left(500)}}; // Extra
    });
}

QString PullsModel::reviewStatus(const PullRequest &p, const QList<PullReview> &reviews)
{
    QHash<QString, QString> latest; // reviewer → state of the last review that decided something
    for (const PullReview &r : reviews)
        if (r.state != QLatin1String("PENDING") && (r.state != QLatin1String("COMMENTED") || !latest.contains(r.author)))
            latest.insert(r.author, r.state);
    const QList<QString> states = latest.values();
    if (states.contains(QStringLiteral("CHANGES_REQUESTED")))
        return tr("changes requested");
    if (states.contains(QStringLiteral("APPROVED")))
        return tr("approved");
    if (!p.requestedReviewers.isEmpty())
        return tr("review requested");
    if (!states.isEmpty())
        return tr("commented");
    return {};
}

QString PullsModel::stateText(const PullRequest &p)
{
    return words::pullState(p.state, p.merged(), p.draft, p.deleted);
}

QVariant PullsModel::display(const Row &r, int column) const
{
    if (column == Updated)
        return relativeTime(r.values.value(Updated).toDateTime(), QDateTime::currentDateTimeUtc());
    return LazySqlModel::display(r, column);
}

QVariant PullsModel::extraData(const Row &r, int column, int role) const
{
    if (role == UrlRole)
        return r.values.value(Url);
    if (role == Qt::ToolTipRole && column == Title)
        return r.values.value(Body).toString().isEmpty() ? r.values.value(Title) : r.values.value(Body);
    return {};
}

} // namespace cairn
