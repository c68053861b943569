#include "Syncer.h"
#include "StoreWriter.h"

#include <QCoroFuture>

#include <utility>

namespace cairn {

QCoro::Task<QString> Syncer::whoAmI(HttpClient &)
{
    co_return QString();
}

void countWrite(SyncRun &run, const WriteStats &s, bool page)
{
    if (page)
        ++run.pages;
    run.created += s.created;
    run.updated += s.updated;
    run.deleted += s.deleted;
    run.skipped += s.skipped;
}

QCoro::Task<SyncState> loadSyncState(SyncContext &ctx, QString source, QString scope)
{
    const QString account = ctx.account;
    QFuture<SyncState> loading = ctx.writer.transact([source, account, scope](QSqlDatabase &db) {
        return SyncStateRepo::load(db, source, account, scope);
    });
    SyncState st = co_await loading;
    co_return st;
}

QCoro::Task<> saveSyncState(SyncContext &ctx, SyncState state)
{
    QFuture<void> saving = ctx.writer.transact([state](QSqlDatabase &db) { SyncStateRepo::save(db, state); });
    co_await saving;
}

} // namespace cairn
