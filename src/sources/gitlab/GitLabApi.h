#pragma once
#include "Error.h"
#include "GitLab.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QUrl>

#include <optional>

namespace cairn::gitlab {

// One page of a project's merge requests.
struct MergeRequestsPage
{
    QList<MergeRequest> items;
    bool hasNext = false;  // x-next-page (or Link rel="next"): the query has more pages
    QDateTime serverTime;  // the answer's Date header
};

// One page of the projects the user is a member of (the settings' picker).
struct ProjectsPage
{
    QList<Project> projects;
    QUrl next; // empty on the last page
};

// The GitLab REST API v4 as Cairn uses it (docs/api-notes.md §7): a project by id or encoded
// path, its merge requests by update time (`updated_after`, ascending, 100 a page), by iid,
// their approvals, the user and the user's projects. Throws cairn::Error with GitLab's message.
class GitLabApi
{
public:
    GitLabApi(HttpClient &http, QUrl base);

    static constexpr int kPageSize = 100;
    static constexpr int kIidsMax = 100; // iids[] in one request (kept to a page)

    // …/projects/<id or URL-encoded path><tail>: "group/project" is sent as group%2Fproject.
    QUrl projectUrl(const QString &idOrPath, const QString &tail = QString()) const;
    // state=all&scope=all&order_by=updated_at&sort=asc&per_page=100&page=N, with
    // updated_after (inclusive, milliseconds) when `updatedAfter` is valid.
    QUrl mergeRequestsUrl(qint64 projectId, const QDateTime &updatedAfter, int page) const;

    // The project; nullopt when GitLab answers 404 (deleted, or out of the token's reach).
    QCoro::Task<std::optional<Project>> project(QString idOrPath);
    // One page of the project's merge requests in the order of their update (see mergeRequestsUrl).
    QCoro::Task<MergeRequestsPage> mergeRequests(qint64 projectId, QString project, QDateTime updatedAfter, int page);
    // The merge requests among `iids` (at most kIidsMax) that exist: those left out are gone.
    QCoro::Task<QList<MergeRequest>> byIids(qint64 projectId, QString project, QList<int> iids);
    // Its approvals; nullopt when the merge request answers 404 (deleted meanwhile).
    QCoro::Task<std::optional<Approvals>> approvals(qint64 projectId, int iid);
    // The username the token belongs to (GET /user).
    QCoro::Task<QString> username();
    // GET /projects?membership=true&simple=true&order_by=last_activity_at&per_page=100.
    QUrl userProjectsUrl() const;
    // `url` is userProjectsUrl() or a `next` of the page before.
    QCoro::Task<ProjectsPage> userProjects(QUrl url);

    // GitLab's 429: its Retry-After is honoured by HttpClient itself; one without it waits for
    // RateLimit-Reset (Unix time, by the server's clock), else backs off from a minute.
    static RateLimitAdvice rateLimit(const HttpResponse &r, const QDateTime &now);
    // Whether an answer of an offset-paged listing has a next page (x-next-page, Link rel="next").
    static bool hasNextPage(const HttpResponse &r);

private:
    // GET `url` as a JSON object; nullopt for a 404 (GitLab's word for gone); another error throws.
    QCoro::Task<std::optional<QJsonObject>> objectUnlessGone(QUrl url);

    ServiceApi m_api;
};

// GitLab's error bodies ({"message": "401 Unauthorized"}, {"message": {field: [...]}},
// {"error": "invalid_token", "error_description": "Token is expired. …"}) → cairn::Error.
Error errorFromResponse(const HttpResponse &r);

} // namespace cairn::gitlab
