// GitHub JSON → core types, Link headers, rate-limit answers and repository names: one row
// per odd case. tests/fixtures/github/pull-list-item.json is GitHub's documented example of
// a pull in a list (trimmed; github/docs src/rest/data/fpt-2022-11-28/pulls.json), review.json
// its example review (whole: the user in full, _links); pull-list-item-full.json a pull at its real size (~19 KB: every field of
// `pull-request-simple`, both repositories in full), as cairn-sim writes it.
#include "Error.h"
#include "Fixtures.h"
#include "github/GitHubApi.h"
#include "github/GitHubGraphQL.h"
#include "github/GitHubMapper.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cairn;

namespace {

QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(CAIRN_SOURCE_DIR "/tests/fixtures/github/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject example()
{
    return fixture("pull-list-item.json");
}

HttpResponse response(int status, QList<QPair<QByteArray, QByteArray>> headers, QByteArray body = {})
{
    HttpResponse r;
    r.status = status;
    r.headers = std::move(headers);
    r.body = std::move(body);
    return r;
}
} // namespace

class TestGitHubMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Cairn's GraphQL queries against GitHub's published schema (npm @octokit/graphql-schema,
    // validated by graphql-js): skipped unless CAIRN_GITHUB_SCHEMA_DIR names the folder
    // scripts/fetch-github-graphql-schema.sh filled (the CI has no network).
    void theQueriesFitGitHubsPublishedSchema()
    {
        const QString dir = qEnvironmentVariable("CAIRN_GITHUB_SCHEMA_DIR");
        if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/node_modules/@octokit/graphql-schema/schema.graphql")))
            QSKIP("CAIRN_GITHUB_SCHEMA_DIR is not set (scripts/fetch-github-graphql-schema.sh)");
        QTemporaryDir tmp;
        QStringList files;
        const QStringList queries{github::GitHubGraphQL::pullsQuery(), github::GitHubGraphQL::rateQuery()};
        for (const QString &q : queries) {
            QFile f(tmp.filePath(QStringLiteral("q%1.graphql").arg(files.size())));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(q.toUtf8());
            files << f.fileName();
        }
        QProcess node;
        node.start(QStringLiteral("node"), QStringList{QStringLiteral(CAIRN_SOURCE_DIR "/tests/github/check-graphql-schema.mjs"), dir} + files);
        QVERIFY(node.waitForFinished(60'000));
        const QByteArray out = node.readAllStandardOutput() + node.readAllStandardError();
        QVERIFY2(node.exitCode() == 0, out.constData());
    }

    void aGraphQLPageMapsAsItsRestTwin()
    {
        // GitHub's documented example pull as GraphQL writes it, with a review by a deleted
        // account ("ghost") and a team asked to review (not kept).
        QFile f(QStringLiteral(CAIRN_SOURCE_DIR "/tests/fixtures/github/graphql-pulls-page.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        const github::GraphPullsPage page = github::parseGraphPulls(body, QStringLiteral("octocat/Hello-World"));
        QCOMPARE(page.pulls.size(), 1);
        const PullRequest &p = page.pulls.first();
        QCOMPARE(p.id, 1296269);
        QCOMPARE(p.state, QStringLiteral("closed"));
        QVERIFY(p.merged());
        QCOMPARE(p.author, QStringLiteral("octocat"));
        QCOMPARE(p.labels, QStringList{QStringLiteral("bug")});
        QCOMPARE(p.requestedReviewers, QStringList{QStringLiteral("other_user")}); // teams are not kept
        QCOMPARE(p.htmlUrl, QStringLiteral("https://github.com/octocat/Hello-World/pull/1347"));
        const QList<PullReview> reviews = page.reviews.value(1347);
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.first().author, QStringLiteral("ghost"));
        QCOMPARE(reviews.first().commitId, QStringLiteral("ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091"));
        QVERIFY(page.hasNext);
        QCOMPARE(page.endCursor, QStringLiteral("Y3Vyc29yOnYyOjE="));
        QCOMPARE(page.rate.remaining, 4990);
        QCOMPARE(page.rate.cost, 4);
        QCOMPARE(github::GitHubGraphQL::pullsQueryCost(), 4);
    }

    void graphQLErrorsAreErrors()
    {
        const auto thrown = [](const QByteArray &body) {
            try {
                github::parseGraphPulls(body, QStringLiteral("o/r"));
            } catch (const Error &e) {
                return e;
            }
            return Error(Error::Kind::Config, QStringLiteral("nothing thrown"));
        };
        Error e = thrown("{\"data\":{\"repository\":null},\"errors\":[{\"type\":\"NOT_FOUND\",\"path\":[\"repository\"],\"message\":\"Could not resolve to a Repository with the name 'o/r'.\"}]}");
        QCOMPARE(e.httpStatus, 404);
        e = thrown(R"({"errors":[{"type":"RATE_LIMITED","message":"API rate limit exceeded for user ID 1."}]})");
        QCOMPARE(e.reason, QStringLiteral("rate_limited"));
        e = thrown("{\"errors\":[{\"path\":[\"query\",\"x\"],\"extensions\":{\"code\":\"undefinedField\"},\"message\":\"Field 'x' doesn't exist on type 'Query'\"}]}");
        QCOMPARE(e.kind, Error::Kind::BadResponse);
        QVERIFY2(e.message.contains(QStringLiteral("Field 'x' doesn't exist")), qPrintable(e.message));
        e = thrown(R"({"data":{"repository":{"pullRequests":{"pageInfo":{"hasNextPage":true,"endCursor":null},"nodes":[]}}}})");
        QCOMPARE(e.kind, Error::Kind::BadResponse); // more to come, but no cursor to go on from
        // A 200 that says RATE_LIMITED waits for the reset, as a REST 403 with remaining 0 does.
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
        const RateLimitAdvice a = github::GitHubApi::rateLimit(
            response(200, {{"x-ratelimit-resource", "graphql"}, {"x-ratelimit-remaining", "3"}, {"x-ratelimit-reset", "1700000600"}},
                     R"({"errors":[{"type":"RATE_LIMITED","message":"API rate limit exceeded"}]})"),
            now);
        QVERIFY(a.limited);
        QVERIFY(!a.backoff);
        QCOMPARE(a.wait.count(), 601'000);
        QCOMPARE(github::GitHubGraphQL::endpointFor(QUrl(QStringLiteral("https://ghe.example.com/api/v3"))),
                 QUrl(QStringLiteral("https://ghe.example.com/api/graphql")));
        QCOMPARE(github::GitHubGraphQL::endpointFor(QUrl(QStringLiteral("https://api.github.com"))),
                 QUrl(QStringLiteral("https://api.github.com/graphql")));
    }

    // The REST fixtures held against the committed description (tests/contract/specs/github.json),
    // so that they cannot drift from it: the full-size pull as a listing's item, the review.
    void fixturesFitTheDescription_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("schema");
        QTest::newRow("pull in a listing") << "pull-list-item-full.json" << "pull-request-simple";
        QTest::newRow("review") << "review.json" << "pull-request-review";
    }
    void fixturesFitTheDescription()
    {
        QFETCH(QString, file);
        QFETCH(QString, schema);
        const QStringList problems = test::schemaViolations(QStringLiteral("github"), fixture(qPrintable(file)), schema);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void fullSizePullMaps()
    {
        const PullRequest p = github::pullFromJson(fixture("pull-list-item-full.json"), QStringLiteral("octo-org/website"));
        QCOMPARE(p.id, 1700000191);
        QCOMPARE(p.number, 87);
        QCOMPARE(p.title, QStringLiteral("Übersetze memory leak in parser"));
        QCOMPARE(p.author, QStringLiteral("hanako-s"));
        QCOMPARE(p.labels, QStringList{QStringLiteral("enhancement")});
        QCOMPARE(p.assignees, QStringList{QStringLiteral("octocat")});
        QCOMPARE(p.requestedReviewers, QStringList{QStringLiteral("mona-lisa")});
        QCOMPARE(p.headRef, QStringLiteral("feature/87-851"));
        QCOMPARE(p.baseRef, QStringLiteral("main"));
        QCOMPARE(p.state, QStringLiteral("open"));
        QVERIFY(p.draft);
        QVERIFY(!p.merged());
        QCOMPARE(p.updatedAt, QDateTime(QDate(2026, 11, 30), QTime(2, 50, 9), QTimeZone::utc()));
    }

    void docsExampleMaps()
    {
        const PullRequest p = github::pullFromJson(example(), QStringLiteral("octocat/Hello-World"));
        QCOMPARE(p.id, 1);
        QCOMPARE(p.number, 1347);
        QCOMPARE(p.repo, QStringLiteral("octocat/Hello-World"));
        QCOMPARE(p.state, QStringLiteral("open"));
        QCOMPARE(p.title, QStringLiteral("Amazing new feature"));
        QCOMPARE(p.author, QStringLiteral("octocat"));
        QCOMPARE(p.labels, QStringList{QStringLiteral("bug")});
        QCOMPARE(p.headRef, QStringLiteral("new-topic"));
        QCOMPARE(p.baseRef, QStringLiteral("master"));
        QCOMPARE(p.updatedAt, QDateTime(QDate(2011, 1, 26), QTime(19, 1, 12), QTimeZone::utc()));
        QVERIFY(p.merged());
        QVERIFY(!p.draft);
    }

    void oddPulls_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error"); // "" = maps fine
        QTest::newRow("body null") << "body" << QJsonValue() << "";
        QTest::newRow("labels missing") << "labels" << QJsonValue(QJsonValue::Undefined) << "";
        QTest::newRow("user null (ghost)") << "user" << QJsonValue() << "";
        QTest::newRow("draft true") << "draft" << QJsonValue(true) << "";
        QTest::newRow("title with emoji and RTL") << "title" << QJsonValue(QStringLiteral("✨ إصلاح 修正")) << "";
        QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined) << "without a valid \"id\"";
        QTest::newRow("id a string") << "id" << QJsonValue(QStringLiteral("1")) << "without a valid \"id\"";
        QTest::newRow("number fractional") << "number" << QJsonValue(1.5) << "without a valid \"number\"";
        QTest::newRow("number zero") << "number" << QJsonValue(0) << "without a valid \"number\"";
        QTest::newRow("state unknown") << "state" << QJsonValue(QStringLiteral("merged")) << "unknown state";
        QTest::newRow("updated_at missing") << "updated_at" << QJsonValue(QJsonValue::Undefined) << "no \"updated_at\"";
        QTest::newRow("updated_at not a time") << "updated_at" << QJsonValue(QStringLiteral("yesterday")) << "not a date";
        QTest::newRow("title a number") << "title" << QJsonValue(7) << "\"title\" is not a string";
        QTest::newRow("labels an object") << "labels" << QJsonValue(QJsonObject()) << "\"labels\" is not a list";
        QTest::newRow("label a string") << "labels" << QJsonValue(QJsonArray{QStringLiteral("bug")}) << "label";
        QTest::newRow("assignees as users")
            << "assignees" << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("login"), QStringLiteral("hubot")}}}) << "";
        QTest::newRow("requested reviewer a string")
            << "requested_reviewers" << QJsonValue(QJsonArray{QStringLiteral("hubot")}) << "is not an object";
        QTest::newRow("draft a string") << "draft" << QJsonValue(QStringLiteral("no")) << "\"draft\" is not true or false";
    }
    void oddPulls()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject o = example();
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        try {
            const PullRequest p = github::pullFromJson(o, QStringLiteral("o/r"));
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("mapped, but expected: ") + error));
            if (key == QLatin1String("title") && value.isString())
                QCOMPARE(p.title, value.toString());
            if (key == QLatin1String("assignees"))
                QCOMPARE(p.assignees, QStringList{QStringLiteral("hubot")});
        } catch (const Error &e) {
            QVERIFY2(!error.isEmpty(), qPrintable(e.message));
            QCOMPARE(e.kind, Error::Kind::BadResponse);
            QVERIFY2(e.message.contains(error), qPrintable(e.message));
            QVERIFY(!e.message.contains(u'\n'));
        }
    }

    void reviewMaps()
    {
        const QJsonObject o = fixture("review.json");
        const PullReview r = github::reviewFromJson(o, QStringLiteral("octocat/Hello-World"), 12);
        QCOMPARE(r.id, 80);
        QCOMPARE(r.state, QStringLiteral("APPROVED"));
        QCOMPARE(r.author, QStringLiteral("octocat"));
        QCOMPARE(r.number, 12);
        QVERIFY(r.submittedAt.isValid());
        // PENDING reviews have no submitted_at.
        QJsonObject pending = o;
        pending.remove(QStringLiteral("submitted_at"));
        QVERIFY(!github::reviewFromJson(pending, QStringLiteral("o/r"), 1).submittedAt.isValid());
    }

    // GET /user/repos: the fields the picker shows; null description and pushed_at (a new,
    // empty repository) are fine; a name Cairn could not sync is left out; a wrong type fails.
    void userRepos()
    {
        const QList<github::RepoChoice> repos = github::parseUserRepos(
            R"([{"full_name":"octo-org/website","private":true,"description":"The site","pushed_at":"2026-11-30T10:00:00Z"},
                {"full_name":"octocat/empty","private":false,"description":null,"pushed_at":null},
                {"full_name":"not a repository","private":false}])");
        QCOMPARE(repos.size(), 2);
        QCOMPARE(repos[0].fullName, QStringLiteral("octo-org/website"));
        QVERIFY(repos[0].isPrivate);
        QCOMPARE(repos[0].description, QStringLiteral("The site"));
        QCOMPARE(repos[0].pushedAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(repos[1].description, QString());
        QVERIFY(!repos[1].pushedAt.isValid());
        for (const char *bad : {R"({"full_name":"a/b"})", R"([{"full_name":"a/b","private":"yes"}])", R"([{"full_name":"a/b"})"}) {
            bool refused = false;
            try {
                github::parseUserRepos(bad);
            } catch (const Error &e) {
                refused = e.kind == Error::Kind::BadResponse;
            }
            QVERIFY2(refused, bad);
        }
    }

    void nextLink_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");
        QTest::newRow("next and last")
            << QByteArray("<https://api.github.com/repositories/1300192/issues?page=2>; rel=\"next\", <https://api.github.com/repositories/1300192/issues?page=515>; rel=\"last\"")
            << "https://api.github.com/repositories/1300192/issues?page=2";
        QTest::newRow("last page: prev and first only")
            << QByteArray("<https://api.github.com/x?page=4>; rel=\"prev\", <https://api.github.com/x?page=1>; rel=\"first\"") << "";
        QTest::newRow("next in the middle")
            << QByteArray("<https://h/x?page=1>; rel=\"prev\", <https://h/x?page=3&per_page=100>; rel=\"next\"")
            << "https://h/x?page=3&per_page=100";
        // GET /user/repos?affiliation=owner,collaborator,…: commas inside <…> are part of the URL.
        QTest::newRow("commas in the URL")
            << QByteArray("<https://api.github.com/user/repos?affiliation=owner,collaborator,organization_member&sort=pushed&page=2>; "
                          "rel=\"next\", <https://api.github.com/user/repos?affiliation=owner,collaborator,organization_member&sort=pushed&page=3>; rel=\"last\"")
            << "https://api.github.com/user/repos?affiliation=owner,collaborator,organization_member&sort=pushed&page=2";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("garbage") << QByteArray("rel=next") << "";
    }
    void nextLink()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        QCOMPARE(github::nextLink(header).toString(), next);
    }

    void rateLimit_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("remaining");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("limited");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<bool>("backoff");
        // The Date header says 12:00:00; reset at 12:00:30 by the server's clock.
        QTest::newRow("primary 403, remaining 0") << 403 << QByteArray("0") << QByteArray() << QByteArray("{}") << true << qint64(31'000) << false;
        QTest::newRow("primary 429, remaining 0") << 429 << QByteArray("0") << QByteArray() << QByteArray("{}") << true << qint64(31'000) << false;
        QTest::newRow("secondary with Retry-After") << 403 << QByteArray("12") << QByteArray("5") << QByteArray("{}") << true << qint64(5'000) << false;
        QTest::newRow("secondary, message only")
            << 403 << QByteArray("4000") << QByteArray()
            << QByteArray("{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}")
            << true << qint64(60'000) << true;
        QTest::newRow("plain 403: no permission")
            << 403 << QByteArray("4999") << QByteArray() << QByteArray("{\"message\":\"Resource not accessible by integration\"}")
            << false << qint64(0) << false;
        QTest::newRow("200 with remaining 0 is an answer") << 200 << QByteArray("0") << QByteArray() << QByteArray("[]") << false << qint64(0) << false;
    }
    void rateLimit()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, remaining);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, body);
        QFETCH(bool, limited);
        QFETCH(qint64, waitMs);
        QFETCH(bool, backoff);
        const QDateTime serverNow(QDate(2026, 3, 2), QTime(12, 0, 0), QTimeZone::utc());
        QList<QPair<QByteArray, QByteArray>> headers{{"Date", "Mon, 02 Mar 2026 12:00:00 GMT"},
                                                     {"x-ratelimit-remaining", remaining},
                                                     {"x-ratelimit-reset", QByteArray::number(serverNow.toSecsSinceEpoch() + 30)}};
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        // The local clock is an hour off: the wait must come from the server's clock.
        const RateLimitAdvice a = github::GitHubApi::rateLimit(response(status, headers, body), serverNow.addSecs(3600));
        QCOMPARE(a.limited, limited);
        if (limited) {
            QCOMPARE(qint64(a.wait.count()), waitMs);
            QCOMPARE(a.backoff, backoff);
        }
    }

    void repoNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "octocat/Hello-World" << true;
        QTest::newRow("dots and underscores") << "my-org/site.github.io_2" << true;
        QTest::newRow("no owner") << "/repo" << false;
        QTest::newRow("no slash") << "octocat" << false;
        QTest::newRow("url") << "https://github.com/o/r" << false;
        QTest::newRow("path traversal") << "o/.." << false;
        QTest::newRow("query") << "o/r?x=1" << false;
        QTest::newRow("space") << "o/r r" << false;
    }
    void repoNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(github::GitHubApi::isRepoName(name), ok);
    }
};

QTEST_GUILESS_MAIN(TestGitHubMapper)
#include "tst_githubmapper.moc"
