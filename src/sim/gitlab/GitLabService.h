// GitLab REST API v4 state and endpoints under /gitlab/api/v4 (docs/api-notes.md §7): the user
// (GET /user), the projects (GET /projects?membership=true, GET /projects/:id by id or encoded
// path), the merge requests of a project (state, updated_after/before, created_after/before,
// iids[], scope, order_by, sort, offset pages with x-* and Link headers), a single merge
// request, its approvals; personal access tokens (PRIVATE-TOKEN or Bearer) and OAuth access
// tokens (the simulator's OAuthService, source "gitlab"); GitLab's per-minute rate limit with
// RateLimit-* headers and 429 + Retry-After; GitLab's error bodies. Admin: /_admin/gitlab/mutate
// and /_admin/truth/gitlab (GitLabAdmin.cpp). Registered in src/sim/Services.cpp (GitLabSimService.cpp).
// Not thread-safe: use it from the thread the CloudSimulator lives in.
#pragma once

#include "sim/HttpTypes.h"
#include "sim/RateLimits.h"
#include "sim/SimOptions.h"
#include "sim/SimService.h"
#include "sim/gitlab/GitLabData.h"

#include <QHash>
#include <QJsonObject>
#include <optional>
#include <random>
#include <vector>

namespace sim {

class GitLabService : public SimService
{
public:
    explicit GitLabService(const SimContext &context);

    // ---- SimService ----
    HttpReply answer(const HttpRequest &request) override;
    // An injected fault's answer without a body of its own: 429 "Retry later", else error().
    HttpReply faultReply(int status) const override;
    // /_admin/gitlab/mutate (GitLabAdmin.cpp).
    HttpReply mutate(const QJsonObject &body) override;
    QJsonObject groundTruth() const override;
    // What the demo syncs: every project.
    QList<QPair<QString, QString>> demoSettings() const override;
    // Its API's address is /gitlab/api/v4 (GitLab's is <host>/api/v4), and the token.
    QList<QPair<QByteArray, QString>> clientEnvironment(const QUrl &base, const QString &token) const override;

    // ---- seeding and mutations (each moves the merge request's updated_at by the server clock) ----
    // `projects` more projects of `mergeRequests` each (demo and scale); their paths.
    QStringList seed(int projects, int mergeRequests);
    QString addProject(const QString &path, int mergeRequests); // "" if it exists
    bool deleteProject(const QString &idOrPath);
    int addMergeRequest(const QString &project);                 // the new iid, 0 if no such project
    bool editMergeRequest(const QString &project, int iid);      // retitles, relabels or re-describes
    bool closeMergeRequest(const QString &project, int iid, bool merge);
    bool reopenMergeRequest(const QString &project, int iid);
    bool approve(const QString &project, int iid, const QString &user = QString());
    bool comment(const QString &project, int iid);
    bool requestReview(const QString &project, int iid, const QString &user);
    bool deleteMergeRequest(const QString &project, int iid);
    QList<int> editRandom(const QString &project, int count);
    // A personal access token ("glpat-…") valid for `lifetimeSeconds` (0: no expiry).
    QString createToken(const QString &name, qint64 lifetimeSeconds);
    bool revokeToken(const QString &token);
    void setRequestsPerMinute(int perMinute) { m_perMinute = perMinute; }

    // The user every token belongs to (GET /user).
    static QString username() { return QStringLiteral("cairn-user"); }

    // ---- reading ----
    QStringList projectPaths() const; // live projects
    const GLProject *project(const QString &idOrPath) const;
    const GLMergeRequest *mergeRequest(const QString &project, int iid) const;
    int rateLimited() const { return m_limited; }

    // GitLab's error form {"message": "<status> <text>"}.
    static HttpReply error(int status, const QString &message);

private:
    // GitLabApi.cpp
    // A path under /gitlab/ (the API is /gitlab/api/v4/…); `oauth` vouches for OAuth tokens.
    HttpReply handle(const HttpRequest &request, const OAuthService &oauth);
    HttpReply route(const HttpRequest &r, const QStringList &parts);
    HttpReply listMergeRequests(const HttpRequest &r, const GLProject &p);
    HttpReply listProjects(const HttpRequest &r);
    // The fields a merge request and its approvals open with.
    static QJsonObject mergeRequestHead(const GLProject &p, const GLMergeRequest &m);
    QJsonObject mergeRequestJson(const GLProject &p, const GLMergeRequest &m) const;
    QJsonObject approvalsJson(const GLProject &p, const GLMergeRequest &m) const;
    QJsonObject projectJson(const GLProject &p, bool simple) const;
    QJsonObject userJson(const QString &username) const;
    // The token of the request (PRIVATE-TOKEN or Bearer), "" when none.
    static QString tokenOf(const HttpRequest &r);
    // The per-minute window of `token`: the refusal when it is spent; adds RateLimit-* later.
    std::optional<HttpReply> admitRate(const QString &token);
    void addRateHeaders(HttpReply &reply, const QString &token) const;

    // GitLabService.cpp
    GLProject *liveProject(const QString &idOrPath);
    GLMergeRequest *liveMergeRequest(const QString &project, int iid);
    GLMergeRequest makeMergeRequest(GLProject &p);
    void touch(GLProject &p, GLMergeRequest &m);
    bool validPat(const QString &token) const;

    RateLimits::Counts &m_counts; // its refusals in GET /_admin/requests
    std::mt19937 m_rng;
    std::vector<GLProject> m_projects;
    QHash<QString, GLToken> m_tokens;
    qint64 m_nextProjectId = 27'000'000;
    qint64 m_nextMrId = 310'000'000;
    int m_perMinute = 2000;
    struct Window
    {
        qint64 startMs = -1;
        int used = 0;
    };
    QHash<QString, Window> m_windows; // per token, GitLab's fixed minute
    int m_limited = 0;
};

} // namespace sim
