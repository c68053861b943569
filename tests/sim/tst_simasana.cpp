// The simulator's Asana workspaces and portfolios (what the Asana picker lists) against
// docs/api-notes.md §1 and ASANA-OAS: limit/offset pages with next_page, compact records
// unless opt_fields, `workspace` required on GET /portfolios, only the user's own portfolios,
// errors as {"errors":[{"message"}]}.
#include "Fixtures.h"
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace simtest;

namespace {
const QString kApi = QStringLiteral("/asana/api/1.0");

QString firstMessage(const Response &r)
{
    return r.json().value(QLatin1String("errors")).toArray().at(0).toObject().value(QLatin1String("message")).toString();
}

QStringList namesOf(const Response &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json().value(QLatin1String("data")).toArray())
        out << v.toObject().value(QLatin1String("name")).toString();
    return out;
}
} // namespace

class TestSimAsana : public QObject
{
    Q_OBJECT

private:
    static sim::Options opts(int portfolios)
    {
        sim::Options o;
        o.contacts = 0;
        o.asanaProjects = 4;
        o.asanaTasksPerProject = 2;
        o.asanaPortfolios = portfolios;
        return o;
    }

private Q_SLOTS:
    void workspacesCompactAndPaged()
    {
        sim::CloudSimulator s(opts(1));
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const Response all = http.get(kApi + QStringLiteral("/workspaces"));
        QCOMPARE(all.status, 200);
        QCOMPARE(namesOf(all), (QStringList{QStringLiteral("Cairn Sim Workspace"), QStringLiteral("Personal Projects")}));
        QVERIFY(!all.json().contains(QLatin1String("next_page"))); // only with limit
        const QJsonObject w = all.json().value(QLatin1String("data")).toArray().first().toObject();
        QCOMPARE(w.value(QLatin1String("gid")).toString(), s.asana().workspaceGid());
        QCOMPARE(w.value(QLatin1String("resource_type")).toString(), QStringLiteral("workspace"));
        // limit=1: two pages, the second found through next_page.offset; then next_page null.
        const Response first = http.get(kApi + QStringLiteral("/workspaces"), query({{QStringLiteral("limit"), QStringLiteral("1")}}));
        QCOMPARE(namesOf(first), QStringList{QStringLiteral("Cairn Sim Workspace")});
        const QJsonObject next = first.json().value(QLatin1String("next_page")).toObject();
        QVERIFY(next.value(QLatin1String("path")).toString().startsWith(QLatin1String("/workspaces?")));
        const Response second = http.get(kApi + QStringLiteral("/workspaces"),
                                          query({{QStringLiteral("limit"), QStringLiteral("1")},
                                                 {QStringLiteral("offset"), next.value(QLatin1String("offset")).toString()}}));
        QCOMPARE(namesOf(second), QStringList{QStringLiteral("Personal Projects")});
        QVERIFY(second.json().value(QLatin1String("next_page")).isNull());
        QCOMPARE(http.get(kApi + QStringLiteral("/workspaces"), query({{QStringLiteral("limit"), QStringLiteral("101")}})).status, 400);
    }

    void portfoliosOfTheUser()
    {
        sim::CloudSimulator s(opts(130));
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        const QString workspace = s.asana().workspaceGid();
        // Every page of 100: the user's 130 portfolios of the workspace, none of another owner's.
        QStringList names;
        QString offset;
        int pages = 0;
        do {
            QUrlQuery q = query({{QStringLiteral("workspace"), workspace}, {QStringLiteral("owner"), QStringLiteral("me")},
                                 {QStringLiteral("limit"), QStringLiteral("100")}});
            if (!offset.isEmpty())
                q.addQueryItem(QStringLiteral("offset"), offset);
            const Response r = http.get(kApi + QStringLiteral("/portfolios"), q);
            QCOMPARE(r.status, 200);
            const QJsonObject p = r.json().value(QLatin1String("data")).toArray().first().toObject();
            QCOMPARE(p.keys(), (QStringList{QStringLiteral("gid"), QStringLiteral("name"), QStringLiteral("resource_type")}));
            QCOMPARE(p.value(QLatin1String("resource_type")).toString(), QStringLiteral("portfolio"));
            names << namesOf(r);
            offset = r.json().value(QLatin1String("next_page")).toObject().value(QLatin1String("offset")).toString();
            ++pages;
        } while (!offset.isEmpty());
        QCOMPARE(pages, 2);
        QCOMPARE(names.size(), 130);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 130);
        QCOMPARE(names.first(), QStringLiteral("Roadmap"));
        QVERIFY(!names.contains(QStringLiteral("Someone else's portfolio")));
        QVERIFY(!names.contains(QStringLiteral("Personal goals")));
        // owner left out, or the user's gid: the same; another user: none of theirs (a person
        // sees only their own portfolios).
        const auto count = [&](const QUrlQuery &q) { return http.get(kApi + QStringLiteral("/portfolios"), q).json().value(QLatin1String("data")).toArray().size(); };
        QCOMPARE(count(query({{QStringLiteral("workspace"), workspace}})), 130);
        QCOMPARE(count(query({{QStringLiteral("workspace"), workspace}, {QStringLiteral("owner"), s.asana().meGid()}})), 130);
        const QString other = s.asana().portfolios().back().ownerGid;
        QVERIFY(other != s.asana().meGid());
        QCOMPARE(count(query({{QStringLiteral("workspace"), workspace}, {QStringLiteral("owner"), other}})), 0);
        // The other workspace has its own; opt_fields gives more than the compact record.
        const Response personal = http.get(kApi + QStringLiteral("/portfolios"),
                                           query({{QStringLiteral("workspace"), s.asana().otherWorkspaceGid()},
                                                  {QStringLiteral("opt_fields"), QStringLiteral("name,owner.name,color")}}));
        QCOMPARE(namesOf(personal), QStringList{QStringLiteral("Personal goals")});
        const QJsonObject full = personal.json().value(QLatin1String("data")).toArray().first().toObject();
        QVERIFY(full.contains(QLatin1String("color")));
        QVERIFY(!full.value(QLatin1String("owner")).toObject().value(QLatin1String("name")).toString().isEmpty());
        // A listed portfolio's items answer (the first one holds every other project).
        const QString firstGid = s.asana().portfolioGid();
        const Response items = http.get(kApi + QStringLiteral("/portfolios/%1/items").arg(firstGid));
        QCOMPARE(items.status, 200);
        QCOMPARE(items.json().value(QLatin1String("data")).toArray().size(), 2);
        QCOMPARE(http.get(kApi + QStringLiteral("/portfolios/%1/items").arg(s.asana().portfolios().at(1).gid)).json()
                     .value(QLatin1String("data")).toArray().size(), 0);
    }

    // opt_fields: only what the endpoint's description lists (ASANA-OAS; docs/simulator.md),
    // else Asana's 400; gid and resource_type come always.
    void optFieldsAsDocumented()
    {
        sim::CloudSimulator s(opts(1));
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        Response r = http.get(kApi + QStringLiteral("/users/me"), query({{QStringLiteral("opt_fields"), QStringLiteral("gid,name")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstMessage(r), QStringLiteral("opt_fields: Unknown field: gid"));
        r = http.get(kApi + QStringLiteral("/projects"), query({{QStringLiteral("workspace"), s.asana().workspaceGid()},
                                                                {QStringLiteral("opt_fields"), QStringLiteral("name,owner.name")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstMessage(r), QStringLiteral("opt_fields: Unknown field: owner.name"));
        r = http.get(kApi + QStringLiteral("/users/me"), query({{QStringLiteral("opt_fields"), QStringLiteral("name")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("data")).toObject().keys(),
                 (QStringList{QStringLiteral("gid"), QStringLiteral("name"), QStringLiteral("resource_type")}));
        // The owner's name through members.name (the owner is a member).
        r = http.get(kApi + QStringLiteral("/projects"), query({{QStringLiteral("workspace"), s.asana().workspaceGid()},
                                                                {QStringLiteral("opt_fields"), QStringLiteral("owner,members,members.name")}}));
        QCOMPARE(r.status, 200);
        int owned = 0;
        for (const QJsonValue &v : r.json().value(QLatin1String("data")).toArray()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QLatin1String("resource_type")).toString(), QStringLiteral("project"));
            const QJsonObject owner = p.value(QLatin1String("owner")).toObject();
            const QJsonArray members = p.value(QLatin1String("members")).toArray();
            if (owner.isEmpty()) {
                QVERIFY(members.isEmpty());
                continue;
            }
            ++owned;
            QVERIFY(!owner.contains(QLatin1String("name")));
            QCOMPARE(members.size(), 1);
            QCOMPARE(members.first()[QLatin1String("gid")], owner.value(QLatin1String("gid")));
            QVERIFY(!members.first()[QLatin1String("name")].toString().isEmpty());
        }
        QVERIFY(owned > 0);
    }

    // Tasks at their real size (docs/simulator.md "Sizes of the objects"): every task carries
    // each of its project's custom fields, with a value or null, in full without opt_fields
    // (Asana's CustomFieldResponse: the enum's options, the value of the field's type), and just
    // what was asked with them; memberships name their project and section.
    void tasksAtRealSize()
    {
        sim::Options o = opts(1);
        o.asanaTasksPerProject = 30;
        sim::CloudSimulator s(o);
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        QSet<QString> types;
        qint64 bytes = 0;
        int tasks = 0, set = 0, unset = 0;
        for (const QString &project : s.asana().projectGids()) {
            QSet<QString> fieldLists;
            for (const QString &gid : s.asana().taskGids(project)) {
                const Response r = http.get(kApi + QStringLiteral("/tasks/") + gid);
                QCOMPARE(r.status, 200);
                const QStringList problems = cairn::test::fixtureViolations(QStringLiteral("asana"), "GET", QStringLiteral("/tasks/") + gid, 200, r.body);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n'))); // the full record as Asana describes it
                bytes += r.body.size();
                ++tasks;
                const QJsonObject t = r.json().value(QLatin1String("data")).toObject();
                QStringList names;
                for (const QJsonValue &v : t.value(QLatin1String("custom_fields")).toArray()) {
                    const QJsonObject f = v.toObject();
                    const QString type = f.value(QLatin1String("type")).toString();
                    names << f.value(QLatin1String("name")).toString();
                    types << type;
                    QCOMPARE(f.value(QLatin1String("resource_subtype")).toString(), type);
                    QVERIFY(f.contains(QLatin1String("enabled")) && f.contains(QLatin1String("created_by")));
                    const bool hasValue = !f.value(QLatin1String("display_value")).isNull();
                    ++(hasValue ? set : unset);
                    if (type == QLatin1String("enum")) {
                        QVERIFY(f.value(QLatin1String("enum_options")).toArray().size() >= 3);
                        QCOMPARE(f.value(QLatin1String("enum_value")).toObject().value(QLatin1String("name")).toString(),
                                 f.value(QLatin1String("display_value")).toString());
                    } else if (type == QLatin1String("number")) {
                        QCOMPARE(f.value(QLatin1String("number_value")).isNull(), !hasValue);
                    } else if (type == QLatin1String("people")) {
                        QCOMPARE(f.value(QLatin1String("people_value")).toArray().isEmpty(), !hasValue);
                    }
                }
                fieldLists.insert(names.join(u','));
                const QJsonObject m = t.value(QLatin1String("memberships")).toArray().first().toObject();
                QVERIFY(!m.value(QLatin1String("project")).toObject().value(QLatin1String("name")).toString().isEmpty());
                QVERIFY(!m.value(QLatin1String("section")).toObject().value(QLatin1String("name")).toString().isEmpty());
                QVERIFY(t.contains(QLatin1String("followers")) && t.contains(QLatin1String("assignee_status")));
            }
            QCOMPARE(fieldLists.size(), 1); // the project's fields, on each of its tasks
            QVERIFY(fieldLists.values().first().startsWith(QLatin1String("Priority,Estimate (h)")));
        }
        QVERIFY2(types.size() >= 5, qPrintable(QStringList(types.values()).join(u',')));
        QVERIFY(set > tasks && unset > tasks / 2);
        QVERIFY2(bytes / tasks > 3000, qPrintable(QString::number(bytes / tasks)));
        // With opt_fields, only what was asked (and gid, resource_type).
        const QString gid = s.asana().taskGids(s.asana().projectGids().first()).first();
        const Response asked = http.get(kApi + QStringLiteral("/tasks/") + gid,
                                        query({{QStringLiteral("opt_fields"), QStringLiteral("custom_fields.name,custom_fields.display_value")}}));
        QCOMPARE(asked.status, 200);
        const QJsonObject f = asked.json().value(QLatin1String("data")).toObject().value(QLatin1String("custom_fields")).toArray().first().toObject();
        QStringList keys = f.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("display_value"), QStringLiteral("gid"), QStringLiteral("name"), QStringLiteral("resource_type")}));
    }

    void portfolioErrors()
    {
        sim::CloudSimulator s(opts(3));
        QVERIFY(s.listenLocal(0));
        Http http(s.baseUrl());
        // workspace is required (ASANA-OAS getPortfolios): Asana's 400 with errors[].message.
        Response r = http.get(kApi + QStringLiteral("/portfolios"), query({{QStringLiteral("owner"), QStringLiteral("me")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstMessage(r), QStringLiteral("workspace: Missing input"));
        r = http.get(kApi + QStringLiteral("/portfolios"), query({{QStringLiteral("workspace"), QStringLiteral("42")}}));
        QCOMPARE(r.status, 404);
        QCOMPARE(firstMessage(r), QStringLiteral("workspace: Unknown object: 42"));
        r = http.get(kApi + QStringLiteral("/portfolios"),
                     query({{QStringLiteral("workspace"), s.asana().workspaceGid()}, {QStringLiteral("owner"), QStringLiteral("99")}}));
        QCOMPARE(r.status, 404);
        QCOMPARE(firstMessage(r), QStringLiteral("owner: Unknown object: 99"));
        for (const QString &limit : {QStringLiteral("0"), QStringLiteral("101"), QStringLiteral("x")}) {
            r = http.get(kApi + QStringLiteral("/portfolios"),
                         query({{QStringLiteral("workspace"), s.asana().workspaceGid()}, {QStringLiteral("limit"), limit}}));
            QCOMPARE(r.status, 400);
            QCOMPARE(firstMessage(r), QStringLiteral("limit: Must be between 1 and 100."));
        }
        r = http.get(kApi + QStringLiteral("/portfolios"),
                     query({{QStringLiteral("workspace"), s.asana().workspaceGid()}, {QStringLiteral("limit"), QStringLiteral("2")},
                            {QStringLiteral("offset"), QStringLiteral("not-a-token")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstMessage(r), QStringLiteral("offset: Your pagination token is invalid."));
        QCOMPARE(http.get(kApi + QStringLiteral("/portfolios/123/items")).status, 404);
        http.setToken(QStringLiteral("wrong"));
        QCOMPARE(http.get(kApi + QStringLiteral("/portfolios"), query({{QStringLiteral("workspace"), s.asana().workspaceGid()}})).status, 401);
    }
};

QTEST_MAIN(TestSimAsana)
#include "tst_simasana.moc"
