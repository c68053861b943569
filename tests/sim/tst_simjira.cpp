// The simulator's Jira Cloud API against docs/api-notes.md §4 and JIRA-OAS.
#include "Fixtures.h"
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace simtest;

namespace {
const QString kSearch = QStringLiteral("/jira/rest/api/3/search/jql");

QString firstMessage(const Response &r)
{
    return r.json().value(QLatin1String("errorMessages")).toArray().at(0).toString();
}

const QString kProjects = QStringLiteral("/jira/rest/api/3/project/search");
const QString kParse = QStringLiteral("/jira/rest/api/3/jql/parse");

QStringList projectKeysOf(const Response &r)
{
    QStringList keys;
    for (const QJsonValue &v : r.json().value(QLatin1String("values")).toArray())
        keys << v.toObject().value(QLatin1String("key")).toString();
    return keys;
}

Response parse(Http &http, const QString &validation, const QJsonObject &body)
{
    QUrlQuery q;
    if (!validation.isEmpty())
        q.addQueryItem(QStringLiteral("validation"), validation);
    return http.send("POST", kParse, q, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QStringList keysOf(const Response &r)
{
    QStringList keys;
    for (const QJsonValue &v : r.json().value(QLatin1String("issues")).toArray())
        keys << v.toObject().value(QLatin1String("key")).toString();
    return keys;
}
} // namespace

class TestSimJira : public QObject
{
    Q_OBJECT

private:
    sim::Options opts() const
    {
        sim::Options o;
        o.contacts = 0;
        o.jiraIssues = 320;
        o.seed = 9;
        return o;
    }

private Q_SLOTS:
    void pagingWithoutTotal()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        // Default fields: id only; default page: 50.
        const Response first = http.get(kSearch, query({{QStringLiteral("jql"), QStringLiteral("project in (CAIRN, OPS, WEB)")}}));
        QCOMPARE(first.status, 200);
        const QJsonObject page = first.json();
        QCOMPARE(page.value(QLatin1String("issues")).toArray().size(), 50);
        QCOMPARE(page.value(QLatin1String("issues")).toArray().first().toObject().keys(), QStringList{QStringLiteral("id")});
        QVERIFY(!page.contains(QLatin1String("total")));
        QCOMPARE(page.value(QLatin1String("isLast")).toBool(), false);
        QVERIFY(!first.header("Date").isEmpty());
        // fields=id pages go up to 5000; with fields, 100 at most. Every id once; no token on the last page.
        const Response ids = http.get(kSearch, query({{QStringLiteral("jql"), QStringLiteral("project in (CAIRN, OPS, WEB)")},
                                                       {QStringLiteral("fields"), QStringLiteral("id")},
                                                       {QStringLiteral("maxResults"), QStringLiteral("5000")}}));
        QCOMPARE(ids.json().value(QLatin1String("issues")).toArray().size(), 320);
        QVERIFY(!ids.json().contains(QLatin1String("nextPageToken")));
        QCOMPARE(ids.json().value(QLatin1String("isLast")).toBool(), true);
        QSet<QString> seen;
        QString token;
        int pages = 0;
        do {
            QUrlQuery q = query({{QStringLiteral("jql"), QStringLiteral("project in (CAIRN, OPS, WEB) ORDER BY updated ASC")},
                                 {QStringLiteral("fields"), QStringLiteral("summary,updated")},
                                 {QStringLiteral("maxResults"), QStringLiteral("1000")}});
            if (!token.isEmpty())
                q.addQueryItem(QStringLiteral("nextPageToken"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
            const Response r = http.get(kSearch, q);
            QCOMPARE(r.status, 200);
            QVERIFY(r.json().value(QLatin1String("issues")).toArray().size() <= 100);
            for (const QString &k : keysOf(r))
                seen.insert(k);
            token = r.json().value(QLatin1String("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty());
        QCOMPARE(pages, 4);
        QCOMPARE(seen.size(), 320);
        // A tampered token or one of another query is refused.
        const Response bad = http.get(kSearch, query({{QStringLiteral("jql"), QStringLiteral("project = OPS")},
                                                       {QStringLiteral("nextPageToken"), QStringLiteral("AAAA")}}));
        QCOMPARE(bad.status, 400);
        QVERIFY(firstMessage(bad).contains(QLatin1String("token")));
    }

    void jqlSubsetAndErrors()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        auto count = [&http](const QString &jql) {
            const Response r = http.get(kSearch, query({{QStringLiteral("jql"), jql}, {QStringLiteral("maxResults"), QStringLiteral("5000")}}));
            return r.status == 200 ? r.json().value(QLatin1String("issues")).toArray().size() : -r.status;
        };
        const qsizetype ops = count(QStringLiteral("project = OPS"));
        const qsizetype web = count(QStringLiteral("project = web"));
        QVERIFY(ops > 0 && web > 0);
        QCOMPARE(count(QStringLiteral("project in (OPS, WEB)")), ops + web);
        QCOMPARE(count(QStringLiteral("(project = OPS OR project = WEB) AND updated >= 0")), ops + web);
        QCOMPARE(count(QStringLiteral("project = OPS AND updated >= 99999999999999")), 0);
        QCOMPARE(count(QStringLiteral("project not in (OPS, WEB)")), 320 - ops - web);
        // Date literals are read in the user's zone (Pacific/Auckland here), minute precision.
        QCOMPARE(s.jira().userTimeZone().id(), QByteArray("Pacific/Auckland"));
        const QString key = s.jira().addIssue(QStringLiteral("OPS"));
        const qint64 at = s.jira().issue(key)->updatedMs;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, QTimeZone("Pacific/Auckland"));
        const QString minute = local.toString(QStringLiteral("yyyy/MM/dd HH:mm"));
        QVERIFY(count(QStringLiteral("key = %1 AND updated >= \"%2\"").arg(key, minute)) == 1);
        QVERIFY(count(QStringLiteral("key = %1 AND updated >= \"%2\"").arg(key, local.addSecs(60).toString(QStringLiteral("yyyy-MM-dd HH:mm")))) == 0);
        // Unbounded, malformed, unknown field, and the removed endpoint.
        const Response unbounded = http.get(kSearch, query({{QStringLiteral("jql"), QStringLiteral("order by updated")}}));
        QCOMPARE(unbounded.status, 400);
        QVERIFY(firstMessage(unbounded).startsWith(QLatin1String("Unbounded JQL")));
        QCOMPARE(count(QStringLiteral("project = ")), -400);
        QCOMPARE(count(QStringLiteral("colour = red")), -400);
        QCOMPARE(count(QStringLiteral("updated >= \"next tuesday\"")), -400);
        QCOMPARE(http.get(QStringLiteral("/jira/rest/api/3/search"), query({{QStringLiteral("jql"), QStringLiteral("project = OPS")}})).status, 410);
        QCOMPARE(http.postJson(QStringLiteral("/jira/rest/api/3/search"), {{QStringLiteral("jql"), QStringLiteral("project = OPS")}}).status, 410);
        // POST search takes the same parameters in its body.
        const Response post = http.postJson(kSearch, {{QStringLiteral("jql"), QStringLiteral("project = OPS")},
                                                      {QStringLiteral("fields"), QJsonArray{QStringLiteral("summary")}},
                                                      {QStringLiteral("maxResults"), 5000}});
        QCOMPARE(post.status, 200);
        QCOMPARE(post.json().value(QLatin1String("issues")).toArray().size(), qsizetype(ops + 1 > 100 ? 100 : ops + 1));
    }

    // Jira refuses a JQL naming an issue by id or key that does not exist, deleted ones too:
    // 400 with one message per missing issue in Jira's error body (docs/api-notes.md §4).
    void jqlNamingAMissingIssueIsRefused()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const QString live = s.jira().issueKeys().at(1);
        const QString gone = s.jira().issueKeys().at(2);
        const QString liveId = QString::number(s.jira().issue(live)->id);
        const QString goneId = QString::number(s.jira().issue(gone)->id);
        QVERIFY(s.jira().deleteIssue(gone));
        auto ask = [&http](const QString &jql) {
            return http.get(kSearch, query({{QStringLiteral("jql"), jql}, {QStringLiteral("fields"), QStringLiteral("key")}}));
        };
        QCOMPARE(keysOf(ask(QStringLiteral("id in (%1)").arg(liveId))), QStringList{live});
        QCOMPARE(keysOf(ask(QStringLiteral("project = OPS OR key = %1").arg(live))).contains(live), true);
        const Response byId = ask(QStringLiteral("project in (CAIRN, OPS, WEB) AND id in (%1, %2, 99999999)").arg(liveId, goneId));
        QCOMPARE(byId.status, 400);
        QCOMPARE(byId.json().value(QLatin1String("errorMessages")).toArray(),
                 (QJsonArray{QStringLiteral("An issue with key '%1' does not exist for field 'id'.").arg(goneId),
                             QStringLiteral("An issue with key '99999999' does not exist for field 'id'.")}));
        QVERIFY(byId.json().value(QLatin1String("errors")).isObject());
        QVERIFY(!byId.json().contains(QLatin1String("issues")));
        QCOMPARE(ask(QStringLiteral("id = %1").arg(goneId)).status, 400);
        QCOMPARE(firstMessage(ask(QStringLiteral("key = %1").arg(gone))),
                 QStringLiteral("An issue with key '%1' does not exist for field 'key'.").arg(gone));
        QCOMPARE(ask(QStringLiteral("key in (%1, %2)").arg(live, gone)).status, 400);
        QCOMPARE(ask(QStringLiteral("issuekey = NOPE-1")).status, 400);
        // Over POST as well.
        QCOMPARE(http.postJson(kSearch, {{QStringLiteral("jql"), QStringLiteral("id in (%1)").arg(goneId)}}).status, 400);
    }

    // POST /issue/bulkfetch: up to 100 ids or keys, issues in ascending id, the missing and
    // deleted left out silently (not in issueErrors), field selection as in search.
    void bulkFetch()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const QString kBulk = QStringLiteral("/jira/rest/api/3/issue/bulkfetch");
        const QStringList keys = s.jira().issueKeys();
        const QString a = QString::number(s.jira().issue(keys.at(7))->id);
        const QString b = QString::number(s.jira().issue(keys.at(3))->id);
        const QString gone = QString::number(s.jira().issue(keys.at(5))->id);
        QVERIFY(s.jira().deleteIssue(keys.at(5)));
        const Response r = http.postJson(kBulk, {{QStringLiteral("issueIdsOrKeys"), QJsonArray{a, gone, QStringLiteral("99999999"), b, keys.at(9)}},
                                                 {QStringLiteral("fields"), QJsonArray{QStringLiteral("summary"), QStringLiteral("updated")}}});
        QCOMPARE(r.status, 200);
        const QJsonArray issues = r.json().value(QLatin1String("issues")).toArray();
        QCOMPARE(issues.size(), 3);
        QStringList ids;
        for (const QJsonValue &v : issues)
            ids << v.toObject().value(QLatin1String("id")).toString();
        QStringList ascending = ids;
        std::sort(ascending.begin(), ascending.end(), [](const QString &x, const QString &y) { return x.toLongLong() < y.toLongLong(); });
        QCOMPARE(ids, ascending);
        QVERIFY(ids.contains(a) && ids.contains(b) && !ids.contains(gone));
        QCOMPARE(keysOf(r).contains(keys.at(9)), true);
        const QJsonObject f = issues.first().toObject().value(QLatin1String("fields")).toObject();
        QStringList got = f.keys();
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("summary"), QStringLiteral("updated")}));
        QCOMPARE(r.json().value(QLatin1String("issueErrors")).toArray(), QJsonArray());
        // fields=id only: the ids alone.
        const Response idsOnly = http.postJson(kBulk, {{QStringLiteral("issueIdsOrKeys"), QJsonArray{a}}, {QStringLiteral("fields"), QJsonArray{QStringLiteral("id")}}});
        QCOMPARE(idsOnly.json().value(QLatin1String("issues")).toArray().first().toObject().keys(), QStringList{QStringLiteral("id")});
        // None, more than 100, or a body that is not JSON: 400 with Jira's error body.
        QJsonArray many;
        const QStringList live = s.jira().issueKeys();
        for (int k = 0; k < 101; ++k)
            many.append(live.at(k));
        for (const QJsonObject &bad : {QJsonObject{{QStringLiteral("issueIdsOrKeys"), QJsonArray()}}, QJsonObject(),
                                       QJsonObject{{QStringLiteral("issueIdsOrKeys"), many}}}) {
            const Response refused = http.postJson(kBulk, bad);
            QCOMPARE(refused.status, 400);
            QVERIFY(!firstMessage(refused).isEmpty());
            QVERIFY(refused.json().value(QLatin1String("errors")).isObject());
        }
        many.removeLast();
        QCOMPARE(http.postJson(kBulk, {{QStringLiteral("issueIdsOrKeys"), many}}).json().value(QLatin1String("issues")).toArray().size(), 100);
        // Authenticated like every other call.
        QCOMPARE(Http(s.baseUrl(), QString()).postJson(kBulk, {{QStringLiteral("issueIdsOrKeys"), QJsonArray{a}}}).status, 401);
    }

    // GET /project/search (JIRA-OAS "Get projects paginated"): startAt/maxResults pages with
    // total, isLast and nextPage; ordered by key unless orderBy; query filters key or name.
    void projectSearchPages()
    {
        sim::Options o = opts();
        o.jiraProjects = 130;
        sim::CloudSimulator s(o);
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const Response first = http.get(kProjects);
        QCOMPARE(first.status, 200);
        QJsonObject page = first.json();
        QCOMPARE(page.value(QLatin1String("startAt")).toInt(), 0);
        QCOMPARE(page.value(QLatin1String("maxResults")).toInt(), 50); // the default
        QCOMPARE(page.value(QLatin1String("total")).toInt(), 130);
        QCOMPARE(page.value(QLatin1String("isLast")).toBool(), false);
        QCOMPARE(page.value(QLatin1String("values")).toArray().size(), 50);
        const QJsonObject p = page.value(QLatin1String("values")).toArray().first().toObject();
        for (const char *key : {"id", "key", "name", "self", "avatarUrls", "projectTypeKey", "simplified", "style"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QStringList keys = projectKeysOf(first);
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(keys, sorted); // orderBy=key by default
        // Follow nextPage to the end: every project once.
        QUrl next(page.value(QLatin1String("nextPage")).toString());
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("startAt")), QStringLiteral("50"));
        int pages = 1;
        while (next.isValid() && !next.isEmpty()) {
            const Response r = http.get(next.path(), QUrlQuery(next));
            QCOMPARE(r.status, 200);
            keys << projectKeysOf(r);
            next = QUrl(r.json().value(QLatin1String("nextPage")).toString());
            QCOMPARE(r.json().value(QLatin1String("isLast")).toBool(), next.isEmpty());
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(keys.size(), 130);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 130);
        QVERIFY(keys.contains(QStringLiteral("CAIRN")) && keys.contains(QStringLiteral("MOBAP")));
        // maxResults above 100 is 100; by name, descending; query matches key or name.
        const Response big = http.get(kProjects, query({{QStringLiteral("maxResults"), QStringLiteral("500")},
                                                        {QStringLiteral("orderBy"), QStringLiteral("-name")}}));
        QCOMPARE(big.json().value(QLatin1String("maxResults")).toInt(), 100);
        QCOMPARE(big.json().value(QLatin1String("values")).toArray().size(), 100);
        QCOMPARE(big.json().value(QLatin1String("values")).toArray().first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Web Site"));
        const Response found = http.get(kProjects, query({{QStringLiteral("query"), QStringLiteral("pipe")}}));
        QCOMPARE(found.json().value(QLatin1String("total")).toInt(), 11); // "<Area> Pipeline" of each area, and "Mobile Pipeline 2"
        QCOMPARE(http.get(kProjects, query({{QStringLiteral("query"), QStringLiteral("cairn")}})).json().value(QLatin1String("values")).toArray().size(), 1);
        const Response byKey = http.get(kProjects, QUrlQuery(QStringLiteral("keys=OPS&keys=WEB")));
        QCOMPARE(projectKeysOf(byKey), (QStringList{QStringLiteral("OPS"), QStringLiteral("WEB")}));
        QCOMPARE(byKey.json().value(QLatin1String("isLast")).toBool(), true);
        QVERIFY(!byKey.json().contains(QLatin1String("nextPage")));
        // Past the end: an empty last page.
        const Response past = http.get(kProjects, query({{QStringLiteral("startAt"), QStringLiteral("1000")}}));
        QCOMPARE(past.status, 200);
        QCOMPARE(past.json().value(QLatin1String("values")).toArray().size(), 0);
        QCOMPARE(past.json().value(QLatin1String("isLast")).toBool(), true);
    }

    void projectSearchErrors()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        for (const auto &[name, value] : {std::pair{"startAt", "-1"}, {"startAt", "x"}, {"maxResults", "many"},
                                          {"orderBy", "colour"}, {"action", "delete"}, {"typeKey", "hardware"},
                                          {"status", "gone"}, {"id", "abc"}}) {
            const Response r = http.get(kProjects, query({{QLatin1String(name), QLatin1String(value)}}));
            QCOMPARE(r.status, 400);
            QCOMPARE(firstMessage(r), QStringLiteral("The value '%1' is invalid for the %2 parameter.").arg(QLatin1String(value), QLatin1String(name)));
            QVERIFY(r.json().value(QLatin1String("errors")).isObject());
        }
        QUrlQuery many;
        for (int i = 0; i < 51; ++i)
            many.addQueryItem(QStringLiteral("keys"), QStringLiteral("K%1").arg(i));
        QCOMPARE(http.get(kProjects, many).status, 400);
        http.setToken(QStringLiteral("wrong"));
        QCOMPARE(http.get(kProjects).status, 401);
    }

    // POST /jql/parse (JIRA-OAS "Parse JQL query"): one answer per query; strict refuses a
    // malformed query, a field that does not exist, a project or issue that does not exist;
    // warn turns the last two into warnings with the structure; none only parses.
    void jqlParse()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const QString key = s.jira().issueKeys().first();
        const QJsonObject body{{QStringLiteral("queries"),
                                QJsonArray{QStringLiteral("project in (CAIRN, OPS) ORDER BY updated"), QStringLiteral("invalid query"),
                                           QStringLiteral("project = NOPE"), QStringLiteral("universe = 42"),
                                           QStringLiteral("key = NOPE-1 OR key = %1").arg(key), QStringLiteral("ORDER BY created DESC")}}};
        const Response strict = parse(http, QStringLiteral("strict"), body);
        QCOMPARE(strict.status, 200);
        const QJsonArray answers = strict.json().value(QLatin1String("queries")).toArray();
        QCOMPARE(answers.size(), 6);
        // A valid query: its syntax tree, no errors.
        const QJsonObject ok = answers[0].toObject();
        QCOMPARE(ok.value(QLatin1String("query")).toString(), QStringLiteral("project in (CAIRN, OPS) ORDER BY updated"));
        QVERIFY(!ok.contains(QLatin1String("errors")));
        const QJsonObject where = ok.value(QLatin1String("structure")).toObject().value(QLatin1String("where")).toObject();
        QCOMPARE(where.value(QLatin1String("field")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("project"));
        QCOMPARE(where.value(QLatin1String("operator")).toString(), QStringLiteral("in"));
        QCOMPARE(where.value(QLatin1String("operand")).toObject().value(QLatin1String("values")).toArray().size(), 2);
        const QJsonArray order = ok.value(QLatin1String("structure")).toObject().value(QLatin1String("orderBy")).toObject()
                                     .value(QLatin1String("fields")).toArray();
        QCOMPARE(order.first().toObject().value(QLatin1String("field")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("updated"));
        auto errorsOf = [](const QJsonValue &a) {
            QStringList out;
            for (const QJsonValue &e : a.toObject().value(QLatin1String("errors")).toArray())
                out << e.toString();
            return out;
        };
        QVERIFY(errorsOf(answers[1]).first().startsWith(QLatin1String("Error in the JQL Query")));
        QVERIFY(!answers[1].toObject().contains(QLatin1String("structure")));
        QCOMPARE(errorsOf(answers[2]), QStringList{QStringLiteral("The value 'NOPE' does not exist for the field 'project'.")});
        QVERIFY(!answers[2].toObject().contains(QLatin1String("structure")));
        QCOMPARE(errorsOf(answers[3]), QStringList{QStringLiteral("Field 'universe' does not exist or you do not have permission to view it.")});
        QCOMPARE(errorsOf(answers[4]), QStringList{QStringLiteral("An issue with key 'NOPE-1' does not exist for field 'key'.")});
        // Only an ORDER BY: valid, a structure without "where" (the search refuses it as unbounded).
        QVERIFY(errorsOf(answers[5]).isEmpty());
        QVERIFY(answers[5].toObject().value(QLatin1String("structure")).toObject().contains(QLatin1String("orderBy")));
        QVERIFY(!answers[5].toObject().value(QLatin1String("structure")).toObject().contains(QLatin1String("where")));

        const QJsonArray warn = parse(http, QStringLiteral("warn"), body).json().value(QLatin1String("queries")).toArray();
        QVERIFY(!warn[2].toObject().contains(QLatin1String("errors")));
        QCOMPARE(warn[2].toObject().value(QLatin1String("warnings")).toArray().first().toString(),
                 QStringLiteral("The value 'NOPE' does not exist for the field 'project'."));
        QVERIFY(warn[2].toObject().contains(QLatin1String("structure")));
        QVERIFY(warn[1].toObject().contains(QLatin1String("errors"))); // malformed stays an error
        const QJsonArray none = parse(http, QStringLiteral("none"), body).json().value(QLatin1String("queries")).toArray();
        QVERIFY(!none[2].toObject().contains(QLatin1String("warnings")) && !none[2].toObject().contains(QLatin1String("errors")));
    }

    void jqlParseErrors()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const QJsonObject one{{QStringLiteral("queries"), QJsonArray{QStringLiteral("project = CAIRN")}}};
        // validation is required, and one of strict, warn, none.
        Response r = parse(http, QString(), one);
        QCOMPARE(r.status, 400);
        QVERIFY(!firstMessage(r).isEmpty());
        r = parse(http, QStringLiteral("lenient"), one);
        QCOMPARE(r.status, 400);
        QCOMPARE(firstMessage(r), QStringLiteral("The value 'lenient' is invalid for the validation parameter."));
        // The body: {"queries": [non-empty strings]}.
        r = http.send("POST", kParse, query({{QStringLiteral("validation"), QStringLiteral("strict")}}), "{not json");
        QCOMPARE(r.status, 400);
        for (const QJsonObject &bad : {QJsonObject(), QJsonObject{{QStringLiteral("queries"), QJsonArray()}},
                                       QJsonObject{{QStringLiteral("queries"), QStringLiteral("project = CAIRN")}},
                                       QJsonObject{{QStringLiteral("queries"), QJsonArray{QString()}}},
                                       QJsonObject{{QStringLiteral("queries"), QJsonArray{42}}}}) {
            r = parse(http, QStringLiteral("strict"), bad);
            QCOMPARE(r.status, 400);
            QVERIFY(r.json().value(QLatin1String("errors")).toObject().contains(QLatin1String("queries")));
        }
        QCOMPARE(http.get(kParse, query({{QStringLiteral("validation"), QStringLiteral("strict")}})).status, 404); // POST only
        http.setToken(QStringLiteral("wrong"));
        QCOMPARE(parse(http, QStringLiteral("strict"), one).status, 401);
    }

    // Issues at their real size (docs/simulator.md "Sizes of the objects"): an ADF description
    // of the size and node kinds real ones have, the fields' objects as Jira writes them, and
    // custom fields of each common type — with *all or *navigable, or asked for by id, never
    // with Cairn's list of fields.
    void issuesAtRealSize()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const QString cairnFields = QStringLiteral("summary,status,assignee,reporter,priority,issuetype,project,labels,created,updated,description");
        const Response page = http.get(kSearch, query({{QStringLiteral("jql"), QStringLiteral("project = CAIRN")},
                                                       {QStringLiteral("fields"), cairnFields},
                                                       {QStringLiteral("maxResults"), QStringLiteral("100")}}));
        QCOMPARE(page.status, 200);
        const QJsonArray issues = page.json().value(QLatin1String("issues")).toArray();
        QCOMPARE(issues.size(), 100);
        qint64 descriptionBytes = 0;
        int described = 0;
        QSet<QString> kinds;
        std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
            kinds << v.toObject().value(QLatin1String("type")).toString();
            for (const QJsonValue &c : v.toObject().value(QLatin1String("content")).toArray())
                collect(c);
        };
        for (const QJsonValue &v : issues) {
            const QJsonObject f = v.toObject().value(QLatin1String("fields")).toObject();
            for (const QString &key : f.keys())
                QVERIFY2(cairnFields.split(u',').contains(key), qPrintable(key)); // no custom fields unasked
            QVERIFY(f.value(QLatin1String("status")).toObject().value(QLatin1String("self")).toString().startsWith(QLatin1String("http")));
            QCOMPARE(f.value(QLatin1String("reporter")).toObject().value(QLatin1String("avatarUrls")).toObject().size(), 4);
            QVERIFY(f.value(QLatin1String("project")).toObject().contains(QLatin1String("avatarUrls")));
            QVERIFY(f.value(QLatin1String("issuetype")).toObject().contains(QLatin1String("iconUrl")));
            if (f.value(QLatin1String("description")).isObject()) {
                ++described;
                descriptionBytes += QJsonDocument(f.value(QLatin1String("description")).toObject()).toJson(QJsonDocument::Compact).size();
                collect(f.value(QLatin1String("description")));
            }
        }
        QVERIFY(described > 60);
        QVERIFY2(descriptionBytes / described > 2000, qPrintable(QString::number(descriptionBytes / described)));
        for (const char *kind : {"heading", "paragraph", "bulletList", "orderedList", "listItem", "codeBlock", "table", "tableRow",
                                 "tableHeader", "tableCell", "panel", "mention", "inlineCard", "emoji", "text"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        // *all: the custom fields too, null when not set.
        const QString key = keysOf(page).first();
        const Response full = http.get(QStringLiteral("/jira/rest/api/3/issue/") + key);
        const QStringList problems = cairn::test::fixtureViolations(QStringLiteral("jira"), "GET", QStringLiteral("/rest/api/3/issue/") + key, 200, full.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QJsonObject all = full.json().value(QLatin1String("fields")).toObject();
        for (const char *id : {"customfield_10000", "customfield_10016", "customfield_10019", "customfield_10020", "customfield_10021",
                               "customfield_10030", "customfield_10031", "customfield_10033", "customfield_10035"})
            QVERIFY2(all.contains(QLatin1String(id)), id);
        QVERIFY(all.value(QLatin1String("customfield_10019")).toString().startsWith(QLatin1String("0|i")));
        // By id: that one alone.
        const Response one = http.get(kSearch, query({{QStringLiteral("jql"), QStringLiteral("key = ") + key},
                                                      {QStringLiteral("fields"), QStringLiteral("summary,customfield_10020")}}));
        QStringList got = one.json().value(QLatin1String("issues")).toArray().first().toObject().value(QLatin1String("fields")).toObject().keys();
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("customfield_10020"), QStringLiteral("summary")}));
    }

    void issuesAuthAndMutations()
    {
        sim::CloudSimulator s(opts());
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const QString key = s.jira().issueKeys().at(4);
        const Response one = http.get(QStringLiteral("/jira/rest/api/3/issue/") + key);
        QCOMPARE(one.status, 200);
        const QJsonObject f = one.json().value(QLatin1String("fields")).toObject();
        QVERIFY(f.value(QLatin1String("updated")).toString().endsWith(QLatin1String("+1300")));
        QVERIFY(f.contains(QLatin1String("description")));
        QVERIFY(f.value(QLatin1String("status")).toObject().value(QLatin1String("statusCategory")).toObject().contains(QLatin1String("key")));
        QVERIFY(s.jira().deleteIssue(key));
        QCOMPARE(http.get(QStringLiteral("/jira/rest/api/3/issue/") + key).status, 404);
        QCOMPARE(http.get(QStringLiteral("/jira/rest/api/3/myself")).json().value(QLatin1String("timeZone")).toString(), QStringLiteral("Pacific/Auckland"));
        QVERIFY(http.get(QStringLiteral("/jira/rest/api/3/serverInfo")).json().contains(QLatin1String("serverTime")));
        // Admin: mutate, change the zone, and the truth shows it.
        Http admin(s.baseUrl());
        QCOMPARE(admin.postJson(QStringLiteral("/_admin/jira/mutate"), {{QStringLiteral("op"), QStringLiteral("edit_issue")}, {QStringLiteral("count"), 3}}).status, 200);
        QCOMPARE(admin.postJson(QStringLiteral("/_admin/jira/mutate"), {{QStringLiteral("op"), QStringLiteral("set_time_zone")}, {QStringLiteral("time_zone"), QStringLiteral("America/Los_Angeles")}}).status, 200);
        QCOMPARE(admin.postJson(QStringLiteral("/_admin/jira/mutate"), {{QStringLiteral("op"), QStringLiteral("set_time_zone")}, {QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")}}).status, 400);
        const Response truth = admin.get(QStringLiteral("/_admin/truth/jira"));
        QCOMPARE(truth.json().value(QLatin1String("time_zone")).toString(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(truth.json().value(QLatin1String("issues")).toArray().size(), 320);
        // Credentials: none or a wrong token is 401 with Jira's body.
        Http anonymous(s.baseUrl(), QString());
        const Response refused = anonymous.get(kSearch, query({{QStringLiteral("jql"), QStringLiteral("project = OPS")}}));
        QCOMPARE(refused.status, 401);
        QVERIFY(!firstMessage(refused).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimJira)
#include "tst_simjira.moc"
