// GitLab JSON → Cairn's types, GitLab's error bodies, its rate-limit and page headers, the
// addresses Cairn asks for, the typed state and the export: on GitLab's documented examples
// (tests/fixtures/gitlab/README.md) and one row per odd case.
#include "Error.h"
#include "Fixtures.h"
#include "HttpClient.h"
#include "gitlab/GitLabApi.h"
#include "gitlab/GitLabExport.h"
#include "gitlab/GitLabMapper.h"
#include "gitlab/GitLabState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QtTest>

using namespace cairn;
using namespace cairn::gitlab;

namespace {

QByteArray fixture(const char *name)
{
    return test::fixtureBytes(QStringLiteral("gitlab"), QLatin1String(name));
}

HttpResponse response(int status, QList<QPair<QByteArray, QByteArray>> headers, QByteArray body = {})
{
    HttpResponse r;
    r.status = status;
    r.headers = std::move(headers);
    r.body = std::move(body);
    return r;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

// The first merge request of the documented page, as an object to break.
QJsonObject documented()
{
    return QJsonDocument::fromJson(fixture("merge-requests-page.json")).array().first().toObject();
}

} // namespace

class TestGitLabMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedPage()
    {
        const QList<MergeRequest> page = parseMergeRequests(fixture("merge-requests-page.json"), QStringLiteral("my-group/my-project"));
        QCOMPARE(page.size(), 2);
        const MergeRequest &m = page[0];
        QCOMPARE(m.id, 1);
        QCOMPARE(m.iid, 1);
        QCOMPARE(m.projectId, 3);
        QCOMPARE(m.project, QStringLiteral("my-group/my-project"));
        QCOMPARE(m.reference(), QStringLiteral("my-group/my-project!1"));
        QCOMPARE(m.state, QStringLiteral("merged"));
        QVERIFY(m.merged());
        QVERIFY(!m.open());
        QVERIFY(!m.draft);
        QCOMPARE(m.title, QStringLiteral("test1"));
        QCOMPARE(m.description, QStringLiteral("fixed login page css paddings"));
        QCOMPARE(m.author, QStringLiteral("admin"));
        QCOMPARE(m.assignees, QStringList{QStringLiteral("axel.block")}); // `assignees` wins over the single `assignee`
        QCOMPARE(m.reviewers, QStringList{QStringLiteral("kenyatta_oconnell")});
        QCOMPARE(m.labels, (QStringList{QStringLiteral("Community contribution"), QStringLiteral("Manage")}));
        QCOMPARE(m.sourceBranch, QStringLiteral("test1"));
        QCOMPARE(m.targetBranch, QStringLiteral("master"));
        QCOMPARE(m.webUrl, QStringLiteral("http://gitlab.example.com/my-group/my-project/merge_requests/1"));
        QCOMPARE(m.userNotesCount, 1);
        QCOMPARE(m.createdAt, utc("2017-04-29T08:46:00Z"));
        QCOMPARE(m.updatedAt, utc("2017-04-29T08:46:00Z"));
        QCOMPARE(m.mergedAt, utc("2018-09-07T11:16:17.520Z"));
        QVERIFY(!m.closedAt.isValid());

        const MergeRequest &o = page[1];
        QCOMPARE(o.state, QStringLiteral("opened"));
        QVERIFY(o.open());
        QVERIFY(o.draft);
        QCOMPARE(o.title, QStringLiteral("Übersetzung: 日本語の翻訳 ergänzen"));
        QVERIFY(o.description.isEmpty());   // null
        QVERIFY(o.author.isEmpty());        // a deleted author: null
        QVERIFY(o.assignees.isEmpty());
        QCOMPARE(o.reviewers, (QStringList{QStringLiteral("kenyatta_oconnell"), QStringLiteral("hanako")}));
        QCOMPARE(o.updatedAt, utc("2024-02-03T17:45:09.123Z")); // milliseconds kept
        QCOMPARE(o.updatedAt.time().msec(), 123);
        QCOMPARE(o.userNotesCount, 4);
    }

    void olderVersionsFields()
    {
        // GitLab 13: `work_in_progress` for draft, one `assignee`, no reviewers.
        const MergeRequest m = mergeRequestFromJson(QJsonDocument::fromJson(fixture("merge-request-v13.json")).object(), QStringLiteral("g/p"));
        QVERIFY(m.draft);
        QCOMPARE(m.assignees, QStringList{QStringLiteral("admin")});
        QVERIFY(m.reviewers.isEmpty());
    }

    void approvalsProjectsAndUser()
    {
        const Approvals a = approvalsFromJson(QJsonDocument::fromJson(fixture("approvals.json")).object());
        QCOMPARE(a.approvedBy, QStringList{QStringLiteral("root")});
        QCOMPARE(a.approvalsRequired, 2);
        QCOMPARE(a.approvalsLeft, 1);

        const Project p = projectFromJson(QJsonDocument::fromJson(fixture("project.json")).object());
        QCOMPARE(p.id, 3);
        QCOMPARE(p.path, QStringLiteral("diaspora/diaspora-project-site"));
        QCOMPARE(p.name, QStringLiteral("Diaspora Project Site"));
        QCOMPARE(p.webUrl, QStringLiteral("http://example.com/diaspora/diaspora-project-site"));
        QVERIFY(p.description.isEmpty());
        QCOMPARE(p.lastActivityAt, utc("2013-09-30T13:46:02Z"));

        const QList<Project> picked = parseProjects(fixture("projects-simple.json"));
        QCOMPARE(picked.size(), 2);
        QCOMPARE(picked[0].path, QStringLiteral("diaspora/diaspora-client"));
        QCOMPARE(picked[1].description, QString());

        QCOMPARE(usernameFromJson(QJsonDocument::fromJson(fixture("user.json")).object()), QStringLiteral("john_smith"));
    }

    // The fixtures are answers GitLab's description (tests/contract/specs/gitlab.json) allows.
    void fixturesFitTheDescription_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("page") << QStringLiteral("/projects/3/merge_requests?state=all&scope=all&order_by=updated_at&sort=asc"
                                                "&updated_after=2024-01-02T03:04:05.678Z&per_page=100&page=1")
                              << 200 << fixture("merge-requests-page.json");
        QTest::newRow("by iid") << QStringLiteral("/projects/3/merge_requests?state=all&iids[]=1&iids[]=14") << 200
                                << QByteArray("[" + fixture("merge-request-v13.json") + "]");
        QTest::newRow("approvals") << QStringLiteral("/projects/1/merge_requests/5/approvals") << 200 << fixture("approvals.json");
        QTest::newRow("project") << QStringLiteral("/projects/3") // (the helper decodes a %2F path: tst_gitlabcontract checks one)
                                 << 200 << fixture("project.json");
        QTest::newRow("projects") << QStringLiteral("/projects?membership=true&simple=true&order_by=last_activity_at&per_page=100")
                                  << 200 << fixture("projects-simple.json");
        QTest::newRow("user") << QStringLiteral("/user") << 200 << fixture("user.json");
        QTest::newRow("401") << QStringLiteral("/user") << 401 << fixture("error-401.json");
        QTest::newRow("expired") << QStringLiteral("/projects/3") << 401 << fixture("error-expired.json");
        QTest::newRow("404") << QStringLiteral("/projects/3") << 404 << fixture("error-404-project.json");
        QTest::newRow("400") << QStringLiteral("/projects/3/merge_requests?order_by=popularity") << 400 << fixture("error-400.json");
    }
    void fixturesFitTheDescription()
    {
        QFETCH(QString, request);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const QStringList problems = test::fixtureViolations(QStringLiteral("gitlab"), "GET", request, status, body);
        // (The 400's request breaks the description on purpose: order_by=popularity is what it refuses.)
        if (status == 400)
            QCOMPARE(problems.filter(QStringLiteral("answer")), QStringList());
        else
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void malformedAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        const auto broken = [](const char *key, const QJsonValue &v) {
            QJsonObject o = documented();
            if (v.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), v);
            return QJsonDocument(QJsonArray{o}).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("an object, not a page") << QByteArray(R"({"message":"oops"})") << QString();
        QTest::newRow("cut off") << fixture("merge-requests-page.json").left(900) << QString();
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << QString();
        QTest::newRow("an item that is not an object") << QByteArray("[1, 2]") << QString();
        QTest::newRow("no id") << broken("id", QJsonValue::Undefined) << QStringLiteral("\"id\"");
        QTest::newRow("id as text") << broken("id", QStringLiteral("1")) << QStringLiteral("\"id\"");
        QTest::newRow("no iid") << broken("iid", QJsonValue::Undefined) << QStringLiteral("\"iid\"");
        QTest::newRow("iid zero") << broken("iid", 0) << QStringLiteral("\"iid\"");
        QTest::newRow("no project_id") << broken("project_id", QJsonValue::Undefined) << QStringLiteral("\"project_id\"");
        QTest::newRow("an unknown state") << broken("state", QStringLiteral("reopened")) << QStringLiteral("reopened");
        QTest::newRow("no updated_at") << broken("updated_at", QJsonValue::Undefined) << QStringLiteral("updated_at");
        QTest::newRow("updated_at not a time") << broken("updated_at", QStringLiteral("yesterday")) << QStringLiteral("yesterday");
        QTest::newRow("title a number") << broken("title", 7) << QString();
        QTest::newRow("labels not a list") << broken("labels", QStringLiteral("bug")) << QString();
        QTest::newRow("a label a number") << broken("labels", QJsonArray{3}) << QStringLiteral("label");
        QTest::newRow("author a string") << broken("author", QStringLiteral("admin")) << QStringLiteral("user");
        QTest::newRow("a reviewer a string") << broken("reviewers", QJsonArray{QStringLiteral("x")}) << QStringLiteral("user");
        QTest::newRow("notes count negative") << broken("user_notes_count", -1) << QStringLiteral("user_notes_count");
        QTest::newRow("draft a string") << broken("draft", QStringLiteral("yes")) << QString();
    }
    void malformedAnswersAreErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        try {
            parseMergeRequests(body, QStringLiteral("g/p"));
            QFAIL("parsed");
        } catch (const Error &e) {
            QCOMPARE(e.kind, Error::Kind::BadResponse);
            QVERIFY2(e.message.contains(QLatin1String("GitLab")), qPrintable(e.message));
            QVERIFY2(!e.message.contains(u'\n'), qPrintable(e.message));
            QVERIFY2(why.isEmpty() || e.message.contains(why), qPrintable(e.message));
        }
    }

    void malformedApprovalsAndProjects()
    {
        QVERIFY_THROWS_EXCEPTION(Error, approvalsFromJson(QJsonObject{{QStringLiteral("approved"), true}}));
        QVERIFY_THROWS_EXCEPTION(Error, approvalsFromJson(QJsonObject{{QStringLiteral("approved_by"), QJsonArray{1}}}));
        QVERIFY_THROWS_EXCEPTION(Error, projectFromJson(QJsonObject{{QStringLiteral("id"), 3}}));
        QVERIFY_THROWS_EXCEPTION(Error, projectFromJson(QJsonObject{{QStringLiteral("path_with_namespace"), QStringLiteral("a/b")}}));
        QVERIFY_THROWS_EXCEPTION(Error, usernameFromJson(QJsonObject{{QStringLiteral("id"), 1}}));
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const int http = int(Error::Kind::Http), auth = int(Error::Kind::Auth);
        QTest::newRow("401") << 401 << fixture("error-401.json") << auth << QStringLiteral("GitLab refused the token (401 Unauthorized): sign in again");
        QTest::newRow("expired") << 401 << fixture("error-expired.json") << auth
                                 << QStringLiteral("GitLab refused the token (Token is expired. You can either do re-authorization or token refresh.): sign in again");
        QTest::newRow("403") << 403 << QByteArray(R"({"message":"403 Forbidden"})") << http << QStringLiteral("read_api");
        QTest::newRow("404 project") << 404 << fixture("error-404-project.json") << http << QStringLiteral("GitLab answered 404: 404 Project Not Found");
        QTest::newRow("400") << 400 << fixture("error-400.json") << http << QStringLiteral("GitLab answered 400: order_by does not have a valid value");
        QTest::newRow("validation") << 400 << fixture("error-validation.json") << http
                                    << QStringLiteral("target_branch: is invalid, is too long; title: can't be blank");
        QTest::newRow("html") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>") << http << QStringLiteral("GitLab answered 502: HTTP 502");
        QTest::newRow("a line break in it") << 500 << QByteArray("{\"message\":\"500 Internal\\nServer Error\"}") << http
                                            << QStringLiteral("500 Internal Server Error");
    }
    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const Error e = errorFromResponse(response(status, {}, body));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY(!e.message.contains(u'\n'));
    }

    void rateLimitAnswers()
    {
        const QDateTime now = utc("2024-05-01T10:00:00Z");
        const QByteArray date = "Wed, 01 May 2024 10:00:20 GMT"; // GitLab's clock, 20 s ahead of ours
        // Retry-After: HttpClient honours it itself.
        QVERIFY(!GitLabApi::rateLimit(response(429, {{"Retry-After", "7"}, {"RateLimit-Reset", "1714557660"}}), now).limited);
        // Without it: until RateLimit-Reset by GitLab's clock, and a second more.
        const RateLimitAdvice reset = GitLabApi::rateLimit(response(429, {{"Date", date}, {"RateLimit-Reset", "1714557660"}}), now);
        QVERIFY(reset.limited);
        QVERIFY(!reset.backoff);
        QCOMPARE(reset.wait.count(), 40'000 + 1000);
        // Neither: the retry policy's backoff for a 429.
        QVERIFY(!GitLabApi::rateLimit(response(429, {}), now).limited);
        // Not a refusal.
        QVERIFY(!GitLabApi::rateLimit(response(200, {{"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "1714557660"}}), now).limited);
        QVERIFY(!GitLabApi::rateLimit(response(403, {{"RateLimit-Reset", "1714557660"}}), now).limited);
    }

    void pageHeaders()
    {
        QVERIFY(GitLabApi::hasNextPage(response(200, {{"x-next-page", "2"}})));
        QVERIFY(!GitLabApi::hasNextPage(response(200, {{"x-next-page", ""}, {"x-page", "3"}})));
        QVERIFY(GitLabApi::hasNextPage(response(200, {{"Link", "<https://gitlab.example.com/api/v4/projects/3/merge_requests?page=2>; rel=\"next\""}})));
        QVERIFY(!GitLabApi::hasNextPage(response(200, {{"Link", "<https://gitlab.example.com/api/v4/projects/3/merge_requests?page=1>; rel=\"first\""}})));
    }

    void addresses()
    {
        QNetworkAccessManager nam;
        HttpClient http(&nam);
        const GitLabApi api(http, QUrl(QStringLiteral("https://gitlab.example.com/api/v4/")));
        // A path is one segment, its slashes encoded (a / left as it is would be another path).
        QCOMPARE(api.projectUrl(QStringLiteral("acme/platform/api")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://gitlab.example.com/api/v4/projects/acme%2Fplatform%2Fapi"));
        QCOMPARE(api.projectUrl(QStringLiteral("27000001"), QStringLiteral("/merge_requests/5/approvals")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://gitlab.example.com/api/v4/projects/27000001/merge_requests/5/approvals"));
        const QUrl page = api.mergeRequestsUrl(27000001, utc("2024-01-02T03:04:05.678Z"), 3);
        QCOMPARE(page.path(), QStringLiteral("/api/v4/projects/27000001/merge_requests"));
        const QUrlQuery q(page);
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("all"));
        QCOMPARE(q.queryItemValue(QStringLiteral("order_by")), QStringLiteral("updated_at"));
        QCOMPARE(q.queryItemValue(QStringLiteral("sort")), QStringLiteral("asc"));
        QCOMPARE(q.queryItemValue(QStringLiteral("updated_after"), QUrl::FullyDecoded), QStringLiteral("2024-01-02T03:04:05.678Z"));
        QCOMPARE(q.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
        QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
        QVERIFY(!QUrlQuery(api.mergeRequestsUrl(1, QDateTime(), 1)).hasQueryItem(QStringLiteral("updated_after")));
        const QUrlQuery mine(api.userProjectsUrl());
        QCOMPARE(mine.queryItemValue(QStringLiteral("membership")), QStringLiteral("true"));
    }

    void cursorsAndState()
    {
        Cursor c;
        c.updatedAfter = utc("2024-02-03T17:45:09.123Z");
        c.page = 2;
        QCOMPARE(c.text(), QStringLiteral("2024-02-03T17:45:09.123Z|2"));
        const std::optional<Cursor> back = Cursor::parse(c.text());
        QVERIFY(back);
        QCOMPARE(back->updatedAfter, c.updatedAfter);
        QCOMPARE(back->page, 2);
        const std::optional<Cursor> first = Cursor::parse(QStringLiteral("|1"));
        QVERIFY(first && !first->updatedAfter.isValid() && first->page == 1);
        for (const char *bad : {"", "2024-02-03T17:45:09Z", "nonsense|1", "2024-02-03T17:45:09Z|0", "|x"})
            QVERIFY2(!Cursor::parse(QLatin1String(bad)), bad);

        SyncState row;
        row.pageToken = QStringLiteral("https://gitlab.example.com/api/v4/projects/3/merge_requests?page=2"); // not a cursor
        ProjectFields f = ProjectFields::read(&row);
        QVERIFY(row.pageToken.isEmpty()); // that listing starts over
        f.projectId = 27000001;
        f.path = QStringLiteral("acme/api");
        f.watermark = utc("2024-02-03T17:45:09.123Z");
        f.confirmRun = 12;
        row.data = f.toJson();
        row.pageToken = c.text();
        QCOMPARE(row.data.value(QLatin1String("v")).toInt(), ProjectFields::kVersion);
        const ProjectFields again = ProjectFields::read(&row);
        QCOMPARE(row.pageToken, c.text());
        QCOMPARE(again.projectId, 27000001);
        QCOMPARE(again.path, QStringLiteral("acme/api"));
        QCOMPARE(again.watermark, f.watermark);
        QCOMPARE(again.confirmRun, 12);
        QCOMPARE(projectOfScope(projectScope(QStringLiteral("acme/platform/api"))), QStringLiteral("acme/platform/api"));
        QVERIFY(projectOfScope(QStringLiteral("repo:a/b")).isEmpty());
    }

    void export_()
    {
        QList<MergeRequest> all = parseMergeRequests(fixture("merge-requests-page.json"), QStringLiteral("my-group/my-project"));
        all[0].approvedBy = {QStringLiteral("root")};
        all[1].title = QStringLiteral("=HYPERLINK(\"http://evil\")");
        const QJsonObject o = GitLabExport::toJson(all[0]);
        QCOMPARE(o.value(QLatin1String("reference")).toString(), QStringLiteral("my-group/my-project!1"));
        QCOMPARE(o.value(QLatin1String("approved_by")).toArray(), QJsonArray{QStringLiteral("root")});
        QCOMPARE(o.value(QLatin1String("updated_at")).toString(), QStringLiteral("2017-04-29T08:46:00.000Z"));
        QVERIFY(o.value(QLatin1String("closed_at")).isNull());
        QVERIFY(!o.contains(QLatin1String("deleted")));
        const QString csv = QString::fromUtf8(GitLabExport::toCsv(all));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QLatin1String("project,iid,state,")));
        QVERIFY2(lines[2].contains(QLatin1String("'=HYPERLINK")), qPrintable(lines[2])); // a formula neutralised
    }
};

QTEST_GUILESS_MAIN(TestGitLabMapper)
#include "tst_gitlabmapper.moc"
