#pragma once
#include "SyncRun.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cairn {

// Where a source+account+scope stands: the token to send next, the run in progress.
struct SyncState
{
    QString source;
    QString account = QStringLiteral("default");
    QString scope;
    QString syncToken;       // the token received from the last complete run
    QString pageToken;       // resume point of a listing in progress ("" when none)
    qint64 listingRunId = 0; // the run that started the listing in progress
    SyncMode listingMode = SyncMode::Auto; // Full or Partial: the listing in progress (Auto: none)
    QDateTime lastSyncAt;
    QDateTime lastFullSyncAt;
    bool initialSyncCompleted = false;
    // The scope's last run: Running while it runs, then how it ended; none before its first.
    std::optional<RunStatus> status;
    QString lastError;
    QJsonObject data;        // the source's own fields, typed by its syncer (with a version "v")

    bool listingInProgress() const { return !pageToken.isEmpty(); }
};

// How sync_state and `cairn status` spell a scope's status: "syncing" while a run goes on,
// "synced" after a good one, else the run's status ("failed", "cancelled", "needs-sign-in");
// "" before the first run. (A repository's or Jira configuration's row written by earlier
// versions may say "error": read as failed.)
QString stateStatusName(std::optional<RunStatus> status);
std::optional<RunStatus> stateStatusFromName(const QString &name);

namespace SyncStateRepo {
SyncState load(QSqlDatabase &db, const QString &source, const QString &account, const QString &scope);
void save(QSqlDatabase &db, const SyncState &state);
QList<SyncState> all(QSqlDatabase &db);
} // namespace SyncStateRepo

} // namespace cairn
