#include "PullsModel.h"
#include "RelativeTime.h"
#include "Words.h"

namespace cairn {

namespace {
// Row::values beyond the columns.
enum Extra { Url = PullsModel::ColumnCount, Body };
} // namespace

PullsModel::PullsModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection, parent)
{
    setDefaultSort(Updated, Qt::DescendingOrder);
}

int PullsModel::orderOf(int column) const
{
    switch (column) {
    case Repo: return PullsQuery::Repo;
    case Number: return PullsQuery::Number;
    case Title: return PullsQuery::Title;
    case State: return PullsQuery::State;
    case Author: return PullsQuery::Author;
    case ReviewStatus: return PullsQuery::ReviewStatus;
    case Account: return PullsQuery::Account;
    default: return PullsQuery::Updated;
    }
}

QHash<qint64, LazySqlModel::Row> PullsModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    const QHash<qint64, PullsQuery::Row> rows = PullsQuery::rows(db, ids);
    QHash<qint64, Row> out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const PullRequest &p = it.value().pull;
        Row r;
        r.id = it.key();
        r.deleted = p.deleted;
        r.values = {p.repo, p.number, p.title, stateText(p), p.author, reviewStatus(p, it.value().reviews),
                    p.updatedAt, it.value().account, // the columns
                    p.htmlUrl, p.body.left(500)};    // Extra
        out.insert(r.id, r);
    }
    return out;
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

int PullsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant PullsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LazySqlModel::headerData(section, orientation, role);
    switch (section) {
    case Repo: return tr("Repository");
    case Number: return tr("#");
    case Title: return tr("Title");
    case State: return tr("State");
    case Author: return tr("Author");
    case ReviewStatus: return tr("Review status");
    case Updated: return tr("Updated");
    case Account: return accountHeader();
    default: return {};
    }
}

} // namespace cairn
