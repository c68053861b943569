// GitHub's GraphQL API: a page of pull requests with their reviews in one query.
#include "GitHubGraphQL.h"
#include "ClipLine.h"
#include "GitHubApi.h"
#include "GitHubMapper.h"
#include "Json.h"
#include "OffThread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::github {

namespace {
const QString kWhat = QStringLiteral("GitHub");

// A GraphQL object's member that must be an object (null → empty: a ghost author, no commit).
QJsonObject objectOrNull(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull())
        return {};
    if (!v.isObject())
        badAnswer(QStringLiteral("\"%1\" is not an object").arg(QLatin1String(key)));
    return v.toObject();
}

// A connection's nodes, each an object; `complete` false when it holds more than it listed.
QJsonArray nodesOf(const QJsonObject &o, const char *key, bool *complete = nullptr)
{
    const QJsonObject conn = json::object(o, QLatin1String(key), kWhat);
    const QJsonArray nodes = json::array(conn, QLatin1String("nodes"), kWhat);
    for (const QJsonValue &n : nodes)
        if (!n.isObject())
            badAnswer(QStringLiteral("a node of \"%1\" is not an object").arg(QLatin1String(key)));
    if (complete)
        *complete = conn.value(QLatin1String("totalCount")).toInt(0) <= nodes.size();
    return nodes;
}

// The login of an actor; GitHub's REST names a deleted account "ghost", GraphQL gives null.
QString loginOf(const QJsonObject &o, const char *key)
{
    const QJsonObject actor = objectOrNull(o, key);
    return actor.isEmpty() ? QStringLiteral("ghost") : json::string(actor, QLatin1String("login"), kWhat);
}

// GraphQL field names → the REST shape the mapper reads (one mapper, one set of checks).
QJsonObject restPull(const QJsonObject &n)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), n.value(QLatin1String("databaseId")));
    o.insert(QStringLiteral("number"), n.value(QLatin1String("number")));
    const QString state = json::string(n, QLatin1String("state"), kWhat);
    o.insert(QStringLiteral("state"), state == QLatin1String("OPEN") ? QStringLiteral("open")
                                      : state == QLatin1String("CLOSED") || state == QLatin1String("MERGED") ? QStringLiteral("closed")
                                                                                                           : state);
    o.insert(QStringLiteral("draft"), n.value(QLatin1String("isDraft")));
    for (const char *k : {"title", "body"})
        o.insert(QLatin1String(k), n.value(QLatin1String(k)));
    o.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("login"), loginOf(n, "author")}});
    QJsonArray labels, assignees, reviewers;
    for (const QJsonValue &l : nodesOf(n, "labels"))
        labels.append(QJsonObject{{QStringLiteral("name"), l.toObject().value(QLatin1String("name"))}});
    for (const QJsonValue &u : nodesOf(n, "assignees"))
        assignees.append(QJsonObject{{QStringLiteral("login"), u.toObject().value(QLatin1String("login"))}});
    for (const QJsonValue &r : nodesOf(n, "reviewRequests")) {
        const QJsonObject who = objectOrNull(r.toObject(), "requestedReviewer");
        if (who.contains(QLatin1String("login"))) // a team has none, and is not kept
            reviewers.append(QJsonObject{{QStringLiteral("login"), who.value(QLatin1String("login"))}});
    }
    o.insert(QStringLiteral("labels"), labels);
    o.insert(QStringLiteral("assignees"), assignees);
    o.insert(QStringLiteral("requested_reviewers"), reviewers);
    o.insert(QStringLiteral("head"), QJsonObject{{QStringLiteral("ref"), n.value(QLatin1String("headRefName"))}});
    o.insert(QStringLiteral("base"), QJsonObject{{QStringLiteral("ref"), n.value(QLatin1String("baseRefName"))}});
    o.insert(QStringLiteral("html_url"), n.value(QLatin1String("url")));
    o.insert(QStringLiteral("created_at"), n.value(QLatin1String("createdAt")));
    o.insert(QStringLiteral("updated_at"), n.value(QLatin1String("updatedAt")));
    o.insert(QStringLiteral("closed_at"), n.value(QLatin1String("closedAt")));
    o.insert(QStringLiteral("merged_at"), n.value(QLatin1String("mergedAt")));
    return o;
}

QJsonObject restReview(const QJsonObject &n)
{
    const QJsonObject commit = objectOrNull(n, "commit");
    return {{QStringLiteral("id"), n.value(QLatin1String("databaseId"))},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("login"), loginOf(n, "author")}}},
            {QStringLiteral("state"), n.value(QLatin1String("state"))},
            {QStringLiteral("body"), n.value(QLatin1String("body"))},
            {QStringLiteral("commit_id"), commit.isEmpty() ? QJsonValue() : commit.value(QLatin1String("oid"))},
            {QStringLiteral("html_url"), n.value(QLatin1String("url"))},
            {QStringLiteral("submitted_at"), n.value(QLatin1String("submittedAt"))}};
}

// {"errors":[…]} → the error to throw; GitHub answers them with HTTP 200.
Error graphError(const QJsonArray &errors)
{
    const QJsonObject first = errors.first().toObject();
    const QString type = first.value(QLatin1String("type")).toString();
    const QString message = clipLine(first.value(QLatin1String("message")).toString());
    if (type == QLatin1String("NOT_FOUND"))
        return Error(Error::Kind::Http,
                     QCoreApplication::translate("cairn::github", "GitHub answered 404 Not Found: the repository does not exist or the token cannot see it"),
                     404);
    if (type == QLatin1String("RATE_LIMITED")) {
        Error e(Error::Kind::Http, QCoreApplication::translate("cairn::github", "GitHub's GraphQL quota is spent: %1").arg(message), 403);
        e.reason = QStringLiteral("rate_limited");
        return e;
    }
    Error e(Error::Kind::BadResponse,
            QCoreApplication::translate("cairn::github", "GitHub refused the query (%1): %2").arg(type.isEmpty() ? QStringLiteral("error") : type, message));
    e.reason = type; // INVALID_CURSOR_ARGUMENTS: a cursor it does not take (the listing starts again)
    return e;
}
} // namespace

GitHubGraphQL::GitHubGraphQL(HttpClient &http, QUrl apiBase) : m_http(http), m_url(endpointFor(apiBase)) {}

QUrl GitHubGraphQL::endpointFor(const QUrl &apiBase)
{
    QUrl url = apiBase;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/v3")))
        path.chop(2); // Enterprise Server: /api/v3 → /api/graphql
    else
        path += u'/';
    url.setPath(path + QStringLiteral("graphql"));
    url.setQuery(QString());
    return url;
}

QString GitHubGraphQL::pullsQuery()
{
    return QStringLiteral(
        "query($owner: String!, $name: String!, $first: Int!, $after: String) {\n"
        "  rateLimit { cost remaining limit resetAt }\n"
        "  repository(owner: $owner, name: $name) {\n"
        "    pullRequests(first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {\n"
        "      pageInfo { hasNextPage endCursor }\n"
        "      nodes {\n"
        "        databaseId number state isDraft title body url createdAt updatedAt closedAt mergedAt\n"
        "        headRefName baseRefName\n"
        "        author { login }\n"
        "        labels(first: 100) { totalCount nodes { name } }\n"
        "        assignees(first: 100) { totalCount nodes { login } }\n"
        "        reviewRequests(first: 100) { totalCount nodes { requestedReviewer {\n"
        "          __typename ... on User { login } ... on Bot { login } ... on Mannequin { login } } } }\n"
        "        reviews(first: 100) { totalCount nodes {\n"
        "          databaseId state body url submittedAt author { login } commit { oid } } }\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "}\n");
}

QString GitHubGraphQL::rateQuery()
{
    return QStringLiteral("query { rateLimit(dryRun: true) { cost remaining limit resetAt } }");
}

int GitHubGraphQL::pullsQueryCost(int pageSize)
{
    // GitHub: one request for the page, one for each of its pulls' four lists; / 100, rounded.
    return std::max(1, int(std::lround((1.0 + 4.0 * pageSize) / 100.0)));
}

GraphPullsPage parseGraphPulls(const QByteArray &body, const QString &repo)
{
    const QJsonObject doc = json::parseObject(body, kWhat);
    const QJsonValue errors = doc.value(QLatin1String("errors"));
    if (errors.isArray() && !errors.toArray().isEmpty())
        throw graphError(errors.toArray());
    const QJsonObject data = json::object(doc, QLatin1String("data"), kWhat);
    GraphPullsPage page;
    const QJsonObject rate = objectOrNull(data, "rateLimit");
    page.rate.cost = rate.value(QLatin1String("cost")).toInt();
    page.rate.remaining = rate.value(QLatin1String("remaining")).toInt(-1);
    page.rate.limit = rate.value(QLatin1String("limit")).toInt();
    page.rate.resetAt = QDateTime::fromString(rate.value(QLatin1String("resetAt")).toString(), Qt::ISODate);
    if (data.value(QLatin1String("repository")).isNull())
        throw graphError({QJsonObject{{QStringLiteral("type"), QStringLiteral("NOT_FOUND")}}});
    const QJsonObject pulls = json::object(json::object(data, QLatin1String("repository"), kWhat), QLatin1String("pullRequests"), kWhat);
    const QJsonObject info = json::object(pulls, QLatin1String("pageInfo"), kWhat);
    page.hasNext = json::boolean(info, QLatin1String("hasNextPage"), kWhat);
    page.endCursor = json::string(info, QLatin1String("endCursor"), kWhat);
    if (page.hasNext && page.endCursor.isEmpty())
        badAnswer(QStringLiteral("a page with more to come but no \"endCursor\""));
    for (const QJsonValue &v : json::array(pulls, QLatin1String("nodes"), kWhat)) {
        if (!v.isObject())
            badAnswer(QStringLiteral("a pull request is not an object"));
        const QJsonObject n = v.toObject();
        const PullRequest p = pullFromJson(restPull(n), repo);
        bool complete = true;
        QList<PullReview> reviews;
        for (const QJsonValue &r : nodesOf(n, "reviews", &complete))
            reviews.append(reviewFromJson(restReview(r.toObject()), repo, p.number));
        if (complete)
            page.reviews.insert(p.number, reviews);
        else
            page.moreReviews.append(p.number);
        page.pulls.append(p);
    }
    return page;
}

QCoro::Task<HttpResponse> GitHubGraphQL::post(QString query, QJsonObject variables)
{
    HttpRequest req;
    req.method = "POST";
    req.url = m_url;
    req.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                   {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}})
                   .toJson(QJsonDocument::Compact);
    HttpResponse r = co_await m_http.send(req);
    if (!r.ok())
        throw errorFromResponse(r);
    co_return r;
}

QCoro::Task<GraphRate> GitHubGraphQL::rateLimit()
{
    const HttpResponse r = co_await post(rateQuery(), {});
    const QJsonObject doc = json::parseObject(r.body, kWhat);
    if (doc.value(QLatin1String("errors")).isArray() && !doc.value(QLatin1String("errors")).toArray().isEmpty())
        throw graphError(doc.value(QLatin1String("errors")).toArray());
    const QJsonObject rate = objectOrNull(json::object(doc, QLatin1String("data"), kWhat), "rateLimit");
    GraphRate out;
    out.remaining = rate.value(QLatin1String("remaining")).toInt(-1);
    out.limit = rate.value(QLatin1String("limit")).toInt();
    out.resetAt = QDateTime::fromString(rate.value(QLatin1String("resetAt")).toString(), Qt::ISODate);
    co_return out;
}

QCoro::Task<GraphPullsPage> GitHubGraphQL::pulls(QString repo, QString after)
{
    const QJsonObject variables{{QStringLiteral("owner"), repo.section(u'/', 0, 0)},
                                {QStringLiteral("name"), repo.section(u'/', 1)},
                                {QStringLiteral("first"), kPageSize},
                                {QStringLiteral("after"), after.isEmpty() ? QJsonValue() : QJsonValue(after)}};
    const HttpResponse r = co_await post(pullsQuery(), variables);
    const QByteArray body = r.body;
    GraphPullsPage page = co_await offThread<GraphPullsPage>([body, repo] { return parseGraphPulls(body, repo); });
    page.serverTime = serverTimeOf(r);
    co_return page;
}

} // namespace cairn::github
