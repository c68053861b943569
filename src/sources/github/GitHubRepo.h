#pragma once
#include "GitHub.h"
#include "WriteStats.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>

namespace cairn {

// GitHub pull requests and reviews in the cache, one row per (account, repo, number).
// Every write keeps the search index in step; deletions are soft (deleted_at).
namespace GitHubRepo {

// Upserts `pulls` of `repo` seen by listing `runId`. The reviews of a pull are replaced only
// when `reviews` has its number (the caller refetched them because updated_at moved).
WriteStats applyPulls(QSqlDatabase &db, const QString &account, const QString &repo, const QList<PullRequest> &pulls,
                      const QHash<int, QList<PullReview>> &reviews, qint64 runId, const QDateTime &syncedAt);
// updated_at of every cached pull of `repo` that is live, by number.
QHash<int, QDateTime> liveUpdatedAt(QSqlDatabase &db, const QString &account, const QString &repo);
// Live pulls of `repo` that listing `runId` did not stamp.
QList<int> unseenLive(QSqlDatabase &db, const QString &account, const QString &repo, qint64 runId);
int markPullDeleted(QSqlDatabase &db, const QString &account, const QString &repo, int number, const QDateTime &now);
// ETags of list URLs (http_cache): the stored ones for `urls`, and storing (empty: forget).
QHash<QString, QByteArray> etags(QSqlDatabase &db, const QStringList &urls);
void setEtags(QSqlDatabase &db, const QHash<QString, QByteArray> &etags, const QDateTime &now);
void noteRepoSynced(QSqlDatabase &db, const QString &account, const QString &repo, const QDateTime &now);

// Reads (any connection). `repo` "" = every repository.
QList<PullRequest> pulls(QSqlDatabase &db, const QString &account = QStringLiteral("default"),
                         const QString &repo = QString());
QList<PullReview> reviews(QSqlDatabase &db, const QString &account = QStringLiteral("default"),
                          const QString &repo = QString());
// The pulls and the reviews of pulls by their row ids (github_pulls.id), for the window.
QHash<qint64, PullRequest> pullsByRow(QSqlDatabase &db, const QList<qint64> &rows);
QHash<qint64, QList<PullReview>> reviewsByRow(QSqlDatabase &db, const QList<qint64> &rows);
struct Counts
{
    int live = 0;
    int deleted = 0;
    int open = 0;
    int reviews = 0;
};
Counts counts(QSqlDatabase &db, const QString &account = QStringLiteral("default"));

// GitHub's tables as the common schema steps released them (StoreFacts::releasedSteps):
// step → its statements. Never edit them: a change is a step of StoreFacts::schema.
QMap<int, const char *> releasedSteps();

} // namespace GitHubRepo
} // namespace cairn
