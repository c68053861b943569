#include "Database.h"
#include "Collation.h"
#include "Error.h"
#include "FileSafety.h"
#include "StoreFacts.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStore, "cairn.store")

namespace cairn {

namespace {

// Each entry moves the schema from version i to i+1: its shared part here, then the part each
// source adds to it (StoreFacts::releasedSteps, in the registry's order), in one transaction.
// Never edit a released step: add one (a source adds its new tables as steps of its own,
// StoreFacts::schema). tests/store/tst_store.cpp checks every version against what was released.
const char *const kMigrations[] = {
    // 1: accounts, sync bookkeeping, the search index
    R"SQL(
CREATE TABLE accounts(
  source TEXT NOT NULL, account TEXT NOT NULL, display_name TEXT, status TEXT,
  created_at TEXT, PRIMARY KEY(source, account));
CREATE TABLE sync_state(
  source TEXT NOT NULL, account TEXT NOT NULL DEFAULT 'default', scope TEXT NOT NULL DEFAULT '',
  sync_token TEXT, page_token TEXT, listing_run_id INTEGER, listing_mode TEXT,
  last_sync_at TEXT, last_full_sync_at TEXT,
  initial_sync_completed INTEGER NOT NULL DEFAULT 0,
  status TEXT, last_error TEXT, data TEXT,
  PRIMARY KEY(source, account, scope));
CREATE TABLE sync_runs(
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, account TEXT, scope TEXT, mode TEXT,
  started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL, error TEXT,
  api_calls INTEGER DEFAULT 0, pages INTEGER DEFAULT 0, bytes INTEGER DEFAULT 0,
  created INTEGER DEFAULT 0, updated INTEGER DEFAULT 0, deleted INTEGER DEFAULT 0,
  skipped INTEGER DEFAULT 0, extra TEXT);
CREATE INDEX sync_runs_by_source ON sync_runs(source, started_at);
CREATE TABLE http_cache(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, updated_at TEXT);
CREATE VIRTUAL TABLE search USING fts5(
  kind UNINDEXED, ref UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
)SQL",
    // 2, 3, 4: the sources' parts only (the second, third and fourth source's tables).
    "",
    "",
    "",
    // 5: the search index gains one-letter prefixes: a one-letter search no longer merges the
    // lists of every word with that letter first (at 100 000 contacts, 40 ms → 7 ms). It
    // merges its segments 16 at a time instead of 4: a page's write is a segment, and merging
    // them was a quarter of the index's cost in a full sync (searches measured no slower).
    R"SQL(
CREATE VIRTUAL TABLE search_v5 USING fts5(
  kind UNINDEXED, ref UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO search_v5(rowid, kind, ref, title, body) SELECT rowid, kind, ref, title, body FROM search;
DROP TABLE search;
ALTER TABLE search_v5 RENAME TO search;
INSERT INTO search(search, rank) VALUES('automerge', 16);
)SQL",
    // 6: `meta`, facts of this cache that are no table's (what StoreFacts::writerOpened made
    // last, the sources' own schema steps that ran).
    R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
)SQL",
    // 7: the sources' parts only: the window lists the items of every account of a source
    // (issue 21), so the indexes that give a list its first screen in order no longer lead
    // with the account.
    "",
    // 8: the outbox (issue 22): each local change, written in the transaction that applies it
    // to the cache, until the service has it (OutboxRepo).
    R"SQL(
CREATE TABLE outbox(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    account TEXT NOT NULL,
    action TEXT NOT NULL,
    item TEXT NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    fields TEXT NOT NULL,
    base TEXT NOT NULL,
    base_version TEXT NOT NULL,
    state TEXT NOT NULL,
    theirs TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX outbox_by_item ON outbox(source, account, item, id);
)SQL",
};

constexpr int kVersionCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));

// SQLITE_READONLY (8) and SQLITE_CANTOPEN (14): the folder or file cannot be written or made;
// SQLITE_IOERR (10) and SQLITE_FULL (13): the disk failed or is full; else a store error.
Error storeError(const QSqlError &e, const QString &message)
{
    const int code = e.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary one in the low byte
    switch (code) {
    case 8:
    case 14: return files::exitError(files::Exit::CantCreate, message);
    case 10:
    case 13: return files::exitError(files::Exit::IoError, message);
    case 11:
    case 26: { // SQLITE_CORRUPT, SQLITE_NOTADB: damaged, not merely busy (StoreWriter moves it aside)
        Error damaged(Error::Kind::Store, message);
        damaged.reason = QStringLiteral("corrupt");
        return damaged;
    }
    default: return Error(Error::Kind::Store, message);
    }
}

QString oneLine(const QSqlError &e)
{
    QString s = e.text().simplified();
    return s.isEmpty() ? QStringLiteral("unknown database error") : s;
}

// SQLITE_BUSY/SQLITE_LOCKED that the busy timeout did not absorb: switching a new file to WAL
// while another first run does the same returns it at once.
bool isBusy(const QSqlError &e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

void pragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QDeadlineTimer patience(10'000);
    while (!q.exec(sql) && isBusy(q.lastError()) && !patience.hasExpired())
        QThread::msleep(20);
    if (q.lastError().isValid())
        throw storeError(q.lastError(), QStringLiteral("database: %1").arg(oneLine(q.lastError())));
}

void runScript(QSqlDatabase &db, const char *script)
{
    // QSQLITE executes one statement per exec(); every statement of a step ends with ";\n".
    const QStringList statements = QString::fromUtf8(script).split(QStringLiteral(";\n"));
    for (const QString &sql : statements) {
        if (!sql.trimmed().isEmpty())
            execOrThrow(db, sql);
    }
}

// Common step `step` (1-based: PRAGMA user_version after it): its shared part, then each
// source's part of it in the registry's order.
void runCommonStep(QSqlDatabase &db, int step)
{
    runScript(db, kMigrations[step - 1]);
    for (const StoreFacts &f : StoreCatalog::all())
        if (const char *part = f.releasedSteps.value(step))
            runScript(db, part);
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QDeadlineTimer patience(10'000);
    bool read = false;
    while (!(read = q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) && isBusy(q.lastError()) && !patience.hasExpired())
        QThread::msleep(20);
    if (!read) {
        Error e(Error::Kind::Store, QStringLiteral("database unreadable: %1").arg(oneLine(q.lastError())));
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is damaged, not merely busy.
        const QString code = q.lastError().nativeErrorCode();
        if (code == QLatin1String("11") || code == QLatin1String("26")
            || q.lastError().text().contains(QLatin1String("not a database")))
            e.reason = QStringLiteral("corrupt");
        throw e;
    }
    return q.value(0).toInt();
}

// The sources' own schema steps (StoreFacts::schema): per source that has any, how many it
// has and how many ran on `db` (meta "schema.<id>"; none before the meta table exists).
struct SourceSchema
{
    const StoreFacts *facts;
    int ran;
    int known() const { return int(facts->schema.size()); }
};

QList<SourceSchema> sourceSchemas(QSqlDatabase &db)
{
    QList<SourceSchema> out;
    for (const StoreFacts &f : StoreCatalog::all())
        if (!f.schema.isEmpty())
            out.append({&f, 0});
    if (out.isEmpty())
        return out; // the usual case: no query
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'schema.%'"))) {
        while (q.next())
            for (SourceSchema &s : out)
                if (q.value(0).toString() == QStringLiteral("schema.") + s.facts->id)
                    s.ran = q.value(1).toInt();
    }
    return out;
}

// Runs the steps of each source's schema that have not run yet (inside the caller's transaction).
void migrateSources(QSqlDatabase &db)
{
    for (const SourceSchema &s : sourceSchemas(db)) {
        if (s.ran >= s.known())
            continue;
        for (int step = s.ran; step < s.known(); ++step)
            runScript(db, s.facts->schema.at(step));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(QStringLiteral("schema.") + s.facts->id);
        q.addBindValue(s.known());
        if (!q.exec())
            throw storeError(q.lastError(), QStringLiteral("database: %1").arg(oneLine(q.lastError())));
        qCInfo(lcStore) << "migrated the schema of" << s.facts->id << "from step" << s.ran << "to" << s.known();
    }
}

bool sourcesNeedMigration(QSqlDatabase &db)
{
    for (const SourceSchema &s : sourceSchemas(db))
        if (s.ran < s.known())
            return true;
    return false;
}

} // namespace

void execOrThrow(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw storeError(q.lastError(), QStringLiteral("database: %1").arg(oneLine(q.lastError())));
}

int Database::currentVersion()
{
    return kVersionCount;
}

QString Database::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cairn.sqlite"));
}

QSqlDatabase Database::open(const QString &path, const QString &connectionName, Role role)
{
    if (role == Role::Writer)
        QDir().mkpath(QFileInfo(path).absolutePath());
    else if (!QFileInfo::exists(path))
        throw Error(Error::Kind::Store, QStringLiteral("no cache yet at %1: run a sync first").arg(path));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // Wait for another process's write lock instead of failing at once.
    db.setConnectOptions(role == Role::Reader ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                              : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw storeError(error, QStringLiteral("cannot open %1: %2").arg(path, oneLine(error)));
    }
    try {
        // The first read: a damaged file fails here, and a newer Cairn's file is refused here,
        // before any pragma writes to it (journal_mode=WAL rewrites the header).
        const int found = userVersion(db);
        if (found > kVersionCount)
            throw Error(Error::Kind::Store,
                        QStringLiteral("the cache at %1 was written by a newer Cairn (schema %2, this build knows %3); "
                                       "it is left as it is")
                            .arg(path).arg(found).arg(kVersionCount));
        for (const SourceSchema &own : sourceSchemas(db))
            if (own.ran > own.known())
                throw Error(Error::Kind::Store,
                            QStringLiteral("the cache at %1 was written by a newer Cairn (%2 schema %3, this build knows %4); "
                                           "it is left as it is")
                                .arg(path, own.facts->id).arg(own.ran).arg(own.known()));
        if (role == Role::Writer) {
            pragma(db, QStringLiteral("PRAGMA journal_mode=WAL"));
            pragma(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
            // 32 MiB of page cache and temporary tables (the search index's staging) in memory:
            // a 100 000-contact full sync 16.4 → 14.7 s, its peak RSS 59 → 94 MiB.
            pragma(db, QStringLiteral("PRAGMA cache_size=-32768"));
            pragma(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
        }
        pragma(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        Collation::registerOn(db);
        if (role == Role::Writer) {
            migrate(db); // reads the version again under the write lock
            for (const StoreFacts &f : StoreCatalog::all())
                if (f.writerOpened)
                    f.writerOpened(db);
        }
        else if (found < kVersionCount || sourcesNeedMigration(db))
            throw Error(Error::Kind::Store, QStringLiteral("the cache at %1 is not migrated yet: run a sync first").arg(path));
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw;
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void Database::migrate(QSqlDatabase &db)
{
    migrateTo(db, kVersionCount);
}

void Database::migrateTo(QSqlDatabase &db, int version)
{
    // One transaction that takes the write lock first and reads the version under it: two
    // first runs at once (two `cairn sync`, or the window and a sync) each wait for the other
    // (busy timeout) and the second finds the schema made, instead of both creating it.
    // The sources' own steps follow the last common one.
    const bool sources = version >= kVersionCount;
    if (userVersion(db) >= std::min(version, kVersionCount) && !(sources && sourcesNeedMigration(db)))
        return; // the usual case: no write lock taken
    execOrThrow(db, QStringLiteral("BEGIN IMMEDIATE"));
    int from = 0;
    int to = 0;
    try {
        from = userVersion(db);
        to = from;
        for (; to < version && to < kVersionCount; ++to) {
            runCommonStep(db, to + 1);
            pragma(db, QStringLiteral("PRAGMA user_version=%1").arg(to + 1));
        }
        if (sources && to == kVersionCount)
            migrateSources(db);
        execOrThrow(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    if (to > from)
        qCInfo(lcStore) << "migrated schema from version" << from << "to" << to;
}

bool Database::isDamage(const QString &message)
{
    // SQLite's own words for SQLITE_CORRUPT and SQLITE_NOTADB (never translated).
    return message.contains(QLatin1String("malformed")) || message.contains(QLatin1String("not a database"));
}

void Database::markDamaged(const QString &path)
{
    QFile marker(path + QStringLiteral(".damaged"));
    if (marker.open(QIODevice::WriteOnly))
        marker.write("a command found this cache damaged; the next sync checks it\n");
}

bool Database::isMarkedDamaged(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral(".damaged"));
}

bool Database::passesQuickCheck(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next() && q.value(0).toString() == QLatin1String("ok");
    return ok;
}

QString Database::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = path + QStringLiteral(".corrupt-") + stamp;
    QFile::rename(path, aside);
    for (const char *suffix : {"-wal", "-shm", ".damaged"})
        QFile::remove(path + QLatin1String(suffix));
    return aside;
}

} // namespace cairn
