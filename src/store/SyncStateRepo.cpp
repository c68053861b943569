#include "SyncStateRepo.h"
#include "Sql.h"

#include <QJsonDocument>

namespace cairn {

QString stateStatusName(std::optional<RunStatus> status)
{
    if (!status)
        return {};
    switch (*status) {
    case RunStatus::Running: return QStringLiteral("syncing");
    case RunStatus::Ok: return QStringLiteral("synced");
    default: return statusName(*status);
    }
}

std::optional<RunStatus> stateStatusFromName(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    if (name == QLatin1String("syncing"))
        return RunStatus::Running;
    if (name == QLatin1String("synced"))
        return RunStatus::Ok;
    return statusFromName(name); // "error" too: failed
}

} // namespace cairn

namespace cairn::SyncStateRepo {

namespace {
const QString kColumns = QStringLiteral(
    "source, account, scope, sync_token, page_token, listing_run_id, listing_mode, last_sync_at, "
    "last_full_sync_at, initial_sync_completed, status, last_error, data");

SyncState fromRow(sql::Statement &q)
{
    SyncState s;
    s.source = q.value(0).toString();
    s.account = q.value(1).toString();
    s.scope = q.value(2).toString();
    s.syncToken = q.value(3).toString();
    s.pageToken = q.value(4).toString();
    s.listingRunId = q.value(5).toLongLong();
    s.listingMode = modeFromName(q.value(6).toString());
    s.lastSyncAt = sql::timeFrom(q.value(7));
    s.lastFullSyncAt = sql::timeFrom(q.value(8));
    s.initialSyncCompleted = q.value(9).toBool();
    s.status = stateStatusFromName(q.value(10).toString());
    s.lastError = q.value(11).toString();
    s.data = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
    return s;
}
} // namespace

SyncState load(QSqlDatabase &db, const QString &source, const QString &account, const QString &scope)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM sync_state WHERE source=? AND account=? AND scope=?").arg(kColumns));
    // A null QString binds as NULL, which matches nothing: the source-level row's scope is ''.
    const QString scopeText = scope.isNull() ? QString(QLatin1String("")) : scope;
    q.exec({source, account, scopeText});
    if (q.next())
        return fromRow(q);
    SyncState s;
    s.source = source;
    s.account = account;
    s.scope = scopeText;
    return s;
}

void save(QSqlDatabase &db, const SyncState &s)
{
    sql::Statement q(db, QStringLiteral("INSERT OR REPLACE INTO sync_state(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns));
    q.exec({s.source, s.account, s.scope.isNull() ? QString(QLatin1String("")) : s.scope, sql::textValue(s.syncToken), sql::textValue(s.pageToken),
            s.listingRunId ? QVariant(s.listingRunId) : QVariant(),
            s.listingMode == SyncMode::Auto ? QVariant() : QVariant(modeName(s.listingMode)),
            sql::timeValue(s.lastSyncAt), sql::timeValue(s.lastFullSyncAt), s.initialSyncCompleted ? 1 : 0,
            sql::textValue(stateStatusName(s.status)), sql::textValue(s.lastError),
            s.data.isEmpty() ? QVariant() : QVariant(QJsonDocument(s.data).toJson(QJsonDocument::Compact))});
}

QList<SyncState> all(QSqlDatabase &db)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM sync_state ORDER BY source, account, scope").arg(kColumns));
    q.exec();
    QList<SyncState> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

} // namespace cairn::SyncStateRepo
