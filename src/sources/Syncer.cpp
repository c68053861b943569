#include "Syncer.h"
#include "Cancellation.h"
#include "StoreWriter.h"

#include <QCoroFuture>

#include <utility>

namespace cairn {

QCoro::Task<QString> Syncer::whoAmI(HttpClient &)
{
    co_return QString();
}

void bump(SyncRun &run, const char *key, int by)
{
    run.extra.insert(QLatin1String(key), run.extra.value(QLatin1String(key)).toInt() + by);
}

QCoro::Task<ScopeFailures> syncScopes(SyncContext &ctx, QStringList scopes, const char *okKey, const char *failedKey,
                                      std::function<QCoro::Task<std::optional<Error>>(QString scope)> syncOne)
{
    ScopeFailures failed;
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        ctx.cancel.throwIfCancelled();
        const std::optional<Error> e = co_await syncOne(scopes[i]);
        if (e) {
            bump(ctx.run, failedKey);
            failed.lines << QStringLiteral("%1: %2").arg(scopes[i], e->message);
            if (!failed.first)
                failed.first = e;
            if (e->reason == QLatin1String("rate_limited") || e->kind == Error::Kind::Auth || e->kind == Error::Kind::Cancelled)
                throw *e;
        } else {
            bump(ctx.run, okKey);
        }
        ctx.progress(i + 1, scopes.size());
    }
    co_return failed;
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
