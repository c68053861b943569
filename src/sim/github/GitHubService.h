// GitHub REST API state and endpoints under /github (docs/api-notes.md §3): the user's
// repositories (GET /user/repos), pull listings with
// state/sort/direction/per_page/page and Link headers, single pulls, reviews, ETags and
// 304s (free), the primary rate limit with x-ratelimit-* headers, 403 when exhausted.
// The simulator's service "github" (GitHubSimService.cpp: its sign-in, limits, options).
// Not thread-safe: use it from the thread the CloudSimulator lives in.
#pragma once

#include "sim/github/GitHubData.h"
#include "sim/github/GitHubLimits.h"
#include "sim/HttpTypes.h"
#include "sim/SimService.h"

#include <QJsonObject>
#include <random>
#include <vector>

namespace sim {

class GitHubService : public LimitedSimService<GitHubLimits>
{
public:
    explicit GitHubService(const SimContext &context);

    // ---- the simulator's service (GitHubSimService.cpp, GitHubAdmin.cpp) ----
    bool isApiCall(const HttpRequest &request) const override;
    HttpReply answer(const HttpRequest &request) override;
    HttpReply faultReply(int status) const override;
    HttpReply mutate(const QJsonObject &body) override;
    QList<QPair<QString, QString>> demoSettings() const override;

    // ---- mutations (each moves the pull's updated_at, strictly, from the server clock) ----
    QString addRepo(const QString &fullName, int pulls);
    bool deleteRepo(const QString &fullName);
    int addPull(const QString &repo);               // the new number, 0 if no such repo
    bool editPull(const QString &repo, int number); // retitles, relabels or re-describes
    bool closePull(const QString &repo, int number, bool merge);
    bool addReview(const QString &repo, int number, const QString &state = QString());
    bool requestReview(const QString &repo, int number, const QString &login);
    // The user every token of the simulator belongs to (GET /user).
    static QString viewerLogin() { return QStringLiteral("octocat"); }
    bool deletePull(const QString &repo, int number);
    QList<int> editRandomPulls(const QString &repo, int count);
    void setRateLimit(int limit, int remaining, qint64 resetInSeconds); // REST's and GraphQL's alike

    // ---- reading ----
    QStringList repoNames() const; // live repositories, "owner/name"
    const GPull *pull(const QString &repo, int number) const;
    QJsonObject groundTruth() const override;
    int remaining() const { return m_remaining; }
    int graphqlRemaining() const { return m_gqlRemaining; }
    int requestsWithoutApiVersion() const { return m_withoutVersion; }
    int conditionalHits() const { return m_notModified; }

    // ---- HTTP; path starts with /github/ ----
    HttpReply handle(const HttpRequest &request);
    static HttpReply error(int status, const QString &message, const QString &docs = QString());

private:
    // GitHub's revocation: DELETE /applications/{client_id}/token on the API host, as the
    // OAuth app (Basic client_id:client_secret), body {"access_token": ...}: 204, else
    // 401 for a wrong app, 404 for a token not (or no longer) valid, 422 without one.
    HttpReply revokeApplicationToken(const QString &clientId, const HttpRequest &request);

    // GitHubApi.cpp
    HttpReply listPulls(const HttpRequest &r, GRepo &repo);
    HttpReply getPull(const HttpRequest &r, GRepo &repo, int number);
    HttpReply listReviews(const HttpRequest &r, GRepo &repo, int number);
    // GET /user/repos: the repositories the token's user can see (every seeded one belongs to
    // an organization the user is a member of; one owned by viewerLogin() is the user's own).
    HttpReply listUserRepos(const HttpRequest &r);
    QJsonObject repoJson(const GRepo &repo) const;
    QJsonObject viewerJson() const;
    // Link: next/last/prev/first of a page listing (GitHub's order of rel values).
    void addPageLinks(HttpReply &reply, const HttpRequest &r, int page, int last) const;
    QJsonObject pullJson(const GRepo &repo, const GPull &p) const;
    QJsonObject reviewJson(const GRepo &repo, const GPull &p, const GReview &v) const;
    void addRateHeaders(HttpReply &reply) const;

    // GitHubGraphQL.cpp: POST /github/graphql — the fields Cairn asks for, GitHub's costs,
    // its own rate limit (points, separate from REST's) and its error shapes.
    HttpReply graphql(const HttpRequest &r);

    // GitHubService.cpp
    GRepo *liveRepo(const QString &fullName);
    GPull *livePull(const QString &repo, int number);
    GPull makePull(GRepo &repo);
    void touch(GPull &p);
    QString baseUrl() const;

    std::mt19937 m_rng;
    std::vector<GRepo> m_repos;
    qint64 m_nextId = 1'700'000'000;
    int m_limit = 5000;
    int m_remaining = 5000;
    qint64 m_resetMs = 0;
    int m_gqlRemaining = 5000; // GraphQL points left in its hour (its own bucket)
    qint64 m_gqlResetMs = 0;
    int m_coreSpent = 0;       // REST requests and GraphQL points charged since the start
    int m_gqlSpent = 0;
    int m_withoutVersion = 0;
    int m_notModified = 0;
    QByteArray m_host; // Host of the request being answered (for Link and url fields)
};

} // namespace sim
