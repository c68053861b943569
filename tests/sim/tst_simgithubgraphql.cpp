// The simulator's GitHub GraphQL endpoint (docs/api-notes.md §6): pull requests with their
// reviews by UPDATED_AT, cursors, cost and the GraphQL hour, and GitHub's error shapes — HTTP
// 200 with {"errors":[…]} for a bad query (an unknown field among them), RATE_LIMITED, 401.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"
#include "sim/github/GitHubService.h"

#include <QJsonArray>
#include <QTest>

using namespace simtest;

namespace {
const QString kGraph = QStringLiteral("/github/graphql");

const char kPulls[] = R"(query($owner: String!, $name: String!, $after: String) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    pullRequests(first: 100, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId number state updatedAt reviewDecision author { login }
        labels(first: 100) { nodes { name } }
        reviewRequests(first: 10) { nodes { requestedReviewer { __typename ... on User { login } } } }
        reviews(first: 100) { totalCount nodes { databaseId state submittedAt author { login } } }
      }
    }
  }
})";

sim::Options options()
{
    sim::Options o;
    o.contacts = 0;
    o.githubRepos = 1;
    o.githubPullsPerRepo = 150;
    return o;
}

QJsonObject ask(Http &http, const QString &query, const QJsonObject &variables = {}, int *status = nullptr)
{
    const Response r = http.postJson(kGraph, {{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}});
    if (status)
        *status = r.status;
    return r.json();
}

QString firstError(const QJsonObject &answer)
{
    return answer.value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("message")).toString();
}

QJsonObject website(const QString &after = {})
{
    return {{QStringLiteral("owner"), QStringLiteral("octo-org")}, {QStringLiteral("name"), QStringLiteral("website")},
            {QStringLiteral("after"), after.isEmpty() ? QJsonValue() : QJsonValue(after)}};
}
} // namespace

class TestSimGitHubGraphQL : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullsWithReviewsNewestUpdatedFirst()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        int status = 0;
        const QJsonObject first = ask(http, QString::fromLatin1(kPulls), website(), &status);
        QCOMPARE(status, 200);
        QVERIFY2(!first.contains(QLatin1String("errors")), QJsonDocument(first).toJson().constData());
        const QJsonObject conn = first[QLatin1String("data")][QLatin1String("repository")][QLatin1String("pullRequests")].toObject();
        const QJsonArray nodes = conn.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), 100);
        QVERIFY(conn[QLatin1String("pageInfo")][QLatin1String("hasNextPage")].toBool());
        for (qsizetype i = 1; i < nodes.size(); ++i)
            QVERIFY(nodes[i - 1][QLatin1String("updatedAt")].toString() >= nodes[i][QLatin1String("updatedAt")].toString());
        // Each pull has exactly the truth's reviews.
        const QJsonObject truth = s.groundTruth(QStringLiteral("github"));
        QHash<int, int> reviewsOf;
        for (const QJsonValue &p : truth.value(QLatin1String("pulls")).toArray())
            reviewsOf.insert(p[QLatin1String("number")].toInt(), int(p[QLatin1String("reviews")].toArray().size()));
        for (const QJsonValue &n : nodes)
            QCOMPARE(n[QLatin1String("reviews")][QLatin1String("nodes")].toArray().size(), reviewsOf.value(n[QLatin1String("number")].toInt()));
        // 1 + 100 × 3 nested lists = 301 requests: 3 points, charged to the GraphQL hour only.
        QCOMPARE(first[QLatin1String("data")][QLatin1String("rateLimit")][QLatin1String("cost")].toInt(), 3);
        QCOMPARE(s.github().graphqlRemaining(), 5000 - 3);
        QCOMPARE(s.github().remaining(), 5000);
        // The second page goes on after the cursor, and ends.
        const QJsonObject second = ask(http, QString::fromLatin1(kPulls), website(conn[QLatin1String("pageInfo")][QLatin1String("endCursor")].toString()));
        const QJsonObject conn2 = second[QLatin1String("data")][QLatin1String("repository")][QLatin1String("pullRequests")].toObject();
        QCOMPARE(conn2[QLatin1String("nodes")].toArray().size(), 50);
        QVERIFY(!conn2[QLatin1String("pageInfo")][QLatin1String("hasNextPage")].toBool());
        QVERIFY(nodes.last()[QLatin1String("updatedAt")].toString() >= conn2[QLatin1String("nodes")][0][QLatin1String("updatedAt")].toString());
    }

    void aCursorKeepsItsPlaceWhenPullsMove()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        const auto pullsOf = [](const QJsonObject &a) {
            return a[QLatin1String("data")][QLatin1String("repository")][QLatin1String("pullRequests")].toObject();
        };
        const QString cursor = pullsOf(ask(http, QString::fromLatin1(kPulls), website()))[QLatin1String("pageInfo")][QLatin1String("endCursor")].toString();
        const int moved = pullsOf(ask(http, QString::fromLatin1(kPulls), website(cursor)))[QLatin1String("nodes")][0][QLatin1String("number")].toInt();
        // The first pull of page 2 changes and jumps to page 1: page 2 goes on after the cursor's
        // place (sort key and number), neither repeating nor skipping the others.
        s.clock().advance(5);
        QVERIFY(s.github().editPull(QStringLiteral("octo-org/website"), moved));
        const QJsonArray again = pullsOf(ask(http, QString::fromLatin1(kPulls), website(cursor)))[QLatin1String("nodes")].toArray();
        QCOMPARE(again.size(), 49);
        for (const QJsonValue &n : again)
            QVERIFY(n[QLatin1String("number")].toInt() != moved);
        // A cursor this service did not make is an error.
        const QJsonObject bad = ask(http, QString::fromLatin1(kPulls), website(QStringLiteral("bm90IGEgY3Vyc29y")));
        QCOMPARE(bad[QLatin1String("errors")][0][QLatin1String("type")].toString(), QStringLiteral("INVALID_CURSOR_ARGUMENTS"));
    }

    void aBadQueryIsAnErrorAsGitHubSaysIt()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        int status = 0;
        QJsonObject a = ask(http, QStringLiteral("{ repository(owner: \"octo-org\", name: \"website\") { pullRequests(first: 1) { nodes { mergeable2 } } } }"),
                            {}, &status);
        QCOMPARE(status, 200);
        QVERIFY(!a.contains(QLatin1String("data")));
        QCOMPARE(firstError(a), QStringLiteral("Field 'mergeable2' doesn't exist on type 'PullRequest'"));
        const QJsonObject e = a[QLatin1String("errors")][0].toObject();
        QCOMPARE(e[QLatin1String("extensions")][QLatin1String("code")].toString(), QStringLiteral("undefinedField"));
        QCOMPARE(e[QLatin1String("path")].toArray(),
                 (QJsonArray{QStringLiteral("query"), QStringLiteral("repository"), QStringLiteral("pullRequests"), QStringLiteral("nodes"), QStringLiteral("mergeable2")}));
        QCOMPARE(e[QLatin1String("locations")][0][QLatin1String("line")].toInt(), 1);

        a = ask(http, QStringLiteral("{ repository(owner: \"octo-org\", name: \"website\") { pullRequests { totalCount } } }"));
        QCOMPARE(a[QLatin1String("errors")][0][QLatin1String("type")].toString(), QStringLiteral("MISSING_PAGINATION_BOUNDARIES"));
        a = ask(http, QStringLiteral("{ repository(owner: \"octo-org\", name: \"website\") { pullRequests(first: 101) { totalCount } } }"));
        QCOMPARE(a[QLatin1String("errors")][0][QLatin1String("type")].toString(), QStringLiteral("EXCESSIVE_PAGINATION"));
        a = ask(http, QStringLiteral("{ repository(owner: \"octo-org\") { id } }"));
        QCOMPARE(firstError(a), QStringLiteral("Field 'repository' is missing required arguments: name"));
        a = ask(http, QStringLiteral("{ repository(owner: \"octo-org\", name: \"website\") { pullRequests(first: 1, orderBy: {field: SIZE, direction: DESC}) { totalCount } } }"));
        QVERIFY2(firstError(a).startsWith(QStringLiteral("Argument 'orderBy' on Field 'pullRequests' has an invalid value")), qPrintable(firstError(a)));
        a = ask(http, QStringLiteral("query($x: Int) { viewer { login } }"));
        QCOMPARE(firstError(a), QStringLiteral("Variable $x is declared by anonymous query but not used"));
        a = ask(http, QStringLiteral("{ viewer { login } "));
        QVERIFY2(firstError(a).startsWith(QStringLiteral("Parse error on")), qPrintable(firstError(a)));
        a = ask(http, QStringLiteral("{ repository(owner: \"octo-org\", name: \"website\") { pullRequests(first: 1) { nodes { author } } } }"));
        QVERIFY2(firstError(a).startsWith(QStringLiteral("Field must have selections")), qPrintable(firstError(a)));
        a = ask(http, QStringLiteral("{ repository(owner: \"octo-org\", name: \"website\") { pullRequests(first: 1) { nodes { reviewRequests(first: 1) { nodes { requestedReviewer { login } } } } } } }"));
        QCOMPARE(firstError(a), QStringLiteral("Field 'login' doesn't exist on type 'RequestedReviewer'"));
        // A repository that is not there: data with null, and NOT_FOUND.
        a = ask(http, QString::fromLatin1(kPulls), {{QStringLiteral("owner"), QStringLiteral("octo-org")}, {QStringLiteral("name"), QStringLiteral("nope")}});
        QVERIFY(a[QLatin1String("data")][QLatin1String("repository")].isNull());
        QCOMPARE(a[QLatin1String("errors")][0][QLatin1String("type")].toString(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(s.github().graphqlRemaining(), 5000 - 3); // refused queries cost nothing; the NOT_FOUND one its points
    }

    void anExhaustedHourIsRateLimitedAndABadTokenIs401()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        s.github().setRateLimit(5000, 2, 600);
        const Response r = http.postJson(kGraph, {{QStringLiteral("query"), QString::fromLatin1(kPulls)}, {QStringLiteral("variables"), website()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QLatin1String("errors")][0][QLatin1String("type")].toString(), QStringLiteral("RATE_LIMITED"));
        QCOMPARE(r.header("x-ratelimit-resource"), QByteArray("graphql"));
        QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("2"));
        const QJsonObject cheap = ask(http, QStringLiteral("{ rateLimit { cost remaining } }"));
        QCOMPARE(cheap[QLatin1String("data")][QLatin1String("rateLimit")][QLatin1String("remaining")].toInt(), 1);
        Http stranger(s.baseUrl(), QStringLiteral("wrong"));
        const Response refused = stranger.postJson(kGraph, {{QStringLiteral("query"), QStringLiteral("{ viewer { login } }")}});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json()[QLatin1String("message")].toString(), QStringLiteral("Bad credentials"));
    }
};

QTEST_GUILESS_MAIN(TestSimGitHubGraphQL)
#include "tst_simgithubgraphql.moc"
