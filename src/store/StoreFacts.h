#pragma once
#include "Catalog.h"
#include "SearchIndex.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace cairn {

namespace sql {
class Statement;
}

// One kind of item a source puts in the search index (SearchIndex.h).
struct SearchKindFacts
{
    // Its number, the bits of an index row id above the 40 of the table id: unique among all
    // sources and never reused (a cache keeps its rows): named in the source's folder
    // (SearchIndex::Kind); a new source takes the next free number.
    SearchIndex::Kind kind;
    QString name; // `cairn search --json`'s "kind": "contact", "task", …
    // The hit's context line (SearchIndex::Hit::context): a SELECT whose first column is the
    // table id (`idColumn` names it in the WHERE that is added), and how a row makes the line
    // (SearchIndex::contextOf its parts).
    QString contextSql;
    QString idColumn = QStringLiteral("id");
    QString (*contextLine)(const sql::Statement &row, const QString &title) = nullptr;
};

// What src/store knows of one source's tables — given by the source's descriptor
// (src/sources/<name>/) through StoreCatalog; src/store itself names no source.
struct StoreFacts
{
    QString id;
    QList<SearchKindFacts> searchKinds;
    // What "assigned to me" notifications watch, cached now for `account` (WatchList::mine);
    // nullptr when the source has no watch.
    QHash<QString, QString> (*watch)(QSqlDatabase &db, const QString &account, const QString &me) = nullptr;
    // The source's own schema steps, oldest first: Database::migrate runs each one not run yet
    // after the common steps, in the same transaction, and keeps how many ran in `meta`
    // ("schema.<id>"). Never edit a released step: add one.
    QList<const char *> schema;
    // What the source adds to the common steps released before `schema` (the first sources'
    // tables, as they were released): common step k (1-based, PRAGMA user_version after it) →
    // its statements, run after the step's shared part (Database.cpp), in the registry's
    // order, in the step's transaction. Released: never edit one, never add one (a change is a
    // step of `schema`); tests/store/tst_store.cpp checks each version against the release.
    QMap<int, const char *> releasedSteps;
    // Run each time a writer opens the cache, after every migration (Database::open), in the
    // registry's order: what depends on this machine rather than on the service, made again
    // when that changed (sort keys that follow the locale). nullptr: nothing.
    void (*writerOpened)(QSqlDatabase &db) = nullptr;
};

using StoreCatalog = Catalog<StoreFacts>;

} // namespace cairn
