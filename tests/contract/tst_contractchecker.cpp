// The contract check itself, on Google People's description (tests/contract/specs/google-people.json,
// converted from its discovery document by scripts/extract-specs): Google's real recorded answers
// (tests/fixtures/google) and Cairn's own requests pass it, and each kind of broken answer or
// request fails it with the violation named — so tst_contract cannot pass by checking nothing.
#include "GoogleContract.h"
#include "HttpClient.h"
#include "JsonSchema.h"
#include "OpenApiContract.h"
#include "google/GoogleApi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using cairn::test::OpenApiContract;
using namespace cairn;

namespace {

const QString kConnections = QStringLiteral("/v1/people/me/connections");
const QString kGroups = QStringLiteral("/v1/contactGroups");

QString specFile()
{
    return QStringLiteral(CAIRN_SOURCE_DIR "/tests/contract/specs/google-people.json");
}

// A recorded response's JSON body (the files are status line, headers and body).
QJsonObject fixtureBody(const QString &name)
{
    QFile f(QStringLiteral(CAIRN_SOURCE_DIR "/tests/fixtures/google/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const QByteArray text = f.readAll();
    const int body = int(text.indexOf("\n{"));
    return QJsonDocument::fromJson(body < 0 ? text : text.mid(body + 1)).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A member of `o` at a dotted path ("connections.0.metadata.sources.0.type") set to `value`.
QJsonValue withMember(const QJsonValue &at, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = at.toArray();
        a[index] = withMember(a.at(index), path, value);
        return a;
    }
    QJsonObject o = at.toObject();
    o[head] = withMember(o.value(head), path, value);
    return o;
}

QJsonObject changed(const QJsonObject &o, const QString &path, const QJsonValue &value)
{
    return withMember(o, path.split(u'.'), value).toObject();
}

QUrlQuery cairnQuery()
{
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    google::GoogleApi api(http, QUrl(QStringLiteral("https://people.googleapis.com")));
    return QUrlQuery(api.connectionsUrl(QString(), QStringLiteral("token")));
}

} // namespace

class TestContractChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(specFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject spec = QJsonDocument::fromJson(f.readAll()).object();
        // The subset says which discovery document it came from.
        QVERIFY(!spec.value(QLatin1String("info")).toObject().value(QLatin1String("x-discovery-revision")).toString().isEmpty());
        const QJsonObject person = spec.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject().value(QLatin1String("Person")).toObject();
        QCOMPARE(person.value(QLatin1String("additionalProperties")), QJsonValue(false));
    }

    // Google's own answers, as recorded, are what the description says.
    void realAnswersPass_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("first page") << kConnections << fixtureBody(QStringLiteral("connections_partial_fetch_response_1.txt"));
        QTest::newRow("last page") << kConnections << fixtureBody(QStringLiteral("connections_partial_fetch_response_2.txt"));
        for (const char *person : {"person1.json", "person2.json"})
            QTest::newRow(person) << kConnections
                                  << QJsonObject{{QStringLiteral("connections"), QJsonArray{fixtureBody(QLatin1String(person))}}};
        QTest::newRow("groups") << kGroups << fixtureBody(QStringLiteral("contactgroup_list_fetch_full_response.txt"));
    }
    void realAnswersPass()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QVERIFY(!body.isEmpty());
        const OpenApiContract contract(specFile());
        const auto r = contract.check("GET", path, {}, {}, 200, json(body));
        QVERIFY2(r.response.isEmpty(), qPrintable(r.response.join(u'\n')));
    }

    // Each kind of broken answer fails, with the violation at its place.
    void brokenAnswersFail_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("violation");
        const QJsonObject page = fixtureBody(QStringLiteral("connections_partial_fetch_response_1.txt"));
        const QJsonObject groups = fixtureBody(QStringLiteral("contactgroup_list_fetch_full_response.txt"));
        QTest::newRow("unknown member of a person") << kConnections << changed(page, QStringLiteral("connections.0.nickName"), QStringLiteral("Jo"))
                                                    << QStringLiteral("$.connections[0].nickName: not in the schema");
        QTest::newRow("unknown member of a name") << kConnections << changed(page, QStringLiteral("connections.0.names.0.fullName"), QStringLiteral("Jo"))
                                                  << QStringLiteral("$.connections[0].names[0].fullName: not in the schema");
        QTest::newRow("unknown member of the page") << kConnections << changed(page, QStringLiteral("syncToken"), QStringLiteral("x"))
                                                    << QStringLiteral("$.syncToken: not in the schema");
        QTest::newRow("int for a string") << kConnections << changed(page, QStringLiteral("connections.0.etag"), 17)
                                          << QStringLiteral("$.connections[0].etag: expected string, got integer");
        QTest::newRow("string for an int") << kConnections << changed(page, QStringLiteral("totalItems"), QStringLiteral("296"))
                                           << QStringLiteral("$.totalItems: expected integer, got string");
        QTest::newRow("int32 too large") << kConnections << changed(page, QStringLiteral("totalItems"), 4294967296.0)
                                         << QStringLiteral("$.totalItems: 4294967296 is not a int32");
        QTest::newRow("bool for an object") << kConnections << changed(page, QStringLiteral("connections.0.metadata"), true)
                                            << QStringLiteral("$.connections[0].metadata: expected object, got boolean");
        QTest::newRow("bad enum") << kConnections << changed(page, QStringLiteral("connections.0.metadata.sources.0.type"), QStringLiteral("PHONE"))
                                  << QStringLiteral("$.connections[0].metadata.sources[0].type: [\"PHONE\"] is not one of");
        QTest::newRow("bad date-time") << kConnections
                                       << changed(page, QStringLiteral("connections.0.metadata.sources.0.updateTime"), QStringLiteral("yesterday"))
                                       << QStringLiteral("$.connections[0].metadata.sources[0].updateTime: \"yesterday\" is not a date-time");
        QTest::newRow("bad group type") << kGroups << changed(groups, QStringLiteral("contactGroups.1.groupType"), QStringLiteral("USER_GROUP"))
                                        << QStringLiteral("$.contactGroups[1].groupType: [\"USER_GROUP\"] is not one of");
        QTest::newRow("unknown member of a group") << kGroups << changed(groups, QStringLiteral("contactGroups.0.members"), QJsonArray{})
                                                   << QStringLiteral("$.contactGroups[0].members: not in the schema");
    }
    void brokenAnswersFail()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, violation);
        const OpenApiContract contract(specFile());
        const auto r = contract.check("GET", path, {}, {}, 200, json(body));
        QVERIFY2(r.response.size() == 1 && r.response.first().startsWith(violation),
                 qPrintable(QStringLiteral("wanted %1, got: %2").arg(violation, r.response.join(QStringLiteral(" | ")))));
    }

    // Google's error format (AIP-193): the simulator's EXPIRED_SYNC_TOKEN answer passes; each
    // kind of broken error fails.
    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("violation"); // "" = none
        const QJsonObject info{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                               {QStringLiteral("reason"), QStringLiteral("EXPIRED_SYNC_TOKEN")},
                               {QStringLiteral("domain"), QStringLiteral("people.googleapis.com")}};
        const QJsonObject expired{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("code"), 400},
                                               {QStringLiteral("message"), QStringLiteral("Sync token is expired.")},
                                               {QStringLiteral("status"), QStringLiteral("FAILED_PRECONDITION")},
                                               {QStringLiteral("details"), QJsonArray{info}}}}};
        QTest::newRow("expired sync token") << 400 << expired << QString();
        QTest::newRow("other detail") << 400 << changed(expired, QStringLiteral("error.details.0.@type"), QStringLiteral("type.googleapis.com/google.rpc.Help"))
                                      << QString();
        QTest::newRow("code as a string") << 400 << changed(expired, QStringLiteral("error.code"), QStringLiteral("400"))
                                          << QStringLiteral("$.error.code: expected integer, got string");
        QTest::newRow("no such status") << 400 << changed(expired, QStringLiteral("error.status"), QStringLiteral("EXPIRED"))
                                        << QStringLiteral("$.error.status: [\"EXPIRED\"] is not one of");
        QTest::newRow("unknown member") << 400 << changed(expired, QStringLiteral("error.reason"), QStringLiteral("EXPIRED_SYNC_TOKEN"))
                                        << QStringLiteral("$.error.reason: not in the schema");
        QTest::newRow("unknown detail") << 400 << changed(expired, QStringLiteral("error.details.0.@type"), QStringLiteral("type.googleapis.com/Whatever"))
                                        << QStringLiteral("$.error.details[0]: matches none of oneOf");
        QTest::newRow("ErrorInfo without reason") << 400 << changed(expired, QStringLiteral("error.details.0"),
                                                                    QJsonObject{{QStringLiteral("@type"), info.value(QLatin1String("@type"))},
                                                                                {QStringLiteral("domain"), QStringLiteral("people.googleapis.com")}})
                                                  << QStringLiteral("$.error.details[0]: matches none of oneOf");
        QTest::newRow("no message") << 503 << QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 503}, {QStringLiteral("status"), QStringLiteral("UNAVAILABLE")}}}}
                                    << QStringLiteral("$.error: lacks \"message\"");
        QTest::newRow("not the HTTP status") << 503 << changed(expired, QStringLiteral("error.status"), QStringLiteral("UNAVAILABLE"))
                                             << QStringLiteral("$.error.code: 400 is not the HTTP status 503");
        QTest::newRow("status of another code") << 429 << changed(expired, QStringLiteral("error.code"), 429)
                                                << QStringLiteral("$.error.status: FAILED_PRECONDITION is HTTP 400, not 429");
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QJsonObject, body);
        QFETCH(QString, violation);
        const OpenApiContract contract(specFile());
        const auto r = contract.check("GET", kConnections, QUrlQuery(QStringLiteral("personFields=names")), {}, status, json(body));
        QVERIFY(r.request.isEmpty());
        const QStringList problems = r.response + cairn::test::googleErrorProblems(status, json(body));
        if (violation.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
        else
            QVERIFY2(problems.size() == 1 && problems.first().startsWith(violation),
                     qPrintable(QStringLiteral("wanted %1, got: %2").arg(violation, problems.join(QStringLiteral(" | ")))));
    }

    // A person, or a group, has only the fields its request's field mask asked for.
    void fieldMasks()
    {
        using cairn::test::fieldMaskProblems;
        const QByteArray page = json(fixtureBody(QStringLiteral("connections_partial_fetch_response_1.txt")));
        const QUrlQuery everything(QStringLiteral("personFields=addresses,biographies,birthdays,emailAddresses,events,imClients,"
                                                  "memberships,metadata,names,nicknames,organizations,phoneNumbers,photos,"
                                                  "relations,sipAddresses,urls,userDefined"));
        QStringList problems = fieldMaskProblems(kConnections, everything, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" | "))));
        problems = fieldMaskProblems(kConnections, QUrlQuery(QStringLiteral("personFields=names,metadata")), page);
        QVERIFY2(problems.contains(QStringLiteral("$.connections[0].photos: not asked for by personFields")),
                 qPrintable(problems.join(QStringLiteral(" | "))));
        // A tombstone carries its metadata.
        const QJsonObject tombstone{{QStringLiteral("resourceName"), QStringLiteral("people/c1")}, {QStringLiteral("etag"), QStringLiteral("%E")},
                                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("deleted"), true}}}};
        QVERIFY(fieldMaskProblems(kConnections, QUrlQuery(QStringLiteral("personFields=names")),
                                  json({{QStringLiteral("connections"), QJsonArray{tombstone}}}))
                    .isEmpty());
        // The recorded groups were asked for with the default mask; without memberCount they
        // would have too much.
        const QByteArray groups = json(fixtureBody(QStringLiteral("contactgroup_list_fetch_full_response.txt")));
        QVERIFY(fieldMaskProblems(kGroups, {}, groups).isEmpty());
        problems = fieldMaskProblems(kGroups, QUrlQuery(QStringLiteral("groupFields=name,groupType,metadata")), groups);
        QCOMPARE(problems, (QStringList{QStringLiteral("$.contactGroups[0].memberCount: not asked for by groupFields"),
                                        QStringLiteral("$.contactGroups[1].memberCount: not asked for by groupFields")}));
    }

    // Cairn's own requests pass; each kind of broken request fails.
    void requests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("violation"); // "" = none
        QTest::newRow("Cairn's full listing") << kConnections << cairnQuery().toString(QUrl::FullyEncoded) << QString();
        QTest::newRow("incremental") << kConnections << QStringLiteral("personFields=names,metadata&pageSize=1000&syncToken=abc") << QString();
        QTest::newRow("sources") << kConnections
                                 << QStringLiteral("personFields=names&sources=READ_SOURCE_TYPE_CONTACT&sources=READ_SOURCE_TYPE_PROFILE") << QString();
        QTest::newRow("groups") << kGroups << QStringLiteral("pageSize=1000&groupFields=name,groupType,metadata&syncToken=x") << QString();
        QTest::newRow("unknown person field") << kConnections << QStringLiteral("personFields=names,emails")
                                              << QStringLiteral("parameter personFields item: [\"emails\"] is not one of");
        QTest::newRow("person field not for listing") << kConnections << QStringLiteral("personFields=names,fileAses")
                                                      << QStringLiteral("parameter personFields item: [\"fileAses\"] is not one of");
        QTest::newRow("unknown group field") << kGroups << QStringLiteral("groupFields=name,members")
                                             << QStringLiteral("parameter groupFields item: [\"members\"] is not one of");
        QTest::newRow("no personFields") << kConnections << QStringLiteral("pageSize=10") << QStringLiteral("required query parameter personFields is missing");
        QTest::newRow("pageSize too large") << kConnections << QStringLiteral("personFields=names&pageSize=2000")
                                            << QStringLiteral("parameter pageSize: 2000 is more than the maximum 1000");
        QTest::newRow("pageSize negative") << kGroups << QStringLiteral("pageSize=-1") << QStringLiteral("parameter pageSize: -1 is less than the minimum 0");
        QTest::newRow("pageSize not a number") << kConnections << QStringLiteral("personFields=names&pageSize=ten")
                                               << QStringLiteral("parameter pageSize: expected integer, got string");
        QTest::newRow("requestSyncToken not a boolean") << kConnections << QStringLiteral("personFields=names&requestSyncToken=yes")
                                                        << QStringLiteral("parameter requestSyncToken: expected boolean, got string");
        QTest::newRow("bad source") << kConnections << QStringLiteral("personFields=names&sources=READ_SOURCE_TYPE_PHONE")
                                    << QStringLiteral("parameter sources item: [\"READ_SOURCE_TYPE_PHONE\"] is not one of");
        QTest::newRow("bad sortOrder") << kConnections << QStringLiteral("personFields=names&sortOrder=NEWEST")
                                       << QStringLiteral("parameter sortOrder: [\"NEWEST\"] is not one of");
        QTest::newRow("undeclared parameter") << kConnections << QStringLiteral("personFields=names&updatedMin=2024-01-01")
                                              << QStringLiteral("query parameter updatedMin is not in the description");
        QTest::newRow("another person's connections") << QStringLiteral("/v1/people/c123/connections") << QStringLiteral("personFields=names")
                                                      << QStringLiteral("parameter peopleId: [\"c123\"] is not one of");
        QTest::newRow("no such method") << QStringLiteral("/v1/people:searchContacts") << QStringLiteral("query=ada")
                                        << QStringLiteral("GET /v1/people:searchContacts: no such operation in the description");
    }
    void requests()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, violation);
        const OpenApiContract contract(specFile());
        const auto r = contract.check("GET", path, QUrlQuery(query), {}, 200, "{}");
        if (violation.isEmpty())
            QVERIFY2(r.request.isEmpty(), qPrintable(r.request.join(QStringLiteral(" | "))));
        else
            QVERIFY2(r.request.size() == 1 && r.request.first().startsWith(violation),
                     qPrintable(QStringLiteral("wanted %1, got: %2").arg(violation, r.request.join(QStringLiteral(" | ")))));
    }

    // The write methods (Google's custom methods: a path parameter and ":verb" in one segment;
    // request bodies against the request schema; Empty answers nothing but {}), and Asana's.
    void writes()
    {
        const OpenApiContract google(specFile());
        const QString update = QStringLiteral("/v1/people/c123:updateContact");
        const QByteArray person = R"({"etag":"%EgUBAi43PRoEAQIFByIMR3N0b0dGbnpzZjQ9","names":[{"givenName":"Ada"}]})";
        auto r = google.check("PATCH", update, QUrlQuery(QStringLiteral("updatePersonFields=names")), person, 200, R"({"resourceName":"people/c123","etag":"%x"})");
        QCOMPARE(r.operation, QStringLiteral("PATCH /v1/people/{peopleId}:updateContact"));
        QVERIFY2(r.request.isEmpty() && r.response.isEmpty(), qPrintable((r.request + r.response).join(QStringLiteral(" | "))));
        r = google.check("PATCH", update, QUrlQuery(), person, 400, "{}");
        QVERIFY(r.request.contains(QStringLiteral("required query parameter updatePersonFields is missing")));
        r = google.check("PATCH", update, QUrlQuery(QStringLiteral("updatePersonFields=names,photos")), person, 200, "{}");
        QVERIFY2(r.request.size() == 1 && r.request.first().contains(QLatin1String("\"photos\"")), qPrintable(r.request.join(u'|')));
        r = google.check("PATCH", update, QUrlQuery(QStringLiteral("updatePersonFields=names")), R"({"etag":"x","nickname":"Ada"})", 200, "{}");
        QCOMPARE(r.request.size(), 1); // Person has no `nickname`
        r = google.check("DELETE", QStringLiteral("/v1/people/c123:deleteContact"), QUrlQuery(), {}, 200, R"({"deleted":true})");
        QCOMPARE(r.operation, QStringLiteral("DELETE /v1/people/{peopleId}:deleteContact"));
        QCOMPARE(r.response.size(), 1); // Empty is {}
        r = google.check("POST", QStringLiteral("/v1/contactGroups/myContacts/members:modify"), QUrlQuery(),
                         R"({"resourceNamesToAdd":["people/c1"]})", 200, R"({"notFoundResourceNames":[7]})");
        QVERIFY(r.request.isEmpty());
        QCOMPARE(r.response.size(), 1);
        const OpenApiContract asana(QStringLiteral(CAIRN_SOURCE_DIR "/tests/contract/specs/asana.json"));
        r = asana.check("POST", QStringLiteral("/tasks"), QUrlQuery(), R"({"data":{"name":"x","projects":["1"],"due_on":"2026-13-45"}})", 201,
                        R"({"data":{"gid":"1","resource_type":"task","name":"x"}})");
        QCOMPARE(r.operation, QStringLiteral("POST /tasks"));
        QCOMPARE(r.request.size(), 1); // not a date
        r = asana.check("POST", QStringLiteral("/tasks/1/stories"), QUrlQuery(), R"({"data":{"text":"Hi"}})", 201,
                        R"({"data":{"gid":"2","resource_type":"story","type":"remark"}})");
        QVERIFY(r.request.isEmpty());
        QCOMPARE(r.response.size(), 1); // type: comment or system
    }

    // The formats a discovery document uses, as the converted schemas carry them.
    void formats_data()
    {
        QTest::addColumn<QJsonObject>("schema");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        const QJsonObject int64{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("int64")}};
        const QJsonObject uint64{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("uint64")}};
        const QJsonObject int32{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("format"), QStringLiteral("int32")}};
        const QJsonObject bytes{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("byte")}};
        const QJsonObject time{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("date-time")}};
        QTest::newRow("int64 string") << int64 << QJsonValue(QStringLiteral("-9223372036854775808")) << true;
        QTest::newRow("int64 as a number") << int64 << QJsonValue(12) << false;
        QTest::newRow("int64 not decimal") << int64 << QJsonValue(QStringLiteral("12a")) << false;
        QTest::newRow("int64 too large") << int64 << QJsonValue(QStringLiteral("9223372036854775808")) << false;
        QTest::newRow("uint64") << uint64 << QJsonValue(QStringLiteral("18446744073709551615")) << true;
        QTest::newRow("uint64 negative") << uint64 << QJsonValue(QStringLiteral("-1")) << false;
        QTest::newRow("int32") << int32 << QJsonValue(-2147483648.0) << true;
        QTest::newRow("int32 too large") << int32 << QJsonValue(2147483648.0) << false;
        QTest::newRow("byte") << bytes << QJsonValue(QStringLiteral("Zm4YfTizA7M=")) << true;
        QTest::newRow("byte not base64") << bytes << QJsonValue(QStringLiteral("Zm4*")) << false;
        QTest::newRow("microseconds") << time << QJsonValue(QStringLiteral("2023-02-24T16:40:20.181599Z")) << true;
        QTest::newRow("no zone") << time << QJsonValue(QStringLiteral("2023-02-24 16:40")) << false;
    }
    void formats()
    {
        QFETCH(QJsonObject, schema);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        const QStringList problems = cairn::test::validateOpenApi(value, schema, {});
        QVERIFY2(problems.isEmpty() == valid, qPrintable(problems.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestContractChecker)
#include "tst_contractchecker.moc"
