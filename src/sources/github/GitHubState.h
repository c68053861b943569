#pragma once
#include "StateData.h"
#include "SyncStateRepo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cairn::github {

// GitHub's sync_state rows (docs/architecture.md §4): scope "repo:owner/name" for each
// repository. Its data is RepoFields, version 1; a row written before versions (no "v") is
// converted as it is read.
inline QString repoScope(const QString &repo)
{
    return state::scopeNamed(QLatin1String("repo:"), repo);
}
// The repository ("owner/name") a scope belongs to; "" when `scope` is not a repository's.
inline QString repoOfScope(const QString &scope)
{
    return state::nameOfScope(QLatin1String("repo:"), scope);
}

struct RepoFields
{
    static constexpr int kVersion = 1;

    QDateTime watermark;     // the newest updated_at a complete listing saw
    QString etag;            // the change check's ETag of the last complete listing
    QDateTime nextWatermark; // the listing in progress: the newest updated_at it has seen
    QString listingEtag;     // the listing in progress: its change check's ETag
    QList<int> recheck;      // pulls whose reviews were read in the second they were updated
    // A full listing whose pages are all committed and whose unseen pulls are being checked:
    // the run that listed them (0: none).
    qint64 confirmRun = 0;

    // Version 0 kept the listing's place in the row's page token: "graphql:<endCursor>", or
    // "confirm" once its pages were done (a REST page address from before GraphQL: none).
    static RepoFields read(SyncState *row);
    QJsonObject toJson() const;
};

} // namespace cairn::github
