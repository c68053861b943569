#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

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
    QString listingMode;     // "full" or "partial" for the listing in progress
    QDateTime lastSyncAt;
    QDateTime lastFullSyncAt;
    bool initialSyncCompleted = false;
    QString status;          // synced, syncing, error, needs-sign-in
    QString lastError;
    QJsonObject data;        // per-source extras (watermarks, event tokens, ...)

    bool listingInProgress() const { return !pageToken.isEmpty(); }
};

namespace SyncStateRepo {
SyncState load(QSqlDatabase &db, const QString &source, const QString &account, const QString &scope);
void save(QSqlDatabase &db, const SyncState &state);
QList<SyncState> all(QSqlDatabase &db);
} // namespace SyncStateRepo

} // namespace cairn
