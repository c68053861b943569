// Writing back to Google Contacts (issue 22) from the command line: the real `cairn` against a
// `cairn-sim` process. Read-only until `google.write` is on; an edit shows in the cache at once
// and lands with the next sync, once, over the etag just read, without counting as a remote
// change, and without losing what the cache does not keep (a middle name, an e-mail's type); a
// field Google changed too is a conflict (`outbox retry` keeps mine), one changed only on one
// side merges; a delete and a group membership land; a create whose answer was lost is found by
// its clientData instead of being made twice.
#include "Database.h"
#include "CliWrites.h"
#include "JsonSchema.h"
#include "ProcessHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using cairn::test::ProcessHarness;

namespace {
QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

QJsonArray truthContacts(const ProcessHarness &h)
{
    return h.admin("GET", QStringLiteral("/_admin/truth/google")).value(QLatin1String("contacts")).toArray();
}

QJsonObject truthContact(const ProcessHarness &h, const QString &name)
{
    for (const QJsonValue &c : truthContacts(h))
        if (c[QLatin1String("resourceName")].toString() == name)
            return c.toObject();
    return {};
}

QJsonArray outbox(const ProcessHarness &h)
{
    return cairn::test::outboxOf(h);
}

// The cached contact as `cairn export` has it ({} when not cached or deleted).
QJsonObject cachedContact(const ProcessHarness &h, const QString &name)
{
    return cairn::test::cachedItem(h, QStringLiteral("google"), name);
}

QStringList values(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out << v[QLatin1String("value")].toString();
    return out;
}

QJsonObject writesTo(const ProcessHarness &h, const QString &name)
{
    return cairn::test::apiWritesTo(h, QStringLiteral("google"), name);
}

// Another client's edit of `name` on Google (a person in Google Contacts): `fields` over the
// person as it is now.
void theirEdit(const ProcessHarness &h, const QString &name, const QString &personField, const QJsonArray &value)
{
    const QJsonObject now = h.api("GET", QStringLiteral("/google/v1/%1?personFields=names").arg(name));
    const QJsonObject put = h.api("PATCH", QStringLiteral("/google/v1/%1:updateContact?updatePersonFields=%2").arg(name, personField),
                                  {{QStringLiteral("etag"), now[QLatin1String("etag")]}, {personField, value}});
    QVERIFY2(put.contains(QLatin1String("etag")), QJsonDocument(put).toJson().constData());
}

QStringList edit(const QString &name, const QStringList &fields)
{
    return QStringList{QStringLiteral("edit"), QStringLiteral("google"), name} + fields;
}
} // namespace

class TestGoogleWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsLandOnceAndConflictsWait()
    {
        ProcessHarness h(args("--contacts 3 --seed 3"));
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        const QJsonArray truth = truthContacts(h);
        const QString ada = truth.at(0)[QLatin1String("resourceName")].toString();
        const QString other = truth.at(1)[QLatin1String("resourceName")].toString();
        const QString gone = truth.at(2)[QLatin1String("resourceName")].toString();
        // What the cache does not keep, and an update must not lose: a middle name, an e-mail's type.
        const QJsonObject before = h.api("GET", QStringLiteral("/google/v1/%1?personFields=names,emailAddresses").arg(ada));
        QJsonObject name = before[QLatin1String("names")].toArray().at(0).toObject();
        name.insert(QStringLiteral("middleName"), QStringLiteral("Byron"));
        h.api("PATCH", QStringLiteral("/google/v1/%1:updateContact?updatePersonFields=names,emailAddresses").arg(ada),
              {{QStringLiteral("etag"), before[QLatin1String("etag")]},
               {QStringLiteral("names"), QJsonArray{name}},
               {QStringLiteral("emailAddresses"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("ada@work.example")},
                                                                         {QStringLiteral("type"), QStringLiteral("work")}}}}});
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        const int theirUpdates = writesTo(h, ada)[QLatin1String("updated")].toInt();

        // Read-only by default: refused in one line, nothing queued.
        const auto refused = h.cairn(edit(ada, {QStringLiteral("note=Hello")}));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("cairn config set google.write true") && refused.err.count('\n') == 1, refused.err.constData());
        QCOMPARE(outbox(h).size(), 0);
        QCOMPARE(h.cairn(args("config set google.write true")).exitCode, 0);

        // Bad input: one line each, nothing queued.
        for (const QString &bad : {QStringLiteral("birthday=24.12.1815"), QStringLiteral("colour=red"), QStringLiteral("birthday=--13-40")}) {
            const auto r = h.cairn(edit(ada, {bad}));
            QVERIFY2(r.exitCode != 0 && r.err.count('\n') == 1, r.err.constData());
        }
        QVERIFY(h.cairn(edit(QStringLiteral("people/c999"), {QStringLiteral("note=x")})).exitCode != 0);
        QVERIFY(h.cairn(args("create google note=nameless")).exitCode != 0);
        QCOMPARE(outbox(h).size(), 0);

        // An edit: in the cache at once, marked pending; on Google after the next sync, once.
        const auto queued = h.cairn(edit(ada, {QStringLiteral("name=Ada Lovelace"), QStringLiteral("email=ada@example.org"),
                                               QStringLiteral("phones=+44 20 7946 0000"), QStringLiteral("birthday=1815-12-10"),
                                               QStringLiteral("note=Wrote the first program"), QStringLiteral("--json")}));
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
        QCOMPARE(queued.json()[QLatin1String("state")].toString(), QStringLiteral("pending"));
        QJsonObject shown = cachedContact(h, ada);
        QCOMPARE(shown[QLatin1String("givenName")].toString(), QStringLiteral("Ada"));
        QCOMPARE(shown[QLatin1String("familyName")].toString(), QStringLiteral("Lovelace"));
        QCOMPARE(values(shown[QLatin1String("emails")]), QStringList{QStringLiteral("ada@example.org")});
        const auto found = h.cairn(args("search Lovelace --source google --json"));
        QVERIFY2(found.out.contains(ada.toUtf8()), found.out.constData());
        QVERIFY(truthContact(h, ada)[QLatin1String("familyName")].toString() != QLatin1String("Lovelace")); // not sent yet
        const QJsonObject sync = h.cairn(args("sync --source google --json")).json()[QLatin1String("google")].toObject();
        QCOMPARE(sync[QLatin1String("status")].toString(), QStringLiteral("ok"));
        QCOMPARE(sync[QLatin1String("sent")].toInt(), 1);
        QCOMPARE(sync[QLatin1String("updated")].toInt(), 0); // Cairn's own write is not news
        QJsonObject now = truthContact(h, ada);
        QCOMPARE(now[QLatin1String("givenName")].toString(), QStringLiteral("Ada"));
        QCOMPARE(now[QLatin1String("familyName")].toString(), QStringLiteral("Lovelace"));
        QCOMPARE(now[QLatin1String("middleName")].toString(), QStringLiteral("Byron")); // kept
        QCOMPARE(values(now[QLatin1String("emails")]), QStringList{QStringLiteral("ada@example.org")});
        QCOMPARE(values(now[QLatin1String("phones")]), QStringList{QStringLiteral("+44 20 7946 0000")});
        QCOMPARE(now[QLatin1String("biography")].toString(), QStringLiteral("Wrote the first program"));
        QCOMPARE(writesTo(h, ada)[QLatin1String("updated")].toInt(), theirUpdates + 1);
        QCOMPARE(outbox(h).size(), 0);
        QCOMPARE(cachedContact(h, ada)[QLatin1String("etag")], now[QLatin1String("etag")]);
        QCOMPARE(cachedContact(h, ada)[QLatin1String("birthday")].toString(), QStringLiteral("1815-12-10"));

        // A second e-mail keeps the first one's type.
        QCOMPARE(h.cairn(edit(ada, {QStringLiteral("emails=ada@work.example,ada@example.org")})).exitCode, 0);
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QCOMPARE(values(truthContact(h, ada)[QLatin1String("emails")]), (QStringList{QStringLiteral("ada@work.example"), QStringLiteral("ada@example.org")}));

        // The same field changed on Google meanwhile: a conflict, both values kept…
        QCOMPARE(h.cairn(edit(ada, {QStringLiteral("note=Mine")})).exitCode, 0);
        theirEdit(h, ada, QStringLiteral("biographies"), {QJsonObject{{QStringLiteral("value"), QStringLiteral("Theirs")}}});
        // …and a field only Google changed, next to one only Cairn changed: they merge.
        QCOMPARE(h.cairn(edit(other, {QStringLiteral("organization=Analytical Engines Ltd")})).exitCode, 0);
        theirEdit(h, other, QStringLiteral("nicknames"), {QJsonObject{{QStringLiteral("value"), QStringLiteral("Their nickname")}}});
        const QJsonObject secondRun = h.cairn(args("sync --source google --json")).json();
        const QStringList problems = cairn::test::validateCliJson(QStringLiteral("sync"), secondRun, false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QJsonObject second = secondRun[QLatin1String("google")].toObject();
        QCOMPARE(second[QLatin1String("conflicts")].toInt(), 1);
        QCOMPARE(second[QLatin1String("sent")].toInt(), 1);
        QCOMPARE(truthContact(h, other)[QLatin1String("organizations")].toArray().at(0)[QLatin1String("name")].toString(),
                 QStringLiteral("Analytical Engines Ltd"));
        QCOMPARE(truthContact(h, ada)[QLatin1String("biography")].toString(), QStringLiteral("Theirs"));
        const QJsonArray waiting = outbox(h);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0][QLatin1String("state")].toString(), QStringLiteral("conflict"));
        QCOMPARE(waiting[0][QLatin1String("theirs")][QLatin1String("note")].toString(), QStringLiteral("Theirs"));
        QCOMPARE(cachedContact(h, ada)[QLatin1String("note")].toString(), QStringLiteral("Mine")); // still shown as mine
        // Kept as mine: sent over theirs with the next sync.
        const QString id = QString::number(waiting[0][QLatin1String("id")].toInteger());
        QCOMPARE(h.cairn({QStringLiteral("outbox"), QStringLiteral("retry"), id}).exitCode, 0);
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QCOMPARE(truthContact(h, ada)[QLatin1String("biography")].toString(), QStringLiteral("Mine"));
        QCOMPARE(outbox(h).size(), 0);

        // Contact groups: into a group of the person's, out of it again.
        const QString group = h.admin("POST", QStringLiteral("/_admin/google/mutate"), {{QStringLiteral("op"), QStringLiteral("add_group")},
                                                                                        {QStringLiteral("name"), QStringLiteral("Mathematicians")}})
                                  [QLatin1String("changed")].toArray().at(0).toString();
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QCOMPARE(h.cairn(edit(ada, {QStringLiteral("groups=myContacts,") + group})).exitCode, 0);
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QStringList groups;
        for (const QJsonValue &g : truthContact(h, ada)[QLatin1String("groups")].toArray())
            groups << g.toString();
        groups.sort();
        QCOMPARE(groups, (QStringList{group, QStringLiteral("contactGroups/myContacts")}));

        // Discarded before it was sent: the cache shows Google's value again, Google is untouched.
        const int updates = writesTo(h, other)[QLatin1String("updated")].toInt();
        const auto discarded = h.cairn(edit(other, {QStringLiteral("nickname=Never sent"), QStringLiteral("--json")}));
        QCOMPARE(cachedContact(h, other)[QLatin1String("nickname")].toString(), QStringLiteral("Never sent"));
        QCOMPARE(h.cairn({QStringLiteral("outbox"), QStringLiteral("discard"), QString::number(discarded.json()[QLatin1String("id")].toInteger())}).exitCode, 0);
        QCOMPARE(cachedContact(h, other)[QLatin1String("nickname")].toString(), QStringLiteral("Their nickname"));

        // A delete: gone from the cache at once, from Google with the next sync.
        QCOMPARE(h.cairn({QStringLiteral("delete"), QStringLiteral("google"), gone}).exitCode, 0);
        QVERIFY(cachedContact(h, gone).isEmpty());
        // Switched off again: the queued change waits, and nothing is written.
        QCOMPARE(h.cairn(args("config set google.write false")).exitCode, 0);
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QCOMPARE(writesTo(h, other)[QLatin1String("updated")].toInt(), updates);
        QCOMPARE(truthContact(h, gone)[QLatin1String("deleted")].toBool(), false);
        QCOMPARE(outbox(h).size(), 1);
        QVERIFY(cachedContact(h, gone).isEmpty()); // still shown as I left it
        QCOMPARE(h.cairn(args("config set google.write true")).exitCode, 0);
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QCOMPARE(truthContact(h, gone)[QLatin1String("deleted")].toBool(), true);
        QCOMPARE(writesTo(h, gone)[QLatin1String("deleted")].toInt(), 1);
        QCOMPARE(outbox(h).size(), 0);
    }

    // The create reached Google and the process stopped before it recorded the answer (the
    // change left "sending"): the next sync finds the contact by the change's clientData and
    // makes no second one.
    void aCreateWhoseAnswerIsLostIsMadeOnce()
    {
        ProcessHarness h(args("--contacts 2 --seed 5"));
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QCOMPARE(h.cairn(args("config set google.write true")).exitCode, 0);
        const auto created = h.cairn({QStringLiteral("create"), QStringLiteral("google"), QStringLiteral("name=Grace Hopper"),
                                      QStringLiteral("email=grace@example.org"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString client = created.json()[QLatin1String("item")].toString();
        QCOMPARE(cachedContact(h, client)[QLatin1String("familyName")].toString(), QStringLiteral("Hopper")); // shown at once

        // What Cairn's first sending did on Google…
        const QJsonObject arrived = h.api("POST", QStringLiteral("/google/v1/people:createContact"),
                                          {{QStringLiteral("names"), QJsonArray{QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Grace")},
                                                                                            {QStringLiteral("familyName"), QStringLiteral("Hopper")}}}},
                                           {QStringLiteral("clientData"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("cairn.change")},
                                                                                                {QStringLiteral("value"), client}}}}});
        const QString name = arrived[QLatin1String("resourceName")].toString();
        QVERIFY2(!name.isEmpty(), QJsonDocument(arrived).toJson().constData());
        // …and what the stopped process left in the outbox.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outbox"));
            db.setDatabaseName(cairn::Database::fileIn(h.dataDir()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state='sending', attempts=1")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outbox"));
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        int named = 0;
        for (const QJsonValue &c : truthContacts(h))
            named += c[QLatin1String("familyName")].toString() == QLatin1String("Hopper") && !c[QLatin1String("deleted")].toBool();
        QCOMPARE(named, 1);
        QCOMPARE(writesTo(h, name)[QLatin1String("created")].toInt(), 1); // the first sending's, no other
        QCOMPARE(cachedContact(h, name)[QLatin1String("familyName")].toString(), QStringLiteral("Hopper"));
        QVERIFY(cachedContact(h, client).isEmpty()); // the stand-in is gone
        QCOMPARE(outbox(h).size(), 0);

        // A create sent for the first time: made once, named by Google.
        QCOMPARE(h.cairn({QStringLiteral("create"), QStringLiteral("google"), QStringLiteral("name=Alan Turing"),
                          QStringLiteral("organization=NPL")}).exitCode, 0);
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        named = 0;
        for (const QJsonValue &c : truthContacts(h))
            named += c[QLatin1String("familyName")].toString() == QLatin1String("Turing");
        QCOMPARE(named, 1);
        QCOMPARE(outbox(h).size(), 0);
    }

    // kill -9 at random points of syncs that send edits, creates and deletes (before a change
    // goes, while Google answers one it has applied — `--latency` holds each answer 100–250 ms
    // after the write —, during the listing after): after a run that is not killed, each change
    // is applied once and the cache equals Google.
    void killedWhileSendingEachChangeLandsOnce()
    {
        ProcessHarness h(args("--contacts 30 --seed 11 --latency 1"));
        QCOMPARE(h.cairn(args("sync --source google")).exitCode, 0);
        QCOMPARE(h.cairn(args("config set google.write true")).exitCode, 0);
        const QJsonArray truth = truthContacts(h);
        QStringList edited, deleted;
        for (int i = 0; i < 6; ++i) {
            edited << truth.at(i)[QLatin1String("resourceName")].toString();
            QCOMPARE(h.cairn(edit(edited.last(), {QStringLiteral("note=Mine %1").arg(i)})).exitCode, 0);
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(h.cairn({QStringLiteral("create"), QStringLiteral("google"), QStringLiteral("name=Made Once%1").arg(i)}).exitCode, 0);
        for (int i = 6; i < 8; ++i) {
            deleted << truth.at(i)[QLatin1String("resourceName")].toString();
            QCOMPARE(h.cairn({QStringLiteral("delete"), QStringLiteral("google"), deleted.last()}).exitCode, 0);
        }
        const int kills = h.killRuns(args("sync --source google"), QStringLiteral("GET /google/v1/people/me/connections"), 0, 2500, 6);
        const int before = outbox(h).size();
        const auto clean = h.cairn(args("sync --source google --json"));
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        int again = 0; // changes sent again by a run after a killed one (it found out first)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attempts"));
            db.setDatabaseName(cairn::Database::fileIn(h.dataDir()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE attempts > 1")) && q.next());
            again = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attempts"));
        qInfo("%d of 6 runs killed; %d of 11 changes sent again after a kill, %d left for the run after", kills, again, before);
        QCOMPARE(outbox(h).size(), 0);

        for (int i = 0; i < edited.size(); ++i) {
            QCOMPARE(truthContact(h, edited[i])[QLatin1String("biography")].toString(), QStringLiteral("Mine %1").arg(i));
            QCOMPARE(writesTo(h, edited[i])[QLatin1String("updated")].toInt(), 1);
        }
        for (const QString &name : std::as_const(deleted))
            QCOMPARE(truthContact(h, name)[QLatin1String("deleted")].toBool(), true);
        const QJsonArray live = cairn::test::liveItems(truthContacts(h));
        const QMap<QString, int> made = cairn::test::countsOf(live, "familyName", QStringLiteral("Once"));
        QCOMPARE(made.size(), 3);
        for (int n : made)
            QCOMPARE(n, 1);
        // The cache is Google's: the same live contacts, each at Google's etag (no stand-in left).
        QCOMPARE(cairn::test::cachedVersions(h, QStringLiteral("google"), "etag"),
                 cairn::test::versionsOf(live, "resourceName", "etag"));
    }
};

QTEST_GUILESS_MAIN(TestGoogleWrites)
#include "tst_googlewrites.moc"
