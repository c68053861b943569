// The outbox (issue 22) on a real SQLite file through the store's writer thread: a change is
// kept only with the transaction that applies it, its states move only as the sender may move
// them, an item's changes go out in order (a conflict holds back the ones after it), a create's
// id from the service follows to the item's later changes, what a stopped process left
// "sending" is still there, "sending", after a restart, and a conflict is resolved field by
// field (keep mine: the service's value becomes the base; take theirs: the field leaves the
// change and the cache shows the service's value; the change goes when no field is left).
#include "asana/AsanaRepo.h"
#include "Database.h"
#include "Error.h"
#include "Outbox.h"
#include "SendOutbox.h"
#include "Sql.h"
#include "StoreWriter.h"
#include "WriterTransaction.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace cairn;
using cairn::test::write;

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-07T06:00:00Z"), Qt::ISODate);

OutboxChange change(const QString &item, const QJsonObject &fields, const QString &action = QStringLiteral("edit"))
{
    OutboxChange c;
    c.source = QStringLiteral("src");
    c.account = QStringLiteral("default");
    c.action = action;
    c.item = item;
    c.fields = fields;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.base.insert(it.key(), QStringLiteral("old ") + it.key());
    c.baseVersion = QStringLiteral("etag-1");
    return c;
}


QList<qint64> ids(const QList<OutboxChange> &changes)
{
    QList<qint64> out;
    for (const OutboxChange &c : changes)
        out << c.id;
    return out;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("outbox%1.sqlite").arg(++m_n)); }

private Q_SLOTS:
    void keptOnlyWithItsTransaction()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        // The transaction that applies the change fails after adding it: nothing stays.
        auto failing = w.transact([](QSqlDatabase &db) {
            OutboxChange c = change(QStringLiteral("people/c1"), {{QStringLiteral("name"), QStringLiteral("Ada")}});
            OutboxRepo::add(db, c, kNow);
            throw Error(Error::Kind::Store, QStringLiteral("the cache could not take the change"));
        });
        QVERIFY_THROWS_EXCEPTION(Error, failing.waitForFinished());
        QVERIFY(write(w, [](QSqlDatabase &db) { return OutboxRepo::list(db); }).isEmpty());

        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("Ada Lovelace ✓ \u0000 \U0001F600")},
                                 {QStringLiteral("emails"), QJsonArray{QStringLiteral("ada@example.org")}},
                                 {QStringLiteral("due_on"), QJsonValue::Null}};
        const OutboxChange added = write(w, [fields](QSqlDatabase &db) {
            OutboxChange c = change(QStringLiteral("people/c1"), fields);
            OutboxRepo::add(db, c, kNow);
            return c;
        });
        QVERIFY(added.id > 0);
        QCOMPARE(added.state, OutboxState::Pending);
        QVERIFY(!QUuid::fromString(added.clientId).isNull());
        const std::optional<OutboxChange> read = write(w, [&added](QSqlDatabase &db) { return OutboxRepo::get(db, added.id); });
        QVERIFY(read);
        QCOMPARE(read->fields, fields);
        QCOMPARE(read->base.value(QLatin1String("name")).toString(), QStringLiteral("old name"));
        QCOMPARE(read->baseVersion, QStringLiteral("etag-1"));
        QCOMPARE(read->createdAt, kNow);
        QCOMPARE(read->clientId, added.clientId);
    }

    void statesMoveAsTheSenderMayMoveThem()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        write(w, [](QSqlDatabase &db) {
            OutboxChange c = change(QStringLiteral("t1"), {{QStringLiteral("completed"), true}});
            const qint64 id = OutboxRepo::add(db, c, kNow);
            // Not sent yet: it cannot be done, in conflict or failed.
            QVERIFY(!OutboxRepo::markDone(db, id, {}, kNow));
            QVERIFY(!OutboxRepo::markConflict(db, id, {}, kNow));
            QVERIFY(!OutboxRepo::markFailed(db, id, QStringLiteral("x"), kNow));
            QVERIFY(!OutboxRepo::retry(db, id, kNow));
            QVERIFY(OutboxRepo::markSending(db, id, kNow));
            QVERIFY(OutboxRepo::markSending(db, id, kNow.addSecs(5))); // sent again after a restart
            QCOMPARE(OutboxRepo::get(db, id)->attempts, 2);
            QVERIFY(!OutboxRepo::discard(db, id)); // being sent: it may have reached the service
            const QJsonObject theirs{{QStringLiteral("completed"), false}};
            QVERIFY(OutboxRepo::markConflict(db, id, theirs, kNow.addSecs(6)));
            QCOMPARE(OutboxRepo::get(db, id)->theirs, theirs);
            QCOMPARE(OutboxRepo::get(db, id)->updatedAt, kNow.addSecs(6));
            // Kept as mine: what the service has now is the base it goes over.
            QVERIFY(OutboxRepo::retry(db, id, kNow));
            const OutboxChange again = *OutboxRepo::get(db, id);
            QCOMPARE(again.state, OutboxState::Pending);
            QCOMPARE(again.base, theirs);
            QCOMPARE(again.fields, (QJsonObject{{QStringLiteral("completed"), true}}));
            QVERIFY(again.theirs.isEmpty());
            QVERIFY(OutboxRepo::markSending(db, id, kNow));
            QVERIFY(OutboxRepo::markFailed(db, id, QStringLiteral("400: due_on is not a date"), kNow));
            QCOMPARE(OutboxRepo::get(db, id)->error, QStringLiteral("400: due_on is not a date"));
            QVERIFY(OutboxRepo::retry(db, id, kNow));
            QVERIFY(OutboxRepo::get(db, id)->error.isEmpty());
            QVERIFY(OutboxRepo::markSending(db, id, kNow));
            QVERIFY(OutboxRepo::markDone(db, id, {}, kNow));
            QVERIFY(!OutboxRepo::markSending(db, id, kNow)); // done stays done
            QVERIFY(!OutboxRepo::retry(db, id, kNow));
            QCOMPARE(OutboxRepo::list(db, QStringLiteral("src"), {OutboxState::Done}).size(), 1);
            QVERIFY(OutboxRepo::list(db, QStringLiteral("other")).isEmpty());
            QVERIFY(OutboxRepo::discard(db, id));
            QVERIFY(!OutboxRepo::get(db, id));
        });
    }

    void anItemsChangesGoInOrder()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        write(w, [](QSqlDatabase &db) {
            OutboxChange create = change(QString(), {{QStringLiteral("name"), QStringLiteral("New task")}}, QStringLiteral("create"));
            const qint64 c1 = OutboxRepo::add(db, create, kNow);
            QCOMPARE(create.item, create.clientId); // named by the service when done
            OutboxChange rename = change(create.item, {{QStringLiteral("name"), QStringLiteral("Renamed")}});
            const qint64 c2 = OutboxRepo::add(db, rename, kNow);
            OutboxChange other = change(QStringLiteral("t9"), {{QStringLiteral("notes"), QStringLiteral("n")}});
            const qint64 o1 = OutboxRepo::add(db, other, kNow);
            OutboxChange other2 = change(QStringLiteral("t9"), {{QStringLiteral("due_on"), QStringLiteral("2026-12-24")}});
            const qint64 o2 = OutboxRepo::add(db, other2, kNow);
            OutboxChange elsewhere = change(QStringLiteral("t9"), {{QStringLiteral("notes"), QStringLiteral("n")}});
            elsewhere.account = QStringLiteral("work");
            const qint64 e1 = OutboxRepo::add(db, elsewhere, kNow);

            // Of each item its oldest change; another account's are its own.
            QCOMPARE(ids(OutboxRepo::sendable(db, QStringLiteral("src"), QStringLiteral("default"))), (QList<qint64>{c1, o1}));
            QCOMPARE(ids(OutboxRepo::sendable(db, QStringLiteral("src"), QStringLiteral("work"))), (QList<qint64>{e1}));
            QCOMPARE(ids(OutboxRepo::openFor(db, QStringLiteral("src"), QStringLiteral("default"), QStringLiteral("t9"))), (QList<qint64>{o1, o2}));

            // The create is done: the service's id follows to the rename, which goes next.
            QVERIFY(OutboxRepo::markSending(db, c1, kNow));
            QVERIFY(OutboxRepo::markDone(db, c1, QStringLiteral("1208000000000001"), kNow));
            QCOMPARE(OutboxRepo::get(db, c2)->item, QStringLiteral("1208000000000001"));
            // A conflict holds back the item's later change until it is resolved.
            QVERIFY(OutboxRepo::markSending(db, o1, kNow));
            QVERIFY(OutboxRepo::markConflict(db, o1, {{QStringLiteral("notes"), QStringLiteral("theirs")}}, kNow));
            QCOMPARE(ids(OutboxRepo::sendable(db, QStringLiteral("src"), QStringLiteral("default"))), (QList<qint64>{c2}));
            QVERIFY(OutboxRepo::discard(db, o1));
            QCOMPARE(ids(OutboxRepo::sendable(db, QStringLiteral("src"), QStringLiteral("default"))), (QList<qint64>{c2, o2}));
            // The client id is each change's own.
            OutboxChange twice = change(QStringLiteral("t3"), {});
            twice.clientId = create.clientId;
            QVERIFY_THROWS_EXCEPTION(Error, OutboxRepo::add(db, twice, kNow));
        });
    }

    void aConflictIsResolvedFieldByField()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        write(w, [](QSqlDatabase &db) {
            OutboxChange c = change(QStringLiteral("t1"), {{QStringLiteral("name"), QStringLiteral("Mine")},
                                                           {QStringLiteral("notes"), QStringLiteral("My notes")},
                                                           {QStringLiteral("due_on"), QStringLiteral("2026-12-24")}});
            const qint64 id = OutboxRepo::add(db, c, kNow);
            QVERIFY(!OutboxRepo::resolveField(db, id, QStringLiteral("name"), true, kNow)); // not in conflict
            QVERIFY(OutboxRepo::markSending(db, id, kNow));
            QVERIFY(OutboxRepo::markConflict(db, id, {{QStringLiteral("name"), QStringLiteral("Theirs")},
                                                      {QStringLiteral("notes"), QStringLiteral("Their notes")}}, kNow));
            QVERIFY(!OutboxRepo::resolveField(db, id, QStringLiteral("due_on"), true, kNow)); // not one of its conflicts

            // Mine kept for the name: still in conflict over the notes, the name goes over theirs.
            QVERIFY(OutboxRepo::resolveField(db, id, QStringLiteral("name"), true, kNow.addSecs(1)));
            OutboxChange now = *OutboxRepo::get(db, id);
            QCOMPARE(now.state, OutboxState::Conflict);
            QCOMPARE(now.base.value(QLatin1String("name")).toString(), QStringLiteral("Theirs"));
            QCOMPARE(now.fields.value(QLatin1String("name")).toString(), QStringLiteral("Mine"));
            QCOMPARE(now.theirs, (QJsonObject{{QStringLiteral("notes"), QStringLiteral("Their notes")}}));
            QCOMPARE(ids(OutboxRepo::sendable(db, QStringLiteral("src"), QStringLiteral("default"))), QList<qint64>());

            // Theirs taken for the notes: they leave the change, which is pending again.
            QVERIFY(OutboxRepo::resolveField(db, id, QStringLiteral("notes"), false, kNow.addSecs(2)));
            now = *OutboxRepo::get(db, id);
            QCOMPARE(now.state, OutboxState::Pending);
            QCOMPARE(now.fields, (QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")}, {QStringLiteral("due_on"), QStringLiteral("2026-12-24")}}));
            QVERIFY(!now.base.contains(QLatin1String("notes")));
            QVERIFY(now.theirs.isEmpty());
            QCOMPARE(now.updatedAt, kNow.addSecs(2));
            QCOMPARE(ids(OutboxRepo::sendable(db, QStringLiteral("src"), QStringLiteral("default"))), QList<qint64>{id});
            QCOMPARE(OutboxRepo::openItems(db, QStringLiteral("src")).value({QStringLiteral("default"), QStringLiteral("t1")}), OutboxState::Pending);

            // The last field is not dropped by itself: the change is discarded instead.
            OutboxChange one = change(QStringLiteral("t2"), {{QStringLiteral("name"), QStringLiteral("Mine")}});
            const qint64 single = OutboxRepo::add(db, one, kNow);
            QVERIFY(OutboxRepo::markSending(db, single, kNow));
            QVERIFY(OutboxRepo::markConflict(db, single, {{QStringLiteral("name"), QStringLiteral("Theirs")}}, kNow));
            QVERIFY(!OutboxRepo::resolveField(db, single, QStringLiteral("name"), false, kNow));
            QCOMPARE(OutboxRepo::get(db, single)->state, OutboxState::Conflict);
            // The list marks the item by what most needs the person.
            OutboxChange later = change(QStringLiteral("t2"), {{QStringLiteral("notes"), QStringLiteral("n")}});
            OutboxRepo::add(db, later, kNow);
            QCOMPARE(OutboxRepo::openItems(db, QStringLiteral("src")).value({QStringLiteral("default"), QStringLiteral("t2")}), OutboxState::Conflict);
            QVERIFY(!OutboxRepo::openItems(db, QStringLiteral("src")).contains({QStringLiteral("default"), QStringLiteral("t3")}));
        });
    }

    // The same through the engine on an Asana cache: what the cache shows after each click.
    void resolvingShowsTheChosenValuesInTheCache()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        const QString account = QStringLiteral("default");
        const auto cached = [account](QSqlDatabase &db, const QString &gid) {
            for (const AsanaTask &t : AsanaRepo::tasks(db, account))
                if (t.gid == gid)
                    return t;
            return AsanaTask();
        };
        write(w, [&](QSqlDatabase &db) {
            AsanaProject p;
            p.gid = QStringLiteral("p1");
            p.name = QStringLiteral("Launch");
            AsanaRepo::applyProjects(db, account, {p}, 0, kNow);
            QList<AsanaTask> tasks;
            for (const char *gid : {"t1", "t2"}) {
                AsanaTask t;
                t.gid = QString::fromLatin1(gid);
                t.name = QStringLiteral("Old name");
                t.notes = QStringLiteral("Old notes");
                t.modifiedAt = kNow;
                AsanaMembership m;
                m.projectGid = QStringLiteral("p1");
                m.projectName = QStringLiteral("Launch");
                t.memberships = {m};
                tasks << t;
            }
            AsanaRepo::applyTasks(db, account, tasks, QStringLiteral("p1"), 0, kNow);
        });
        const auto conflict = [&](const QString &gid, const QJsonObject &fields, const QJsonObject &theirs) {
            return write(w, [=](QSqlDatabase &db) {
                const OutboxChange c = queueChange(db, QStringLiteral("asana"), account, QStringLiteral("edit"), gid, fields, kNow);
                OutboxRepo::markSending(db, c.id, kNow);
                OutboxRepo::markConflict(db, c.id, theirs, kNow);
                return c.id;
            });
        };
        // Two fields, one in conflict: theirs taken for it, mine of the other still goes.
        const qint64 both = conflict(QStringLiteral("t1"), {{QStringLiteral("name"), QStringLiteral("Mine")}, {QStringLiteral("notes"), QStringLiteral("My notes")}},
                                     {{QStringLiteral("name"), QStringLiteral("Theirs")}});
        QCOMPARE(write(w, [=](QSqlDatabase &db) { return cached(db, QStringLiteral("t1")).name; }), QStringLiteral("Mine"));
        QVERIFY(!write(w, [=](QSqlDatabase &db) { return resolveConflict(db, both, QStringLiteral("notes"), Resolution::TakeTheirs, kNow); }));
        QVERIFY(write(w, [=](QSqlDatabase &db) { return resolveConflict(db, both, QStringLiteral("name"), Resolution::TakeTheirs, kNow); }));
        AsanaTask t1 = write(w, [=](QSqlDatabase &db) { return cached(db, QStringLiteral("t1")); });
        QCOMPARE(t1.name, QStringLiteral("Theirs"));
        QCOMPARE(t1.notes, QStringLiteral("My notes"));
        OutboxChange left = *write(w, [=](QSqlDatabase &db) { return OutboxRepo::get(db, both); });
        QCOMPARE(left.state, OutboxState::Pending);
        QCOMPARE(left.fields, (QJsonObject{{QStringLiteral("notes"), QStringLiteral("My notes")}}));

        // One field, theirs taken: the change is gone, the cache shows theirs.
        const qint64 one = conflict(QStringLiteral("t2"), {{QStringLiteral("name"), QStringLiteral("Mine")}}, {{QStringLiteral("name"), QStringLiteral("Theirs")}});
        QVERIFY(write(w, [=](QSqlDatabase &db) { return resolveConflict(db, one, QString(), Resolution::TakeTheirs, kNow); }));
        QVERIFY(!write(w, [=](QSqlDatabase &db) { return OutboxRepo::get(db, one); }));
        QCOMPARE(write(w, [=](QSqlDatabase &db) { return cached(db, QStringLiteral("t2")).name; }), QStringLiteral("Theirs"));

        // Mine kept for every field: pending over theirs, the cache still shows mine.
        const qint64 keep = conflict(QStringLiteral("t2"), {{QStringLiteral("name"), QStringLiteral("Mine again")}}, {{QStringLiteral("name"), QStringLiteral("Theirs 2")}});
        QVERIFY(write(w, [=](QSqlDatabase &db) { return resolveConflict(db, keep, QString(), Resolution::KeepMine, kNow); }));
        left = *write(w, [=](QSqlDatabase &db) { return OutboxRepo::get(db, keep); });
        QCOMPARE(left.state, OutboxState::Pending);
        QCOMPARE(left.base.value(QLatin1String("name")).toString(), QStringLiteral("Theirs 2"));
        QCOMPARE(write(w, [=](QSqlDatabase &db) { return cached(db, QStringLiteral("t2")).name; }), QStringLiteral("Mine again"));
        QVERIFY(!write(w, [=](QSqlDatabase &db) { return resolveConflict(db, keep, QString(), Resolution::KeepMine, kNow); })); // no longer in conflict
    }

    void sendingSurvivesARestart()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            StoreWriter w(path);
            w.open().waitForFinished();
            id = write(w, [](QSqlDatabase &db) {
                OutboxChange c = change(QStringLiteral("people/c7"), {{QStringLiteral("name"), QStringLiteral("Grace")}});
                const qint64 added = OutboxRepo::add(db, c, kNow);
                OutboxRepo::markSending(db, added, kNow);
                return added;
            });
        } // the process stops here, before the service's answer is recorded
        StoreWriter again(path);
        again.open().waitForFinished();
        const QList<OutboxChange> left = write(again, [](QSqlDatabase &db) { return OutboxRepo::sendable(db, QStringLiteral("src"), QStringLiteral("default")); });
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, id);
        QCOMPARE(left.first().state, OutboxState::Sending); // its sender asks the service before sending again
        QCOMPARE(left.first().attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
