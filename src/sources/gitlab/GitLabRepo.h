#pragma once
#include "GitLab.h"
#include "SearchIndex.h"
#include "WriteStats.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace cairn::gitlab {

// GitLab's search kind: the next free number after the first sources' (SearchIndex::Kind).
inline constexpr SearchIndex::Kind kMergeRequestKind = SearchIndex::Kind(6);

// GitLab merge requests in the cache (docs/architecture.md §3): one row per (account, project
// id, iid), with their approvals. Every write keeps the search index in step; deletions are
// soft (deleted_at). Its tables are schema steps of its own (StoreFacts::schema).
namespace GitLabRepo {

// The schema steps of GitLab's tables, oldest first (never edit a released one: add one).
QList<const char *> schema();

// Upserts `mergeRequests` of project `projectId` seen by listing `runId`. A merge request whose
// updated_at did not move is only stamped with the run (skipped). Its approvals are replaced
// only when `approvals` has its iid (they were read again because updated_at moved).
WriteStats apply(QSqlDatabase &db, const QString &account, qint64 projectId, const QList<MergeRequest> &mergeRequests,
                 const QHash<int, Approvals> &approvals, qint64 runId, const QDateTime &syncedAt);
// updated_at of every live cached merge request of the project, by iid.
QHash<int, QDateTime> liveUpdatedAt(QSqlDatabase &db, const QString &account, qint64 projectId);
// Live merge requests of the project that listing `runId` did not stamp.
QList<int> unseenLive(QSqlDatabase &db, const QString &account, qint64 projectId, qint64 runId);
// Marks these merge requests deleted; how many were live.
int markDeleted(QSqlDatabase &db, const QString &account, qint64 projectId, const QList<int> &iids, const QDateTime &now);
// The project is gone (404): it and every merge request of it; how many merge requests were live.
int markProjectGone(QSqlDatabase &db, const QString &account, qint64 projectId, const QDateTime &now);
void noteProject(QSqlDatabase &db, const QString &account, const Project &project, const QDateTime &now);

// Reads (any connection). `projectPath` "" = every project.
QList<MergeRequest> mergeRequests(QSqlDatabase &db, const QString &account = QStringLiteral("default"),
                                  const QString &projectPath = QString());
// The cached merge requests of these rows (gitlab_merge_requests.id; any account, deleted ones
// too; rows no longer there are missing), with their accounts.
struct Cached
{
    QString account;
    MergeRequest mergeRequest;
};
QHash<qint64, Cached> byRow(QSqlDatabase &db, const QList<qint64> &rows);
struct Counts
{
    int live = 0;
    int deleted = 0;
    int open = 0;
    int approved = 0; // live ones with at least one approval
};
Counts counts(QSqlDatabase &db, const QString &account = QStringLiteral("default"));

} // namespace GitLabRepo
} // namespace cairn::gitlab
