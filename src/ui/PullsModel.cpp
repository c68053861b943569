#include "PullsModel.h"
#include "GitHubRepo.h"
#include "RelativeTime.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "Words.h"

namespace cairn {

namespace {
const QString kAccount = QStringLiteral("default");
// Row::values beyond the columns.
enum Extra { Url = PullsModel::ColumnCount, Body };

// The state as sorted: open, draft, merged, closed, deleted.
const QString kStateOrder = QStringLiteral(
    "CASE WHEN p.deleted_at IS NOT NULL THEN 4 WHEN p.merged_at IS NOT NULL THEN 2 WHEN p.state = 'closed' THEN 3 "
    "WHEN p.draft THEN 1 ELSE 0 END");
// reviewStatus() in SQL: changes requested, approved, review requested, commented, nothing. A
// reviewer's last review that decided something counts; a comment only when nothing did.
const QString kReviewOrder = QStringLiteral(
    "(SELECT CASE WHEN sum(d.state = 'CHANGES_REQUESTED') > 0 THEN 0 WHEN sum(d.state = 'APPROVED') > 0 THEN 1 END "
    "   FROM (SELECT r.state FROM github_reviews r WHERE r.pull_row = p.id AND r.state NOT IN ('PENDING', 'COMMENTED') "
    "         AND r.review_id = (SELECT max(r2.review_id) FROM github_reviews r2 WHERE r2.pull_row = p.id "
    "                            AND r2.author IS r.author AND r2.state NOT IN ('PENDING', 'COMMENTED'))) d), "
    "CASE WHEN coalesce(p.requested_reviewers, '') NOT IN ('', '[]') THEN 2 "
    "     WHEN EXISTS (SELECT 1 FROM github_reviews r WHERE r.pull_row = p.id AND r.state <> 'PENDING') THEN 3 ELSE 4 END");

QString orderKey(int column, const QString &dir)
{
    switch (column) {
    case PullsModel::Repo: return QStringLiteral("p.repo COLLATE NOCASE%1, p.number%1").arg(dir);
    case PullsModel::Number: return QStringLiteral("p.number") + dir;
    case PullsModel::Title: return QStringLiteral("p.title COLLATE cairn_locale") + dir;
    case PullsModel::State: return kStateOrder + dir;
    case PullsModel::Author: return QStringLiteral("p.author COLLATE NOCASE") + dir;
    case PullsModel::ReviewStatus: return QStringLiteral("coalesce(%1)%2").arg(kReviewOrder, dir);
    default: return QStringLiteral("p.updated_at") + dir;
    }
}
} // namespace

PullsModel::PullsModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection, parent)
{
    setDefaultSort(Updated, Qt::DescendingOrder);
}

QString PullsModel::idQuery(QVariantList &binds)
{
    QString sql = QStringLiteral("SELECT p.id FROM github_pulls p WHERE p.account=?");
    binds << kAccount;
    if (!showDeleted())
        sql += QStringLiteral(" AND p.deleted_at IS NULL");
    sql += filterClause(QStringLiteral("p.id"), int(SearchIndex::Kind::PullRequest),
                        QStringLiteral("p.deleted_at IS NOT NULL AND cairn_match(?, p.repo, p.title, p.author)"), binds);
    return sql + QStringLiteral(" ORDER BY %1, p.id%2").arg(orderKey(sortColumn(), direction()), direction());
}

QHash<qint64, LazySqlModel::Row> PullsModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    const QHash<qint64, PullRequest> pulls = GitHubRepo::pullsByRow(db, ids);
    const QHash<qint64, QList<PullReview>> reviews = GitHubRepo::reviewsByRow(db, ids);
    QHash<qint64, Row> out;
    for (auto it = pulls.cbegin(); it != pulls.cend(); ++it) {
        const PullRequest &p = it.value();
        Row r;
        r.id = it.key();
        r.deleted = p.deleted;
        r.values = {p.repo, p.number, p.title, stateText(p), p.author, reviewStatus(p, reviews.value(it.key())),
                    p.updatedAt, p.htmlUrl, p.body.left(500)};
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
    default: return {};
    }
}

} // namespace cairn
