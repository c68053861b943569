#pragma once
#include "Error.h"
#include "GitLab.h"
#include "GitLabState.h"
#include "ScopeState.h"
#include "Syncer.h"

#include <QHash>
#include <QUrl>

#include <optional>

namespace cairn {

namespace gitlab {
class GitLabApi;
}

// GitLab merge requests of the configured projects (docs/architecture.md §4, docs/api-notes.md
// §7). Per project (gitlab::projectScope, fields gitlab::ProjectFields): the project itself
// (GET /projects/:id — a 404 means it is gone: its merge requests are marked deleted), then its
// merge requests in the order of their update (`order_by=updated_at&sort=asc`, 100 a page)
// through the listing engine, each page committed with its cursor. The cursor pages by time,
// not by offset: the next page is `updated_after=<updated_at of the last one committed>`
// (inclusive: the ones of that instant come again and are skipped as unchanged), so an item
// updated mid-listing moves behind the cursor instead of pushing an unread one onto a page
// already read. `partial` starts at the watermark minus an overlap; `full` (the first sync,
// --mode full, and in `auto` every `sweepHours`) lists every merge request and then confirms the
// cached ones it did not see by iid (`iids[]`, 100 a call) before marking them deleted — GitLab
// keeps no tombstones. Approvals are read only for merge requests whose updated_at moved.
// One project's failure does not stop the others; a refused token or a rate limit stops the run.
class GitLabSyncer final : public Syncer
{
public:
    struct Config
    {
        QUrl apiBase;          // https://gitlab.com/api/v4, a self-managed …/api/v4, or the simulator
        QStringList projects;  // paths ("group/project") or numeric ids
        int overlapSecs = 120; // re-read below the watermark
        int sweepHours = 24;   // auto: a full listing (deletions) at least this often
    };
    explicit GitLabSyncer(Config config) : m_cfg(std::move(config)) {}
    QString source() const override { return QStringLiteral("gitlab"); }
    QCoro::Task<> sync(SyncContext &ctx, SyncMode mode) override;
    QCoro::Task<QString> whoAmI(HttpClient &http) override;

private:
    using State = ScopeState<gitlab::ProjectFields>;
    class MergeRequestListing; // the listing engine's hooks for a project's merge requests

    QCoro::Task<std::optional<Error>> syncProjectGuarded(SyncContext &ctx, gitlab::GitLabApi *api, QString project, SyncMode mode);
    QCoro::Task<> syncProject(SyncContext &ctx, gitlab::GitLabApi *api, QString project, SyncMode mode);
    // The approvals of those of `listed` whose updated_at is not the cache's, by iid.
    QCoro::Task<QHash<int, gitlab::Approvals>> approvalsOfChanged(SyncContext &ctx, gitlab::GitLabApi *api, qint64 projectId,
                                                                  QList<gitlab::MergeRequest> listed);
    // The cached merge requests the full listing of run st.fields.confirmRun did not see, asked
    // for by iid (those GitLab leaves out are deleted); then the listing is complete.
    QCoro::Task<> confirmUnseen(SyncContext &ctx, gitlab::GitLabApi *api, State st);

    Config m_cfg;
    QHash<int, QDateTime> m_cached; // updated_at of the live cached merge requests of the project in hand
    bool m_anyFull = false;
};

} // namespace cairn
