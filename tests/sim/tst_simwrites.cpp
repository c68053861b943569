// The simulator's write endpoints over real HTTP, held to docs/api-notes.md (§1 Asana "Writes",
// §2 Google People "Writes"): Google's createContact, updateContact (updatePersonFields, the
// etag), deleteContact and contactGroups.members.modify; Asana's POST/PUT/DELETE /tasks, comment
// stories and `external:` ids. Each success shows in the sync stream / Events stream and the
// listings, each error in the service's shape; writes under scopes, quotas, in-flight limits and
// injected faults; the per-resource write counts an exactly-once test reads.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace simtest;

namespace {

const QString kConnections = QStringLiteral("/google/v1/people/me/connections");
const QString kCreate = QStringLiteral("/google/v1/people:createContact");
const QString kAsana = QStringLiteral("/asana/api/1.0");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QString gStatus(const Response &r)
{
    return r.json()[QLatin1String("error")][QLatin1String("status")].toString();
}
QString gMessage(const Response &r)
{
    return r.json()[QLatin1String("error")][QLatin1String("message")].toString();
}
QString aMessage(const Response &r)
{
    return r.json()[QLatin1String("errors")][0][QLatin1String("message")].toString();
}

QJsonObject person(const QString &given, const QString &family, const QString &email, const QString &clientId = {})
{
    QJsonObject p{{QStringLiteral("names"), QJsonArray{QJsonObject{{QStringLiteral("givenName"), given}, {QStringLiteral("familyName"), family}}}},
                  {QStringLiteral("emailAddresses"), QJsonArray{QJsonObject{{QStringLiteral("value"), email}, {QStringLiteral("type"), QStringLiteral("work")}}}}};
    if (!clientId.isEmpty())
        p.insert(QStringLiteral("clientData"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("cairn-id")}, {QStringLiteral("value"), clientId}}});
    return p;
}

// connections.list with a sync token: every page, the people and the next token.
QList<QJsonObject> syncListing(Http &http, const QString &syncToken, QString *next)
{
    QList<QJsonObject> out;
    QString page;
    do {
        QUrlQuery q = query({{"personFields", "names,emailAddresses,memberships,clientData,metadata"}});
        q.addQueryItem(QStringLiteral("syncToken"), syncToken);
        if (!page.isEmpty())
            q.addQueryItem(QStringLiteral("pageToken"), page);
        const Response r = http.get(kConnections, q);
        if (r.status != 200)
            qFatal("sync listing: %d %s", r.status, r.body.constData());
        for (const QJsonValue &v : r.json()[QLatin1String("connections")].toArray())
            out << v.toObject();
        page = r.json()[QLatin1String("nextPageToken")].toString();
        if (next)
            *next = r.json()[QLatin1String("nextSyncToken")].toString();
    } while (!page.isEmpty());
    return out;
}

QString fullSyncToken(Http &http)
{
    QString token, page;
    do {
        QUrlQuery q = query({{"personFields", "names"}, {"requestSyncToken", "true"}, {"pageSize", "1000"}});
        if (!page.isEmpty())
            q.addQueryItem(QStringLiteral("pageToken"), page);
        const Response r = http.get(kConnections, q);
        page = r.json()[QLatin1String("nextPageToken")].toString();
        token = r.json()[QLatin1String("nextSyncToken")].toString();
    } while (!page.isEmpty());
    return token;
}

int memberCount(Http &http, const QString &group)
{
    const Response r = http.get(QStringLiteral("/google/v1/contactGroups"));
    for (const QJsonValue &g : r.json()[QLatin1String("contactGroups")].toArray())
        if (g[QLatin1String("resourceName")].toString() == group)
            return g[QLatin1String("memberCount")].toInt();
    return -1;
}

// Asana's Events stream of a project: the 412's fresh token, then the events after it.
QString eventsToken(Http &http, const QString &project)
{
    return http.get(kAsana + QStringLiteral("/events"), query({{"resource", project}})).json()[QLatin1String("sync")].toString();
}
QJsonArray eventsSince(Http &http, const QString &project, QString *token)
{
    const Response r = http.get(kAsana + QStringLiteral("/events"), query({{"resource", project}, {"sync", *token}}));
    *token = r.json()[QLatin1String("sync")].toString();
    return r.json()[QLatin1String("data")].toArray();
}

} // namespace

class TestSimWrites : public QObject
{
    Q_OBJECT

    static std::unique_ptr<sim::CloudSimulator> start(const std::function<void(sim::Options &)> &tune = {})
    {
        sim::Options o;
        o.contacts = 30;
        o.contactGroups = 2;
        o.asanaProjects = 2;
        o.asanaTasksPerProject = 3;
        if (tune)
            tune(o);
        auto s = std::make_unique<sim::CloudSimulator>(o);
        if (s->listenLocal() == 0)
            qFatal("cannot listen");
        return s;
    }

private Q_SLOTS:
    // ---------------------------------------------------------------- Google People

    void createContactStoresAndAnswers()
    {
        auto s = start();
        Http http(s->baseUrl());
        const QString token = fullSyncToken(http);
        const int myContacts = memberCount(http, QStringLiteral("contactGroups/myContacts"));
        const int live = s->google().liveCount();
        const Response r = http.send("POST", kCreate, query({{"personFields", "names,emailAddresses,clientData,memberships"}}),
                                     json(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"),
                                                 QStringLiteral("c-0001"))));
        QCOMPARE(r.status, 200);
        const QJsonObject p = r.json();
        const QString name = p[QLatin1String("resourceName")].toString();
        QVERIFY(name.startsWith(QLatin1String("people/c")));
        QVERIFY(p[QLatin1String("etag")].toString().startsWith(u'%'));
        QCOMPARE(p[QLatin1String("names")][0][QLatin1String("displayName")].toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(p[QLatin1String("emailAddresses")][0][QLatin1String("value")].toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(p[QLatin1String("clientData")][0][QLatin1String("key")].toString(), QStringLiteral("cairn-id"));
        QCOMPARE(p[QLatin1String("clientData")][0][QLatin1String("value")].toString(), QStringLiteral("c-0001"));
        QCOMPARE(p[QLatin1String("memberships")][0][QLatin1String("contactGroupMembership")][QLatin1String("contactGroupResourceName")].toString(),
                 QStringLiteral("contactGroups/myContacts")); // a new contact is in My Contacts
        for (const QString &key : p.keys()) // only what personFields asked for
            QVERIFY2(QStringList({"resourceName", "etag", "names", "emailAddresses", "clientData", "memberships"}).contains(key), qPrintable(key));
        QCOMPARE(s->google().liveCount(), live + 1);
        QCOMPARE(memberCount(http, QStringLiteral("contactGroups/myContacts")), myContacts + 1);
        // In the sync stream, with its clientData; and counted once.
        const QList<QJsonObject> changed = syncListing(http, token, nullptr);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][QLatin1String("resourceName")].toString(), name);
        QCOMPARE(changed[0][QLatin1String("clientData")][0][QLatin1String("value")].toString(), QStringLiteral("c-0001"));
        QCOMPARE(s->google().apiWrites(name).created, 1);
        QCOMPARE(s->google().contactsWithClientData(QStringLiteral("cairn-id"), QStringLiteral("c-0001")), QStringList{name});
        const QJsonObject admin = http.postJson(QStringLiteral("/_admin/google/mutate"),
                                                {{"op", "api_writes"}, {"key", "cairn-id"}, {"value", "c-0001"}}).json();
        QCOMPARE(admin[QLatin1String("writes")][name][QLatin1String("created")].toInt(), 1);
        QCOMPARE(admin[QLatin1String("withClientData")].toArray(), QJsonArray{name});
        // Without personFields: every field ("Defaults to all fields if not set").
        const Response all = http.send("POST", kCreate, {}, json(person(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("g@example.com"))));
        QCOMPARE(all.status, 200);
        QVERIFY(all.json().contains(QLatin1String("metadata")));
        QVERIFY(all.json().contains(QLatin1String("photos")));
    }

    void createContactRefusals()
    {
        auto s = start();
        Http http(s->baseUrl());
        QJsonObject twoNames = person(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@example.com"));
        twoNames.insert(QStringLiteral("names"), QJsonArray{QJsonObject{{"givenName", "A"}}, QJsonObject{{"givenName", "B"}}});
        Response r = http.send("POST", kCreate, {}, json(twoNames)); // names is a singleton
        QCOMPARE(r.status, 400);
        QCOMPARE(gStatus(r), QStringLiteral("INVALID_ARGUMENT"));
        r = http.send("POST", kCreate, query({{"personFields", "names,bogus"}}), json(person("A", "B", "a@example.com")));
        QCOMPARE(r.status, 400);
        r = http.send("POST", kCreate, {}, "{not json");
        QCOMPARE(r.status, 400);
        QJsonObject badGroup = person("A", "B", "a@example.com");
        badGroup.insert(QStringLiteral("memberships"), QJsonArray{QJsonObject{{"contactGroupMembership", QJsonObject{{"contactGroupResourceName", "contactGroups/nope"}}}}});
        QCOMPARE(http.send("POST", kCreate, {}, json(badGroup)).status, 400);
        QCOMPARE(s->google().liveCount(), 30); // nothing was made
        QCOMPARE(http.send("GET", kCreate).status, 404); // POST only
    }

    void updateContactReplacesListedFields()
    {
        auto s = start();
        s->clock().freeze(true);
        Http http(s->baseUrl());
        const Response made = http.send("POST", kCreate, {}, json(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"), QStringLiteral("c-9"))));
        const QString name = made.json()[QLatin1String("resourceName")].toString();
        const QString etag = made.json()[QLatin1String("etag")].toString();
        const QString updated = made.json()[QLatin1String("metadata")][QLatin1String("sources")][0][QLatin1String("updateTime")].toString();
        const QString path = QStringLiteral("/google/v1/%1:updateContact").arg(name);
        const QString token = fullSyncToken(http);
        s->clock().advance(60);
        // names listed and given; emailAddresses listed and absent: cleared; clientData kept.
        QJsonObject body{{"etag", etag}, {"names", QJsonArray{QJsonObject{{"givenName", "Augusta"}, {"familyName", "King"}}}}};
        const Response r = http.send("PATCH", path, query({{"updatePersonFields", "names,emailAddresses"},
                                                           {"personFields", "names,emailAddresses,clientData,metadata"}}), json(body));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QLatin1String("names")][0][QLatin1String("displayName")].toString(), QStringLiteral("Augusta King"));
        QVERIFY(!r.json().contains(QLatin1String("emailAddresses")));
        QCOMPARE(r.json()[QLatin1String("clientData")][0][QLatin1String("value")].toString(), QStringLiteral("c-9"));
        const QString newEtag = r.json()[QLatin1String("etag")].toString();
        QVERIFY(newEtag != etag);
        QVERIFY(r.json()[QLatin1String("metadata")][QLatin1String("sources")][0][QLatin1String("updateTime")].toString() > updated);
        QCOMPARE(s->google().contact(name)->emails.size(), 0);
        QCOMPARE(s->google().apiWrites(name).updated, 1);
        const QList<QJsonObject> changed = syncListing(http, token, nullptr);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][QLatin1String("etag")].toString(), newEtag);

        // The stale etag: Google's 400 FAILED_PRECONDITION, and nothing changes.
        body[QStringLiteral("names")] = QJsonArray{QJsonObject{{"givenName", "Stale"}}};
        const Response stale = http.send("PATCH", path, query({{"updatePersonFields", "names"}}), json(body));
        QCOMPARE(stale.status, 400);
        QCOMPARE(gStatus(stale), QStringLiteral("FAILED_PRECONDITION"));
        QCOMPARE(gMessage(stale), QStringLiteral("Request person.etag is different than the current person.etag. Clear local cache and get the latest person."));
        QCOMPARE(s->google().contact(name)->givenName, QStringLiteral("Augusta"));
        QCOMPARE(s->google().apiWrites(name).updated, 1);
        // The contact source's etag works as well (and is compared too).
        QJsonObject bySource{{"metadata", QJsonObject{{"sources", QJsonArray{QJsonObject{{"type", "CONTACT"}, {"etag", s->google().contact(name)->sourceEtag()}}}}}},
                             {"biographies", QJsonArray{QJsonObject{{"value", "Mathematician"}}}}};
        QCOMPARE(http.send("PATCH", path, query({{"updatePersonFields", "biographies"}}), json(bySource)).status, 200);
        QCOMPARE(s->google().contact(name)->biography, QStringLiteral("Mathematician"));
        const Response staleSource = http.send("PATCH", path, query({{"updatePersonFields", "biographies"}}), json(bySource));
        QCOMPARE(staleSource.status, 400);
        QCOMPARE(gStatus(staleSource), QStringLiteral("FAILED_PRECONDITION"));
    }

    void updateContactRefusals()
    {
        auto s = start();
        Http http(s->baseUrl());
        const QString name = s->google().liveContactNames().first();
        const QString path = QStringLiteral("/google/v1/%1:updateContact").arg(name);
        const QJsonObject body{{"etag", s->google().contact(name)->etag()}, {"names", QJsonArray{QJsonObject{{"givenName", "X"}}}}};
        Response r = http.send("PATCH", path, {}, json(body)); // updatePersonFields is required
        QCOMPARE(r.status, 400);
        QCOMPARE(gStatus(r), QStringLiteral("INVALID_ARGUMENT"));
        QVERIFY(gMessage(r).contains(QLatin1String("updatePersonFields")));
        for (const char *bad : {"photos", "metadata", "names,bogus"}) { // not among its valid paths
            r = http.send("PATCH", path, query({{"updatePersonFields", bad}}), json(body));
            QCOMPARE(r.status, 400);
            QCOMPARE(gStatus(r), QStringLiteral("INVALID_ARGUMENT"));
        }
        r = http.send("PATCH", path, query({{"updatePersonFields", "names"}}), json(QJsonObject{{"names", body["names"]}}));
        QCOMPARE(r.status, 400); // no etag
        QCOMPARE(gStatus(r), QStringLiteral("INVALID_ARGUMENT"));
        QJsonObject noGroups = body;
        noGroups.insert(QStringLiteral("memberships"), QJsonArray());
        r = http.send("PATCH", path, query({{"updatePersonFields", "memberships"}}), json(noGroups));
        QCOMPARE(r.status, 400); // memberships updated to none
        r = http.send("PATCH", QStringLiteral("/google/v1/people/c404:updateContact"), query({{"updatePersonFields", "names"}}), json(body));
        QCOMPARE(r.status, 404);
        QCOMPARE(gStatus(r), QStringLiteral("NOT_FOUND"));
        QCOMPARE(s->google().apiWrites(name).updated, 0);
        QCOMPARE(http.send("PATCH", path, query({{"updatePersonFields", "names"}}), json(body)).status, 200);
        QCOMPARE(s->google().contact(name)->givenName, QStringLiteral("X"));
    }

    void deleteContactLeavesTombstone()
    {
        auto s = start();
        Http http(s->baseUrl());
        const QString name = s->google().liveContactNames().at(3);
        const QString token = fullSyncToken(http);
        const QString path = QStringLiteral("/google/v1/%1:deleteContact").arg(name);
        const Response r = http.send("DELETE", path);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject());
        QCOMPARE(r.body.trimmed(), QByteArray("{}"));
        QCOMPARE(http.send("DELETE", path).status, 404);
        const QJsonObject body{{"etag", s->google().contact(name)->etag()}};
        QCOMPARE(http.send("PATCH", QStringLiteral("/google/v1/%1:updateContact").arg(name), query({{"updatePersonFields", "names"}}), json(body)).status, 404);
        const QList<QJsonObject> changed = syncListing(http, token, nullptr);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][QLatin1String("resourceName")].toString(), name);
        QVERIFY(changed[0][QLatin1String("metadata")][QLatin1String("deleted")].toBool());
        QCOMPARE(s->google().apiWrites(name).deleted, 1);
    }

    void modifyGroupMembers()
    {
        auto s = start();
        Http http(s->baseUrl());
        const QString group = s->google().userGroupNames().first();
        const QString id = group.mid(int(qstrlen("contactGroups/")));
        QStringList outside;
        for (const QString &n : s->google().liveContactNames())
            if (!s->google().contact(n)->groupIds.contains(id) && outside.size() < 2)
                outside << n;
        QCOMPARE(outside.size(), 2);
        const int before = memberCount(http, group) < 0 ? 0 : memberCount(http, group);
        const QString token = fullSyncToken(http);
        const QString path = QStringLiteral("/google/v1/%1/members:modify").arg(group);
        Response r = http.postJson(path, {{"resourceNamesToAdd", QJsonArray{outside[0], outside[1], "people/c404"}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QLatin1String("notFoundResourceNames")].toArray(), QJsonArray{"people/c404"});
        QVERIFY(!r.json().contains(QLatin1String("canNotRemoveLastContactGroupResourceNames")));
        QCOMPARE(memberCount(http, group), before + 2);
        QVERIFY(s->google().contact(outside[0])->groupIds.contains(id));
        QCOMPARE(syncListing(http, token, nullptr).size(), 2); // both changed
        QCOMPARE(s->google().apiWrites(outside[1]).memberships, 1);
        // Removing: fine while another group is left; not from the last one.
        r = http.postJson(path, {{"resourceNamesToRemove", QJsonArray{outside[0]}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject());
        QCOMPARE(memberCount(http, group), before + 1);
        const Response made = http.send("POST", kCreate, {}, json(QJsonObject{
            {"names", QJsonArray{QJsonObject{{"givenName", "Solo"}}}},
            {"memberships", QJsonArray{QJsonObject{{"contactGroupMembership", QJsonObject{{"contactGroupResourceName", group}}}}}}}));
        const QString solo = made.json()[QLatin1String("resourceName")].toString();
        r = http.postJson(path, {{"resourceNamesToRemove", QJsonArray{solo}}});
        QCOMPARE(r.json()[QLatin1String("canNotRemoveLastContactGroupResourceNames")].toArray(), QJsonArray{solo});
        QCOMPARE(s->google().contact(solo)->groupIds, QStringList{id});
        // An unknown group; too many names.
        QCOMPARE(http.postJson(QStringLiteral("/google/v1/contactGroups/nope/members:modify"), {{"resourceNamesToAdd", QJsonArray{solo}}}).status, 404);
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(QStringLiteral("people/c%1").arg(i));
        QCOMPARE(http.postJson(path, {{"resourceNamesToAdd", many}}).status, 400);
    }

    void writesNeedTheContactsScope()
    {
        auto s = start();
        Http readOnly(s->baseUrl(), s->oauth().issue(QStringLiteral("google"), QStringLiteral("https://www.googleapis.com/auth/contacts.readonly")).accessToken);
        QCOMPARE(readOnly.get(kConnections, query({{"personFields", "names"}})).status, 200);
        const Response r = readOnly.send("POST", kCreate, {}, json(person("A", "B", "a@example.com")));
        QCOMPARE(r.status, 403);
        QCOMPARE(gStatus(r), QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("details")][0][QLatin1String("reason")].toString(),
                 QStringLiteral("ACCESS_TOKEN_SCOPE_INSUFFICIENT"));
        QVERIFY(r.header("WWW-Authenticate").contains("insufficient_scope"));
        Http full(s->baseUrl(), s->oauth().issue(QStringLiteral("google"), QStringLiteral("openid https://www.googleapis.com/auth/contacts")).accessToken);
        QCOMPARE(full.send("POST", kCreate, {}, json(person("A", "B", "a@example.com"))).status, 200);
        Http nobody(s->baseUrl(), QStringLiteral("wrong"));
        QCOMPARE(nobody.send("POST", kCreate, {}, json(person("A", "B", "a@example.com"))).status, 401);
        QCOMPARE(s->google().liveCount(), 31);
    }

    void writeQuotaApart()
    {
        auto s = start([](sim::Options &o) { o.values.insert(QStringLiteral("google-write-rate-limit"), QStringLiteral("3")); });
        s->clock().freeze(true);
        Http http(s->baseUrl());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http.send("POST", kCreate, {}, json(person("A", QString::number(i), "a@example.com"))).status, 200);
        const Response r = http.send("POST", kCreate, {}, json(person("A", "4", "a@example.com")));
        QCOMPARE(r.status, 429);
        QCOMPARE(gStatus(r), QStringLiteral("RESOURCE_EXHAUSTED"));
        QVERIFY(gMessage(r).contains(QLatin1String("'Write requests per minute per user'")));
        QVERIFY(r.header("Retry-After").isEmpty());
        QCOMPARE(s->google().liveCount(), 33);
        QCOMPARE(http.get(kConnections, query({{"personFields", "names"}})).status, 200); // reads have their own
        s->clock().advance(61);
        QCOMPARE(http.send("POST", kCreate, {}, json(person("A", "5", "a@example.com"))).status, 200);
    }

    void concurrentWritesOfOneUserAborted()
    {
        auto s = start();
        // The first write is held back a moment (in flight); a second one meanwhile is refused.
        sim::Fault hold;
        hold.method = "POST";
        hold.path = kCreate;
        hold.delayMs = 600;
        s->faults().add(hold);
        QNetworkAccessManager nam;
        const auto post = [&](const QString &family) {
            QNetworkRequest req(QUrl(s->baseUrl().toString() + kCreate));
            req.setRawHeader("Authorization", "Bearer cairn-sim-token");
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            return nam.post(req, json(person("A", family, "a@example.com")));
        };
        QNetworkReply *first = post(QStringLiteral("first"));
        QTRY_COMPARE_WITH_TIMEOUT(s->faults().size(), 0, 5000); // it arrived and holds its place
        QNetworkReply *second = post(QStringLiteral("second"));
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 10000);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 409);
        QCOMPARE(QJsonDocument::fromJson(second->readAll())[QLatin1String("error")][QLatin1String("status")].toString(), QStringLiteral("ABORTED"));
        QCOMPARE(s->google().liveCount(), 31);
        QCOMPARE(s->rateLimits().stats()[QLatin1String("google")][QLatin1String("limited")].toInt(), 1);
        delete first;
        delete second;
        // One after the other: both go through.
        Http http(s->baseUrl());
        QCOMPARE(http.send("POST", kCreate, {}, json(person("A", "third", "a@example.com"))).status, 200);
        QCOMPARE(http.send("POST", kCreate, {}, json(person("A", "fourth", "a@example.com"))).status, 200);
    }

    void faultsOnGoogleWrites()
    {
        auto s = start();
        Http http(s->baseUrl());
        // An error answer: the write did not happen.
        http.postJson(QStringLiteral("/_admin/faults"), {{"method", "POST"}, {"path", kCreate}, {"status", 503}});
        const Response r = http.send("POST", kCreate, {}, json(person("A", "B", "a@example.com", "c-503")));
        QCOMPARE(r.status, 503);
        QCOMPARE(gStatus(r), QStringLiteral("UNAVAILABLE"));
        QVERIFY(s->google().contactsWithClientData(QStringLiteral("cairn-id"), QStringLiteral("c-503")).isEmpty());
        // A dropped connection: neither. (Twice: QNetworkAccessManager sends a request once more
        // by itself when a kept-alive connection closes before any answer — a POST too.)
        http.postJson(QStringLiteral("/_admin/faults"), {{"method", "POST"}, {"path", kCreate}, {"drop", true}, {"count", 2}});
        QVERIFY(http.send("POST", kCreate, {}, json(person("A", "B", "a@example.com", "c-drop"))).error != QNetworkReply::NoError);
        QVERIFY(s->google().contactsWithClientData(QStringLiteral("cairn-id"), QStringLiteral("c-drop")).isEmpty());
        // A cut answer: the write happened, the client cannot tell — its clientData finds it.
        http.postJson(QStringLiteral("/_admin/faults"), {{"method", "POST"}, {"path", kCreate}, {"truncate", true}});
        const Response cut = http.send("POST", kCreate, {}, json(person("A", "B", "a@example.com", "c-cut")));
        QVERIFY(cut.error != QNetworkReply::NoError || QJsonDocument::fromJson(cut.body).isNull());
        const QStringList found = s->google().contactsWithClientData(QStringLiteral("cairn-id"), QStringLiteral("c-cut"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(s->google().apiWrites(found.first()).created, 1);
        // Writes are in the journal like every answer.
        http.postJson(QStringLiteral("/_admin/latency/journal"), {});
        http.send("DELETE", QStringLiteral("/google/v1/%1:deleteContact").arg(found.first()));
        const QJsonArray journal = http.get(QStringLiteral("/_admin/latency/journal")).json()[QLatin1String("entries")].toArray();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal[0][QLatin1String("method")].toString(), QStringLiteral("DELETE"));
        QCOMPARE(journal[0][QLatin1String("status")].toInt(), 200);
    }

    // ---------------------------------------------------------------- Asana

    void createTaskWithExternalId()
    {
        auto s = start();
        s->clock().freeze(true);
        Http http(s->baseUrl());
        const QString project = s->asana().projectGids().first();
        QString events = eventsToken(http, project);
        const QString since = QDateTime::fromMSecsSinceEpoch(s->clock().nowMs(), QTimeZone::utc()).toString(Qt::ISODateWithMs);
        const QJsonObject data{{"name", "Write the report"}, {"notes", "By Friday"}, {"projects", QJsonArray{project}},
                               {"due_on", "2026-05-01"}, {"assignee", "me"}, {"completed", false},
                               {"external", QJsonObject{{"gid", "cairn-42"}, {"data", "{\"v\":1}"}}}};
        const Response r = http.postJson(kAsana + QStringLiteral("/tasks"), {{"data", data}});
        QCOMPARE(r.status, 201);
        const QJsonObject t = r.json()[QLatin1String("data")].toObject();
        const QString gid = t[QLatin1String("gid")].toString();
        QVERIFY(!gid.isEmpty());
        QCOMPARE(t[QLatin1String("resource_type")].toString(), QStringLiteral("task"));
        QCOMPARE(t[QLatin1String("name")].toString(), QStringLiteral("Write the report"));
        QCOMPARE(t[QLatin1String("due_on")].toString(), QStringLiteral("2026-05-01"));
        QCOMPARE(t[QLatin1String("assignee")][QLatin1String("gid")].toString(), s->asana().meGid());
        QCOMPARE(t[QLatin1String("external")][QLatin1String("gid")].toString(), QStringLiteral("cairn-42"));
        QCOMPARE(t[QLatin1String("external")][QLatin1String("data")].toString(), QStringLiteral("{\"v\":1}"));
        QCOMPARE(t[QLatin1String("memberships")][0][QLatin1String("project")][QLatin1String("gid")].toString(), project);
        // Found by its external gid; an unknown one is 404.
        const Response byExternal = http.get(kAsana + QStringLiteral("/tasks/external:cairn-42"));
        QCOMPARE(byExternal.status, 200);
        QCOMPARE(byExternal.json()[QLatin1String("data")][QLatin1String("gid")].toString(), gid);
        QCOMPARE(http.get(kAsana + QStringLiteral("/tasks/external:nobody")).status, 404);
        // In the project's events and its modified_since listing; counted once.
        const QJsonArray added = eventsSince(http, project, &events);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0][QLatin1String("action")].toString(), QStringLiteral("added"));
        QCOMPARE(added[0][QLatin1String("resource")][QLatin1String("gid")].toString(), gid);
        QCOMPARE(added[0][QLatin1String("user")][QLatin1String("gid")].toString(), s->asana().meGid());
        const Response listed = http.get(kAsana + QStringLiteral("/tasks"), query({{"project", project}, {"modified_since", since}}));
        QCOMPARE(listed.json()[QLatin1String("data")].toArray().size(), 1);
        QCOMPARE(s->asana().apiWrites(gid).created, 1);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/asana/mutate"), {{"op", "api_writes"}, {"external", "cairn-42"}}).json()[QLatin1String("task")].toString(), gid);
        // A second task with the same external gid: 400, nothing made.
        const Response dup = http.postJson(kAsana + QStringLiteral("/tasks"), {{"data", data}});
        QCOMPARE(dup.status, 400);
        QVERIFY(aMessage(dup).startsWith(QLatin1String("external.gid:")));
        QVERIFY(!dup.json()[QLatin1String("errors")][0][QLatin1String("help")].toString().isEmpty());
        QCOMPARE(s->asana().taskGids(project).size(), 4);
        // A task in a workspace only (no project), and a subtask.
        QCOMPARE(http.postJson(kAsana + QStringLiteral("/tasks"), {{"data", QJsonObject{{"name", "Mine"}, {"workspace", s->asana().workspaceGid()}}}}).status, 201);
        const Response sub = http.postJson(kAsana + QStringLiteral("/tasks"), {{"data", QJsonObject{{"name", "Sub"}, {"parent", gid}}}});
        QCOMPARE(sub.status, 201);
        QCOMPARE(sub.json()[QLatin1String("data")][QLatin1String("parent")][QLatin1String("gid")].toString(), gid);
    }

    void createTaskRefusals()
    {
        auto s = start();
        Http http(s->baseUrl());
        const QString project = s->asana().projectGids().first();
        const QString tasks = kAsana + QStringLiteral("/tasks");
        const auto create = [&](const QJsonObject &data) { return http.postJson(tasks, {{"data", data}}); };
        Response r = create({{"name", "Nowhere"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(aMessage(r), QStringLiteral("You should specify one of workspace, parent, projects"));
        r = create({{"name", "x"}, {"projects", QJsonArray{"1"}}});
        QCOMPARE(r.status, 400);
        QVERIFY(aMessage(r).startsWith(QLatin1String("projects: Not a recognized ID")));
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"due_on", "2026-13-45"}}).status, 400);
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"due_on", "tomorrow"}}).status, 400);
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"due_on", "2026-05-01"}, {"due_at", "2026-05-01T10:00:00.000Z"}}).status, 400);
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"gid", "123"}}).status, 400); // read-only
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"created_at", "2020-01-01T00:00:00Z"}}).status, 400);
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"assignee", "nobody@example.com"}}).status, 400);
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"completed", "yes"}}).status, 400);
        QCOMPARE(create({{"name", "x"}, {"projects", QJsonArray{project}}, {"external", QJsonObject{{"gid", QString(1025, u'x')}}}}).status, 400);
        QCOMPARE(http.send("POST", tasks, {}, "{broken").status, 400);
        QCOMPARE(http.postJson(tasks, {{"name", "no data"}}).status, 400);
        QCOMPARE(s->asana().taskGids(project).size(), 3);
        QVERIFY(s->asana().apiWritesJson().isEmpty());
    }

    void updateTaskChangesOnlyGivenFields()
    {
        auto s = start();
        s->clock().freeze(true);
        Http http(s->baseUrl());
        const QString project = s->asana().projectGids().first();
        QString gid;
        for (const QString &g : s->asana().taskGids(project))
            if (!s->asana().task(g)->completed && gid.isEmpty())
                gid = g;
        QVERIFY(!gid.isEmpty());
        const QString notes = s->asana().task(gid)->notes;
        const qint64 modified = s->asana().task(gid)->modifiedMs;
        QString events = eventsToken(http, project);
        s->clock().advance(30);
        const Response r = http.send("PUT", kAsana + QStringLiteral("/tasks/") + gid, {}, json({{"data", QJsonObject{{"name", "Renamed"}, {"completed", true}}}}));
        QCOMPARE(r.status, 200);
        const QJsonObject t = r.json()[QLatin1String("data")].toObject();
        QCOMPARE(t[QLatin1String("name")].toString(), QStringLiteral("Renamed"));
        QCOMPARE(t[QLatin1String("notes")].toString(), notes); // not given: unchanged
        QVERIFY(t[QLatin1String("completed")].toBool());
        QVERIFY(s->asana().task(gid)->modifiedMs > modified);
        QVERIFY(t[QLatin1String("modified_at")].toString() > QDateTime::fromMSecsSinceEpoch(modified, QTimeZone::utc()).toString(Qt::ISODateWithMs));
        QStringList fields;
        for (const QJsonValue &e : eventsSince(http, project, &events)) {
            QCOMPARE(e[QLatin1String("action")].toString(), QStringLiteral("changed"));
            fields << e[QLatin1String("change")][QLatin1String("field")].toString();
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{"completed", "name"}));
        QCOMPARE(s->asana().apiWrites(gid).updated, 1);
        // opt_fields shape the answer.
        const Response shaped = http.send("PUT", kAsana + QStringLiteral("/tasks/") + gid, query({{"opt_fields", "name"}}), json({{"data", QJsonObject{{"notes", "New notes"}}}}));
        QCOMPARE(shaped.status, 200);
        QCOMPARE(shaped.json()[QLatin1String("data")].toObject().keys(), (QStringList{"gid", "name", "resource_type"}));
        QCOMPARE(s->asana().task(gid)->notes, QStringLiteral("New notes"));
        // Through its external gid, once it has one.
        QCOMPARE(http.send("PUT", kAsana + QStringLiteral("/tasks/") + gid, {}, json({{"data", QJsonObject{{"external", QJsonObject{{"gid", "ext-7"}}}}}})).status, 200);
        QCOMPARE(http.send("PUT", kAsana + QStringLiteral("/tasks/external:ext-7"), {}, json({{"data", QJsonObject{{"name", "Via external"}}}})).status, 200);
        QCOMPARE(s->asana().task(gid)->name, QStringLiteral("Via external"));
        // Refused: read-only and create-only fields, an unknown task.
        for (const char *field : {"created_at", "modified_at", "gid", "projects", "workspace"}) {
            const Response bad = http.send("PUT", kAsana + QStringLiteral("/tasks/") + gid, {}, json({{"data", QJsonObject{{QLatin1String(field), "x"}}}}));
            QCOMPARE(bad.status, 400);
        }
        QCOMPARE(http.send("PUT", kAsana + QStringLiteral("/tasks/1"), {}, json({{"data", QJsonObject{{"name", "x"}}}})).status, 404);
        QCOMPARE(s->asana().task(gid)->name, QStringLiteral("Via external"));
    }

    void deleteTaskAndStories()
    {
        auto s = start();
        s->clock().freeze(true);
        Http http(s->baseUrl());
        const QString project = s->asana().projectGids().first();
        const QString gid = s->asana().taskGids(project).first();
        QString events = eventsToken(http, project);
        s->clock().advance(5);
        // A comment, by the token's user; the task's modified_at moves; the event bubbles up.
        const qint64 modified = s->asana().task(gid)->modifiedMs;
        const Response c = http.postJson(kAsana + QStringLiteral("/tasks/%1/stories").arg(gid), {{"data", QJsonObject{{"text", "Looks good"}}}});
        QCOMPARE(c.status, 201);
        const QJsonObject story = c.json()[QLatin1String("data")].toObject();
        QCOMPARE(story[QLatin1String("resource_type")].toString(), QStringLiteral("story"));
        QCOMPARE(story[QLatin1String("type")].toString(), QStringLiteral("comment"));
        QCOMPARE(story[QLatin1String("resource_subtype")].toString(), QStringLiteral("comment_added"));
        QCOMPARE(story[QLatin1String("text")].toString(), QStringLiteral("Looks good"));
        QCOMPARE(story[QLatin1String("created_by")][QLatin1String("gid")].toString(), s->asana().meGid());
        QCOMPARE(story[QLatin1String("target")][QLatin1String("gid")].toString(), gid);
        QVERIFY(s->asana().task(gid)->modifiedMs > modified);
        QCOMPARE(s->asana().stories(gid).size(), 1);
        QCOMPARE(s->asana().apiWrites(gid).stories, 1);
        QCOMPARE(http.postJson(kAsana + QStringLiteral("/tasks/%1/stories").arg(gid), {{"data", QJsonObject{{"text", ""}}}}).status, 400);
        QCOMPARE(http.postJson(kAsana + QStringLiteral("/tasks/%1/stories").arg(gid), {{"data", QJsonObject{{"text", "a"}, {"html_text", "<body>a</body>"}}}}).status, 400);
        QCOMPARE(http.postJson(kAsana + QStringLiteral("/tasks/1/stories"), {{"data", QJsonObject{{"text", "a"}}}}).status, 404);
        // Deleted: {"data":{}}, then 404; a "deleted" event.
        const Response d = http.send("DELETE", kAsana + QStringLiteral("/tasks/") + gid);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.json(), QJsonObject({{"data", QJsonObject()}}));
        QCOMPARE(http.get(kAsana + QStringLiteral("/tasks/") + gid).status, 404);
        QCOMPARE(http.send("DELETE", kAsana + QStringLiteral("/tasks/") + gid).status, 404);
        const QJsonArray seen = eventsSince(http, project, &events);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0][QLatin1String("resource")][QLatin1String("resource_type")].toString(), QStringLiteral("story"));
        QCOMPARE(seen[0][QLatin1String("parent")][QLatin1String("gid")].toString(), gid);
        QCOMPARE(seen[1][QLatin1String("action")].toString(), QStringLiteral("deleted"));
        QVERIFY(!s->asana().taskGids(project).contains(gid));
        QCOMPARE(s->asana().apiWrites(gid).deleted, 1);
    }

    void asanaWriteScopesAndLimits()
    {
        auto s = start([](sim::Options &o) { o.asanaRequestsPerMinute = 4; });
        s->clock().freeze(true);
        const QString project = s->asana().projectGids().first();
        const QJsonObject body{{"data", QJsonObject{{"name", "x"}, {"projects", QJsonArray{project}}}}};
        Http reader(s->baseUrl(), s->oauth().issue(QStringLiteral("asana"), QStringLiteral("tasks:read projects:read")).accessToken);
        const Response r = reader.postJson(kAsana + QStringLiteral("/tasks"), body);
        QCOMPARE(r.status, 403);
        QVERIFY(!aMessage(r).isEmpty());
        Http writer(s->baseUrl(), s->oauth().issue(QStringLiteral("asana"), QStringLiteral("tasks:read tasks:write")).accessToken);
        const Response made = writer.postJson(kAsana + QStringLiteral("/tasks"), body);
        QCOMPARE(made.status, 201);
        const QString gid = made.json()[QLatin1String("data")][QLatin1String("gid")].toString();
        QCOMPARE(writer.send("DELETE", kAsana + QStringLiteral("/tasks/") + gid).status, 403); // tasks:delete
        QCOMPARE(Http(s->baseUrl(), QStringLiteral("wrong")).postJson(kAsana + QStringLiteral("/tasks"), body).status, 401);
        // Writes count in the per-minute limit: the static token's fourth request is refused.
        Http http(s->baseUrl());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(http.postJson(kAsana + QStringLiteral("/tasks"), body).status, 201);
        const Response limited = http.postJson(kAsana + QStringLiteral("/tasks"), body);
        QCOMPARE(limited.status, 429);
        QVERIFY(!limited.header("Retry-After").isEmpty());
        QCOMPARE(s->asana().taskGids(project).size(), 3 + 1 + 4);
    }

    void asanaWritesInFlightAndFaults()
    {
        auto s = start([](sim::Options &o) {
            o.noRateLimits();
            o.asanaWritesInFlight = 1;
        });
        const QString project = s->asana().projectGids().first();
        const QByteArray body = json({{"data", QJsonObject{{"name", "x"}, {"projects", QJsonArray{project}}}}});
        sim::Fault hold;
        hold.method = "POST";
        hold.path = kAsana + QStringLiteral("/tasks");
        hold.delayMs = 600;
        s->faults().add(hold);
        QNetworkAccessManager nam;
        const auto post = [&] {
            QNetworkRequest req(QUrl(s->baseUrl().toString() + kAsana + QStringLiteral("/tasks")));
            req.setRawHeader("Authorization", "Bearer cairn-sim-token");
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            return nam.post(req, body);
        };
        QNetworkReply *first = post();
        QTRY_COMPARE_WITH_TIMEOUT(s->faults().size(), 0, 5000);
        QNetworkReply *second = post();
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 10000);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(second->rawHeader("Retry-After"), QByteArray("1"));
        delete first;
        delete second;
        QCOMPARE(s->asana().taskGids(project).size(), 4);
        // A 500 on a write: not made. A cut answer: made, and its external gid finds it.
        Http http(s->baseUrl());
        http.postJson(QStringLiteral("/_admin/faults"), {{"method", "POST"}, {"path", kAsana + QStringLiteral("/tasks")}, {"status", 500}});
        const Response failed = http.send("POST", kAsana + QStringLiteral("/tasks"), {}, body);
        QCOMPARE(failed.status, 500);
        QVERIFY(!aMessage(failed).isEmpty());
        QCOMPARE(s->asana().taskGids(project).size(), 4);
        http.postJson(QStringLiteral("/_admin/faults"), {{"method", "POST"}, {"path", kAsana + QStringLiteral("/tasks")}, {"truncate", true}});
        const QByteArray withExternal = json({{"data", QJsonObject{{"name", "x"}, {"projects", QJsonArray{project}}, {"external", QJsonObject{{"gid", "retry-me"}}}}}});
        const Response cut = http.send("POST", kAsana + QStringLiteral("/tasks"), {}, withExternal);
        QVERIFY(cut.error != QNetworkReply::NoError || QJsonDocument::fromJson(cut.body).isNull());
        const Response found = http.get(kAsana + QStringLiteral("/tasks/external:retry-me"));
        QCOMPARE(found.status, 200);
        QCOMPARE(s->asana().apiWrites(found.json()[QLatin1String("data")][QLatin1String("gid")].toString()).created, 1);
        // The retry a client makes without looking first: refused, still one task.
        QCOMPARE(http.send("POST", kAsana + QStringLiteral("/tasks"), {}, withExternal).status, 400);
        QCOMPARE(s->asana().taskGids(project).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSimWrites)
#include "tst_simwrites.moc"
