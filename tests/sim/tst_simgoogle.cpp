// The simulator's Google People API against docs/api-notes.md §2 and tests/fixtures/google.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace simtest;

namespace {
const QString kConnections = QStringLiteral("/google/v1/people/me/connections");
const QString kGroups = QStringLiteral("/google/v1/contactGroups");
const QString kFields = QStringLiteral("names,emailAddresses,phoneNumbers,organizations,memberships,metadata");

QString errorStatus(const Response &r)
{
    return r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toString();
}
QString errorReason(const Response &r)
{
    return r.json()["error"].toObject()["details"].toArray().at(0).toObject()["reason"].toString();
}

struct Listing
{
    QList<QJsonObject> people;
    QString syncToken;
    int pages = 0;
    int pagesWithSyncToken = 0;
    Response last;
};

// Pages through connections.list with the same parameters plus pageToken, like a client.
Listing listAll(Http &http, QUrlQuery first, const std::function<void(int)> &afterPage = {})
{
    Listing out;
    QString pageToken;
    do {
        QUrlQuery q = first;
        if (!pageToken.isEmpty())
            q.addQueryItem(QStringLiteral("pageToken"), pageToken);
        out.last = http.get(kConnections, q);
        if (out.last.status != 200)
            return out;
        const QJsonObject o = out.last.json();
        ++out.pages;
        for (const QJsonValue &v : o.value(QStringLiteral("connections")).toArray())
            out.people << v.toObject();
        pageToken = o.value(QStringLiteral("nextPageToken")).toString();
        if (o.contains(QStringLiteral("nextSyncToken"))) {
            ++out.pagesWithSyncToken;
            out.syncToken = o.value(QStringLiteral("nextSyncToken")).toString();
        }
        if (afterPage)
            afterPage(out.pages);
    } while (!pageToken.isEmpty());
    return out;
}

QSet<QString> names(const QList<QJsonObject> &people)
{
    QSet<QString> s;
    for (const QJsonObject &p : people)
        s.insert(p.value(QStringLiteral("resourceName")).toString());
    return s;
}
} // namespace

class TestSimGoogle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::CloudSimulator> start(int contacts = 250, bool as410 = false)
    {
        sim::Options o;
        o.contacts = contacts;
        o.expiredTokenAs410 = as410;
        auto s = std::make_unique<sim::CloudSimulator>(o);
        if (s->listenLocal() == 0)
            qFatal("cannot listen");
        return s;
    }

private Q_SLOTS:
    void personFieldsRequired()
    {
        auto s = start(10);
        Http http(s->baseUrl());
        const Response r = http.get(kConnections);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorStatus(r), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(r.json()["error"].toObject()["code"].toInt(), 400);
        QCOMPARE(http.get(kConnections, query({{"personFields", "names,bogus"}})).status, 400);
        QCOMPARE(http.get(kConnections, query({{"personFields", "names"}, {"pageSize", "1001"}})).status, 400);
        QCOMPARE(http.get(kConnections, query({{"personFields", "names"}, {"pageSize", "-1"}})).status, 400);
        QCOMPARE(http.get(kConnections, query({{"personFields", "names"}, {"sortOrder", "RANDOM"}})).status, 400);
    }

    void onlyAskedFields()
    {
        auto s = start(50);
        Http http(s->baseUrl());
        const Response r = http.get(kConnections, query({{"personFields", "names"}, {"pageSize", "50"}}));
        QCOMPARE(r.status, 200);
        const QJsonArray people = r.json()["connections"].toArray();
        QCOMPARE(people.size(), 50);
        QCOMPARE(r.json()["totalItems"].toInt(), 50);
        QCOMPARE(r.json()["totalPeople"].toInt(), 50);
        QVERIFY(!r.json().contains(QStringLiteral("nextSyncToken")));
        for (const QJsonValue &v : people) {
            const QJsonObject p = v.toObject();
            QVERIFY(p["resourceName"].toString().startsWith(QStringLiteral("people/c")));
            QVERIFY(p["etag"].toString().startsWith(u'%'));
            for (const QString &key : p.keys())
                QVERIFY2(QStringList({"resourceName", "etag", "names"}).contains(key), qPrintable(key));
        }
        // with metadata: the recorded shape
        const Response m = http.get(kConnections, query({{"personFields", "metadata,names,emailAddresses,photos"}}));
        const QJsonObject p = m.json()["connections"].toArray().at(0).toObject();
        const QJsonObject src = p["metadata"].toObject()["sources"].toArray().at(0).toObject();
        QCOMPARE(src["type"].toString(), QStringLiteral("CONTACT"));
        QCOMPARE(src["id"].toString().size(), 16);
        QVERIFY(src["etag"].toString().startsWith(u'#'));
        QVERIFY(QDateTime::fromString(src["updateTime"].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(p["metadata"].toObject()["objectType"].toString(), QStringLiteral("PERSON"));
        const QJsonObject name = p["names"].toArray().at(0).toObject();
        QVERIFY(name["metadata"].toObject()["primary"].toBool());
        QCOMPARE(name["metadata"].toObject()["source"].toObject()["id"].toString(), src["id"].toString());
        QVERIFY(!name["displayName"].toString().isEmpty());
        QVERIFY(name.contains(QStringLiteral("displayNameLastFirst")));
    }

    void fullPagingGivesSyncTokenOnLastPageOnly()
    {
        auto s = start(250);
        Http http(s->baseUrl());
        const Listing l = listAll(http, query({{"personFields", kFields}, {"pageSize", "100"}, {"requestSyncToken", "true"}}));
        QCOMPARE(l.last.status, 200);
        QCOMPARE(l.pages, 3);
        QCOMPARE(l.pagesWithSyncToken, 1);
        QVERIFY(!l.last.json().contains(QStringLiteral("nextPageToken")));
        QCOMPARE(l.people.size(), 250);
        QCOMPARE(names(l.people).size(), 250);
        const QStringList live = s->google().liveContactNames();
        QCOMPARE(names(l.people), QSet<QString>(live.begin(), live.end()));
        // without requestSyncToken: no sync token at all
        const Listing plain = listAll(http, query({{"personFields", "names"}, {"pageSize", "1000"}}));
        QCOMPARE(plain.pagesWithSyncToken, 0);
        QCOMPARE(plain.people.size(), 250);
    }

    void incrementalReturnsChangesAndTombstones()
    {
        auto s = start(120);
        Http http(s->baseUrl());
        const Listing full = listAll(http, query({{"personFields", kFields}, {"requestSyncToken", "true"}}));
        QVERIFY(!full.syncToken.isEmpty());
        const QStringList live = s->google().liveContactNames();
        QVERIFY(s->google().modifyContact(live[3]));
        QVERIFY(s->google().deleteContact(live[7]));
        const QStringList added = s->google().addContacts(2);
        const Listing inc = listAll(http, query({{"personFields", kFields}, {"syncToken", full.syncToken}}));
        QCOMPARE(inc.last.status, 200);
        QCOMPARE(names(inc.people), (QSet<QString>{live[3], live[7], added[0], added[1]}));
        QVERIFY(!inc.syncToken.isEmpty());
        for (const QJsonObject &p : inc.people) {
            const bool deleted = p["metadata"].toObject()["deleted"].toBool();
            QCOMPARE(deleted, p["resourceName"].toString() == live[7]);
            if (deleted) {
                QCOMPARE(p["metadata"].toObject()["objectType"].toString(), QStringLiteral("PERSON"));
                QVERIFY(!p["metadata"].toObject()["sources"].toArray().isEmpty());
                QVERIFY(!p.contains(QStringLiteral("names")));
            }
        }
        // nothing changed since: no connections, a fresh token
        const Response none = http.get(kConnections, query({{"personFields", kFields}, {"syncToken", inc.syncToken}}));
        QCOMPARE(none.status, 200);
        QVERIFY(!none.json().contains(QStringLiteral("connections")));
        QVERIFY(!none.json()["nextSyncToken"].toString().isEmpty());
    }

    void incrementalPagingAndParameterMismatch()
    {
        auto s = start(60);
        Http http(s->baseUrl());
        const QString token = listAll(http, query({{"personFields", kFields}, {"requestSyncToken", "true"}})).syncToken;
        s->google().modifyRandom(25);
        const Listing inc = listAll(http, query({{"personFields", kFields}, {"pageSize", "10"}, {"syncToken", token}}));
        QCOMPARE(inc.pages, 3);
        QCOMPARE(inc.people.size(), 25);
        QCOMPARE(inc.pagesWithSyncToken, 1);

        const Response first = http.get(kConnections, query({{"personFields", kFields}, {"pageSize", "10"}, {"syncToken", token}}));
        const QString pageToken = first.json()["nextPageToken"].toString();
        QVERIFY(!pageToken.isEmpty());
        const Response wrongFields = http.get(kConnections, query({{"personFields", "names"}, {"pageSize", "10"}, {"syncToken", token}, {"pageToken", pageToken}}));
        QCOMPARE(wrongFields.status, 400);
        QCOMPARE(errorStatus(wrongFields), QStringLiteral("INVALID_ARGUMENT"));
        QVERIFY(wrongFields.json()["error"].toObject()["message"].toString().contains(QStringLiteral("must match")));
        const Response noSync = http.get(kConnections, query({{"personFields", kFields}, {"pageSize", "10"}, {"pageToken", pageToken}}));
        QCOMPARE(noSync.status, 400);
        const Response wrongSize = http.get(kConnections, query({{"personFields", kFields}, {"pageSize", "11"}, {"syncToken", token}, {"pageToken", pageToken}}));
        QCOMPARE(wrongSize.status, 400);
        // full listings pin their parameters too
        const Response full = http.get(kConnections, query({{"personFields", "names"}, {"pageSize", "5"}, {"requestSyncToken", "true"}}));
        const QString fullToken = full.json()["nextPageToken"].toString();
        QCOMPARE(http.get(kConnections, query({{"personFields", "names"}, {"pageSize", "5"}, {"pageToken", fullToken}})).status, 400);
        QCOMPARE(http.get(kConnections, query({{"personFields", "names"}, {"pageSize", "5"}, {"requestSyncToken", "true"}, {"pageToken", fullToken}})).status, 200);
        // garbage tokens
        const Response garbage = http.get(kConnections, query({{"personFields", kFields}, {"syncToken", "bm90IGEgdG9rZW4="}}));
        QCOMPARE(garbage.status, 400);
        QCOMPARE(errorStatus(garbage), QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(http.get(kConnections, query({{"personFields", kFields}, {"pageToken", "xyz"}})).status, 400);
    }

    void expiredSyncToken_data()
    {
        QTest::addColumn<bool>("as410");
        QTest::newRow("400 FAILED_PRECONDITION") << false;
        QTest::newRow("410") << true;
    }
    void expiredSyncToken()
    {
        QFETCH(bool, as410);
        auto s = start(20, as410);
        Http http(s->baseUrl());
        const QString token = listAll(http, query({{"personFields", kFields}, {"requestSyncToken", "true"}})).syncToken;
        s->clock().advance(6 * 24 * 3600);
        QCOMPARE(http.get(kConnections, query({{"personFields", kFields}, {"syncToken", token}})).status, 200);
        s->clock().advance(2 * 24 * 3600);
        const Response r = http.get(kConnections, query({{"personFields", kFields}, {"syncToken", token}}));
        QCOMPARE(r.status, as410 ? 410 : 400);
        QCOMPARE(r.json()["error"].toObject()["code"].toInt(), r.status);
        QCOMPARE(errorStatus(r), QStringLiteral("FAILED_PRECONDITION"));
        QCOMPARE(errorReason(r), QStringLiteral("EXPIRED_SYNC_TOKEN"));
        QCOMPARE(r.json()["error"].toObject()["details"].toArray().at(0).toObject()["@type"].toString(),
                 QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo"));
        // the recovery: a full sync works and issues a fresh token
        QVERIFY(!listAll(http, query({{"personFields", kFields}, {"requestSyncToken", "true"}})).syncToken.isEmpty());
    }

    void changesDuringFullListingComeBackWithToken()
    {
        auto s = start(300);
        Http http(s->baseUrl());
        QStringList changed;
        const QStringList live = s->google().liveContactNames();
        const Listing full = listAll(http, query({{"personFields", kFields}, {"pageSize", "100"}, {"requestSyncToken", "true"}}),
                                     [&](int page) {
                                         if (page != 1)
                                             return;
                                         s->google().modifyContact(live[0]);   // already served
                                         s->google().deleteContact(live[150]); // not yet served
                                         s->google().deleteContact(live[1]);   // already served
                                         changed << live[0] << live[150] << live[1] << s->google().addContacts(1);
                                     });
        QCOMPARE(full.last.status, 200);
        QVERIFY(!names(full.people).contains(live[150]));
        const Listing inc = listAll(http, query({{"personFields", kFields}, {"syncToken", full.syncToken}}));
        QCOMPARE(inc.last.status, 200);
        for (const QString &n : changed)
            QVERIFY2(names(inc.people).contains(n), qPrintable(n));
    }

    void sortOrders()
    {
        auto s = start(40);
        Http http(s->baseUrl());
        for (const char *order : {"LAST_MODIFIED_DESCENDING", "FIRST_NAME_ASCENDING", "LAST_NAME_ASCENDING"}) {
            const Listing l = listAll(http, query({{"personFields", "names"}, {"pageSize", "7"}, {"sortOrder", QString::fromLatin1(order)}}));
            QCOMPARE(l.last.status, 200);
            QCOMPARE(names(l.people).size(), 40);
        }
    }

    void contactGroups()
    {
        auto s = start(80);
        Http http(s->baseUrl());
        const QUrlQuery q = query({{"groupFields", "clientData,groupType,memberCount,metadata,name"}, {"pageSize", "3"}});
        QList<QJsonObject> groups;
        QString syncToken, pageToken;
        do {
            QUrlQuery page = q;
            if (!pageToken.isEmpty())
                page.addQueryItem(QStringLiteral("pageToken"), pageToken);
            const Response r = http.get(kGroups, page);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json()["contactGroups"].toArray())
                groups << v.toObject();
            QCOMPARE(r.json()["totalItems"].toInt(), 8);
            pageToken = r.json()["nextPageToken"].toString();
            syncToken = r.json()["nextSyncToken"].toString(); // on every page, like the recording
            QVERIFY(!syncToken.isEmpty());
        } while (!pageToken.isEmpty());
        QCOMPARE(groups.size(), 8);
        QCOMPARE(groups[0]["resourceName"].toString(), QStringLiteral("contactGroups/myContacts"));
        QCOMPARE(groups[0]["groupType"].toString(), QStringLiteral("SYSTEM_CONTACT_GROUP"));
        QCOMPARE(groups[0]["formattedName"].toString(), QStringLiteral("My Contacts"));
        QCOMPARE(groups[0]["memberCount"].toInt(), 80);
        QVERIFY(!groups[0].contains(QStringLiteral("etag")));
        QCOMPARE(groups[2]["groupType"].toString(), QStringLiteral("USER_CONTACT_GROUP"));
        QVERIFY(groups[2]["metadata"].toObject().contains(QStringLiteral("updateTime")));

        const QString renamed = groups[2]["resourceName"].toString();
        const QString removed = groups[3]["resourceName"].toString();
        QVERIFY(s->google().renameGroup(renamed, QStringLiteral("Renamed")));
        QVERIFY(s->google().deleteGroup(removed));
        const QString added = s->google().addGroup(QStringLiteral("Neu"));
        const Response inc = http.get(kGroups, query({{"groupFields", "name,metadata"}, {"syncToken", syncToken}}));
        QCOMPARE(inc.status, 200);
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : inc.json()["contactGroups"].toArray())
            byName.insert(v.toObject()["resourceName"].toString(), v.toObject());
        QStringList expected{added, renamed, removed};
        expected.sort();
        QCOMPARE(byName.keys(), expected);
        QCOMPARE(byName[renamed]["name"].toString(), QStringLiteral("Renamed"));
        QVERIFY(byName[removed]["metadata"].toObject()["deleted"].toBool());
        QVERIFY(!byName[added]["metadata"].toObject()["deleted"].toBool());
        // members of the deleted group lost it and changed
        for (const QJsonValue &v : s->groundTruth(QStringLiteral("google"))["contacts"].toArray())
            QVERIFY(!v.toObject()["groups"].toArray().contains(removed));
        QCOMPARE(http.get(kGroups, query({{"pageSize", "1001"}})).status, 400);
        // Without groupFields: "metadata, groupType, memberCount, and name".
        const QJsonObject all = http.get(kGroups, {}).json()["contactGroups"].toArray().first().toObject();
        QCOMPARE(all["memberCount"].toInt(), 80);
        QCOMPARE(all["groupType"].toString(), QStringLiteral("SYSTEM_CONTACT_GROUP"));
        QCOMPARE(all["name"].toString(), QStringLiteral("myContacts"));
    }

    void authentication()
    {
        auto s = start(5);
        Http none(s->baseUrl(), QString());
        const Response r = none.get(kConnections, query({{"personFields", "names"}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorStatus(r), QStringLiteral("UNAUTHENTICATED"));
        Http bad(s->baseUrl(), QStringLiteral("wrong"));
        QCOMPARE(bad.get(kConnections, query({{"personFields", "names"}})).status, 401);
        QCOMPARE(bad.get(kGroups).status, 401);
    }

    void truthMatchesApiAndIsDeterministic()
    {
        auto s = start(150);
        Http http(s->baseUrl());
        s->google().randomChanges(30);
        const QJsonObject truth = s->groundTruth(QStringLiteral("google"));
        const Listing full = listAll(http, query({{"personFields", kFields}, {"pageSize", "1000"}}));
        QMap<QString, QJsonObject> served;
        for (const QJsonObject &p : full.people)
            served.insert(p["resourceName"].toString(), p);
        QString previous;
        int live = 0;
        for (const QJsonValue &v : truth["contacts"].toArray()) {
            const QJsonObject c = v.toObject();
            const QString rn = c["resourceName"].toString();
            QVERIFY(previous < rn);
            previous = rn;
            if (c["deleted"].toBool()) {
                QVERIFY(!served.contains(rn));
                continue;
            }
            ++live;
            const QJsonObject p = served.value(rn);
            QCOMPARE(p["etag"].toString(), c["etag"].toString());
            QCOMPARE(p["names"].toArray().at(0).toObject()["displayName"].toString(), c["displayName"].toString());
            QCOMPARE(p["emailAddresses"].toArray().size(), c["emails"].toArray().size());
            QCOMPARE(p["phoneNumbers"].toArray().size(), c["phones"].toArray().size());
            QCOMPARE(p["memberships"].toArray().size(), c["groups"].toArray().size());
            QCOMPARE(p["metadata"].toObject()["sources"].toArray().at(0).toObject()["updateTime"].toString(),
                     c["updateTime"].toString());
        }
        QCOMPARE(live, served.size());

        auto a = start(300);
        auto b = start(300);
        QCOMPARE(a->groundTruth(QStringLiteral("google")), b->groundTruth(QStringLiteral("google")));
        QCOMPARE(a->google().randomChanges(20), b->google().randomChanges(20));
        sim::Options other;
        other.seed = 2;
        other.contacts = 300;
        sim::CloudSimulator c(other);
        QVERIFY(c.groundTruth(QStringLiteral("google")) != a->groundTruth(QStringLiteral("google")));
    }

    void dataIsVaried()
    {
        auto s = start(2000);
        const QJsonArray contacts = s->groundTruth(QStringLiteral("google"))["contacts"].toArray();
        int noEmail = 0, noPhone = 0, noOrg = 0, cyrillic = 0, cjk = 0, arabic = 0, devanagari = 0, greek = 0, longBio = 0;
        for (const QJsonValue &v : contacts) {
            const QJsonObject c = v.toObject();
            noEmail += c["emails"].toArray().isEmpty();
            noPhone += c["phones"].toArray().isEmpty();
            noOrg += c["organizations"].toArray().isEmpty();
            const QString n = c["displayName"].toString();
            if (n.isEmpty())
                continue;
            const ushort u = n.at(0).unicode();
            cyrillic += u >= 0x400 && u < 0x500;
            greek += u >= 0x370 && u < 0x400;
            arabic += u >= 0x600 && u < 0x700;
            devanagari += u >= 0x900 && u < 0x980;
            cjk += (u >= 0x4e00 && u < 0xa000) || (u >= 0xac00 && u < 0xd7b0);
            longBio += c["biography"].toString().size() > 2000;
        }
        for (int n : {noEmail, noPhone, noOrg, cyrillic, cjk, arabic, devanagari, greek, longBio})
            QVERIFY(n > 10);
    }
};

QTEST_GUILESS_MAIN(TestSimGoogle)
#include "tst_simgoogle.moc"
