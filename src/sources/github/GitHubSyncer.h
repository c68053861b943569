#pragma once
#include "Error.h"
#include "GitHubQuota.h"
#include "GitHubState.h"
#include "GitHub.h"
#include "ScopeState.h"
#include "Syncer.h"

#include <QHash>
#include <QUrl>

#include <optional>

namespace cairn {

namespace github {
class GitHubApi;
class GitHubGraphQL;
}

// GitHub pull requests and reviews of the configured repositories (docs/architecture.md §4).
// Per repository (github::repoScope, fields github::RepoFields): first a REST request for the newest pull, sent
// with its last ETag by a partial listing (304: nothing moved, free); then pulls newest-updated
// first with their reviews, 100 a GraphQL query (issue 23: ~4 points instead of 101 calls);
// `full` lists them all and then checks each cached pull the listing did not show (404/410 →
// deleted); `partial` stops below the watermark minus an overlap. Pulls whose updated_at did
// not move are not written again. Pages go through the listing engine (runListing): each page,
// its pulls' reviews and the cursor commit together.
// A background sync leaves a reserve of the token's hourly quotas (github.quota_reserve_percent)
// and waits for the reset rather than fail; a person's sync may spend it.
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
        int reservePercent = 20;   // of each hourly quota, left alone by background syncs
    };
    explicit GitHubSyncer(Config config) : m_cfg(std::move(config)) {}
    QString source() const override { return QStringLiteral("github"); }
    QCoro::Task<> sync(SyncContext &ctx, SyncMode mode) override;
    QCoro::Task<QString> whoAmI(HttpClient &http) override;

private:
    using State = ScopeState<github::RepoFields>;
    class PullListing; // the listing engine's hooks for a repository's pulls

    QCoro::Task<std::optional<Error>> syncRepoGuarded(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncMode mode);
    // True when it finished a listing an earlier run began (and paused).
    QCoro::Task<bool> syncRepo(SyncContext &ctx, github::GitHubApi *api, QString repo, SyncMode mode);
    // Pulls as listed, with the reviews that came with them (by number) and when they were read.
    struct Listed
    {
        QList<PullRequest> pulls;
        QHash<int, QList<PullReview>> reviews;
        QDateTime readAt;
    };
    // What listed pulls write besides themselves: the reviews of those that changed since the
    // cache (REST for a pull that came without them), the ETags of the reviews read by REST,
    // and the pulls whose reviews are to be read again (RepoFields::recheck).
    struct Reviewed
    {
        QHash<int, QList<PullReview>> reviews;
        QHash<QString, QByteArray> etags;
        QList<int> recheck;
    };
    QCoro::Task<Reviewed> review(SyncContext &ctx, github::GitHubApi *api, QString repo, Listed page, QList<int> recheck);
    // Waits, in the background, until `cost` of `resource` ("core", "graphql") keeps the reserve.
    QCoro::Task<> spend(SyncContext &ctx, QString resource, int cost);
    // The cached pulls the full listing of run st.fields.confirmRun did not see, each asked
    // for (404/410: deleted); then the listing is complete.
    QCoro::Task<> confirmUnseen(SyncContext &ctx, github::GitHubApi *api, QString repo, State st);

    Config m_cfg;
    QHash<int, QDateTime> m_cached; // updated_at of live cached pulls of the repository in hand
    bool m_anyFull = false;
    github::GitHubQuota m_quota;
    github::GitHubGraphQL *m_graph = nullptr; // the run's
};

} // namespace cairn
