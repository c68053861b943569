// The store on real SQLite files: migrations, page writes with their cursor, soft deletes,
// the search index, run history, hostile values.
#include "Collation.h"
#include "google/ContactsRepo.h"
#include "Database.h"
#include "Error.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "StoreWriter.h"
#include "WriterTransaction.h"
#include "SyncRunsRepo.h"
#include "SyncStateRepo.h"
#include "SchemaDump.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoroFuture>
#include <QCoroTask>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace cairn;
using cairn::test::schemaOf;
using cairn::test::write;

namespace {
Contact contact(const QString &id, const QString &name, const QString &etag = QStringLiteral("e1"))
{
    Contact c;
    c.resourceName = id;
    c.etag = etag;
    c.displayName = name;
    c.givenName = name.section(QLatin1Char(' '), 0, 0);
    c.familyName = name.section(QLatin1Char(' '), 1);
    c.emails = {{name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org"), QStringLiteral("work"), true}};
    c.phones = {{QStringLiteral("+49 30 1234"), QStringLiteral("+49301234"), QStringLiteral("mobile")}};
    c.organizations = {{QStringLiteral("Acme"), QStringLiteral("Engineer"), QStringLiteral("R&D")}};
    c.groups = {QStringLiteral("contactGroups/friends")};
    return c;
}


// The released schemas, recorded once from the code that released them (see
// tests/fixtures/store/README.md): schema-v<N>.json, what PRAGMA user_version N looked like
// (v8 with the sources' own steps: a fresh cache), and cache-v<N>.sqlite, a file that code
// left at version N.
QString storeFixture(const QString &name)
{
    return QStringLiteral(CAIRN_SOURCE_DIR "/tests/fixtures/store/") + name;
}

QJsonObject releasedSchema(int version)
{
    QFile f(storeFixture(QStringLiteral("schema-v%1.json").arg(version)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The first line where two schemas differ (QCOMPARE of two QJsonObjects shows none).
QString firstDifference(const QJsonObject &got, const QJsonObject &expected)
{
    const QStringList a = QString::fromUtf8(QJsonDocument(got).toJson()).split(u'\n');
    const QStringList b = QString::fromUtf8(QJsonDocument(expected).toJson()).split(u'\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1: got\n  %2\nexpected\n  %3").arg(i + 1).arg(a.value(i), b.value(i));
    return QString();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)); }

private Q_SLOTS:
    // The writer keeps the statements it ran prepared for the next transaction: the same SQL
    // runs again without growing their number, two alive at once keep their own rows, a
    // schema change re-prepares them, and the connection closes with none left behind.
    void writerKeepsItsStatementsPrepared()
    {
        const auto statementsOf = [](QSqlDatabase &db) {
            const QVariant h = db.driver()->handle();
            sqlite3 *handle = *static_cast<sqlite3 *const *>(h.constData());
            int n = 0;
            for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
                ++n;
            return n;
        };
        QList<QByteArray> warnings;
        static QList<QByteArray> *sink = nullptr;
        sink = &warnings;
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &m) {
            if (type != QtDebugMsg && type != QtInfoMsg)
                sink->append(m.toUtf8());
        });
        const QString path = freshPath();
        {
            StoreWriter w(path);
            w.open().waitForFinished();
            write(w, [](QSqlDatabase &db) { sql::Statement(db, QStringLiteral("CREATE TABLE t(x)")).exec(); });
            QList<int> counts;
            for (int round = 0; round < 3; ++round) {
                const QVariantList got = write(w, [round](QSqlDatabase &db) {
                    sql::Statement insert(db, QStringLiteral("INSERT INTO t(x) VALUES(?)"));
                    insert.exec({round});
                    sql::Statement outer(db, QStringLiteral("SELECT ? + 0"));
                    outer.exec({round});
                    outer.next();
                    sql::Statement inner(db, QStringLiteral("SELECT ? + 0")); // the same SQL, alive at once
                    inner.exec({round + 10});
                    inner.next();
                    return QVariantList{outer.value(0), inner.value(0)};
                });
                QCOMPARE(got, (QVariantList{qint64(round), qint64(round + 10)}));
                counts << write(w, statementsOf);
            }
            QVERIFY(counts.first() >= 3);                    // kept ...
            QCOMPARE(counts.last(), counts.first());         // ... and reused, not prepared again
            write(w, [](QSqlDatabase &db) { sql::Statement(db, QStringLiteral("ALTER TABLE t ADD COLUMN y DEFAULT 7")).exec(); });
            const QVariantList row = write(w, [](QSqlDatabase &db) {
                sql::Statement q(db, QStringLiteral("SELECT * FROM t ORDER BY x DESC"));
                q.exec();
                q.next();
                return QVariantList{q.value(0), q.value(1)};
            });
            QCOMPARE(row, (QVariantList{qint64(2), qint64(7)}));
        }
        qInstallMessageHandler(previous);
        QVERIFY2(warnings.isEmpty(), warnings.join('\n').constData());
#ifdef Q_OS_LINUX
        // Closed for real: a statement left unfinalised would keep the file open (a zombie
        // connection, sqlite3_close_v2).
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
            QVERIFY2(!fd.symLinkTarget().startsWith(canonical), qPrintable(fd.symLinkTarget()));
#endif
    }

    // Times are stored as text that sorts and compares as time; the fast formatter writes
    // exactly what Qt writes, across epochs, leap days, offsets and the edges of 1-9999.
    void timesAreStoredAsQtWritesThem()
    {
        QList<QDateTime> times{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                               QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
                               QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(1900, 2, 28), QTime(12, 0, 1, 5), Qt::UTC),
                               QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(-1, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(2026, 12, 2), QTime(1, 30), Qt::OffsetFromUTC, 5 * 3600 + 1800),
                               QDateTime(QDate(2026, 7, 1), QTime(9, 15, 0, 250), Qt::LocalTime)};
        QRandomGenerator rng(20261202);
        for (int i = 0; i < 20000; ++i)
            times << QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(std::numeric_limits<quint32>::max())) * 1000
                                                        + rng.bounded(1000) - (qint64(1) << 31) * 1000,
                                                    Qt::UTC);
        for (const QDateTime &t : std::as_const(times)) {
            const QString expected = t.toUTC().toString(Qt::ISODateWithMs);
            if (sql::isoUtc(t) != expected)
                QFAIL(qPrintable(QStringLiteral("%1: %2, Qt %3").arg(t.toMSecsSinceEpoch()).arg(sql::isoUtc(t), expected)));
            if (!expected.isEmpty()) // Qt writes no ISO text for years outside 1-9999
                QCOMPARE(sql::timeFrom(sql::timeValue(t)), t);
        }
        QVERIFY(sql::timeValue(QDateTime()).isNull());
    }

    // Every row reader of the sources reads through sql::readRow: each column as its field's
    // type, in the SELECT's order, NULLs and malformed JSON as empty, NOT NULL as a flag.
    void rowsReadIntoTheirFields()
    {
        QSqlDatabase db = Database::open(freshPath(), QStringLiteral("rows"), Database::Role::Writer);
        const QDateTime when(QDate(2026, 12, 7), QTime(10, 30, 0, 250), Qt::UTC);
        sql::Statement q(db, QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?"));
        q.exec({QStringLiteral("Grüße ✓"), 42, qint64(1) << 40, 1, sql::timeValue(when), sql::listValue({QStringLiteral("a"), QStringLiteral("b")}),
                QStringLiteral("[1,{\"x\":2}]"), QStringLiteral("2026-01-01"), QVariant(QMetaType::fromType<QString>())});
        QVERIFY(q.next());
        QString text;
        int small = 0;
        qint64 big = 0;
        bool flag = false, deleted = false, alsoDeleted = true;
        QDateTime time;
        QStringList list;
        QJsonArray json;
        sql::readRow(q, text, small, big, flag, time, list, json, sql::notNull(deleted), sql::notNull(alsoDeleted));
        QCOMPARE(text, QStringLiteral("Grüße ✓"));
        QCOMPARE(small, 42);
        QCOMPARE(big, qint64(1) << 40);
        QVERIFY(flag);
        QCOMPARE(time, when);
        QCOMPARE(list, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(1).toObject().value(QLatin1String("x")).toInt(), 2);
        QVERIFY(deleted);      // a value: not null
        QVERIFY(!alsoDeleted); // NULL

        // From a column on, and what NULL and text that is no JSON array read as.
        sql::Statement r(db, QStringLiteral("SELECT 'skipped', NULL, NULL, 'not json', '{\"an\":\"object\"}'"));
        r.exec();
        QVERIFY(r.next());
        QString none = QStringLiteral("was");
        QDateTime noTime = when;
        QStringList notAList{QStringLiteral("was")};
        QJsonArray notAnArray{1};
        sql::readColumns(r, 1, none, noTime, notAList, notAnArray);
        QVERIFY(none.isEmpty());
        QVERIFY(!noTime.isValid());
        QVERIFY(notAList.isEmpty());
        QVERIFY(notAnArray.isEmpty());
        r.finish();
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    }

    // Every version the migrations pass through is the released one (what the code that
    // released it made: the fixtures), and from each of them the rest runs, in order, once, to
    // the schema of a fresh cache.
    void migrationsRunForwardFromEveryVersion()
    {
        for (int from = 0; from <= Database::currentVersion(); ++from) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m2"));
            db.setDatabaseName(freshPath());
            QVERIFY(db.open());
            Database::migrateTo(db, from);
            const QJsonObject at = schemaOf(db);
            QVERIFY2(at == releasedSchema(from), qPrintable(QStringLiteral("version %1, %2").arg(from).arg(firstDifference(at, releasedSchema(from)))));
            Database::migrate(db);
            const QJsonObject fresh = schemaOf(db);
            QCOMPARE(fresh.value(QStringLiteral("user_version")).toInt(), Database::currentVersion());
            QVERIFY2(fresh == releasedSchema(Database::currentVersion()),
                     qPrintable(QStringLiteral("from %1, %2").arg(from).arg(firstDifference(fresh, releasedSchema(Database::currentVersion())))));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("m2"));
        }
    }

    // A cache that an older Cairn left at each released version (a file it wrote, kept as a
    // fixture) opens for writing with the schema of a fresh cache: the same tables, indexes and
    // search index, the same SQL text of each, the same version and meta rows.
    void releasedCachesUpgradeToTheFreshSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Database::currentVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void releasedCachesUpgradeToTheFreshSchema()
    {
        QFETCH(int, version);
        const QString path = freshPath();
        QVERIFY(QFile::copy(storeFixture(QStringLiteral("cache-v%1.sqlite").arg(version)), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QJsonObject before = schemaOf(db); // the file is what that release made
            QVERIFY2(before == releasedSchema(version), qPrintable(firstDifference(before, releasedSchema(version))));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QSqlDatabase db;
        try {
            db = Database::open(path, QStringLiteral("upgraded"), Database::Role::Writer);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message));
        }
        QJsonObject after = schemaOf(db);
        // Opening for writing also notes the locale the contacts' sort keys follow (meta
        // "sort_locale", StoreFacts::writerOpened): this machine's, not the schema's.
        QJsonArray meta;
        for (const QJsonValue &row : after.value(QStringLiteral("meta")).toArray())
            if (row.toArray().first() != QLatin1String("sort_locale"))
                meta.append(row);
        QCOMPARE(meta.size(), after.value(QStringLiteral("meta")).toArray().size() - 1);
        after.insert(QStringLiteral("meta"), meta);
        QVERIFY2(after == releasedSchema(Database::currentVersion()),
                 qPrintable(firstDifference(after, releasedSchema(Database::currentVersion()))));
        db = QSqlDatabase();
        Database::close(QStringLiteral("upgraded"));
    }

    void walAndForeignKeys()
    {
        QSqlDatabase db = Database::open(freshPath(), QStringLiteral("p"), Database::Role::Writer);
        sql::Statement j(db, QStringLiteral("PRAGMA journal_mode"));
        j.exec();
        QVERIFY(j.next());
        QCOMPARE(j.value(0).toString(), QStringLiteral("wal"));
        sql::Statement fk(db, QStringLiteral("PRAGMA foreign_keys"));
        fk.exec();
        QVERIFY(fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
        j.finish();
        fk.finish();
        db = QSqlDatabase();
        Database::close(QStringLiteral("p"));
    }

    void newerSchemaIsRefusedClearly()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = Database::open(path, QStringLiteral("n"), Database::Role::Writer);
            execOrThrow(db, QStringLiteral("PRAGMA user_version=99"));
        }
        Database::close(QStringLiteral("n"));
        try {
            Database::open(path, QStringLiteral("n2"), Database::Role::Writer);
            QFAIL("opened a database from the future");
        } catch (const Error &e) {
            QVERIFY2(e.message.contains(QLatin1String("newer Cairn")), qPrintable(e.message));
        }
    }

    void corruptFileIsAClearError()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        try {
            Database::open(path, QStringLiteral("c"), Database::Role::Writer);
            QFAIL("opened a corrupt file");
        } catch (const Error &e) {
            QCOMPARE(e.kind, Error::Kind::Store);
            QCOMPARE(e.reason, QStringLiteral("corrupt"));
            QVERIFY(!e.message.contains(QLatin1Char('\n')));
        }
    }

    void writerMovesADamagedCacheAsideAndStartsAfresh()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
        f.write(QByteArray(4096, '\xff'));
        f.close();
        StoreWriter w(path);
        w.open().waitForFinished();
        QVERIFY(!w.recoveredFrom().isEmpty());
        QFile aside(w.recoveredFrom());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.size(), qint64(15 + 4096)); // kept byte for byte for whoever wants it
        const auto counts = write(w, [](QSqlDatabase &db) { return ContactsRepo::counts(db); });
        QCOMPARE(counts.live, 0);
    }

    void lockedDatabaseWaitsThenSaysSo()
    {
        const QString path = freshPath();
        StoreWriter w(path);
        w.open().waitForFinished();
        // Another process (here: another connection) holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        execOrThrow(other, QStringLiteral("BEGIN IMMEDIATE"));
        QElapsedTimer t;
        t.start();
        bool locked = false;
        try {
            write(w, [](QSqlDatabase &db) {
                return ContactsRepo::applyPage(db, QStringLiteral("default"), {contact(QStringLiteral("people/c1"), QStringLiteral("Lock Ed"))}, 1,
                                               QDateTime::currentDateTimeUtc());
            });
        } catch (const Error &e) {
            locked = e.message.contains(QLatin1String("locked"));
            QVERIFY2(locked, qPrintable(e.message));
        }
        QVERIFY(locked);
        QVERIFY2(t.elapsed() >= 4000, "the writer must wait for the lock before giving up");
        execOrThrow(other, QStringLiteral("ROLLBACK"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        // Nothing was lost, and the writer works again once the lock is gone.
        write(w, [](QSqlDatabase &db) {
            return ContactsRepo::applyPage(db, QStringLiteral("default"), {contact(QStringLiteral("people/c1"), QStringLiteral("Lock Ed"))}, 1,
                                           QDateTime::currentDateTimeUtc());
        });
        QCOMPARE(write(w, [](QSqlDatabase &db) { return ContactsRepo::counts(db); }).live, 1);
    }

    void pageWritesCountAndSoftDelete()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Contact> page{contact(QStringLiteral("people/c1"), QStringLiteral("Ada Lovelace")),
                            contact(QStringLiteral("people/c2"), QStringLiteral("Grace Hopper")),
                            contact(QStringLiteral("people/c3"), QStringLiteral("Émile Zola"))};
        WriteStats s = write(w, [&](QSqlDatabase &db) { return ContactsRepo::applyPage(db, QStringLiteral("default"), page, 1, now); });
        QCOMPARE(s.created, 3);

        // Same etag: skipped; new etag: updated with its parts replaced; tombstone: soft delete.
        page[1].etag = QStringLiteral("e2");
        page[1].emails = {{QStringLiteral("grace@navy.mil"), QStringLiteral("home"), false}};
        Contact gone;
        gone.resourceName = QStringLiteral("people/c3");
        gone.deleted = true;
        const QList<Contact> second{page[0], page[1], gone};
        s = write(w, [&](QSqlDatabase &db) { return ContactsRepo::applyPage(db, QStringLiteral("default"), second, 2, now); });
        QCOMPARE(s.created, 0);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.deleted, 1);

        const QList<Contact> all = write(w, [](QSqlDatabase &db) { return ContactsRepo::all(db); });
        QCOMPARE(all.size(), 3); // deleted rows stay, marked
        QCOMPARE(all[1].emails.size(), 1);
        QCOMPARE(all[1].emails.first().value, QStringLiteral("grace@navy.mil"));
        QVERIFY(all[2].deleted);

        // A complete listing by run 3 that saw only c1: c2 is retired, c3 stays deleted.
        const int retired = write(w, [&](QSqlDatabase &db) {
            ContactsRepo::applyPage(db, QStringLiteral("default"), {page[0]}, 3, now);
            return ContactsRepo::markUnseenDeleted(db, QStringLiteral("default"), 3, now);
        });
        QCOMPARE(retired, 1);
        const auto counts = write(w, [](QSqlDatabase &db) { return ContactsRepo::counts(db); });
        QCOMPARE(counts.live, 1);
        QCOMPARE(counts.deleted, 2);
        // Search sees live rows only.
        const auto hits = write(w, [](QSqlDatabase &db) { return SearchIndex::query(db, QStringLiteral("gra")); });
        QVERIFY(hits.isEmpty());
    }

    void pageAndCursorCommitTogether()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SyncState st;
        st.source = QStringLiteral("google");
        st.scope = QStringLiteral("connections");
        st.pageToken = QStringLiteral("page-2");
        // A failure after the rows were written rolls back rows and cursor alike.
        bool failed = false;
        try {
            write(w, [&](QSqlDatabase &db) {
                ContactsRepo::applyPage(db, QStringLiteral("default"), {contact(QStringLiteral("people/c9"), QStringLiteral("Half Page"))}, 1, now);
                SyncStateRepo::save(db, st);
                throw Error(Error::Kind::Store, QStringLiteral("disk full"));
                return 0;
            });
        } catch (const Error &e) {
            failed = e.message == QLatin1String("disk full");
        }
        QVERIFY(failed);
        const auto counts = write(w, [](QSqlDatabase &db) { return ContactsRepo::counts(db); });
        QCOMPARE(counts.live, 0);
        const SyncState after = write(w, [](QSqlDatabase &db) {
            return SyncStateRepo::load(db, QStringLiteral("google"), QStringLiteral("default"), QStringLiteral("connections"));
        });
        QVERIFY(after.pageToken.isEmpty());
    }

    void fullDiskIsAClearErrorAndLosesNothing()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        write(w, [&](QSqlDatabase &db) { return ContactsRepo::applyPage(db, QStringLiteral("default"), {contact(QStringLiteral("people/c1"), QStringLiteral("Kept Safe"))}, 1, now); });
        QList<Contact> big;
        for (int i = 0; i < 3000; ++i) {
            Contact c = contact(QStringLiteral("people/x%1").arg(i), QStringLiteral("Filler %1").arg(i));
            c.note = QString(400, QLatin1Char('n'));
            big.append(c);
        }
        bool full = false;
        try {
            write(w, [&](QSqlDatabase &db) {
                sql::Statement pc(db, QStringLiteral("PRAGMA page_count"));
                pc.exec();
                pc.next();
                const int pages = pc.value(0).toInt();
                pc.finish();
                execOrThrow(db, QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 20));
                return ContactsRepo::applyPage(db, QStringLiteral("default"), big, 2, now);
            });
        } catch (const Error &e) {
            full = e.kind == Error::Kind::Store && e.message.contains(QLatin1String("full"), Qt::CaseInsensitive);
            QVERIFY2(full, qPrintable(e.message));
        }
        QVERIFY(full);
        const auto counts = write(w, [](QSqlDatabase &db) { return ContactsRepo::counts(db); });
        QCOMPARE(counts.live, 1);
        QCOMPARE(write(w, [](QSqlDatabase &db) {
                     sql::Statement q(db, QStringLiteral("PRAGMA integrity_check"));
                     q.exec();
                     q.next();
                     return q.value(0).toString();
                 }),
                 QStringLiteral("ok"));
    }

    void hostileValuesAreBoundNotPasted()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        const QString evil = QStringLiteral("Robert'); DROP TABLE contacts;-- \"x\" ") + QChar(0) + QStringLiteral(" tail ") + QChar(0x202E);
        Contact c = contact(QStringLiteral("people/'; DROP TABLE contacts;--"), evil);
        c.note = QString(200000, QLatin1Char('z')); // a huge field
        c.emails = {{evil, evil, true}};
        write(w, [&](QSqlDatabase &db) { return ContactsRepo::applyPage(db, QStringLiteral("default"), {c}, 1, QDateTime::currentDateTimeUtc()); });
        const QList<Contact> all = write(w, [](QSqlDatabase &db) { return ContactsRepo::all(db); });
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().displayName, evil);
        QCOMPARE(all.first().resourceName, c.resourceName);
        QCOMPARE(all.first().note.size(), 200000);
        // The search expression of hostile text is well-formed.
        const auto hits = write(w, [&](QSqlDatabase &db) { return SearchIndex::query(db, QStringLiteral("Robert'); DROP \"x")); });
        QCOMPARE(hits.size(), 1);
    }

    void searchMatchesPrefixesAndDiacritics()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        write(w, [&](QSqlDatabase &db) {
            return ContactsRepo::applyPage(db, QStringLiteral("default"),
                                           {contact(QStringLiteral("people/c1"), QStringLiteral("Émile Zola")),
                                            contact(QStringLiteral("people/c2"), QStringLiteral("Emily Dickinson")),
                                            contact(QStringLiteral("people/c3"), QStringLiteral("山田 太郎"))},
                                           1, now);
        });
        const auto q = [&](const QString &text) {
            return write(w, [text](QSqlDatabase &db) { return SearchIndex::query(db, text); });
        };
        QCOMPARE(q(QStringLiteral("emil")).size(), 2);
        QCOMPARE(q(QStringLiteral("emile")).size(), 1);
        QCOMPARE(q(QStringLiteral("zol")).first().title, QStringLiteral("Émile Zola"));
        QCOMPARE(q(QStringLiteral("dickinsonx")).size(), 0);
        QCOMPARE(q(QStringLiteral("emily@example")).size(), 1);
        QCOMPARE(q(QStringLiteral("山田")).size(), 1);
        QVERIFY(q(QStringLiteral("   ")).isEmpty());
        QVERIFY(q(QStringLiteral("\"")).isEmpty());
    }

    // A cache from before sort keys: opening it for writing adds them, in the locale's order
    // (what QCollator in numeric mode says), the nameless contacts last.
    void sortKeysAreMadeOnMigrationInTheLocalesOrder()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Database::migrateTo(db, 5);
            const QStringList names{QStringLiteral("Zack"), QStringLiteral("Ángel"), QStringLiteral("Anna"), QStringLiteral("Item 10"),
                                    QStringLiteral("Item 9"), QStringLiteral("王伟"), QStringLiteral("Ωmega"), QString()};
            int n = 0;
            for (const QString &name : names)
                sql::Statement(db, QStringLiteral("INSERT INTO contacts(resource_name, display_name, primary_email) VALUES(?, ?, ?)"))
                    .exec({QStringLiteral("people/%1").arg(++n), name.isEmpty() ? QStringLiteral("") : name, name.isEmpty() ? QStringLiteral("x@example.com") : QString()});
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("v5"));
        }
        QSqlDatabase db;
        try {
            db = Database::open(path, QStringLiteral("keys"), Database::Role::Writer);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message));
        }
        QStringList shown;
        {
            sql::Statement q(db, QStringLiteral("SELECT display_name, primary_email FROM contacts WHERE deleted_at IS NULL "
                                                "ORDER BY sort_key"));
            for (q.exec(); q.next();)
                shown << (q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString());
        }
        QCollator collator(Collation::locale());
        collator.setNumericMode(true);
        QStringList named{QStringLiteral("Zack"), QStringLiteral("Ángel"), QStringLiteral("Anna"), QStringLiteral("Item 10"),
                          QStringLiteral("Item 9"), QStringLiteral("王伟"), QStringLiteral("Ωmega")};
        std::sort(named.begin(), named.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        QCOMPARE(shown, named + QStringList{QStringLiteral("x@example.com")});
        QCOMPARE(shown.first(), QStringLiteral("Ángel"));
        {
            // The SQL collation of the other lists agrees.
            sql::Statement q(db, QStringLiteral("SELECT display_name FROM contacts WHERE display_name <> '' ORDER BY display_name COLLATE cairn_locale"));
            QStringList collated;
            for (q.exec(); q.next();)
                collated << q.value(0).toString();
            QCOMPARE(collated, named);
        }
        db = QSqlDatabase();
        Database::close(QStringLiteral("keys"));
    }

    void searchRanksTitleMatchesFirstWithCleanSnippets()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Contact body = contact(QStringLiteral("people/c1"), QStringLiteral("Carla Costa"));
        body.note = QStringLiteral("Knows **Berlin** well\n# Notes\n- [link](https://example.org) berlin berlin");
        Contact title = contact(QStringLiteral("people/c2"), QStringLiteral("Berlin Office"));
        write(w, [&](QSqlDatabase &db) { return ContactsRepo::applyPage(db, QStringLiteral("default"), {body, title}, 1, now); });
        const QList<SearchIndex::Hit> hits = write(w, [](QSqlDatabase &db) { return SearchIndex::query(db, QStringLiteral("berlin")); });
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).title, QStringLiteral("Berlin Office"));
        QVERIFY(hits.at(0).inTitle);
        QVERIFY(!hits.at(1).inTitle);
        QCOMPARE(hits.at(1).context, QStringLiteral("Acme · carla@example.org"));
        QVERIFY2(!hits.at(1).snippet.contains(u'*') && !hits.at(1).snippet.contains(u'#') && !hits.at(1).snippet.contains(u'\n')
                     && !hits.at(1).snippet.contains(QLatin1String("https")),
                 qPrintable(hits.at(1).snippet));
        QVERIFY(hits.at(1).snippet.contains(QLatin1String("[Berlin]")));
        QCOMPARE(SearchIndex::plainSnippet(QStringLiteral("[Anaïs] Johansson anais@x"), QStringLiteral("Anaïs Johansson"),
                                           QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("anais@x"));
        QVERIFY(Collation::matches(QStringLiteral("zoe fernandez"), QStringLiteral("Zoë Fernández")));
        QVERIFY(Collation::matches(QStringLiteral("ZOË FERN"), QStringLiteral("zoe.fernandez@example.com")));
        QVERIFY(Collation::matches(QStringLiteral("orj"), QStringLiteral("Ørjan")));
        QVERIFY(!Collation::matches(QStringLiteral("zoe berg"), QStringLiteral("Zoë Fernández")));
    }

    // More matches than are ranked (2 000 of a kind): the answer is still `limit` of them,
    // each a match, best first; a narrower word finds the one it names wherever it is.
    void searchAnswersBroadPrefixes()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        QList<Contact> page;
        for (int i = 0; i < 2600; ++i)
            page << contact(QStringLiteral("people/m%1").arg(i), QStringLiteral("Marta Member%1").arg(i));
        page << contact(QStringLiteral("people/last"), QStringLiteral("Marta Zyxwv"));
        write(w, [&](QSqlDatabase &db) {
            return ContactsRepo::applyPage(db, QStringLiteral("default"), page, 1, QDateTime::currentDateTimeUtc());
        });
        const auto q = [&](const QString &text, int limit) {
            return write(w, [text, limit](QSqlDatabase &db) { return SearchIndex::query(db, text, limit); });
        };
        const QList<SearchIndex::Hit> broad = q(QStringLiteral("m"), 30);
        QCOMPARE(broad.size(), 30);
        for (qsizetype i = 0; i < broad.size(); ++i) {
            QVERIFY(broad.at(i).title.startsWith(QLatin1String("Marta ")));
            QVERIFY(i == 0 || broad.at(i - 1).rank <= broad.at(i).rank);
        }
        const QList<SearchIndex::Hit> narrow = q(QStringLiteral("ma zyx"), 30);
        QCOMPARE(narrow.size(), 1);
        QCOMPARE(narrow.first().title, QStringLiteral("Marta Zyxwv"));
        QCOMPARE(q(QStringLiteral("member2599"), 5).size(), 1);
    }

    void runsAndStateRoundTrip()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        SyncRun r;
        r.source = QStringLiteral("google");
        r.mode = SyncMode::Full;
        r.status = RunStatus::Running;
        r.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        r.id = write(w, [r](QSqlDatabase &db) { return SyncRunsRepo::insert(db, r); });
        QVERIFY(r.id > 0);
        // A process that died mid-run leaves "running": the next run of the source closes it.
        const int closed = write(w, [](QSqlDatabase &db) {
            return SyncRunsRepo::closeInterrupted(db, QStringLiteral("google"), QDateTime::currentDateTimeUtc());
        });
        QCOMPARE(closed, 1);
        const QList<SyncRun> runs = write(w, [](QSqlDatabase &db) { return SyncRunsRepo::list(db, QStringLiteral("google")); });
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RunStatus::Failed);
        QVERIFY(runs.first().error.contains(QLatin1String("interrupted")));

        SyncState s;
        s.source = QStringLiteral("google");
        s.scope = QStringLiteral("connections");
        s.syncToken = QStringLiteral("tok");
        s.lastFullSyncAt = r.startedAt;
        s.data.insert(QStringLiteral("k"), 1);
        write(w, [s](QSqlDatabase &db) { SyncStateRepo::save(db, s); });
        const SyncState back = write(w, [](QSqlDatabase &db) {
            return SyncStateRepo::load(db, QStringLiteral("google"), QStringLiteral("default"), QStringLiteral("connections"));
        });
        QCOMPARE(back.syncToken, s.syncToken);
        QCOMPARE(back.lastFullSyncAt, s.lastFullSyncAt);
        QCOMPARE(back.data, s.data);
        QVERIFY(!back.listingInProgress());
    }

    // A run's status and a scope's are spelled in one place each: sync_runs says ok, failed, …;
    // sync_state says syncing and synced for running and ok, and reads the "error" a repository's
    // or Jira configuration's row said before as failed.
    void statusWords()
    {
        StoreWriter w(freshPath());
        w.open().waitForFinished();
        SyncState s;
        s.source = QStringLiteral("github");
        s.scope = QStringLiteral("repo:octo-org/website");
        s.status = RunStatus::Running;
        write(w, [s](QSqlDatabase &db) { SyncStateRepo::save(db, s); });
        const auto column = [&w] {
            return write(w, [](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT status FROM sync_state"));
                return q.next() ? q.value(0).toString() : QString();
            });
        };
        const auto load = [&w] {
            return write(w, [](QSqlDatabase &db) {
                return SyncStateRepo::load(db, QStringLiteral("github"), QStringLiteral("default"), QStringLiteral("repo:octo-org/website"));
            });
        };
        QCOMPARE(column(), QStringLiteral("syncing"));
        s.status = RunStatus::Ok;
        write(w, [s](QSqlDatabase &db) { SyncStateRepo::save(db, s); });
        QCOMPARE(column(), QStringLiteral("synced"));
        write(w, [](QSqlDatabase &db) { QSqlQuery(db).exec(QStringLiteral("UPDATE sync_state SET status='error'")); });
        SyncState old = load();
        QVERIFY(old.status == RunStatus::Failed);
        write(w, [old](QSqlDatabase &db) { SyncStateRepo::save(db, old); });
        QCOMPARE(column(), QStringLiteral("failed"));
        s.status.reset();
        write(w, [s](QSqlDatabase &db) { SyncStateRepo::save(db, s); });
        QVERIFY(!load().status); // never synced
        QCOMPARE(stateStatusName(RunStatus::NeedsSignIn), QStringLiteral("needs-sign-in"));
        for (RunStatus r : {RunStatus::Running, RunStatus::Ok, RunStatus::Failed, RunStatus::Cancelled, RunStatus::NeedsSignIn,
                            RunStatus::Busy, RunStatus::Skipped})
            QVERIFY(statusFromName(statusName(r)) == r);
        QCOMPARE(statusName(RunStatus::NeedsSignIn), QStringLiteral("needs-sign-in"));
        QVERIFY(modeFromName(QStringLiteral("incremental")) == SyncMode::Partial);
        QCOMPARE(modeName(SyncMode::Partial), QStringLiteral("partial"));
    }

    void readerSeesWritesAndCannotWrite()
    {
        const QString path = freshPath();
        StoreWriter w(path);
        w.open().waitForFinished();
        write(w, [](QSqlDatabase &db) {
            return ContactsRepo::applyPage(db, QStringLiteral("default"), {contact(QStringLiteral("people/c1"), QStringLiteral("Read Me"))}, 1,
                                           QDateTime::currentDateTimeUtc());
        });
        {
            QSqlDatabase r = Database::open(path, QStringLiteral("reader"), Database::Role::Reader);
            QCOMPARE(ContactsRepo::counts(r).live, 1);
            bool refused = false;
            try {
                execOrThrow(r, QStringLiteral("DELETE FROM contacts"));
            } catch (const Error &) {
                refused = true;
            }
            QVERIFY(refused);
        }
        Database::close(QStringLiteral("reader"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
