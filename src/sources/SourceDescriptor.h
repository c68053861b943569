#pragma once
#include "ChangeSender.h"
#include "SearchIndex.h"
#include "SignInFacts.h"
#include "SourceFacts.h"
#include "StoreFacts.h"
#include "SyncStateRepo.h"
#include "Syncer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace cairn {

class Settings;

// One source, in one place (docs/adding-a-source.md).
//
// Everything Cairn needs to know of a source below the window is in its descriptor — one object
// per source, made in src/sources/<name>/<Name>Source.cpp — and the one list of the sources is
// the registry's (Sources.cpp: one line per source). Nothing outside src/sources/<name>/ names a
// source (tests/sync/tst_sourceregistry.cpp checks the tree for it):
//
//  * The layers below this one never include this header. Each defines the facts it needs and
//    reads them by id from its Catalog (src/core/Catalog.h), which the registry fills from the
//    descriptors before main() runs: `facts` for core (SourceFacts.h: Settings, the settings
//    table, `cairn config`), `signIn` for auth (SignInFacts.h: SignIn, OAuthConfig, revocation)
//    and `store` for the store (StoreFacts.h: search kinds, the watch list, schema steps).
//  * This layer and those above (sync, cli) read the descriptor itself through Sources.h: the
//    syncer's factory, the counts of `cairn status`, `cairn export`, `cairn search`'s references.
//  * The window attaches its own parts by id, in its own layer and list, never here: its views
//    of each source (src/ui/SourceViews.h, src/ui/<name>/<Name>Views.cpp: the page, the welcome
//    card's words, the Settings rows, the People section…). Next, the simulator: a list of its
//    services (`/google`, `/_admin/google/…`), one entry per source keyed by `facts.id`.
struct SourceDescriptor
{
    // What the layers below read through their catalogs (Sources installs them).
    SourceFacts facts;  // id, name, API address and its variable, schedule, OAuth defaults, settings
    SignInFacts signIn; // sign-in methods and scopes' companions, the source's own sign-in steps
    StoreFacts store;   // search kinds, the watch list, its own schema steps

    // Its items, counted: QT_TRANSLATE_N_NOOP("cairn::Sources", "%n contact(s)").
    const char *items = nullptr;
    // Switches of `cairn sync` that this source alone takes (Asana's --projects-only): its long
    // name and its line of `cairn help sync` (QT_TRANSLATE_NOOP("cairn::CommandLine", …)). The
    // command line lists them after --mode, takes one only with this source (or no --source)
    // and gives it to the run's syncer (Syncer::setSwitch). A name is one source's.
    struct SyncSwitch
    {
        const char *name;
        const char *description;
    };
    QList<SyncSwitch> syncSwitches;

    // sync: the syncer of a run, made from the settings (SyncEngine's default factory).
    std::unique_ptr<Syncer> (*makeSyncer)(const Settings &settings) = nullptr;

    // cairn status: what the cache holds of it, beyond its state and times (nullptr: nothing).
    struct Status
    {
        QJsonObject members; // added to its entry of `cairn status --json`: "counts", "repos", "configs"
        QString cached;      // the CACHED cell of its row
        // A row of its own for each scope with a state of its own (a repository, a configuration):
        // its name, its state ("status", "last_sync_at", "last_error") and its CACHED cell.
        struct Scope
        {
            QString name;
            QJsonObject state;
            QString cached;
        };
        QList<Scope> scopes;
        // For each state whose scope `nameOf` names (a repository, a project; "" for none): its
        // entry under `key` in `members` ({"<name>": {"status", "last_sync_at", "last_error"}})
        // and a row of `scopes`.
        void addScopeStates(const QString &key, const QList<SyncState> &states, QString (*nameOf)(const QString &scope));
    };
    // `db`: null when there is no cache yet; `states`: this source's rows of sync_state.
    Status (*status)(QSqlDatabase *db, const QList<SyncState> &states) = nullptr;

    // cairn export: its formats (the first, json, is the default; json and csv unless it names
    // others) and one account's records in one.
    QStringList exportFormats{QStringLiteral("json"), QStringLiteral("csv")};
    QByteArray (*exportRecords)(QSqlDatabase &db, const QString &account, const QString &format) = nullptr;

    // cairn search: a hit of one of its kinds — its id on the service, and its web address
    // where the cache has one ("").
    struct Reference
    {
        QString id;
        QString url;
        // The one `query` selects (the id, then the web address if the cache has one) from the
        // row whose table id is the hit's (its one `?`); none when the row is gone.
        static Reference select(QSqlDatabase &db, const QString &query, const SearchIndex::Hit &hit);
    };
    Reference (*reference)(QSqlDatabase &db, const Settings &settings, const SearchIndex::Hit &hit) = nullptr;

    // Writing back (issue 22): absent (no actions) for a read-only source.
    WriteFacts writes;
    bool canWrite() const { return !writes.actions.isEmpty() && writes.makeSender; }

    QString id() const { return facts.id; }
    QString displayName() const { return facts.displayName(); }
    // "3 contacts": `n` of its items.
    QString count(int n) const;
};

} // namespace cairn
