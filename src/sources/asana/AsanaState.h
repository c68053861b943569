#pragma once
#include "StateData.h"
#include "SyncStateRepo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace cairn::asana {

// Asana's sync_state rows (docs/architecture.md §4): scope "meta" for the source, scope
// "project:<gid>" for each project. Their data is one of the structs below, version 1; a
// row written before versions (no "v") is converted as it is read.
QString metaScope();
inline QString projectScope(const QString &gid)
{
    return state::scopeNamed(QLatin1String("project:"), gid);
}
// The project a scope belongs to; "" when `scope` is not a project's.
inline QString projectOfScope(const QString &scope)
{
    return state::nameOfScope(QLatin1String("project:"), scope);
}

// Scope "meta": who, where, and what the workspace allows.
struct MetaFields
{
    static constexpr int kVersion = 1;
    enum class Search { Unknown, On, Off }; // the premium task search, as the last full sync found it

    QString me;         // the user's gid
    QString workspace;  // the workspace synced
    QString listedFrom; // where the project list came from: "workspace" or "portfolio:<gid>" ("" never listed)
    Search search = Search::Unknown;

    static MetaFields read(SyncState *row);
    QJsonObject toJson() const;
};

// Scope "project:<gid>": the project's Events stream and its task listing in progress.
struct ProjectFields
{
    static constexpr int kVersion = 1;

    QString eventsToken;     // the Events stream's sync token
    QDateTime eventsTokenAt; // when the service handed it out (its clock)
    bool crawlDue = false;   // the token was taken for a full listing not complete yet
    QSet<QString> pending;   // tasks the Events named that are still to be fetched
    QDateTime nextWatermark; // the listing in progress: the project's tasks_refreshed_at once it is complete
    QDateTime listingSince;  // the partial listing in progress: its modified_since

    static ProjectFields read(SyncState *row);
    QJsonObject toJson() const;
};

} // namespace cairn::asana
