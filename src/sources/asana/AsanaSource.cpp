#include "AsanaSource.h"
#include "AsanaWrites.h"
#include "AsanaExport.h"
#include "AsanaRepo.h"
#include "AsanaSyncer.h"
#include "Export.h"
#include "Settings.h"
#include "Sql.h"

#include <QCoreApplication>

namespace cairn {

namespace {

using T = SettingSpec::Type;

std::unique_ptr<Syncer> makeSyncer(const Settings &settings)
{
    AsanaSyncer::Config c;
    c.apiBase = settings.apiUrl(asanaSource().id());
    c.workspace = settings.value(QStringLiteral("asana.workspace")).toString();
    c.portfolio = settings.value(QStringLiteral("asana.portfolio")).toString().trimmed();
    c.staleHours = settings.boundedInt(QStringLiteral("asana.stale_hours"), 6);
    c.fullEveryDays = settings.boundedInt(QStringLiteral("asana.full_every_days"), 7);
    return std::make_unique<AsanaSyncer>(c);
}

QByteArray exportRecords(QSqlDatabase &db, const QString &account, const QString &format)
{
    return Export::records(AsanaRepo::tasks(db, account), format, &AsanaExport::toJson, &AsanaExport::toCsv);
}

SourceDescriptor::Reference reference(QSqlDatabase &db, const Settings &, const SearchIndex::Hit &hit)
{
    const QString query = hit.kind == kProjectKind ? QStringLiteral("SELECT gid, permalink_url FROM asana_projects WHERE id = ?")
                                                   : QStringLiteral("SELECT gid, permalink_url FROM asana_tasks WHERE id = ?");
    return SourceDescriptor::Reference::select(db, query, hit);
}

// The tasks assigned to me and not completed (Asana says "assigned to me" itself: `me` unused).
QHash<QString, QString> watch(QSqlDatabase &db, const QString &account, const QString &)
{
    QHash<QString, QString> out;
    sql::Statement q(db, QStringLiteral("SELECT gid, name FROM asana_tasks WHERE account=? AND assigned_to_me=1 "
                                        "AND completed=0 AND deleted_at IS NULL"));
    q.exec({account});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("cairn::SearchIndex", text);
}

QString projectContext(const sql::Statement &r, const QString &)
{
    return SearchIndex::contextOf({translated(QT_TRANSLATE_NOOP("cairn::SearchIndex", "Asana project")), r.value(1).toString(),
                                   r.value(2).toBool() ? translated(QT_TRANSLATE_NOOP("cairn::SearchIndex", "archived")) : QString(),
                                   r.value(3).toBool() ? translated(QT_TRANSLATE_NOOP("cairn::SearchIndex", "completed")) : QString()});
}

QString taskContext(const sql::Statement &r, const QString &)
{
    return SearchIndex::contextOf({r.value(1).toString(), r.value(2).toString(),
                                   r.value(3).toBool() ? translated(QT_TRANSLATE_NOOP("cairn::SearchIndex", "completed")) : QString()});
}

} // namespace

const SourceDescriptor &asanaSource()
{
    static const SourceDescriptor d{
        .facts = {.id = QStringLiteral("asana"), .name = QT_TRANSLATE_NOOP("cairn::Settings", "Asana"),
                  .apiUrl = QStringLiteral("https://app.asana.com/api/1.0"), .intervalMinutes = 10,
                  .oauth = {.authorizeUrl = QStringLiteral("https://app.asana.com/-/oauth_authorize"),
                            .tokenUrl = QStringLiteral("https://app.asana.com/-/oauth_token"),
                            .revokeUrl = QStringLiteral("https://app.asana.com/-/oauth_revoke"),
                            .scope = QStringLiteral("default"),
                            .redirectPort = 47321}, // registered with the app
                  .settings = {
                      SettingSpec::of(QStringLiteral("asana.workspace"), T::Text, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The id of the Asana workspace to sync (default: the first).")),
                      SettingSpec::of(QStringLiteral("asana.portfolio"), T::Text, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Sync only the projects of this Asana portfolio (its id).")),
                      SettingSpec::of(QStringLiteral("asana.stale_hours"), T::Int, QStringLiteral("6"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Hours after which an Asana project's tasks are listed again, not only its events."), 0, 168),
                      SettingSpec::of(QStringLiteral("asana.full_every_days"), T::Int, QStringLiteral("7"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Days between two full syncs of %1."), 1, 90),
                      SettingSpec::of(QStringLiteral("asana.write"), T::Bool, QStringLiteral("false"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Send the changes you make to Asana tasks in Cairn to Asana (off: Cairn only reads, and keeps your changes until you switch it on). "
                                                                           "An account's own switch in Accounts… comes first.")),
                  },
                  .notifications = {
                      SettingSpec::of(QStringLiteral("notify.asana_assigned"), T::Bool, QStringLiteral("false"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Notify of new Asana tasks assigned to you.")),
                  }},
        .signIn = {.methods = SignInFacts::Browser | SignInFacts::PersonalToken, .needsClientSecret = true},
        .store = {.searchKinds = {{.kind = kProjectKind, .name = QStringLiteral("project"),
                                   .contextSql = QStringLiteral("SELECT id, owner_name, archived, completed FROM asana_projects"),
                                   .contextLine = &projectContext},
                                  {.kind = kTaskKind, .name = QStringLiteral("task"),
                                   .contextSql = QStringLiteral("SELECT t.id, (SELECT group_concat(coalesce(project_name, ''), ', ') "
                                                                "FROM asana_task_projects WHERE task_id = t.id), t.assignee_name, "
                                                                "t.completed FROM asana_tasks t"),
                                   .idColumn = QStringLiteral("t.id"),
                                   .contextLine = &taskContext}},
                  .watch = &watch, .releasedSteps = AsanaRepo::releasedSteps()},
        .items = QT_TRANSLATE_N_NOOP("cairn::Sources", "%n task(s)"),
        .syncSwitches = {{AsanaSyncer::kProjectsOnly,
                          QT_TRANSLATE_NOOP("cairn::CommandLine", "Asana: refresh the list of projects only, no tasks.")}},
        .makeSyncer = &makeSyncer, .exportRecords = &exportRecords, .reference = &reference,
        .writes = asana::writeFacts()};
    return d;
}

} // namespace cairn
