#pragma once
#include "Clock.h"
#include "Error.h"
#include "SyncStateRepo.h"
#include "Syncer.h"

#include "StateData.h"

#include <QJsonObject>
#include <exception>
#include <functional>
#include <optional>

namespace cairn {

// One scope's sync_state row with the source's own fields typed beside it (docs/architecture.md
// §4, "Typed state"). `Fields` is a source's struct with
//   static Fields read(SyncState *row);  // row->data in any version ("v"), converted; it may
//                                        // move what an older version kept elsewhere in the row
//   QJsonObject toJson() const;          // the current version, with its "v"
// Syncers read and change `fields`; stored() is the row as it is written.
template<typename Fields>
struct ScopeState
{
    SyncState row;
    Fields fields;

    static ScopeState of(SyncState row)
    {
        ScopeState s;
        s.fields = Fields::read(&row);
        s.row = row;
        return s;
    }
    SyncState stored() const
    {
        SyncState r = row;
        r.data = fields.toJson();
        return r;
    }
};

// A scope whose row's columns say everything (Google's listings).
struct NoFields
{
    static NoFields read(SyncState *) { return {}; }
    QJsonObject toJson() const { return {}; }
};

// loadSyncState / saveSyncState with the fields typed. (Coroutine parameters by value.)
template<typename Fields>
QCoro::Task<ScopeState<Fields>> loadScope(SyncContext &ctx, QString source, QString scope)
{
    const SyncState row = co_await loadSyncState(ctx, source, scope);
    co_return ScopeState<Fields>::of(row);
}

template<typename Fields>
QCoro::Task<> saveScope(SyncContext &ctx, ScopeState<Fields> state)
{
    co_await saveSyncState(ctx, state.stored());
}

// A scope's own status after its part of a run (a repository, a project): ok and when, or
// failed with its one line. Its cursor and its cache stay as they are.
template<typename Fields>
QCoro::Task<> recordScopeOutcome(SyncContext &ctx, QString source, QString scope, std::optional<Error> failure)
{
    ScopeState<Fields> st = co_await loadScope<Fields>(ctx, source, scope);
    st.row.status = failure ? RunStatus::Failed : RunStatus::Ok;
    st.row.lastError = failure ? failure->message : QString();
    if (!failure)
        st.row.lastSyncAt = ctx.clock.now();
    co_await saveScope(ctx, st);
}

// One scope's part of a run (a repository, a project), guarded: `work` syncs it, and what it
// throws is its failure (an unexpected exception a bad response), returned — and, but for a
// cancel, recorded as the scope's own outcome (recordScopeOutcome), as is its success.
template<typename Fields>
QCoro::Task<std::optional<Error>> syncScopeGuarded(SyncContext &ctx, QString source, QString scope, std::function<QCoro::Task<>()> work)
{
    std::optional<Error> failure;
    try {
        co_await work();
    } catch (const Error &e) {
        failure = e;
    } catch (const std::exception &e) {
        failure = Error(Error::Kind::BadResponse, QString::fromLocal8Bit(e.what()));
    }
    if (failure && failure->kind == Error::Kind::Cancelled)
        co_return failure;
    co_await recordScopeOutcome<Fields>(ctx, source, scope, failure);
    co_return failure;
}

} // namespace cairn
