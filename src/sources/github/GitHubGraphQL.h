#pragma once
#include "GitHub.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QHash>
#include <QUrl>

namespace cairn::github {

// What GitHub says of the token's GraphQL hour (rateLimit { cost remaining resetAt limit }).
struct GraphRate
{
    int cost = 0;
    int remaining = -1; // -1: not told
    int limit = 0;
    QDateTime resetAt;
};

// One page of a repository's pulls, newest-updated first, each with its reviews.
struct GraphPullsPage
{
    QList<PullRequest> pulls;
    QHash<int, QList<PullReview>> reviews; // by number: complete lists
    QList<int> moreReviews;                // pulls with more than a page of reviews (the rest by REST)
    QString endCursor;                     // "" on an empty page
    bool hasNext = false;
    QDateTime serverTime;                  // the Date header: when the page was read
    GraphRate rate;
};

// GitHub's GraphQL API as Cairn uses it (docs/architecture.md §4, docs/api-notes.md §6): one
// query lists a page of 100 pull requests ordered by UPDATED_AT, newest first, with their
// labels, assignees, review requests and reviews — about 4 points (one request for the page
// and one for each of its pulls' four lists, per hundred) instead of 101 REST calls.
class GitHubGraphQL
{
public:
    GitHubGraphQL(HttpClient &http, QUrl apiBase);

    static constexpr int kPageSize = 100;
    // https://api.github.com → …/graphql; an Enterprise …/api/v3 → …/api/graphql.
    static QUrl endpointFor(const QUrl &apiBase);
    // The query text (a test checks it against GitHub's published schema).
    static QString pullsQuery();
    // rateLimit(dryRun: true): what is left, spending nothing.
    static QString rateQuery();
    // The points GitHub charges for pullsQuery() with `pageSize` pulls.
    static int pullsQueryCost(int pageSize = kPageSize);

    // The page after `after` ("" for the first). Throws cairn::Error (a repository that does
    // not exist or cannot be seen: Http 404, as REST says it).
    QCoro::Task<GraphPullsPage> pulls(QString repo, QString after);
    // What is left of the GraphQL hour, without spending it (rateLimit(dryRun: true)).
    QCoro::Task<GraphRate> rateLimit();

private:
    QCoro::Task<HttpResponse> post(QString query, QJsonObject variables);

    HttpClient &m_http;
    QUrl m_url;
};

// A pullsQuery() answer → the page (throws Error(BadResponse) for a malformed one, the
// service's error for an {"errors":[…]} one).
GraphPullsPage parseGraphPulls(const QByteArray &body, const QString &repo);

} // namespace cairn::github
