#pragma once
#include <QSqlDatabase>
#include <QString>

namespace cairn {

// The one SQLite file of Cairn: opening, pragmas and forward migrations (docs/architecture.md §3).
class Database
{
public:
    enum class Role { Writer, Reader };

    // Opens (and for the writer creates and migrates) the database at `path` under a
    // connection name unique to the caller. Throws cairn::Error(Store) with a one-line reason.
    static QSqlDatabase open(const QString &path, const QString &connectionName, Role role);
    static void close(const QString &connectionName);

    // The schema version this build writes; PRAGMA user_version after migrate().
    static int currentVersion();
    // Runs every migration after the file's user_version, then each source's own steps not run
    // yet (StoreFacts::schema, kept in meta as "schema.<source>"), in one transaction.
    static void migrate(QSqlDatabase &db);
    // Runs the migrations up to and including `version` only (tests of each migration step).
    static void migrateTo(QSqlDatabase &db, int version);

    // "cairn.sqlite" in `dataDir`.
    static QString fileIn(const QString &dataDir);
    // Moves a corrupt file (and its -wal/-shm) aside; returns the new name.
    static QString moveAside(const QString &path);

    // Damage found after the file opened (valid header, damaged pages): SQLite's "database disk
    // image is malformed". A command that meets it leaves a marker (<path>.damaged); the next
    // writer to open the file runs PRAGMA quick_check and moves the file aside when it fails.
    // (quick_check reads the whole file: 2.9 s for 330 MB, too slow for every sync.)
    static bool isDamage(const QString &message);
    static void markDamaged(const QString &path);
    static bool isMarkedDamaged(const QString &path);
    static bool passesQuickCheck(QSqlDatabase &db);
};

// Executes one statement, throwing cairn::Error(Store) on failure.
void execOrThrow(QSqlDatabase &db, const QString &sql);

} // namespace cairn
