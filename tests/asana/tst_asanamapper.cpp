// Asana JSON → core types on answers written from Asana's reference (tests/fixtures/asana,
// see its README): a task as GET /tasks/{gid} gives it with Cairn's opt_fields and in full
// (every custom field type, memberships, followers, parent…), a page of GET /tasks with
// next_page, an Events answer with each action, the 412 of a stale sync token, error bodies.
// Each fixture is first held against the committed description (tests/contract/specs/asana.json),
// so that it cannot drift from it.
#include "Error.h"
#include "Fixtures.h"
#include "asana/AsanaApi.h"
#include "asana/AsanaMapper.h"

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

const QString kAsana = QStringLiteral("asana");
const QString kMe = QStringLiteral("1204173538271117"); // Tomasz, the fixtures' assignee

QString optFields()
{
    return QString::fromLatin1(QUrl::toPercentEncoding(asana::AsanaApi::taskFields(), ","));
}

HttpResponse response(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = {{"Date", "Thu, 02 Jul 2026 16:12:00 GMT"}};
    return r;
}

QJsonObject data(const char *file)
{
    return fixtureObject(kAsana, QLatin1String(file)).value(QLatin1String("data")).toObject();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// Every member of AsanaTask, as one JSON object (QCOMPARE shows what differs).
QJsonObject all(const AsanaTask &t)
{
    QJsonArray memberships;
    for (const AsanaMembership &m : t.memberships)
        memberships.append(QJsonArray{m.projectGid, m.projectName, m.sectionGid, m.sectionName});
    return {{QStringLiteral("gid"), t.gid}, {QStringLiteral("name"), t.name}, {QStringLiteral("notes"), t.notes},
            {QStringLiteral("htmlNotes"), t.htmlNotes}, {QStringLiteral("completed"), t.completed},
            {QStringLiteral("completedAt"), t.completedAt.toString(Qt::ISODateWithMs)}, {QStringLiteral("dueOn"), t.dueOn},
            {QStringLiteral("dueAt"), t.dueAt}, {QStringLiteral("startOn"), t.startOn},
            {QStringLiteral("createdAt"), t.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("modifiedAt"), t.modifiedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("assigneeGid"), t.assigneeGid}, {QStringLiteral("assigneeName"), t.assigneeName},
            {QStringLiteral("assignedToMe"), t.assignedToMe}, {QStringLiteral("permalinkUrl"), t.permalinkUrl},
            {QStringLiteral("tags"), t.tags}, {QStringLiteral("customFields"), t.customFields},
            {QStringLiteral("numSubtasks"), t.numSubtasks}, {QStringLiteral("parentGid"), t.parentGid},
            {QStringLiteral("memberships"), memberships}, {QStringLiteral("deleted"), t.deleted}};
}

QJsonObject field(const QString &gid, const QString &name, const QString &type, const QJsonValue &display)
{
    return {{QStringLiteral("gid"), gid}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type},
            {QStringLiteral("display_value"), display}};
}

} // namespace

class TestAsanaMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesFitTheDescription_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("request"); // path and query, as the description writes paths
        QTest::addColumn<int>("status");
        const QString task = QStringLiteral("/tasks/1205512397451203");
        QTest::newRow("task with Cairn's opt_fields") << "task-opt-fields.json" << task + QStringLiteral("?opt_fields=") + optFields() << 200;
        QTest::newRow("task in full") << "task-full.json" << task << 200;
        QTest::newRow("tasks page") << "tasks-page.json"
                                    << QStringLiteral("/tasks?project=1205220146530012&limit=3&opt_fields=") + optFields() << 200;
        QTest::newRow("events") << "events.json" << QStringLiteral("/events?resource=1205220146530012&sync=de4774f6915eae04714ca93bb2f5ee81") << 200;
        QTest::newRow("events, stale token") << "events-412.json" << QStringLiteral("/events?resource=1205220146530012&sync=old") << 412;
    }
    void fixturesFitTheDescription()
    {
        QFETCH(QString, file);
        QFETCH(QString, request);
        QFETCH(int, status);
        const QStringList problems = fixtureViolations(kAsana, "GET", request, status, fixtureBytes(kAsana, file));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The check above can fail: a fixture that breaks the description is caught.
    void aDriftedFixtureIsCaught()
    {
        QJsonObject body = fixtureObject(kAsana, QStringLiteral("task-full.json"));
        QJsonObject task = body.value(QLatin1String("data")).toObject();
        task.insert(QStringLiteral("completed"), QStringLiteral("no"));
        QJsonArray fields = task.value(QLatin1String("custom_fields")).toArray();
        QJsonObject f = fields.first().toObject();
        f.insert(QStringLiteral("type"), QStringLiteral("rich_text")); // not one of the enum's values
        fields.replace(0, f);
        task.insert(QStringLiteral("custom_fields"), fields);
        body.insert(QStringLiteral("data"), task);
        const QStringList problems = fixtureViolations(kAsana, "GET", QStringLiteral("/tasks/1"), 200, QJsonDocument(body).toJson());
        QVERIFY2(problems.filter(QStringLiteral("completed")).size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(QStringLiteral("custom_fields")).size() >= 1, qPrintable(problems.join(u'\n')));
        // An opt_field the endpoint does not list, and a status it does not document.
        QVERIFY(!fixtureViolations(kAsana, "GET", QStringLiteral("/tasks/1?opt_fields=name,colour"), 200, "{\"data\":{}}").isEmpty());
        QVERIFY(!fixtureViolations(kAsana, "GET", QStringLiteral("/tasks/1"), 418, "{}").isEmpty());
    }

    void errorBodiesFitTheDescription()
    {
        const QJsonObject errors = fixtureObject(kAsana, QStringLiteral("errors.json"));
        QCOMPARE(errors.size(), 5);
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            const QStringList problems = schemaViolations(kAsana, it.value(), QStringLiteral("ErrorResponse"));
            QVERIFY2(problems.isEmpty(), qPrintable(it.key() + u' ' + problems.join(u'\n')));
        }
        QVERIFY(!schemaViolations(kAsana, QJsonObject{{QStringLiteral("errors"), QStringLiteral("x")}}, QStringLiteral("ErrorResponse")).isEmpty());
    }

    // Every field Cairn shows of a task, from the answer to Cairn's own request.
    void taskWithCairnsOptFields()
    {
        const AsanaTask t = asana::taskFromJson(data("task-opt-fields.json"), kMe);
        QCOMPARE(t.gid, QStringLiteral("1205512397451203"));
        QCOMPARE(t.name, QStringLiteral("Review the Kōwhai Logistics contract"));
        QVERIFY(t.notes.startsWith(QLatin1String("Please read the attached draft before Thursday.\n\nOpen points:\n1. Liability cap")));
        QVERIFY(t.htmlNotes.startsWith(QLatin1String("<body>Please read the attached <strong>draft</strong>")));
        QVERIFY(t.htmlNotes.endsWith(QLatin1String("</body>")));
        QVERIFY(!t.completed);
        QVERIFY(!t.completedAt.isValid()); // null
        QCOMPARE(t.dueOn, QStringLiteral("2026-07-17"));
        QCOMPARE(t.dueAt, QStringLiteral("2026-07-17T03:00:00.000Z"));
        QCOMPARE(t.startOn, QStringLiteral("2026-07-13"));
        QCOMPARE(t.createdAt, utc(2026, 6, 29, 8, 14, 3, 512));
        QCOMPARE(t.modifiedAt, utc(2026, 7, 2, 15, 41, 27, 9));
        QCOMPARE(t.assigneeGid, kMe);
        QCOMPARE(t.assigneeName, QStringLiteral("Tomasz Wiśniewski"));
        QVERIFY(t.assignedToMe);
        QVERIFY(!asana::taskFromJson(data("task-opt-fields.json"), QStringLiteral("1204173538271101")).assignedToMe);
        QCOMPARE(t.permalinkUrl, QStringLiteral("https://app.asana.com/1/1204173538271063/project/1205220146530012/task/1205512397451203"));
        QCOMPARE(t.tags, (QJsonArray{QJsonObject{{QStringLiteral("gid"), QStringLiteral("1205301118470003")}, {QStringLiteral("name"), QStringLiteral("contracts")}},
                                     QJsonObject{{QStringLiteral("gid"), QStringLiteral("1205301118470011")}, {QStringLiteral("name"), QStringLiteral("needs-legal")}}}));
        // Every kind of custom field comes through by its display_value; an unset one is empty.
        QCOMPARE(t.customFields.size(), 9);
        QCOMPARE(t.customFields.at(0).toObject(), field(QStringLiteral("1205400000000101"), QStringLiteral("Vendor ID"), QStringLiteral("text"), QStringLiteral("VND-20417")));
        QCOMPARE(t.customFields.at(1).toObject(), field(QStringLiteral("1205400000000102"), QStringLiteral("Budget"), QStringLiteral("number"), QStringLiteral("12500.50")));
        QCOMPARE(t.customFields.at(2).toObject(), field(QStringLiteral("1205400000000103"), QStringLiteral("Priority"), QStringLiteral("enum"), QStringLiteral("High")));
        QCOMPARE(t.customFields.at(3).toObject(), field(QStringLiteral("1205400000000104"), QStringLiteral("Regions"), QStringLiteral("multi_enum"), QStringLiteral("APAC, EMEA")));
        QCOMPARE(t.customFields.at(4).toObject(), field(QStringLiteral("1205400000000105"), QStringLiteral("Contract signed"), QStringLiteral("date"), QStringLiteral("2026-06-30")));
        QCOMPARE(t.customFields.at(5).toObject(), field(QStringLiteral("1205400000000106"), QStringLiteral("Reviewer"), QStringLiteral("people"), QStringLiteral("Léa Fontaine, 佐藤 由紀")));
        QCOMPARE(t.customFields.at(6).toObject().value(QLatin1String("display_value")).toString(), QString()); // null: not set
        QCOMPARE(t.customFields.at(7).toObject(), field(QStringLiteral("1205400000000108"), QStringLiteral("Blocked by"), QStringLiteral("reference"), QStringLiteral("Sign the NDA")));
        QCOMPARE(t.customFields.at(8).toObject(), field(QStringLiteral("1205400000000109"), QStringLiteral("Days open"), QStringLiteral("number"), QStringLiteral("4")));
        QCOMPARE(t.numSubtasks, 2);
        QCOMPARE(t.parentGid, QStringLiteral("1205512397451190"));
        QCOMPARE(t.memberships.size(), 2);
        QCOMPARE(t.memberships.at(0).projectGid, QStringLiteral("1205220146530012"));
        QCOMPARE(t.memberships.at(0).projectName, QStringLiteral("Vendor onboarding"));
        QCOMPARE(t.memberships.at(0).sectionGid, QStringLiteral("1205220146530015"));
        QCOMPARE(t.memberships.at(0).sectionName, QStringLiteral("Waiting on vendor"));
        QCOMPARE(t.memberships.at(1).projectName, QStringLiteral("Finance · Q3 close"));
        QCOMPARE(t.memberships.at(1).sectionName, QStringLiteral("Review"));
        QVERIFY(!t.deleted);
    }

    // The full record (no opt_fields) carries much more — followers, likes, assignee_section,
    // dependencies, the custom fields' values of every type, workspace… — and maps to exactly
    // the same task: Cairn reads what it asked for and tolerates everything else.
    void fullTaskMapsAsItsOptFieldsTwin()
    {
        const QJsonObject full = data("task-full.json");
        QVERIFY(full.contains(QLatin1String("assignee_section")));
        QVERIFY(full.value(QLatin1String("custom_fields")).toArray().at(3).toObject().contains(QLatin1String("multi_enum_values")));
        QCOMPARE(all(asana::taskFromJson(full, kMe)), all(asana::taskFromJson(data("task-opt-fields.json"), kMe)));
        // And fields Asana may add one day, anywhere.
        QJsonObject future = full;
        future.insert(QStringLiteral("future_field"), QJsonObject{{QStringLiteral("values"), QJsonArray{1, 2}}});
        QJsonArray fields = future.value(QLatin1String("custom_fields")).toArray();
        QJsonObject f = fields.first().toObject();
        f.insert(QStringLiteral("rich_value"), QJsonArray{QStringLiteral("x")});
        fields.replace(0, f);
        future.insert(QStringLiteral("custom_fields"), fields);
        QCOMPARE(all(asana::taskFromJson(future, kMe)), all(asana::taskFromJson(full, kMe)));
    }

    void tasksPage()
    {
        const asana::TasksPage page = asana::tasksPageFromResponse(response(200, fixtureBytes(kAsana, QStringLiteral("tasks-page.json"))), kMe);
        QCOMPARE(page.tasks.size(), 3);
        QCOMPARE(page.nextOffset, fixtureObject(kAsana, QStringLiteral("tasks-page.json")).value(QLatin1String("next_page")).toObject().value(QLatin1String("offset")).toString());
        QVERIFY(page.nextOffset.startsWith(QLatin1String("eyJ0eXAiOiJKV1Qi")));
        QCOMPARE(page.serverTime, utc(2026, 7, 2, 16, 12, 0, 0));
        QCOMPARE(all(page.tasks.at(0)), all(asana::taskFromJson(data("task-opt-fields.json"), kMe)));

        // Nulls where Asana sends nulls: no assignee, no dates, an empty name and notes.
        const AsanaTask &bare = page.tasks.at(1);
        QCOMPARE(bare.gid, QStringLiteral("1205512397451217"));
        QVERIFY(bare.name.isEmpty());
        QVERIFY(bare.notes.isEmpty());
        QCOMPARE(bare.htmlNotes, QStringLiteral("<body></body>"));
        QVERIFY(bare.assigneeGid.isEmpty() && bare.assigneeName.isEmpty() && !bare.assignedToMe);
        QVERIFY(bare.dueOn.isEmpty() && bare.dueAt.isEmpty() && bare.startOn.isEmpty());
        QVERIFY(!bare.completedAt.isValid());
        QVERIFY(bare.parentGid.isEmpty());
        QVERIFY(bare.tags.isEmpty());
        QCOMPARE(bare.customFields.size(), 2);
        for (const QJsonValue &v : bare.customFields)
            QCOMPARE(v.toObject().value(QLatin1String("display_value")).toString(), QString());
        QCOMPARE(bare.memberships.size(), 1);
        QCOMPARE(bare.memberships.first().sectionName, QStringLiteral("To do"));

        // A completed subtask.
        const AsanaTask &done = page.tasks.at(2);
        QVERIFY(done.completed);
        QCOMPARE(done.completedAt, utc(2026, 7, 1, 23, 59, 59, 999));
        QCOMPARE(done.parentGid, QStringLiteral("1205512397451203"));
        QCOMPARE(done.assigneeName, QStringLiteral("佐藤 由紀"));
        QVERIFY(done.customFields.isEmpty());

        // The last page: next_page null.
        QJsonObject last = fixtureObject(kAsana, QStringLiteral("tasks-page.json"));
        last.insert(QStringLiteral("next_page"), QJsonValue());
        QVERIFY(asana::tasksPageFromResponse(response(200, QJsonDocument(last).toJson()), kMe).nextOffset.isEmpty());
    }

    void events()
    {
        const asana::EventsPage page = asana::eventsPageFromResponse(response(200, fixtureBytes(kAsana, QStringLiteral("events.json"))));
        QVERIFY(!page.tokenRejected);
        QCOMPARE(page.sync, QStringLiteral("b4a1d8e09f6c3e52a7d0c1f98e2b4a67"));
        QVERIFY(page.hasMore);
        QStringList seen;
        for (const asana::Event &e : page.events)
            seen << QStringList{e.action, e.resourceType, e.resourceGid, e.parentType, e.parentGid, e.field}.join(u'|');
        const QStringList expected{
            QStringLiteral("changed|task|1205512397451203|||assignee"),
            QStringLiteral("changed|task|1205512397451203|||followers"),
            QStringLiteral("changed|task|1205512397451203|||custom_fields"),
            QStringLiteral("added|task|1205512397451217|project|1205220146530012|"),
            QStringLiteral("added|task|1205512397451217|section|1205220146530013|"),
            QStringLiteral("removed|task|1205512397451224|project|1205220146530048|"),
            QStringLiteral("deleted|task|1205512397451166|||"),
            QStringLiteral("undeleted|task|1205512397451166|||"), // by the system: user null
            QStringLiteral("added|story|1205700000000412|task|1205512397451203|"),
            QStringLiteral("changed|project|1205220146530012|||name"),
        };
        QCOMPARE(seen, expected);
    }

    void staleEventsToken()
    {
        const asana::EventsPage page = asana::eventsPageFromResponse(response(412, fixtureBytes(kAsana, QStringLiteral("events-412.json"))));
        QVERIFY(page.tokenRejected);
        QCOMPARE(page.sync, QStringLiteral("f07c9e21a6b34d58c0e7a9b1d2f3c4e5"));
        QVERIFY(page.events.isEmpty());
        // A 412 without a fresh token cannot be gone on from.
        QVERIFY_THROWS_EXCEPTION(Error, asana::eventsPageFromResponse(response(412, R"({"errors":[{"message":"x"}]})")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("400") << "400" << int(Error::Kind::Http) << "opt_fields: Unknown field: custom_fields.colour";
        QTest::newRow("401") << "401" << int(Error::Kind::Auth) << "Not Authorized";
        QTest::newRow("404") << "404" << int(Error::Kind::Http) << "task: Unknown object: 1205512397451166";
        QTest::newRow("429") << "429" << int(Error::Kind::Http) << "Rate limit exceeded";
        QTest::newRow("500") << "500" << int(Error::Kind::Http) << "Server Error";
    }
    void errors()
    {
        QFETCH(QString, status);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const QJsonObject body = fixtureObject(kAsana, QStringLiteral("errors.json")).value(status).toObject();
        const Error e = asana::errorFromResponse(response(status.toInt(), QJsonDocument(body).toJson()));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status.toInt());
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY(!e.message.contains(u'\n'));
        // The same answers through the page readers.
        QVERIFY_THROWS_EXCEPTION(Error, asana::tasksPageFromResponse(response(status.toInt(), QJsonDocument(body).toJson()), kMe));
        QVERIFY_THROWS_EXCEPTION(Error, asana::eventsPageFromResponse(response(status.toInt(), QJsonDocument(body).toJson())));
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name a number") << "name" << QJsonValue(5);
        QTest::newRow("custom_fields an object") << "custom_fields" << QJsonValue(QJsonObject{});
        QTest::newRow("memberships of strings") << "memberships" << QJsonValue(QJsonArray{QStringLiteral("x")});
        QTest::newRow("num_subtasks a string") << "num_subtasks" << QJsonValue(QStringLiteral("2"));
        QTest::newRow("modified_at not a time") << "modified_at" << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("assignee a string") << "assignee" << QJsonValue(QStringLiteral("1204173538271117"));
    }
    void wrongTypesAreErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject task = data("task-full.json");
        task.insert(key, value);
        QVERIFY_THROWS_EXCEPTION(Error, asana::taskFromJson(task, kMe));
    }
};

QTEST_GUILESS_MAIN(TestAsanaMapper)
#include "tst_asanamapper.moc"
