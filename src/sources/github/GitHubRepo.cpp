#include "GitHubRepo.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::GitHubRepo {

namespace {

QString searchTitle(const PullRequest &p)
{
    return QStringLiteral("%1#%2 %3").arg(p.repo).arg(p.number).arg(p.title);
}

QString searchBody(const PullRequest &p)
{
    QStringList parts{p.body, p.author, p.headRef};
    parts += p.labels;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

WriteStats applyPulls(QSqlDatabase &db, const QString &account, const QString &repo, const QList<PullRequest> &pulls,
                      const QHash<int, QList<PullReview>> &reviews, qint64 runId, const QDateTime &syncedAt)
{
    WriteStats stats;
    sql::Statement find(db, QStringLiteral(
        "SELECT id, updated_at, deleted_at FROM github_pulls WHERE account=? AND repo=? AND number=?"));
    sql::Statement upsert(db, QStringLiteral(
        "INSERT INTO github_pulls(account, repo, number, pull_id, state, draft, title, body, author, labels, assignees, "
        "requested_reviewers, head_ref, base_ref, html_url, created_at, updated_at, closed_at, merged_at, remote_updated_at, "
        "synced_at, deleted_at, run_id) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?) ON CONFLICT(account, repo, number) DO UPDATE SET "
        "pull_id=excluded.pull_id, state=excluded.state, draft=excluded.draft, title=excluded.title, body=excluded.body, "
        "author=excluded.author, labels=excluded.labels, assignees=excluded.assignees, "
        "requested_reviewers=excluded.requested_reviewers, head_ref=excluded.head_ref, base_ref=excluded.base_ref, "
        "html_url=excluded.html_url, created_at=excluded.created_at, updated_at=excluded.updated_at, "
        "closed_at=excluded.closed_at, merged_at=excluded.merged_at, remote_updated_at=excluded.remote_updated_at, "
        "synced_at=excluded.synced_at, deleted_at=NULL, run_id=excluded.run_id RETURNING id"));
    sql::Statement dropReviews(db, QStringLiteral("DELETE FROM github_reviews WHERE pull_row=?"));
    sql::Statement addReview(db, QStringLiteral(
        "INSERT OR REPLACE INTO github_reviews(pull_row, review_id, author, state, body, commit_id, html_url, submitted_at) "
        "VALUES(?,?,?,?,?,?,?,?)"));
    SearchIndex::Batch index(db);
    const QVariant now = sql::timeValue(syncedAt);
    for (const PullRequest &p : pulls) {
        find.exec({account, repo, p.number});
        const bool exists = find.next();
        const bool same = exists && find.value(2).isNull() && sql::timeFrom(find.value(1)) == p.updatedAt;
        find.finish();
        upsert.exec({account, repo, p.number, p.id, p.state, p.draft ? 1 : 0, p.title, sql::textValue(p.body),
                     sql::textValue(p.author), sql::listValue(p.labels), sql::listValue(p.assignees),
                     sql::listValue(p.requestedReviewers), sql::textValue(p.headRef), sql::textValue(p.baseRef),
                     sql::textValue(p.htmlUrl), sql::timeValue(p.createdAt), sql::timeValue(p.updatedAt),
                     sql::timeValue(p.closedAt), sql::timeValue(p.mergedAt), sql::timeValue(p.updatedAt), now, runId});
        upsert.next();
        const qint64 row = upsert.value(0).toLongLong();
        upsert.finish();
        const auto it = reviews.constFind(p.number);
        if (it != reviews.cend()) {
            dropReviews.exec({row});
            for (const PullReview &r : *it)
                addReview.exec({row, r.id, sql::textValue(r.author), sql::textValue(r.state), sql::textValue(r.body),
                                sql::textValue(r.commitId), sql::textValue(r.htmlUrl), sql::timeValue(r.submittedAt)});
        }
        if (same) {
            ++stats.skipped;
            continue;
        }
        index.put(kPullRequestKind, row, searchTitle(p), searchBody(p), !exists);
        stats.count(exists);
    }
    index.flush();
    return stats;
}

QHash<int, QDateTime> liveUpdatedAt(QSqlDatabase &db, const QString &account, const QString &repo)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT number, updated_at FROM github_pulls WHERE account=? AND repo=? AND deleted_at IS NULL"));
    q.exec({account, repo});
    QHash<int, QDateTime> out;
    while (q.next())
        out.insert(q.value(0).toInt(), sql::timeFrom(q.value(1)));
    return out;
}

QList<int> unseenLive(QSqlDatabase &db, const QString &account, const QString &repo, qint64 runId)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT number FROM github_pulls WHERE account=? AND repo=? AND deleted_at IS NULL AND "
        "(run_id IS NULL OR run_id<>?) ORDER BY number"));
    q.exec({account, repo, runId});
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

int markPullDeleted(QSqlDatabase &db, const QString &account, const QString &repo, int number, const QDateTime &now)
{
    sql::Statement q(db, QStringLiteral(
        "UPDATE github_pulls SET deleted_at=?, synced_at=? WHERE account=? AND repo=? AND number=? AND deleted_at IS NULL "
        "RETURNING id"));
    q.exec({sql::timeValue(now), sql::timeValue(now), account, repo, number});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : ids)
        SearchIndex::remove(db, kPullRequestKind, id);
    return int(ids.size());
}

QHash<QString, QByteArray> etags(QSqlDatabase &db, const QStringList &urls)
{
    QHash<QString, QByteArray> out;
    sql::Statement q(db, QStringLiteral("SELECT etag FROM http_cache WHERE url=?"));
    for (const QString &url : urls) {
        q.exec({url});
        if (q.next() && !q.value(0).isNull())
            out.insert(url, q.value(0).toByteArray());
        q.finish();
    }
    return out;
}

void setEtags(QSqlDatabase &db, const QHash<QString, QByteArray> &etags, const QDateTime &now)
{
    if (etags.isEmpty())
        return;
    sql::Statement forget(db, QStringLiteral("DELETE FROM http_cache WHERE url=?"));
    sql::Statement store(db, QStringLiteral(
        "INSERT INTO http_cache(url, etag, updated_at) VALUES(?,?,?) ON CONFLICT(url) DO UPDATE SET "
        "etag=excluded.etag, updated_at=excluded.updated_at"));
    const QVariant stamp = sql::timeValue(now);
    for (auto it = etags.cbegin(); it != etags.cend(); ++it) {
        if (it.value().isEmpty())
            forget.exec({it.key()});
        else
            store.exec({it.key(), QString::fromLatin1(it.value()), stamp});
    }
}

void noteRepoSynced(QSqlDatabase &db, const QString &account, const QString &repo, const QDateTime &now)
{
    sql::Statement(db, QStringLiteral(
        "INSERT INTO github_repos(account, full_name, first_synced_at, synced_at) VALUES(?,?,?,?) "
        "ON CONFLICT(account, full_name) DO UPDATE SET synced_at=excluded.synced_at"))
        .exec({account, repo, sql::timeValue(now), sql::timeValue(now)});
}

namespace {
const QString kPullColumns = QStringLiteral(
    "repo, number, pull_id, state, draft, title, body, author, labels, head_ref, base_ref, html_url, created_at, "
    "updated_at, closed_at, merged_at, deleted_at, assignees, requested_reviewers, id");
constexpr int kPullRowColumn = 19;

PullRequest pullFrom(const sql::Statement &q)
{
    PullRequest p;
    sql::readRow(q, p.repo, p.number, p.id, p.state, p.draft, p.title, p.body, p.author, p.labels, p.headRef, p.baseRef, p.htmlUrl,
                 p.createdAt, p.updatedAt, p.closedAt, p.mergedAt, sql::notNull(p.deleted), p.assignees, p.requestedReviewers);
    return p;
}

const QString kReviewColumns = QStringLiteral(
    "p.repo, p.number, r.review_id, r.author, r.state, r.body, r.commit_id, r.html_url, r.submitted_at, r.pull_row");
constexpr int kReviewRowColumn = 9;

PullReview reviewFrom(const sql::Statement &q)
{
    PullReview r;
    sql::readRow(q, r.repo, r.number, r.id, r.author, r.state, r.body, r.commitId, r.htmlUrl, r.submittedAt);
    return r;
}

QString jsonIds(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}
} // namespace

QList<PullRequest> pulls(QSqlDatabase &db, const QString &account, const QString &repo)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM github_pulls WHERE account=? AND (?='' OR repo=?) ORDER BY repo, number")
                             .arg(kPullColumns));
    q.exec({account, repo.isNull() ? QString(QLatin1String("")) : repo, repo});
    QList<PullRequest> out;
    while (q.next())
        out.append(pullFrom(q));
    return out;
}

QList<PullReview> reviews(QSqlDatabase &db, const QString &account, const QString &repo)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT %1 FROM github_reviews r JOIN github_pulls p ON p.id=r.pull_row WHERE p.account=? AND (?='' OR p.repo=?) "
        "ORDER BY p.repo, p.number, r.review_id").arg(kReviewColumns));
    q.exec({account, repo.isNull() ? QString(QLatin1String("")) : repo, repo});
    QList<PullReview> out;
    while (q.next())
        out.append(reviewFrom(q));
    return out;
}

QHash<qint64, PullRequest> pullsByRow(QSqlDatabase &db, const QList<qint64> &rows)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM github_pulls WHERE id IN (SELECT value FROM json_each(?))").arg(kPullColumns));
    q.exec({jsonIds(rows)});
    QHash<qint64, PullRequest> out;
    while (q.next())
        out.insert(q.value(kPullRowColumn).toLongLong(), pullFrom(q));
    return out;
}

QHash<qint64, QList<PullReview>> reviewsByRow(QSqlDatabase &db, const QList<qint64> &rows)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT %1 FROM github_reviews r JOIN github_pulls p ON p.id=r.pull_row "
        "WHERE r.pull_row IN (SELECT value FROM json_each(?)) ORDER BY r.pull_row, r.review_id").arg(kReviewColumns));
    q.exec({jsonIds(rows)});
    QHash<qint64, QList<PullReview>> out;
    while (q.next())
        out[q.value(kReviewRowColumn).toLongLong()].append(reviewFrom(q));
    return out;
}

Counts counts(QSqlDatabase &db, const QString &account)
{
    Counts c;
    sql::Statement q(db, QStringLiteral(
        "SELECT count(*) FILTER (WHERE deleted_at IS NULL), count(*) FILTER (WHERE deleted_at IS NOT NULL), "
        "count(*) FILTER (WHERE deleted_at IS NULL AND state='open') FROM github_pulls WHERE account=?"));
    q.exec({account});
    if (q.next())
        sql::readRow(q, c.live, c.deleted, c.open);
    q.finish();
    sql::Statement r(db, QStringLiteral(
        "SELECT count(*) FROM github_reviews r JOIN github_pulls p ON p.id=r.pull_row WHERE p.account=?"));
    r.exec({account});
    if (r.next())
        c.reviews = r.value(0).toInt();
    return c;
}

QMap<int, const char *> releasedSteps()
{
    return {
        // 3: GitHub pull requests and their reviews, per configured repository ("owner/name").
        {3, R"SQL(
CREATE TABLE github_repos(
  account TEXT NOT NULL DEFAULT 'default', full_name TEXT NOT NULL,
  first_synced_at TEXT, synced_at TEXT,
  PRIMARY KEY(account, full_name));
CREATE TABLE github_pulls(
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL DEFAULT 'default',
  repo TEXT NOT NULL, number INTEGER NOT NULL, pull_id INTEGER,
  state TEXT, draft INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '', body TEXT, author TEXT,
  labels TEXT, assignees TEXT, requested_reviewers TEXT, head_ref TEXT, base_ref TEXT, html_url TEXT,
  created_at TEXT, updated_at TEXT, closed_at TEXT, merged_at TEXT,
  remote_updated_at TEXT, synced_at TEXT, deleted_at TEXT, run_id INTEGER,
  UNIQUE(account, repo, number));
CREATE INDEX github_pulls_by_run ON github_pulls(account, repo, run_id);
CREATE TABLE github_reviews(
  id INTEGER PRIMARY KEY,
  pull_row INTEGER NOT NULL REFERENCES github_pulls(id) ON DELETE CASCADE,
  review_id INTEGER NOT NULL, author TEXT, state TEXT, body TEXT, commit_id TEXT, html_url TEXT,
  submitted_at TEXT,
  UNIQUE(pull_row, review_id));
)SQL"},
    };
}

} // namespace cairn::GitHubRepo
