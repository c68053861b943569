#pragma once
#include "Error.h"
#include "GitHub.h"
#include "SyncStateRepo.h"
#include "Syncer.h"

#include <QHash>
#include <QUrl>

#include <optional>

namespace cairn {

namespace github {
class GitHubApi;
}

// GitHub pull requests and reviews of the configured repositories (docs/architecture.md §4).
// Per repository (scope "repo:owner/name"): pulls newest-updated first, following Link
// pages; `full` lists them all and then checks each cached pull the listing did not show
// (404/410 → deleted); `partial` sends the first page's ETag (304: done, free) and stops
// below the watermark minus an overlap. Reviews are refetched only for pulls whose
// updated_at moved. Each page, its pulls' reviews and the cursor commit together.
// One repository's failure does not stop the others; an exhausted rate limit stops the run.
class GitHubSyncer final : public Syncer
{
public:
    struct Config
    {
        QUrl apiBase;              // https://api.github.com, an Enterprise …/api/v3, or the simulator
        QStringList repos;         // "owner/name"
        int overlapSecs = 120;     // re-read below the watermark (second-precision timestamps)
        int fullEveryDays = 7;     // auto: a full listing (deletion check) at least this often
        int maxWaitSecs = 60;      // primary rate limit: wait for a reset this close, else stop the run
    };
    explicit GitHubSyncer(Config config) : m_cfg(std::move(config)) {}
    QString source() const override { return QStringLiteral("github"); }
    QCoro::Task<> sync(SyncContext &ctx, SyncMode mode) override;
    QCoro::Task<QString> whoAmI(HttpClient &http) override;

    static QString repoScope(const QString &repo) { return QStringLiteral("repo:") + repo; }
    // A full listing whose pages are done but whose unseen pulls are not checked yet.
    static constexpr const char *kConfirming = "confirm";

private:
    QCoro::Task<std::optional<Error>> syncRepoGuarded(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncMode mode);
    // True when it finished a listing an earlier run began (and paused).
    QCoro::Task<bool> syncRepo(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncMode mode);
    // Pulls of a listed page that changed since the cache, with their reviews refetched.
    QCoro::Task<SyncState> writePage(SyncContext &ctx, github::GitHubApi *api, QString repo, QList<PullRequest> pulls,
                            SyncState next);
    QCoro::Task<> confirmUnseen(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncState st);

    Config m_cfg;
    QHash<int, QDateTime> m_cached; // updated_at of live cached pulls of the repository in hand
    // The last page's write, committed while the next page and its reviews are fetched.
    PageWrite m_write;
    bool m_anyFull = false;
};

} // namespace cairn
