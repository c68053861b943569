#pragma once
#include "StateData.h"
#include "SyncStateRepo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cairn::gitlab {

// GitLab's sync_state rows (docs/architecture.md §4): scope "project:<project>" for each project
// of gitlab.projects, named as the setting names it (a path or an id). Its data is
// ProjectFields, version 1.
inline QString projectScope(const QString &project)
{
    return state::scopeNamed(QLatin1String("project:"), project);
}
// The project (as configured) a scope belongs to; "" when `scope` is not a project's.
inline QString projectOfScope(const QString &scope)
{
    return state::nameOfScope(QLatin1String("project:"), scope);
}

struct ProjectFields
{
    static constexpr int kVersion = 1;

    qint64 projectId = 0;    // GitLab's id of the project (its path may change)
    QString path;            // path_with_namespace, as GitLab last said
    QString webUrl;
    QDateTime watermark;     // the newest updated_at a complete listing saw
    QDateTime nextWatermark; // the listing in progress: the newest updated_at it has seen
    // A full listing whose pages are all committed and whose unseen merge requests are being
    // confirmed: the run that listed them (0: none).
    qint64 confirmRun = 0;

    static ProjectFields read(SyncState *row);
    QJsonObject toJson() const;
};

// Where a listing goes on (the row's page token): `updated_after` of the next request (none:
// the very first page of a full listing) and the page of that query — 1 unless a whole page
// shared one updated_at. Written "<ISO time with ms>|<page>".
struct Cursor
{
    QDateTime updatedAfter;
    int page = 1;

    QString text() const;
    // nullopt for a token that is not one (an older format: the listing starts again).
    static std::optional<Cursor> parse(const QString &token);
};

} // namespace cairn::gitlab
