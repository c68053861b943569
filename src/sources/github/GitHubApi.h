#pragma once
#include "Error.h"
#include "GitHub.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QUrl>

#include <optional>

namespace cairn::github {

struct PullsPage
{
    bool notModified = false; // 304 to If-None-Match: nothing changed (and no rate limit spent)
    QList<PullRequest> pulls;
    QUrl next;                // Link rel="next", empty on the last page
    QByteArray etag;
    QDateTime serverTime;     // the response's Date header
};

struct ReviewsList
{
    bool notModified = false; // 304 to If-None-Match: the cached reviews are still right
    QList<PullReview> reviews;
    QByteArray etag;          // kept only for a list that fits one page
    QDateTime serverTime;     // the Date header of its first page: when the list was read
};

// One repository the signed-in user can see (GET /user/repos), as the repository picker shows it.
struct RepoChoice
{
    QString fullName;    // "owner/name"
    QString description; // "" when it has none
    bool isPrivate = false;
    QDateTime pushedAt;  // invalid when nothing was ever pushed
};

struct ReposPage
{
    QList<RepoChoice> repos;
    QUrl next; // Link rel="next", empty on the last page
};

// The GitHub REST API as Cairn uses it (docs/api-notes.md §3): pulls sorted by update, newest
// first, Link-header pages, conditional requests, reviews, the API version pinned.
// Throws cairn::Error on failures.
class GitHubApi
{
public:
    GitHubApi(HttpClient &http, QUrl base);

    static constexpr int kPageSize = 100;
    static constexpr const char *kApiVersion = "2022-11-28";

    // The first page of a repository's pulls: state=all&sort=updated&direction=desc.
    QUrl pullsUrl(const QString &repo) const;
    // pullsUrl() with per_page=1: the newest pull, whose ETag tells whether anything moved
    // (every change moves a pull's updated_at to the top; the second of a read is rechecked).
    QUrl changeCheckUrl(const QString &repo) const;
    // `url` is pullsUrl() or a `next` link; `etag` non-empty sends If-None-Match.
    QCoro::Task<PullsPage> pulls(QString repo, QUrl url, QByteArray etag);
    // nullopt: the pull is gone (404 or 410).
    QCoro::Task<std::optional<PullRequest>> pull(QString repo, int number);
    // Every review of a pull (all pages, chronological); `etag` non-empty sends If-None-Match.
    QCoro::Task<ReviewsList> reviews(QString repo, int number, QByteArray etag);
    QUrl reviewsUrl(const QString &repo, int number) const;
    // The repositories the token's user can see, most recently pushed first: GET /user/repos
    // with affiliation=owner,collaborator,organization_member&sort=pushed&per_page=100
    // (sort=pushed is newest first by default).
    QUrl userReposUrl() const;
    // `url` is userReposUrl() or a `next` link (same origin only).
    QCoro::Task<ReposPage> userRepos(QUrl url);
    // The login of the user the token belongs to (GET /user).
    QCoro::Task<QString> viewerLogin();

    // GitHub's primary (remaining 0 → wait for reset, by the server's clock) and secondary
    // (Retry-After, else at least 60 s, doubling) rate limits, for HttpClient.
    static RateLimitAdvice rateLimit(const HttpResponse &r, const QDateTime &now);
    // "owner/name" with GitHub's allowed characters.
    static bool isRepoName(const QString &repo);

private:
    QCoro::Task<HttpResponse> get(QUrl url, QByteArray etag);
    QUrl checkedNext(const HttpResponse &r) const;

    ServiceApi m_api;
};

// One page of GET /user/repos (throws Error(BadResponse) for a malformed one).
QList<RepoChoice> parseUserRepos(const QByteArray &body);
// GitHub's error body {"message", "documentation_url"} → cairn::Error.
Error errorFromResponse(const HttpResponse &r);
// The rel="next" URL of a Link header, or empty.
QUrl nextLink(const QByteArray &link);

} // namespace cairn::github
