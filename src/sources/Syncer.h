#pragma once
#include "Error.h"
#include "SyncRun.h"
#include "SyncStateRepo.h"
#include "WriteStats.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QtGlobal>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cairn {

class Cancellation;
class Clock;
class HttpClient;
class StoreWriter;

// Everything a source's syncer works with during one run. The engine owns it.
struct SyncContext
{
    StoreWriter &writer;
    HttpClient &http;
    Cancellation &cancel;
    const Clock &clock;
    SyncRun &run; // counters the syncer keeps up to date; the engine records it
    QString account = QStringLiteral("default");
    std::function<void(qint64 done, qint64 total)> progress = [](qint64, qint64) {};
    bool background = false;   // the scheduler's run: nobody waits for it (GitHub keeps its quota's reserve)
    // What the run is doing beyond its progress, for a person ("waiting for GitHub's quota until
    // 14:05"); "" when that is over.
    std::function<void(const QString &text)> status = [](const QString &) {};
};

// A source's sync strategy: full / incremental, cursors, resume (docs/architecture.md §2).
class Syncer
{
public:
    virtual ~Syncer() = default;
    virtual QString source() const = 0;
    // Runs one sync. Throws cairn::Error on failure; every committed page stays committed.
    virtual QCoro::Task<> sync(SyncContext &ctx, SyncMode mode) = 0;
    // `cairn sync --<name>`, a switch its descriptor declares (SourceDescriptor::syncSwitches),
    // given before the run.
    virtual void setSwitch(const QString &name) { Q_UNUSED(name); }
    // Who the credentials belong to, as the source's items name people (GitHub: the login;
    // Jira: the accountId), for "assigned to me" notifications; "" where the items say it
    // themselves (Asana's assigned-to-me) or nobody is named. Throws cairn::Error.
    virtual QCoro::Task<QString> whoAmI(HttpClient &http);
};

// Shared steps of every syncer (the paged listings themselves: Listing.h).
// Adds a written page's (or item's) counts to the run; `page` counts it as a page.
void countWrite(SyncRun &run, const WriteStats &s, bool page = true);
// Adds `by` to the run's counter `key` (its extra).
void bump(SyncRun &run, const char *key, int by = 1);

// A run over several scopes (repositories, projects), one after another, one step of progress
// each. `syncOne(scope)` syncs one and returns its failure: a failed scope is counted in
// `failedKey` and the run goes on with the next (`okKey` counts the others), but for a failure
// every scope shares — the rate limit, the credentials, a cancel —, which is thrown at once.
struct ScopeFailures
{
    QStringList lines;          // "scope: message" for each failed scope
    std::optional<Error> first; // the first failure
};
QCoro::Task<ScopeFailures> syncScopes(SyncContext &ctx, QStringList scopes, const char *okKey, const char *failedKey,
                                      std::function<QCoro::Task<std::optional<Error>>(QString scope)> syncOne);
// The cursor row of (source, ctx.account, scope), read and written through the store writer.
// (Coroutine parameters by value: a reference need not outlive a suspension.)
QCoro::Task<SyncState> loadSyncState(SyncContext &ctx, QString source, QString scope);
QCoro::Task<> saveSyncState(SyncContext &ctx, SyncState state);

} // namespace cairn
