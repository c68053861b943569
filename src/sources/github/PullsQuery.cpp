#include "PullsQuery.h"
#include "PersonQuery.h"
#include "GitHubRepo.h"
#include "SearchIndex.h"
#include "Sql.h"

namespace cairn {

namespace {
// The state as sorted: open, draft, merged, closed, deleted.
const QString kStateOrder = QStringLiteral(
    "CASE WHEN p.deleted_at IS NOT NULL THEN 4 WHEN p.merged_at IS NOT NULL THEN 2 WHEN p.state = 'closed' THEN 3 "
    "WHEN p.draft THEN 1 ELSE 0 END");
// The window's review status in SQL: changes requested, approved, review requested,
// commented, nothing. A reviewer's last review that decided something counts; a comment only
// when nothing did.
const QString kReviewOrder = QStringLiteral(
    "(SELECT CASE WHEN sum(d.state = 'CHANGES_REQUESTED') > 0 THEN 0 WHEN sum(d.state = 'APPROVED') > 0 THEN 1 END "
    "   FROM (SELECT r.state FROM github_reviews r WHERE r.pull_row = p.id AND r.state NOT IN ('PENDING', 'COMMENTED') "
    "         AND r.review_id = (SELECT max(r2.review_id) FROM github_reviews r2 WHERE r2.pull_row = p.id "
    "                            AND r2.author IS r.author AND r2.state NOT IN ('PENDING', 'COMMENTED'))) d), "
    "CASE WHEN coalesce(p.requested_reviewers, '') NOT IN ('', '[]') THEN 2 "
    "     WHEN EXISTS (SELECT 1 FROM github_reviews r WHERE r.pull_row = p.id AND r.state <> 'PENDING') THEN 3 ELSE 4 END");

QString orderKey(int order, const QString &dir)
{
    switch (order) {
    case PullsQuery::Repo: return QStringLiteral("p.repo COLLATE NOCASE%1, p.number%1").arg(dir);
    case PullsQuery::Number: return QStringLiteral("p.number") + dir;
    case PullsQuery::Title: return QStringLiteral("p.title COLLATE cairn_locale") + dir;
    case PullsQuery::State: return kStateOrder + dir;
    case PullsQuery::Author: return QStringLiteral("p.author COLLATE NOCASE") + dir;
    case PullsQuery::ReviewStatus: return QStringLiteral("coalesce(%1)%2").arg(kReviewOrder, dir);
    case PullsQuery::Account: return QStringLiteral("p.account%1, p.updated_at%1").arg(dir);
    default: return QStringLiteral("p.updated_at") + dir;
    }
}
} // namespace

ListCursor PullsQuery::cursor() const
{
    return itemsCursor(QStringLiteral("p"), QStringLiteral("p.id"), int(kPullRequestKind),
                       QStringLiteral("p.deleted_at IS NOT NULL AND cairn_match(?, p.repo, p.title, p.author)"),
                       orderKey(order(), direction()));
}

QHash<qint64, PullsQuery::Row> PullsQuery::rows(QSqlDatabase &db, const QList<qint64> &ids)
{
    const QHash<qint64, PullRequest> pulls = GitHubRepo::pullsByRow(db, ids);
    const QHash<qint64, QList<PullReview>> reviews = GitHubRepo::reviewsByRow(db, ids);
    QHash<qint64, Row> out;
    sql::Statement q(db, QStringLiteral("SELECT id, account FROM github_pulls WHERE id IN (SELECT value FROM json_each(?))"));
    for (q.exec({idList(ids)}); q.next();) {
        const qint64 id = q.value(0).toLongLong();
        if (!pulls.contains(id))
            continue;
        Row r;
        r.account = q.value(1).toString();
        r.pull = pulls.value(id);
        r.reviews = reviews.value(id);
        out.insert(id, r);
    }
    return out;
}

QList<PullsQuery::OfPerson> PullsQuery::ofPerson(QSqlDatabase &db, const PersonQuery &person)
{
    sql::Statement p(db, QStringLiteral(
        "SELECT p.id, p.account, p.repo, p.number, p.title, p.state, p.updated_at, p.merged_at IS NOT NULL, p.draft, "
        "lower(p.author) IN (SELECT value FROM json_each(?)) AS opened FROM github_pulls p "
        "WHERE p.deleted_at IS NULL AND (lower(p.author) IN (SELECT value FROM json_each(?)) "
        "OR p.id IN (SELECT r.pull_row FROM github_reviews r WHERE lower(r.author) IN (SELECT value FROM json_each(?)))) "
        "ORDER BY p.updated_at DESC, p.id DESC LIMIT ?"));
    QList<OfPerson> out;
    // (Qt counts every `?`: numbered placeholders would not bind.)
    const QString names = person.names();
    for (p.exec({names, names, names, person.limit()}); p.next();) {
        OfPerson pull;
        sql::readRow(p, pull.id, pull.account, pull.repo, pull.number, pull.title, pull.state, pull.updatedAt, pull.merged, pull.draft,
                     pull.opened);
        out.append(pull);
    }
    return out;
}

} // namespace cairn
