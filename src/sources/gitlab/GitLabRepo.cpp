#include "GitLabRepo.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::gitlab::GitLabRepo {

namespace {

// GitLab's tables: its projects and their merge requests (one row per account, project id and
// iid; a project's path may change, its id does not), with the approvals read for each.
const char *const kSchema1 = R"SQL(
CREATE TABLE gitlab_projects(
  account TEXT NOT NULL DEFAULT 'default', project_id INTEGER NOT NULL, path TEXT NOT NULL,
  name TEXT, web_url TEXT, first_synced_at TEXT, synced_at TEXT, deleted_at TEXT,
  PRIMARY KEY(account, project_id));
CREATE TABLE gitlab_merge_requests(
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL DEFAULT 'default',
  project_id INTEGER NOT NULL, project TEXT NOT NULL, iid INTEGER NOT NULL, mr_id INTEGER,
  state TEXT, draft INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '', description TEXT, author TEXT,
  assignees TEXT, reviewers TEXT, labels TEXT, source_branch TEXT, target_branch TEXT, web_url TEXT,
  user_notes_count INTEGER NOT NULL DEFAULT 0,
  approved_by TEXT, approvals_required INTEGER NOT NULL DEFAULT 0, approvals_left INTEGER NOT NULL DEFAULT 0,
  created_at TEXT, updated_at TEXT, merged_at TEXT, closed_at TEXT,
  synced_at TEXT, deleted_at TEXT, run_id INTEGER,
  UNIQUE(account, project_id, iid));
CREATE INDEX gitlab_merge_requests_by_run ON gitlab_merge_requests(account, project_id, run_id);
CREATE INDEX gitlab_merge_requests_by_update ON gitlab_merge_requests(updated_at);
)SQL";

QString searchTitle(const MergeRequest &m)
{
    return QStringLiteral("%1 %2").arg(m.reference(), m.title);
}

QString searchBody(const MergeRequest &m)
{
    QStringList parts{m.description, m.author, m.sourceBranch};
    parts += m.labels;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

QList<const char *> schema()
{
    return {kSchema1};
}

WriteStats apply(QSqlDatabase &db, const QString &account, qint64 projectId, const QList<MergeRequest> &mergeRequests,
                 const QHash<int, Approvals> &approvals, qint64 runId, const QDateTime &syncedAt)
{
    WriteStats stats;
    sql::Statement find(db, QStringLiteral(
        "SELECT id, updated_at, deleted_at, project FROM gitlab_merge_requests WHERE account=? AND project_id=? AND iid=?"));
    sql::Statement stamp(db, QStringLiteral("UPDATE gitlab_merge_requests SET run_id=?, synced_at=? WHERE id=?"));
    sql::Statement upsert(db, QStringLiteral(
        "INSERT INTO gitlab_merge_requests(account, project_id, project, iid, mr_id, state, draft, title, description, author, "
        "assignees, reviewers, labels, source_branch, target_branch, web_url, user_notes_count, created_at, updated_at, "
        "merged_at, closed_at, synced_at, deleted_at, run_id) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?) ON CONFLICT(account, project_id, iid) DO UPDATE SET "
        "project=excluded.project, mr_id=excluded.mr_id, state=excluded.state, draft=excluded.draft, title=excluded.title, "
        "description=excluded.description, author=excluded.author, assignees=excluded.assignees, "
        "reviewers=excluded.reviewers, labels=excluded.labels, source_branch=excluded.source_branch, "
        "target_branch=excluded.target_branch, web_url=excluded.web_url, user_notes_count=excluded.user_notes_count, "
        "created_at=excluded.created_at, updated_at=excluded.updated_at, merged_at=excluded.merged_at, "
        "closed_at=excluded.closed_at, synced_at=excluded.synced_at, deleted_at=NULL, run_id=excluded.run_id RETURNING id"));
    sql::Statement setApprovals(db, QStringLiteral(
        "UPDATE gitlab_merge_requests SET approved_by=?, approvals_required=?, approvals_left=? WHERE id=?"));
    SearchIndex::Batch index(db);
    const QVariant now = sql::timeValue(syncedAt);
    for (const MergeRequest &m : mergeRequests) {
        find.exec({account, projectId, m.iid});
        const bool exists = find.next();
        const qint64 existing = exists ? find.value(0).toLongLong() : 0;
        // Unchanged: the same updated_at, live, under the same project path (a renamed
        // project changes every title in the index).
        const bool same = exists && find.value(2).isNull() && sql::timeFrom(find.value(1)) == m.updatedAt
            && find.value(3).toString() == m.project;
        find.finish();
        const auto approved = approvals.constFind(m.iid);
        if (same && approved == approvals.cend()) {
            stamp.exec({runId, now, existing});
            ++stats.skipped;
            continue;
        }
        upsert.exec({account, projectId, m.project, m.iid, m.id, m.state, m.draft ? 1 : 0, m.title, sql::textValue(m.description),
                     sql::textValue(m.author), sql::listValue(m.assignees), sql::listValue(m.reviewers), sql::listValue(m.labels),
                     sql::textValue(m.sourceBranch), sql::textValue(m.targetBranch), sql::textValue(m.webUrl), m.userNotesCount,
                     sql::timeValue(m.createdAt), sql::timeValue(m.updatedAt), sql::timeValue(m.mergedAt),
                     sql::timeValue(m.closedAt), now, runId});
        upsert.next();
        const qint64 row = upsert.value(0).toLongLong();
        upsert.finish();
        if (approved != approvals.cend())
            setApprovals.exec({sql::listValue(approved->approvedBy), approved->approvalsRequired, approved->approvalsLeft, row});
        if (same) {
            ++stats.skipped;
            continue;
        }
        index.put(kMergeRequestKind, row, searchTitle(m), searchBody(m), !exists);
        stats.count(exists);
    }
    index.flush();
    return stats;
}

QHash<int, QDateTime> liveUpdatedAt(QSqlDatabase &db, const QString &account, qint64 projectId)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT iid, updated_at FROM gitlab_merge_requests WHERE account=? AND project_id=? AND deleted_at IS NULL"));
    q.exec({account, projectId});
    QHash<int, QDateTime> out;
    while (q.next())
        out.insert(q.value(0).toInt(), sql::timeFrom(q.value(1)));
    return out;
}

QList<int> unseenLive(QSqlDatabase &db, const QString &account, qint64 projectId, qint64 runId)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT iid FROM gitlab_merge_requests WHERE account=? AND project_id=? AND deleted_at IS NULL AND "
        "(run_id IS NULL OR run_id<>?) ORDER BY iid"));
    q.exec({account, projectId, runId});
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

int markDeleted(QSqlDatabase &db, const QString &account, qint64 projectId, const QList<int> &iids, const QDateTime &now)
{
    sql::Statement q(db, QStringLiteral(
        "UPDATE gitlab_merge_requests SET deleted_at=?, synced_at=? WHERE account=? AND project_id=? AND iid=? "
        "AND deleted_at IS NULL RETURNING id"));
    SearchIndex::Batch index(db);
    int n = 0;
    for (int iid : iids) {
        q.exec({sql::timeValue(now), sql::timeValue(now), account, projectId, iid});
        QList<qint64> rows;
        while (q.next())
            rows << q.value(0).toLongLong();
        q.finish();
        for (qint64 row : rows)
            index.remove(kMergeRequestKind, row);
        n += int(rows.size());
    }
    index.flush();
    return n;
}

int markProjectGone(QSqlDatabase &db, const QString &account, qint64 projectId, const QDateTime &now)
{
    sql::Statement(db, QStringLiteral("UPDATE gitlab_projects SET deleted_at=? WHERE account=? AND project_id=? AND deleted_at IS NULL"))
        .exec({sql::timeValue(now), account, projectId});
    sql::Statement q(db, QStringLiteral(
        "UPDATE gitlab_merge_requests SET deleted_at=?, synced_at=? WHERE account=? AND project_id=? AND deleted_at IS NULL "
        "RETURNING id"));
    q.exec({sql::timeValue(now), sql::timeValue(now), account, projectId});
    QList<qint64> rows;
    while (q.next())
        rows << q.value(0).toLongLong();
    q.finish();
    SearchIndex::Batch index(db);
    for (qint64 row : rows)
        index.remove(kMergeRequestKind, row);
    index.flush();
    return int(rows.size());
}

void noteProject(QSqlDatabase &db, const QString &account, const Project &project, const QDateTime &now)
{
    sql::Statement(db, QStringLiteral(
        "INSERT INTO gitlab_projects(account, project_id, path, name, web_url, first_synced_at, synced_at) VALUES(?,?,?,?,?,?,?) "
        "ON CONFLICT(account, project_id) DO UPDATE SET path=excluded.path, name=excluded.name, web_url=excluded.web_url, "
        "synced_at=excluded.synced_at, deleted_at=NULL"))
        .exec({account, project.id, project.path, sql::textValue(project.name), sql::textValue(project.webUrl), sql::timeValue(now),
               sql::timeValue(now)});
}

namespace {

// The columns a cached merge request is read from (readRow), from `m.`.
const char *const kColumns =
    "m.project_id, m.project, m.iid, m.mr_id, m.state, m.draft, m.title, m.description, m.author, m.assignees, m.reviewers, "
    "m.labels, m.source_branch, m.target_branch, m.web_url, m.user_notes_count, m.approved_by, m.approvals_required, "
    "m.approvals_left, m.created_at, m.updated_at, m.merged_at, m.closed_at, m.deleted_at";

// A merge request from the row of a statement that selects kColumns first.
MergeRequest readRow(const sql::Statement &q)
{
    MergeRequest m;
    sql::readRow(q, m.projectId, m.project, m.iid, m.id, m.state, m.draft, m.title, m.description, m.author, m.assignees, m.reviewers,
                 m.labels, m.sourceBranch, m.targetBranch, m.webUrl, m.userNotesCount, m.approvedBy, m.approvalsRequired,
                 m.approvalsLeft, m.createdAt, m.updatedAt, m.mergedAt, m.closedAt, sql::notNull(m.deleted));
    return m;
}

} // namespace

QList<MergeRequest> mergeRequests(QSqlDatabase &db, const QString &account, const QString &projectPath)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM gitlab_merge_requests m WHERE m.account=? AND (?='' OR m.project=?) "
                                        "ORDER BY m.project, m.iid").arg(QLatin1String(kColumns)));
    q.exec({account, projectPath.isNull() ? QString(QLatin1String("")) : projectPath, projectPath});
    QList<MergeRequest> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

QHash<qint64, Cached> byRow(QSqlDatabase &db, const QList<qint64> &rows)
{
    QJsonArray ids;
    for (qint64 id : rows)
        ids.append(id);
    sql::Statement q(db, QStringLiteral("SELECT %1, m.id, m.account FROM gitlab_merge_requests m "
                                        "WHERE m.id IN (SELECT value FROM json_each(?))").arg(QLatin1String(kColumns)));
    q.exec({QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    QHash<qint64, Cached> out;
    while (q.next())
        out.insert(q.value(24).toLongLong(), Cached{q.value(25).toString(), readRow(q)});
    return out;
}

Counts counts(QSqlDatabase &db, const QString &account)
{
    Counts c;
    sql::Statement q(db, QStringLiteral(
        "SELECT count(*) FILTER (WHERE deleted_at IS NULL), count(*) FILTER (WHERE deleted_at IS NOT NULL), "
        "count(*) FILTER (WHERE deleted_at IS NULL AND state IN ('opened', 'locked')), "
        "count(*) FILTER (WHERE deleted_at IS NULL AND approved_by IS NOT NULL) FROM gitlab_merge_requests WHERE account=?"));
    q.exec({account});
    if (q.next())
        sql::readRow(q, c.live, c.deleted, c.open, c.approved);
    return c;
}

} // namespace cairn::gitlab::GitLabRepo
