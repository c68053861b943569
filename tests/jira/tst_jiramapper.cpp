// Jira JSON → core types on answers written from Atlassian's reference (tests/fixtures/jira,
// see its README): a /search/jql page with nextPageToken whose first issue carries every
// navigable field — an ADF description with every kind of node, custom fields of each type —
// and whose second has nulls wherever Jira sends them, the last page, a bulk fetch with
// issueErrors, error bodies. Each fixture is first held against the committed description
// (tests/contract/specs/jira.json), so that it cannot drift from it.
#include "Error.h"
#include "Fixtures.h"
#include "jira/Adf.h"
#include "jira/JiraApi.h"
#include "jira/JiraMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QtTest>

using namespace cairn;
using cairn::test::fixtureBytes;
using cairn::test::fixtureObject;
using cairn::test::fixtureViolations;
using cairn::test::schemaViolations;

namespace {

const QString kJira = QStringLiteral("jira");

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QString searchRequest(const QString &fields)
{
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s, ",*")); };
    return QStringLiteral("/rest/api/3/search/jql?jql=%1&fields=%2&maxResults=100")
        .arg(enc(QStringLiteral("project = HLP AND updated >= 1782000000000 ORDER BY updated ASC")), enc(fields));
}

QJsonObject firstIssue(const char *file)
{
    return fixtureObject(kJira, QLatin1String(file)).value(QLatin1String("issues")).toArray().first().toObject();
}

// The description of HLP-482 as plain text: what search, snippets and the export show.
const char *const kDescriptionText =
    "Summary\n"
    "\n"
    "Since 2.14.1 the checkout fails for cards that need 3-D Secure; about 4 % of payments. It used to retry once "
    "and never double-charge.\n"
    "\n"
    "Steps to reproduce\n"
    "\n"
    "1. Add any item to the cart\n"
    "2. Pay with the test card 4000 0000 0000 3220\n"
    "  • on Android\n"
    "  • on the web, Safari only\n"
    "3. Confirm the 3-D Secure challenge\n"
    "  → the spinner never stops\n"
    "\n"
    "Expected\n"
    "\n"
    "• The order page with the receipt\n"
    "• One charge, not two\n"
    "\n"
    "{\n"
    "  \"error\": \"authentication_required\",\n"
    "  \"payment_intent\": \"pi_3Pq\"\n"
    "}\n"
    "\n"
    "Customers see the charge twice in their banking app until it is reversed.\n"
    "\n"
    "Platform | Failures | Since\n"
    "Android | 312 | 2026-06-24\n"
    "Web | 57 | 2026-06-25\n"
    "\n"
    "@Priya Raman can you check the gateway logs? 🙏 Dashboard: payments overview, related: "
    "https://harbourlights.atlassian.net/browse/HLP-431 [NEEDS TRIAGE] due 2026-07-04\n"
    "\n"
    "> Payment failed: please try again.\n"
    "\n"
    "----\n"
    "[x] Roll back to 2.14.0 on Android\n"
    "[ ] Refund the double charges\n"
    "\n"
    "Stack trace\n"
    "PaymentError: 3ds timeout\n"
    "    at confirm (checkout.ts:88)\n"
    "\n"
    "[screenshot of the spinner]";

} // namespace

class TestJiraMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesFitTheDescription_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QByteArray>("requestBody");
        QTest::newRow("search page, every navigable field") << "search-page.json" << QByteArray("GET")
                                                            << searchRequest(QStringLiteral("*navigable")) << QByteArray();
        QTest::newRow("last search page, Cairn's fields") << "search-last-page.json" << QByteArray("GET")
                                                          << searchRequest(jira::JiraApi::fields()) << QByteArray();
        const QJsonObject bulk{{QStringLiteral("issueIdsOrKeys"), QJsonArray{QStringLiteral("10482"), QStringLiteral("10477"), QStringLiteral("HLP-1")}},
                               {QStringLiteral("fields"), QJsonArray::fromStringList(jira::JiraApi::fields().split(u','))}};
        QTest::newRow("bulk fetch") << "bulkfetch.json" << QByteArray("POST") << QStringLiteral("/rest/api/3/issue/bulkfetch")
                                    << QJsonDocument(bulk).toJson(QJsonDocument::Compact);
    }
    void fixturesFitTheDescription()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, method);
        QFETCH(QString, request);
        QFETCH(QByteArray, requestBody);
        const QStringList problems = fixtureViolations(kJira, method, request, 200, fixtureBytes(kJira, file), requestBody);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The check above can fail: IssueBean and the page allow no other members.
    void aDriftedFixtureIsCaught()
    {
        QJsonObject page = fixtureObject(kJira, QStringLiteral("search-page.json"));
        page.insert(QStringLiteral("total"), 2); // the old /search's, gone from /search/jql
        QJsonArray issues = page.value(QLatin1String("issues")).toArray();
        QJsonObject issue = issues.first().toObject();
        issue.insert(QStringLiteral("self"), QStringLiteral("not a uri"));
        issues.replace(0, issue);
        page.insert(QStringLiteral("issues"), issues);
        const QStringList problems = fixtureViolations(kJira, "GET", searchRequest(QStringLiteral("*all")), 200, QJsonDocument(page).toJson());
        QVERIFY2(problems.filter(QStringLiteral("total")).size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(QStringLiteral("self")).size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY(!fixtureViolations(kJira, "GET", QStringLiteral("/rest/api/3/search?jql=x"), 200, "{}").isEmpty());
    }

    void errorBodiesFitTheDescription()
    {
        const QJsonObject errors = fixtureObject(kJira, QStringLiteral("errors.json"));
        QCOMPARE(errors.size(), 6);
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            const QStringList problems = schemaViolations(kJira, it.value(), QStringLiteral("ErrorCollection"));
            QVERIFY2(problems.isEmpty(), qPrintable(it.key() + u' ' + problems.join(u'\n')));
        }
        QVERIFY(!schemaViolations(kJira, QJsonObject{{QStringLiteral("errorMessages"), QStringLiteral("x")}}, QStringLiteral("ErrorCollection")).isEmpty());
    }

    // Every field Cairn shows of an issue; the custom fields, renderedFields' absence and
    // every other navigable field are no trouble.
    void searchPage()
    {
        const jira::SearchPage page = jira::parseSearchPage(fixtureBytes(kJira, QStringLiteral("search-page.json")), false, QStringLiteral("main"));
        QCOMPARE(page.ids, (QStringList{QStringLiteral("10482"), QStringLiteral("10479")}));
        QCOMPARE(page.issues.size(), 2);
        QVERIFY(page.nextPageToken.startsWith(QLatin1String("ChkjU3RyaW5n")));

        const JiraIssue &i = page.issues.at(0);
        QCOMPARE(i.config, QStringLiteral("main"));
        QCOMPARE(i.id, QStringLiteral("10482"));
        QCOMPARE(i.key, QStringLiteral("HLP-482"));
        QCOMPARE(i.summary, QStringLiteral("Checkout fails for 3-D Secure cards — “Payment failed” after the challenge"));
        QCOMPARE(i.status, QStringLiteral("In Review"));
        QCOMPARE(i.statusCategory, QStringLiteral("indeterminate"));
        QCOMPARE(i.assigneeId, QStringLiteral("712020:5f3c8e2a-1b4d-4c6e-9a7f-2d8b0e1c3a45"));
        QCOMPARE(i.assigneeName, QStringLiteral("Aroha Ngata"));
        QCOMPARE(i.assigneeEmail, QStringLiteral("aroha@harbourlights.example"));
        QCOMPARE(i.reporterId, QStringLiteral("5d9c3b6e1f2a4b0c8e7d6f5a"));
        QCOMPARE(i.reporterName, QStringLiteral("Jonas Berg"));
        QCOMPARE(i.priority, QStringLiteral("High"));
        QCOMPARE(i.issueType, QStringLiteral("Bug"));
        QCOMPARE(i.projectKey, QStringLiteral("HLP"));
        QCOMPARE(i.projectName, QStringLiteral("Harbour Lights Platform"));
        QCOMPARE(i.labels, (QStringList{QStringLiteral("checkout"), QStringLiteral("regression"), QStringLiteral("3ds")}));
        QCOMPARE(i.created, utc(2026, 6, 29, 21, 12, 44, 117)); // +1200
        QCOMPARE(i.updated, utc(2026, 7, 2, 4, 45, 3, 902));
        QVERIFY(!i.deleted);
        const QJsonObject description = firstIssue("search-page.json").value(QLatin1String("fields")).toObject().value(QLatin1String("description")).toObject();
        QCOMPARE(QJsonDocument::fromJson(i.descriptionAdf.toUtf8()).object(), description);
        QCOMPARE(i.descriptionText, QString::fromUtf8(kDescriptionText));

        // Nulls where Jira sends them: no assignee, priority or description, no labels; a
        // reporter whose profile hides the e-mail.
        const JiraIssue &bare = page.issues.at(1);
        QCOMPARE(bare.key, QStringLiteral("HLP-479"));
        QCOMPARE(bare.summary, QStringLiteral("Ersetze die Logos im Fußbereich"));
        QCOMPARE(bare.status, QStringLiteral("To Do"));
        QCOMPARE(bare.statusCategory, QStringLiteral("new"));
        QVERIFY(bare.assigneeId.isEmpty() && bare.assigneeName.isEmpty() && bare.assigneeEmail.isEmpty());
        QCOMPARE(bare.reporterName, QStringLiteral("Jonas Berg"));
        QVERIFY(bare.priority.isEmpty());
        QCOMPARE(bare.issueType, QStringLiteral("Task"));
        QVERIFY(bare.labels.isEmpty());
        QVERIFY(bare.descriptionAdf.isEmpty() && bare.descriptionText.isEmpty());
        QCOMPARE(bare.created, utc(2026, 6, 27, 23, 0, 0, 0));

        // The same page asked for ids alone.
        const jira::SearchPage ids = jira::parseSearchPage(fixtureBytes(kJira, QStringLiteral("search-page.json")), true, QStringLiteral("main"));
        QCOMPARE(ids.ids, page.ids);
        QVERIFY(ids.issues.isEmpty());
    }

    // The custom fields of every type Jira has are there, and change nothing Cairn keeps.
    void customFieldsAreTolerated()
    {
        const QJsonObject issue = firstIssue("search-page.json");
        const QJsonObject fields = issue.value(QLatin1String("fields")).toObject();
        QVERIFY(!issue.contains(QLatin1String("renderedFields")));
        QVERIFY(fields.value(QLatin1String("customfield_10016")).isDouble());   // number (story points)
        QVERIFY(fields.value(QLatin1String("customfield_10020")).isArray());    // sprints
        QVERIFY(fields.value(QLatin1String("customfield_10030")).isString());   // text
        QVERIFY(fields.value(QLatin1String("customfield_10031")).isObject());   // option
        QVERIFY(fields.value(QLatin1String("customfield_10032")).isObject());   // user
        QCOMPARE(fields.value(QLatin1String("customfield_10033")).toString(), QStringLiteral("2026-07-10")); // date
        QVERIFY(fields.value(QLatin1String("customfield_10035")).isArray());    // options
        QVERIFY(fields.value(QLatin1String("customfield_10036")).isObject());   // rich text (ADF)
        QVERIFY(fields.value(QLatin1String("customfield_10037")).isNull());     // not set
        QJsonObject bare = issue;
        QJsonObject cairnFields;
        for (const QString &f : jira::JiraApi::fields().split(u','))
            cairnFields.insert(f, fields.value(f));
        bare.insert(QStringLiteral("fields"), cairnFields);
        const JiraIssue withAll = jira::issueFromJson(issue, QStringLiteral("c"));
        const JiraIssue withCairns = jira::issueFromJson(bare, QStringLiteral("c"));
        QCOMPARE(withAll.summary, withCairns.summary);
        QCOMPARE(withAll.descriptionAdf, withCairns.descriptionAdf);
        QCOMPARE(withAll.descriptionText, withCairns.descriptionText);
        QCOMPARE(withAll.updated, withCairns.updated);
        QCOMPARE(withAll.labels, withCairns.labels);
        QCOMPARE(withAll.assigneeEmail, withCairns.assigneeEmail);
    }

    void lastPage()
    {
        const jira::SearchPage page = jira::parseSearchPage(fixtureBytes(kJira, QStringLiteral("search-last-page.json")), false, QStringLiteral("main"));
        QVERIFY(page.nextPageToken.isEmpty());
        QCOMPARE(page.issues.size(), 1);
        const JiraIssue &i = page.issues.first();
        QCOMPARE(i.summary, QStringLiteral("日本語のメール件名が文字化けする"));
        QCOMPARE(i.statusCategory, QStringLiteral("done"));
        QCOMPARE(i.priority, QStringLiteral("Low"));
        QCOMPARE(i.created, utc(2026, 5, 2, 2, 0, 0, 0)); // +0530
        QCOMPARE(i.updated, utc(2026, 5, 3, 12, 35, 59, 999));
        // An empty document shows nothing: no description, as null is (the window says "No description").
        QVERIFY(i.descriptionAdf.isEmpty());
        QVERIFY(i.descriptionText.isEmpty());
        // isLast wins over a token a page might still carry.
        QJsonObject o = fixtureObject(kJira, QStringLiteral("search-last-page.json"));
        o.insert(QStringLiteral("nextPageToken"), QStringLiteral("stale"));
        QVERIFY(jira::parseSearchPage(QJsonDocument(o).toJson(), false, QStringLiteral("main")).nextPageToken.isEmpty());
    }

    void bulkFetch()
    {
        const jira::BulkPage page = jira::parseBulkPage(fixtureBytes(kJira, QStringLiteral("bulkfetch.json")), false, QStringLiteral("main"));
        QCOMPARE(page.ids, QStringList{QStringLiteral("10482")});
        QCOMPARE(page.errors.size(), 1);
        QCOMPARE(page.errors.value(QStringLiteral("10477")), QStringLiteral("The issue could not be loaded: try again later."));
        // The issue as the bulk fetch gives it (Cairn's fields only) is the one of the search page.
        const JiraIssue fromSearch = jira::parseSearchPage(fixtureBytes(kJira, QStringLiteral("search-page.json")), false, QStringLiteral("main")).issues.first();
        const JiraIssue &i = page.issues.first();
        QCOMPARE(i.key, fromSearch.key);
        QCOMPARE(i.summary, fromSearch.summary);
        QCOMPARE(i.status, fromSearch.status);
        QCOMPARE(i.assigneeEmail, fromSearch.assigneeEmail);
        QCOMPARE(i.reporterId, fromSearch.reporterId);
        QCOMPARE(i.priority, fromSearch.priority);
        QCOMPARE(i.projectName, fromSearch.projectName);
        QCOMPARE(i.created, fromSearch.created);
        QCOMPARE(i.updated, fromSearch.updated);
        QCOMPARE(i.descriptionAdf, fromSearch.descriptionAdf);
        QCOMPARE(i.descriptionText, fromSearch.descriptionText);
        QVERIFY_THROWS_EXCEPTION(Error, jira::parseBulkPage(R"({"issues":[],"issueErrors":[{"errorMessage":"x"}]})", false, QStringLiteral("c")));
    }

    // The window's rendering of the same description: every node kind shows, nothing loads.
    void descriptionAsHtml()
    {
        const QJsonObject description = firstIssue("search-page.json").value(QLatin1String("fields")).toObject().value(QLatin1String("description")).toObject();
        const QString html = adf::toHtml(description);
        for (const char *part : {"<h2>Summary</h2>", "<h3>Steps to reproduce</h3>", "<code>2.14.1</code>", "<b>fails</b>",
                                 "<i>about 4 %</i>", "<s>retry once</s>", "<u>never</u>", "<ol><li>", "<ul><li><p>on Android</p></li>",
                                 "<br>→ the spinner never stops", "<pre>{<br>  &quot;error&quot;", "<th><p><b>Platform</b></p></th>",
                                 "<td><p>312</p></td>", "<b>@Priya Raman</b>", "🙏",
                                 "<a href=\"https://grafana.harbourlights.example/d/payments?from=now-7d\">payments overview</a>",
                                 "<a href=\"https://harbourlights.atlassian.net/browse/HLP-431\">https://harbourlights.atlassian.net/browse/HLP-431</a>",
                                 "[NEEDS TRIAGE]", "2026-07-04", "<blockquote><p>Payment failed: please try again.</p></blockquote>", "<hr>",
                                 "<li>☑ Roll back to 2.14.0 on Android</li>", "<li>☐ Refund the double charges</li>",
                                 "<p><b>Stack trace</b></p>", "[screenshot of the spinner]",
                                 "<td><p>Customers see the charge twice in their banking app until it is reversed.</p></td>"})
            QVERIFY2(html.contains(QString::fromUtf8(part)), part);
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(!html.contains(QLatin1String("<p><b></b></p>"))); // a panel has no title to show
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing issue") << "400-missing-issue" << 400 << int(Error::Kind::Http) << "An issue with key 'HLP-9999' does not exist for field 'key'.";
        QTest::newRow("field error") << "400-field" << 400 << int(Error::Kind::Http) << "jql: The value 'HLQ' does not exist for the field 'project'.";
        QTest::newRow("401") << "401" << 401 << int(Error::Kind::Auth) << "You are not authenticated.";
        QTest::newRow("404") << "404" << 404 << int(Error::Kind::Http) << "Issue does not exist or you do not have permission to see it.";
        QTest::newRow("410") << "410" << 410 << int(Error::Kind::Http) << "Please migrate to the /rest/api/3/search/jql API.";
        QTest::newRow("429") << "429" << 429 << int(Error::Kind::Http) << "Rate limit exceeded.";
    }
    void errors()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, says);
        HttpResponse r;
        r.status = status;
        r.body = QJsonDocument(fixtureObject(kJira, QStringLiteral("errors.json")).value(name).toObject()).toJson();
        const Error e = jira::errorFromResponse(r);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QCOMPARE(e.reason, status == 410 ? QStringLiteral("gone") : QString());
    }
};

QTEST_GUILESS_MAIN(TestJiraMapper)
#include "tst_jiramapper.moc"
