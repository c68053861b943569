#pragma once
#include "Jira.h"
#include "WriteStats.h"

#include <QHash>
#include <QSet>
#include <QMap>
#include <QSqlDatabase>

namespace cairn {
namespace sql {
class Statement;
}

// Jira issues in the cache, one row per (account, configuration, issue id). Every write
// keeps the search index in step, in the caller's transaction.
namespace JiraRepo {

// Upserts issues of `config`, each stamped with `runId`. An issue whose cached `updated` is
// the same (and which is not deleted) is counted as skipped and only re-stamped: the
// overlap of incremental windows returns such issues again (dedupe by id + updated).
WriteStats applyIssues(QSqlDatabase &db, const QString &account, const QString &config, const QList<JiraIssue> &issues,
                       qint64 runId, const QDateTime &syncedAt);
// After a complete listing of the configuration by `runId`: rows it did not see are deleted.
int retireUnseen(QSqlDatabase &db, const QString &account, const QString &config, qint64 runId, const QDateTime &now);
// The live issues of `config` that the listing of run `runId` did not see (their issue ids).
QStringList unseenIssueIds(QSqlDatabase &db, const QString &account, const QString &config, qint64 runId);
// The issue ids of the live issues of `config`.
QSet<QString> liveIssueIds(QSqlDatabase &db, const QString &account, const QString &config);
// Marks deleted the live issues of `config` among `issueIds`.
int retireIds(QSqlDatabase &db, const QString &account, const QString &config, const QSet<QString> &issueIds,
              const QDateTime &now);
// After a complete id sweep: live rows whose id is not in `liveIds` are deleted.
int retireMissing(QSqlDatabase &db, const QString &account, const QString &config, const QSet<QString> &liveIds,
                  const QDateTime &now);

// Reads (any connection). `config` "" = every configuration.
QList<JiraIssue> issues(QSqlDatabase &db, const QString &account = QStringLiteral("default"), const QString &config = QString());
struct Counts
{
    int live = 0;
    int deleted = 0;
};
Counts counts(QSqlDatabase &db, const QString &account = QStringLiteral("default"), const QString &config = QString());
// The columns issues() reads, for models that page through the table themselves.
QString selectColumns();
JiraIssue fromRow(const sql::Statement &q, int first = 0);

// Jira's tables as the common schema steps released them (StoreFacts::releasedSteps):
// step → its statements. Never edit them: a change is a step of StoreFacts::schema.
QMap<int, const char *> releasedSteps();

} // namespace JiraRepo
} // namespace cairn
