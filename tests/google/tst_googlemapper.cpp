// The People API mapper on recorded real responses and a person with every field Cairn asks
// for (tests/fixtures/google, see its README) and on odd-but-possible input: one row per case.
#include "Error.h"
#include "google/GoogleApi.h"
#include "google/GoogleMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cairn;

namespace {
QJsonObject fixtureBody(const QString &name)
{
    QFile f(QStringLiteral(CAIRN_SOURCE_DIR "/tests/fixtures/google/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const QByteArray text = f.readAll();
    const int body = int(text.indexOf("\n{"));
    return QJsonDocument::fromJson(body < 0 ? text : text.mid(body + 1)).object();
}

QJsonObject person(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestGoogleMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedFullPerson()
    {
        const QJsonObject page = fixtureBody(QStringLiteral("connections_partial_fetch_response_1.txt"));
        QVERIFY(page.contains(QLatin1String("nextPageToken")));
        const Contact c = google::contactFromPerson(page.value(QLatin1String("connections")).toArray().first().toObject());
        QCOMPARE(c.resourceName, QStringLiteral("people/c5170723913980391624"));
        QVERIFY(c.etag.startsWith(QLatin1Char('%')));
        QVERIFY(!c.deleted);
        QCOMPARE(c.displayName, QStringLiteral("Dr. John Jay Doe III"));
        QCOMPARE(c.givenName, QStringLiteral("John"));
        QCOMPARE(c.familyName, QStringLiteral("Doe"));
        QCOMPARE(c.emails.size(), 3);
        QCOMPARE(c.emails.first().value, QStringLiteral("john@kde.example"));
        QCOMPARE(c.phones.size(), 3);
        QCOMPARE(c.phones.first().value, QStringLiteral("666 12 34 90"));
        QCOMPARE(c.organizations.size(), 1);
        QCOMPARE(c.organizations.first().name, QStringLiteral("KDE"));
        QCOMPARE(c.organizations.first().title, QStringLiteral("Developer"));
        QCOMPARE(c.groups, QStringList{QStringLiteral("contactGroups/myContacts")});
        QCOMPARE(c.birthday, QStringLiteral("1999-11-03"));
        QCOMPARE(c.updatedAt, QDateTime::fromString(QStringLiteral("2023-02-24T16:40:20.182Z"), Qt::ISODateWithMs));
    }

    void recordedLastPageCarriesTheSyncToken()
    {
        const QJsonObject page = fixtureBody(QStringLiteral("connections_partial_fetch_response_2.txt"));
        QVERIFY(!page.value(QLatin1String("nextSyncToken")).toString().isEmpty());
        QVERIFY(!page.contains(QLatin1String("nextPageToken")));
        const Contact c = google::contactFromPerson(page.value(QLatin1String("connections")).toArray().first().toObject());
        QCOMPARE(c.displayName, QStringLiteral("Konqui"));
        QVERIFY(c.phones.isEmpty());
    }

    void recordedSingleResources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("person1") << QStringLiteral("person1.json");
        QTest::newRow("person2") << QStringLiteral("person2.json");
    }
    void recordedSingleResources()
    {
        QFETCH(QString, file);
        const Contact c = google::contactFromPerson(fixtureBody(file));
        QVERIFY(c.resourceName.startsWith(QLatin1String("people/")));
        QVERIFY(!c.displayName.isEmpty());
    }

    // person-every-field.json: every field Cairn asks for (GoogleApi::personFields), written from
    // the People API's Person reference with the subtleties of real answers: a profile's
    // default photo before the contact's own (whose `default`, false, is left out), the
    // primary e-mail not first, two sources with their update times, a domain membership.
    void personWithEveryField()
    {
        const QJsonObject person = fixtureBody(QStringLiteral("person-every-field.json"));
        for (const QString &field : google::GoogleApi::personFields().split(u','))
            QVERIFY2(person.contains(field), qPrintable(field));
        const Contact c = google::contactFromPerson(person);
        QCOMPARE(c.resourceName, QStringLiteral("people/c7396620128733592417"));
        QCOMPARE(c.etag, person.value(QLatin1String("etag")).toString());
        QVERIFY(!c.deleted);
        QCOMPARE(c.displayName, QStringLiteral("Mere Kāwhia-Lindqvist"));
        QCOMPARE(c.givenName, QStringLiteral("Mere"));
        QCOMPARE(c.familyName, QStringLiteral("Kāwhia-Lindqvist"));
        QCOMPARE(c.nickname, QStringLiteral("Mere"));
        QCOMPARE(c.birthday, QStringLiteral("1988-02-29"));
        QCOMPARE(c.note, QStringLiteral("Met at the Wellington data meetup.\nPrefers calls after 10:00."));
        QCOMPARE(c.photoUrl, QStringLiteral("https://lh3.googleusercontent.com/contacts/ALV-UjX1u7pTn0H4vF2w9k3b=s100"));
        // The primary entry first: it is the one the contact list and the exports show.
        QCOMPARE(c.emails, (QList<ContactEmail>{{QStringLiteral("mere@harbourlights.example"), QStringLiteral("work"), true},
                                                {QStringLiteral("mere.lindqvist@gmail.example"), QStringLiteral("home"), false}}));
        QCOMPARE(c.phones, (QList<ContactPhone>{{QStringLiteral("021 456 7890"), QStringLiteral("+64214567890"), QStringLiteral("mobile")},
                                                {QStringLiteral("ext. 4410"), QString(), QStringLiteral("workPager")}}));
        QCOMPARE(c.organizations, (QList<ContactOrganization>{{QStringLiteral("Harbour Lights Ltd"), QStringLiteral("Staff Engineer"), QStringLiteral("Data Platform")},
                                                              {QStringLiteral("Kiwi Freight"), QString(), QString()}}));
        QCOMPARE(c.groups, (QStringList{QStringLiteral("contactGroups/4f2a9c1e0b7d8e3a"), QStringLiteral("contactGroups/myContacts"),
                                        QStringLiteral("contactGroups/starred")}));
        QCOMPARE(c.updatedAt, QDateTime(QDate(2026, 6, 2), QTime(8, 15, 0, 250), QTimeZone::utc())); // the newer source
    }

    // Google promises no order within a list; the primary entry is put first wherever it was.
    void primaryEntriesComeFirst()
    {
        const Contact c = google::contactFromPerson(person(R"({"resourceName":"people/c1",
            "emailAddresses":[{"value":"a@x.example"},{"value":"b@x.example"},{"metadata":{"primary":true},"value":"c@x.example"}],
            "phoneNumbers":[{"value":"1"},{"metadata":{"primary":true},"value":"2"}],
            "organizations":[{"name":"Old"},{"metadata":{"primary":true},"name":"Now"}]})"));
        QCOMPARE(c.emails.at(0).value, QStringLiteral("c@x.example"));
        QCOMPARE(c.emails.at(1).value, QStringLiteral("a@x.example"));
        QCOMPARE(c.emails.at(2).value, QStringLiteral("b@x.example"));
        QCOMPARE(c.phones.at(0).value, QStringLiteral("2"));
        QCOMPARE(c.organizations.at(0).name, QStringLiteral("Now"));
        QCOMPARE(c.organizations.at(1).name, QStringLiteral("Old"));
    }

    void recordedGroups()
    {
        const QJsonArray groups = fixtureBody(QStringLiteral("contactgroup_list_fetch_full_response.txt"))
                                      .value(QLatin1String("contactGroups")).toArray();
        const ContactGroup system = google::groupFromJson(groups.at(0).toObject());
        QCOMPARE(system.resourceName, QStringLiteral("contactGroups/myContacts"));
        QCOMPARE(system.name, QStringLiteral("My Contacts")); // formattedName, what a person reads
        QCOMPARE(system.groupType, QStringLiteral("SYSTEM_CONTACT_GROUP"));
        QCOMPARE(google::groupFromJson(groups.at(1).toObject()).name, QStringLiteral("test1"));
    }

    void oddButValid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<int>("emails");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<QString>("birthday");
        QTest::newRow("tombstone") << QByteArray(R"({"resourceName":"people/c1","etag":"e","metadata":{"deleted":true}})")
                                   << QString() << 0 << true << QString();
        QTest::newRow("no names at all") << QByteArray(R"({"resourceName":"people/c2","emailAddresses":[{"value":"a@b.c"}]})")
                                         << QString() << 1 << false << QString();
        QTest::newRow("primary name not first")
            << QByteArray(R"({"resourceName":"people/c3","names":[{"displayName":"Alias"},{"metadata":{"primary":true},"displayName":"Real"}]})")
            << QStringLiteral("Real") << 0 << false << QString();
        QTest::newRow("empty email skipped") << QByteArray(R"({"resourceName":"people/c4","emailAddresses":[{"value":""},{"value":"x@y.z"}]})")
                                             << QString() << 1 << false << QString();
        QTest::newRow("birthday without year") << QByteArray(R"({"resourceName":"people/c5","birthdays":[{"date":{"month":2,"day":29}}]})")
                                               << QString() << 0 << false << QStringLiteral("--02-29");
        QTest::newRow("birthday as text") << QByteArray(R"({"resourceName":"people/c6","birthdays":[{"text":"spring 1970"}]})")
                                          << QString() << 0 << false << QStringLiteral("spring 1970");
        QTest::newRow("scripts and emoji") << QByteArray(R"({"resourceName":"people/c7","names":[{"displayName":"Zoë 山田 Σωκράτης 🙂"}]})")
                                           << QStringLiteral("Zoë 山田 Σωκράτης 🙂") << 0 << false << QString();
        QTest::newRow("unknown fields ignored") << QByteArray(R"({"resourceName":"people/c8","futureField":{"x":[1,2]},"names":[{"displayName":"N"}]})")
                                                << QStringLiteral("N") << 0 << false << QString();
        QTest::newRow("null optional parts") << QByteArray(R"({"resourceName":"people/c9","names":null,"emailAddresses":null})")
                                             << QString() << 0 << false << QString();
    }
    void oddButValid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, displayName);
        QFETCH(int, emails);
        QFETCH(bool, deleted);
        QFETCH(QString, birthday);
        const Contact c = google::contactFromPerson(person(json.constData()));
        QCOMPARE(c.displayName, displayName);
        QCOMPARE(c.emails.size(), emails);
        QCOMPARE(c.deleted, deleted);
        QCOMPARE(c.birthday, birthday);
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no resourceName") << QByteArray(R"({"etag":"x"})") << QStringLiteral("resourceName");
        QTest::newRow("resourceName a number") << QByteArray(R"({"resourceName":42})") << QStringLiteral("resourceName");
        QTest::newRow("names an object") << QByteArray(R"({"resourceName":"people/c1","names":{"displayName":"x"}})") << QStringLiteral("names");
        QTest::newRow("email value a list") << QByteArray(R"({"resourceName":"people/c1","emailAddresses":[{"value":["a"]}]})") << QStringLiteral("value");
        QTest::newRow("deleted a string") << QByteArray(R"({"resourceName":"people/c1","metadata":{"deleted":"yes"}})") << QStringLiteral("deleted");
        QTest::newRow("phone entry a string") << QByteArray(R"({"resourceName":"people/c1","phoneNumbers":["123"]})") << QStringLiteral("phoneNumbers");
    }
    void wrongTypesAreErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        try {
            google::contactFromPerson(person(json.constData()));
            QFAIL("accepted a wrongly typed person");
        } catch (const Error &e) {
            QCOMPARE(e.kind, Error::Kind::BadResponse);
            QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
            QVERIFY(!e.message.contains(QLatin1Char('\n')));
        }
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("expired 400") << 400
            << QByteArray(R"({"error":{"code":400,"message":"Sync token is expired.","status":"FAILED_PRECONDITION","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"EXPIRED_SYNC_TOKEN"}]}})")
            << int(Error::Kind::Expired);
        QTest::newRow("expired 410") << 410
            << QByteArray(R"({"error":{"code":410,"message":"gone","details":[{"reason":"EXPIRED_SYNC_TOKEN"}]}})")
            << int(Error::Kind::Expired);
        QTest::newRow("plain 400") << 400 << QByteArray(R"({"error":{"code":400,"message":"bad","status":"INVALID_ARGUMENT"}})")
                                   << int(Error::Kind::Http);
        QTest::newRow("401") << 401 << QByteArray(R"({"error":{"code":401,"status":"UNAUTHENTICATED"}})") << int(Error::Kind::Auth);
        QTest::newRow("html body") << 502 << QByteArray("<html>Bad gateway</html>") << int(Error::Kind::Http);
        QTest::newRow("empty body") << 404 << QByteArray() << int(Error::Kind::Http);
    }
    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        HttpResponse r;
        r.status = status;
        r.body = body;
        const Error e = google::errorFromResponse(r);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGoogleMapper)
#include "tst_googlemapper.moc"
