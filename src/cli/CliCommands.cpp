#include "CliCommands.h"
#include "Account.h"
#include "AccountCommands.h"
#include "ClipLine.h"
#include "Database.h"
#include "Error.h"
#include "ExitCodes.h"
#include "FileSafety.h"
#include "OutboxCommands.h"
#include "CliSupport.h"
#include "SearchCommand.h"
#include "Table.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "SourceRegistry.h"
#include "Sources.h"
#include "StoreWriter.h"
#include "SyncEngine.h"
#include "SyncRunsRepo.h"
#include "SyncStateRepo.h"
#include "Words.h"

#include <QCoreApplication>
#include <QMap>
#include <QDir>
#include <algorithm>
#include <QCoroFuture>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <cerrno>
#include <optional>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cairn {

namespace {

using cli::printJson;
using cli::writeStdout;
using cli::Reader;

QStringList chosenSources(const CliOptions &o)
{
    return o.sources.isEmpty() ? SourceRegistry::implemented() : o.sources; // (cli::sourceArguments checked them)
}

int commandSync(const CliOptions &o, Settings &settings)
{
    const SyncMode mode = modeFromName(o.mode); // checked by cli::modeArgument
    // A source's own switch (--projects-only): that source alone (CommandLine.cpp checked --source).
    const SourceDescriptor *switched = o.syncSwitches.isEmpty() ? nullptr : Sources::withSyncSwitch(o.syncSwitches.first());
    QStringList sources = switched ? QStringList{switched->id()} : chosenSources(o);
    if (o.sources.isEmpty() && !switched) {
        // Without --source: the sources that are set up (credentials, or enabled in the settings).
        sources.erase(std::remove_if(sources.begin(), sources.end(),
                                     [&settings](const QString &s) { return !settings.isSetUp(s); }),
                      sources.end());
        if (sources.isEmpty())
            throw exitError(ExitCode::NotSignedIn, QCoreApplication::translate("cairn::CliCommands", "no source is set up yet: sign in with `cairn login SOURCE` or set CAIRN_<SOURCE>_TOKEN"));
    }
    // A read-only or full folder says so (73/74), not "another process is syncing" (75).
    files::ensureWritable(settings.dataDir());
    const auto note = [](const QString &aside) {
        QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "the cache was damaged; it was moved to %1 and is rebuilt by a full sync").arg(printableLine(aside))
                            << Qt::endl;
    };
    QList<SyncRun> runs;
    // Twice at most: a run that meets damaged pages (SQLITE_CORRUPT) moves the file aside and
    // every job runs again on a new cache.
    for (int attempt = 0; attempt < 2; ++attempt) {
        runs.clear();
        bool damaged = false;
        {
            StoreWriter writer(settings.databasePath());
            writer.open().waitForFinished(); // rethrows a failure to open
            if (!writer.recoveredFrom().isEmpty())
                note(writer.recoveredFrom());
            QNetworkAccessManager nam;
            SyncEngine engine(settings, writer, nam);
            if (switched)
                engine.setSyncerFactory([&settings, &o](const QString &source) {
                    std::unique_ptr<Syncer> syncer = SourceRegistry::create(source, settings);
                    if (syncer)
                        for (const QString &name : o.syncSwitches)
                            syncer->setSwitch(name);
                    return syncer;
                });
            // A run that must wait (GitHub's quota) says so and until when: a person is waiting.
            QObject::connect(&engine, &SyncEngine::statusText, [](const QString &, const QString &text) {
                if (!text.isEmpty())
                    QTextStream(stderr) << "cairn: " << printableLine(text) << Qt::endl;
            });
            // Every account of a source, each on its own; one that needs sign-in stops, the others go on.
            QList<QPair<QString, QString>> jobs;
            for (const QString &source : std::as_const(sources)) {
                const QStringList ids = o.account.isEmpty() ? engine.accountsToSync(source) : QStringList{o.account};
                for (const QString &id : std::as_const(ids))
                    jobs.append({source, id});
            }
            for (const auto &job : std::as_const(jobs)) {
                runs.append(QCoro::waitFor(engine.run(job.first, mode, job.second)));
                damaged = damaged || (runs.last().status != RunStatus::Ok && Database::isDamage(runs.last().error));
            }
        }
        if (!damaged || attempt == 1)
            break;
        note(Database::moveAside(settings.databasePath()));
    }
    QJsonObject summary;
    int failures = 0;
    bool busy = false, needsSignIn = false;
    QTextStream err(stderr);
    using C = cli::Table::Column;
    cli::Table table({{QStringLiteral("source"), QCoreApplication::translate("cairn::CliCommands", "SOURCE"), C::Kind::Fixed},
                      {QStringLiteral("account"), QCoreApplication::translate("cairn::CliCommands", "ACCOUNT")},
                      {QStringLiteral("mode"), QCoreApplication::translate("cairn::CliCommands", "MODE"), C::Kind::Fixed, C::Shown::Terminal},
                      {QStringLiteral("mode"), QString(), C::Kind::Fixed, C::Shown::Script},
                      {QStringLiteral("api_calls"), QCoreApplication::translate("cairn::CliCommands", "CALLS"), C::Kind::Number},
                      {QStringLiteral("created"), QCoreApplication::translate("cairn::CliCommands", "CREATED"), C::Kind::Number},
                      {QStringLiteral("updated"), QCoreApplication::translate("cairn::CliCommands", "UPDATED"), C::Kind::Number},
                      {QStringLiteral("deleted"), QCoreApplication::translate("cairn::CliCommands", "DELETED"), C::Kind::Number},
                      {QStringLiteral("skipped"), QCoreApplication::translate("cairn::CliCommands", "UNCHANGED"), C::Kind::Number},
                      {QStringLiteral("duration_ms"), QCoreApplication::translate("cairn::CliCommands", "MS"), C::Kind::Number}});
    for (const SyncRun &run : std::as_const(runs)) {
        const QString &source = run.source;
        QJsonObject r = run.toJson();
        summary.insert(summary.contains(source) ? source + u'/' + run.account : source, r);
        if (run.status != RunStatus::Ok) {
            ++failures;
            busy = busy || run.status == RunStatus::Busy;
            needsSignIn = needsSignIn || run.status == RunStatus::NeedsSignIn;
            err << "cairn: " << Settings::displayName(source) << ": " << printableLine(run.error) << Qt::endl;
        } else {
            table.addRow({source, run.account, words::syncMode(run.mode), modeName(run.mode), QString::number(run.apiCalls), QString::number(run.created),
                          QString::number(run.updated), QString::number(run.deleted), QString::number(run.skipped),
                          QString::number(run.durationMs())});
        }
    }
    if (!o.json && !table.isEmpty())
        cli::printTable(table);
    if (o.json)
        printJson(summary);
    // Several runs: busy before not signed in before failed (ExitCodes.h).
    return int(busy ? ExitCode::Busy : needsSignIn ? ExitCode::NotSignedIn : failures ? ExitCode::Failure : ExitCode::Ok);
}

int commandStatus(const CliOptions &o, Settings &settings)
{
    QList<SyncState> states;
    std::optional<Reader> reader;
    if (QFile::exists(settings.databasePath())) {
        reader.emplace(settings);
        states = SyncStateRepo::all(reader->db());
    }
    // Per source: its state and times, and what its descriptor says the cache holds of it
    // (counts, and a row for each scope with a state of its own: a repository, a configuration).
    QJsonObject out;
    QMap<QString, SourceDescriptor::Status> reports; // by source, in the JSON's order
    for (const QString &source : chosenSources(o)) {
        QJsonObject s{{QStringLiteral("status"), QStringLiteral("never synced")}};
        QList<SyncState> own;
        for (const SyncState &st : std::as_const(states)) {
            if (st.source != source)
                continue;
            own.append(st);
            if (!st.scope.isEmpty())
                continue;
            s.insert(QStringLiteral("status"), stateStatusName(st.status));
            s.insert(QStringLiteral("last_sync_at"), st.lastSyncAt.toString(Qt::ISODate));
            s.insert(QStringLiteral("last_full_sync_at"), st.lastFullSyncAt.toString(Qt::ISODate));
            if (!st.lastError.isEmpty())
                s.insert(QStringLiteral("last_error"), st.lastError);
        }
        const SourceDescriptor *d = Sources::find(source);
        const SourceDescriptor::Status report = d && d->status ? d->status(reader ? &reader->db() : nullptr, own) : SourceDescriptor::Status();
        for (auto it = report.members.begin(); it != report.members.end(); ++it)
            s.insert(it.key(), it.value());
        reports.insert(source, report);
        out.insert(source, s);
    }
    if (o.json) {
        printJson(out);
        return 0;
    }
    // One row per source, then one per scope of its own (SCOPE).
    using C = cli::Table::Column;
    cli::Table table({{QStringLiteral("source"), QCoreApplication::translate("cairn::CliCommands", "SOURCE"), C::Kind::Fixed},
                      {QStringLiteral("scope"), QCoreApplication::translate("cairn::CliCommands", "SCOPE")},
                      {QStringLiteral("status"), QCoreApplication::translate("cairn::CliCommands", "STATUS"), C::Kind::Fixed},
                      {QStringLiteral("last_sync"), QCoreApplication::translate("cairn::CliCommands", "LAST SYNC"), C::Kind::Fixed, C::Shown::Terminal},
                      {QStringLiteral("last_sync_at"), QString(), C::Kind::Fixed, C::Shown::Script},
                      {QStringLiteral("counts"), QCoreApplication::translate("cairn::CliCommands", "CACHED")},
                      {QStringLiteral("last_error"), QCoreApplication::translate("cairn::CliCommands", "LAST ERROR")}});
    const auto row = [&table](const QString &source, const QString &scope, const QJsonObject &s, const QString &counts) {
        const QString at = s.value(QLatin1String("last_sync_at")).toString();
        table.addRow({source, scope, s.value(QLatin1String("status")).toString(), cli::timeCell(QDateTime::fromString(at, Qt::ISODate)), at, counts,
                      s.value(QLatin1String("last_error")).toString()});
    };
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        row(it.key(), QString(), out.value(it.key()).toObject(), it.value().cached);
        for (const SourceDescriptor::Status::Scope &scope : it.value().scopes)
            row(it.key(), scope.name, scope.state, scope.cached);
    }
    cli::printTable(table);
    return 0;
}

int commandHistory(const CliOptions &o, Settings &settings)
{
    QList<SyncRun> runs;
    if (QFile::exists(settings.databasePath())) {
        Reader r(settings);
        runs = SyncRunsRepo::list(r.db(), o.sources.value(0), o.limit);
    }
    if (o.json) {
        QJsonArray a;
        for (const SyncRun &run : std::as_const(runs))
            a.append(run.toJson());
        printJson(a);
        return 0;
    }
    const cli::Terminal terminal = cli::stdoutTerminal();
    if (runs.isEmpty() && terminal.tty) {
        QTextStream(stdout) << (o.sources.isEmpty() ? QCoreApplication::translate("cairn::CliCommands", "No sync has run yet: run `cairn sync`.")
                                                    : QCoreApplication::translate("cairn::CliCommands", "No sync of %1 has run yet: run `cairn sync --source %2`.")
                                                          .arg(Settings::displayName(o.sources.first()), o.sources.first()))
                            << Qt::endl;
        return 0;
    }
    // For a person the changes in one column, explained below the table; for a script each
    // count in its own, and the times in UTC.
    using C = cli::Table::Column;
    const auto hdr = [](const char *text) { return QCoreApplication::translate("cairn::CliCommands", text); };
    cli::Table table({{QStringLiteral("started"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "STARTED")), C::Kind::Fixed, C::Shown::Terminal},
                      {QStringLiteral("started_at"), QString(), C::Kind::Fixed, C::Shown::Script},
                      {QStringLiteral("source"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "SOURCE")), C::Kind::Fixed},
                      {QStringLiteral("account"), QString(), C::Kind::Text, C::Shown::Script},
                      {QStringLiteral("mode"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "MODE")), C::Kind::Fixed, C::Shown::Terminal},
                      {QStringLiteral("mode"), QString(), C::Kind::Fixed, C::Shown::Script},
                      {QStringLiteral("status"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "STATUS")), C::Kind::Fixed},
                      {QStringLiteral("api_calls"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "CALLS")), C::Kind::Number},
                      {QStringLiteral("changes"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "CHANGES")), C::Kind::Fixed, C::Shown::Terminal},
                      {QStringLiteral("created"), QString(), C::Kind::Number, C::Shown::Script},
                      {QStringLiteral("updated"), QString(), C::Kind::Number, C::Shown::Script},
                      {QStringLiteral("deleted"), QString(), C::Kind::Number, C::Shown::Script},
                      {QStringLiteral("duration_ms"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "MS")), C::Kind::Number},
                      {QStringLiteral("error"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "ERROR"))}});
    for (const SyncRun &run : std::as_const(runs))
        table.addRow({cli::timeCell(run.startedAt), run.startedAt.toUTC().toString(Qt::ISODate), run.source, run.account,
                      words::syncMode(run.mode), modeName(run.mode),
                      statusName(run.status), QString::number(run.apiCalls), QStringLiteral("+%1 ~%2 -%3").arg(run.created).arg(run.updated).arg(run.deleted),
                      QString::number(run.created), QString::number(run.updated), QString::number(run.deleted),
                      QString::number(run.durationMs()), run.error});
    QString text = table.render(terminal);
    if (terminal.tty)
        text += hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "CHANGES: +created ~updated -deleted; CALLS: API calls; MS: duration in milliseconds")) + u'\n';
    writeStdout(text.toUtf8());
    return 0;
}

// Writes an export to --output (atomically) or to stdout.
// --output that is a symbolic link is refused: following it would replace whatever it points at.
// A device or a pipe (/dev/null, /dev/full, a FIFO) is written directly: it cannot be replaced.
int writeExport(const CliOptions &o, const QByteArray &data)
{
    if (o.output.isEmpty()) {
        writeStdout(data);
        return 0;
    }
    const QByteArray path = QFile::encodeName(o.output);
    const QString shown = QDir::toNativeSeparators(o.output);
    struct stat st;
    const bool exists = ::lstat(path.constData(), &st) == 0;
    if (exists && S_ISLNK(st.st_mode))
        throw files::exitError(files::Exit::CantCreate, QCoreApplication::translate("cairn::CliCommands", "will not write %1: it is a symbolic link (give the file it points to)").arg(shown));
    if (exists && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
        int err = fd < 0 ? errno : files::writeAll(fd, data);
        if (fd >= 0 && ::close(fd) != 0 && err == 0)
            err = errno;
        if (err != 0)
            throw files::exitError(files::kindOf(err), QCoreApplication::translate("cairn::CliCommands", "cannot write %1: %2").arg(shown, files::reason(err)));
        return 0;
    }
    // A new file in the same folder, renamed over the old one when every byte is on disk.
    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly))
        throw files::exitError(files::Exit::CantCreate, QCoreApplication::translate("cairn::CliCommands", "cannot write %1: %2").arg(shown, file.errorString()));
    int err = ::fchmod(file.handle(), 0600) != 0 ? errno : 0; // an export holds the cache's data
    if (err == 0)
        err = files::writeAll(file.handle(), data);
    if (err == 0 && ::fsync(file.handle()) != 0)
        err = errno;
    if (err != 0) {
        file.cancelWriting();
        throw files::exitError(files::kindOf(err), QCoreApplication::translate("cairn::CliCommands", "cannot write %1: %2").arg(shown, files::reason(err)));
    }
    if (!file.commit())
        throw files::exitError(files::Exit::IoError, QCoreApplication::translate("cairn::CliCommands", "cannot write %1: %2").arg(shown, file.errorString()));
    return 0;
}

// The account an export reads: --account, else the source's first signed-in account, else
// "default" (a token from the environment).
QString exportAccount(const CliOptions &o, Settings &settings, const QString &source)
{
    if (!o.account.isEmpty())
        return o.account;
    const QList<Account> accounts = AccountStore(settings).of(source);
    return accounts.isEmpty() || !Settings::environmentToken(source).isEmpty() ? QStringLiteral("default") : accounts.first().id;
}

int commandExport(const CliOptions &o, Settings &settings)
{
    if (o.sources.size() != 1) // (cli::sourceArguments checked each)
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "export needs exactly one --source"));
    const QString source = o.sources.first();
    const SourceDescriptor *d = Sources::find(source);
    // (CommandLine.cpp took only a format of the source's)
    if (!d || !d->exportRecords || !d->exportFormats.contains(o.format))
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "unknown format \"%1\" for %2 (%3)")
                             .arg(o.format, Settings::displayName(source), words::oneOf(d ? d->exportFormats : QStringList())));
    const QString account = exportAccount(o, settings, source);
    Reader r(settings);
    return writeExport(o, d->exportRecords(r.db(), account, o.format));
}

// The spec of a key a person typed: a setting, else a usage error naming the nearest one.
const SettingSpec &settingOf(const QString &key)
{
    // (endpoint URLs such as google.oauth.token_url are settings, not secrets)
    if (key.contains(QLatin1String("secret")) || (key.contains(QLatin1String("token")) && !key.endsWith(QLatin1String("_url"))))
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "secrets are kept in the keychain, not in cairn.ini: use `cairn login`"));
    const SettingSpec *spec = SettingsTable::find(key);
    if (spec && !spec->internal)
        return *spec;
    const QStringList meant = SettingsTable::suggestions(key);
    if (!meant.isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "\"%1\" is not a setting: did you mean %2? (see `cairn config list`)")
                             .arg(printableLine(key.left(80)), meant.first()));
    throw usageError(QCoreApplication::translate("cairn::CliCommands", "\"%1\" is not a setting (see `cairn config list` and the README)").arg(printableLine(key.left(80))));
}

// QSettings says only "access error": the folder tells why.
[[noreturn]] void cannotSave(const QString &key, Settings &settings)
{
    const int err = files::probeWrite(settings.dataDir());
    throw files::exitError(err ? files::kindOf(err) : files::Exit::CantCreate,
                           QCoreApplication::translate("cairn::CliCommands", "cannot save %1 in %2: %3").arg(key, QDir::toNativeSeparators(settings.filePath()),
                                                             err ? files::reason(err) : QCoreApplication::translate("cairn::CliCommands", "the file could not be written")));
}

// `cairn config list`: every setting with its value, default and meaning (a pattern such as
// jira.<name>.site once, and each key of it that is set); keys in the file that are not
// settings at the end.
int configList(const CliOptions &o, Settings &settings)
{
    QStringList setKeys = settings.keys();
    QJsonArray rows;
    const auto row = [&settings](const SettingSpec &spec, const QString &key) {
        QJsonObject r{{QStringLiteral("key"), key}, {QStringLiteral("type"), SettingSpec::typeName(spec.type)},
                      {QStringLiteral("default"), spec.defaultValue}, {QStringLiteral("description"), spec.describe()},
                      {QStringLiteral("source"), spec.source}};
        if (spec.type == SettingSpec::Type::Int) {
            r.insert(QStringLiteral("min"), spec.min);
            r.insert(QStringLiteral("max"), spec.max);
        }
        const QVariant v = settings.value(key);
        r.insert(QStringLiteral("set"), v.isValid());
        r.insert(QStringLiteral("value"), v.isValid() ? v.toString() : spec.defaultValue);
        return r;
    };
    for (const SettingSpec &spec : SettingsTable::all()) {
        if (spec.internal)
            continue;
        if (!spec.isPattern()) {
            rows.append(row(spec, spec.key));
            setKeys.removeAll(spec.key);
            continue;
        }
        rows.append(row(spec, spec.key));
        for (const QString &k : settings.keys())
            if (spec.matches(k) && SettingsTable::find(k) == &spec) {
                rows.append(row(spec, k));
                setKeys.removeAll(k);
            }
    }
    QStringList unknown;
    for (const QString &k : std::as_const(setKeys)) {
        const SettingSpec *spec = SettingsTable::find(k);
        if (!spec)
            unknown << k;
    }
    if (o.json) {
        QJsonObject unknownValues;
        for (const QString &k : std::as_const(unknown))
            unknownValues.insert(k, settings.value(k).toString());
        printJson(QJsonObject{{QStringLiteral("settings"), rows}, {QStringLiteral("not_settings"), unknownValues}});
        return 0;
    }
    // A pattern such as jira.<name>.site has no value of its own.
    using C = cli::Table::Column;
    cli::Table table({{QStringLiteral("key"), QCoreApplication::translate("cairn::CliCommands", "KEY"), C::Kind::Fixed},
                      {QStringLiteral("value"), QCoreApplication::translate("cairn::CliCommands", "VALUE")},
                      {QStringLiteral("set"), QString(), C::Kind::Fixed, C::Shown::Script},
                      {QStringLiteral("default"), QCoreApplication::translate("cairn::CliCommands", "DEFAULT")},
                      {QStringLiteral("description"), QCoreApplication::translate("cairn::CliCommands", "MEANING")}});
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject r = v.toObject();
        const bool pattern = r.value(QLatin1String("key")).toString().contains(u'<');
        QString meaning = r.value(QLatin1String("description")).toString();
        if (r.contains(QLatin1String("min")))
            meaning += u' ' + QCoreApplication::translate("cairn::CliCommands", "(%1 to %2)").arg(r.value(QLatin1String("min")).toInt()).arg(r.value(QLatin1String("max")).toInt());
        table.addRow({r.value(QLatin1String("key")).toString(), pattern ? QString() : r.value(QLatin1String("value")).toString(),
                      r.value(QLatin1String("set")).toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                      r.value(QLatin1String("default")).toString(), meaning});
    }
    for (const QString &k : std::as_const(unknown))
        table.addRow({k, settings.value(k).toString(), QStringLiteral("true"), QString(),
                      QCoreApplication::translate("cairn::CliCommands", "Not a setting of Cairn: remove it with `cairn config unset %1`.").arg(k)});
    cli::printTable(table);
    return 0;
}

int commandConfig(const CliOptions &o, Settings &settings)
{
    const QString verb = o.arguments.value(0);
    QTextStream cout(stdout);
    if (verb == QLatin1String("get") && o.arguments.size() == 2) {
        const QString key = o.arguments[1];
        const SettingSpec &spec = settingOf(key);
        const QVariant v = settings.value(key);
        if (v.isValid()) {
            cout << printableLine(v.toString()) << Qt::endl;
            return 0;
        }
        if (!spec.defaultValue.isEmpty()) {
            cout << spec.defaultValue << Qt::endl;
            return 0;
        }
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::CliCommands", "%1 is not set").arg(key));
    }
    if (verb == QLatin1String("set") && o.arguments.size() >= 3) {
        const QString key = o.arguments[1];
        const SettingSpec &spec = settingOf(key);
        const QString value = o.arguments.mid(2).join(QLatin1Char(' '));
        const QString problem = SettingsTable::valueProblem(spec, value);
        if (!problem.isEmpty())
            throw usageError(problem);
        if (!settings.setValue(key, value))
            cannotSave(key, settings);
        return 0;
    }
    if (verb == QLatin1String("unset") && o.arguments.size() == 2) {
        const QString key = o.arguments[1];
        // A key in the file that is not a setting (a typo written by hand) can be removed too.
        if (!settings.keys().contains(key) || SettingsTable::find(key))
            settingOf(key);
        if (!settings.keys().contains(key))
            return 0; // not set: nothing to do
        if (!settings.remove(key))
            cannotSave(key, settings);
        return 0;
    }
    if (verb == QLatin1String("list") && o.arguments.size() == 1)
        return configList(o, settings);
    throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn config get KEY | set KEY VALUE | unset KEY | list"));
}

int runCliCommandOnce(const CliOptions &o)
{
    try {
        Settings settings(Settings::resolveDataDir(o.dataDir));
        if (settings.isBroken())
            throw Error(Error::Kind::Config, settings.problem());
        if (o.command == QLatin1String("sync"))
            return commandSync(o, settings);
        if (o.command == QLatin1String("status"))
            return commandStatus(o, settings);
        if (o.command == QLatin1String("history"))
            return commandHistory(o, settings);
        if (o.command == QLatin1String("search"))
            return commandSearch(o, settings);
        if (o.command == QLatin1String("export"))
            return commandExport(o, settings);
        if (o.command == QLatin1String("config"))
            return commandConfig(o, settings);
        if (o.command == QLatin1String("login")) {
            const int signedIn = commandLogin(o, settings);
            if (signedIn != 0 || !o.sessionOnly)
                return signedIn;
            // Session only: the token is in this process's memory, so sync now or never.
            CliOptions once = o;
            once.sources = o.arguments.mid(0, 1);
            once.account = o.account.isEmpty() ? QStringLiteral("default") : o.account;
            return commandSync(once, settings);
        }
        if (o.command == QLatin1String("logout"))
            return commandLogout(o, settings);
        if (o.command == QLatin1String("edit") || o.command == QLatin1String("create") || o.command == QLatin1String("comment")
            || o.command == QLatin1String("delete"))
            return commandEdit(o, settings);
        if (o.command == QLatin1String("outbox"))
            return commandOutbox(o, settings);
        if (o.command == QLatin1String("accounts"))
            return commandAccounts(o, settings);
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "unknown command \"%1\" (see cairn --help)").arg(o.command));
    } catch (const Error &e) {
        if (e.kind == Error::Kind::Store && Database::isDamage(e.message)) {
            // The next sync checks the whole file and rebuilds it if need be.
            Database::markDamaged(Database::fileIn(Settings::resolveDataDir(o.dataDir)));
            QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "%1 (`cairn sync` checks the cache and rebuilds it if it is damaged)").arg(printableLine(e.message)) << Qt::endl;
            return 1;
        }
        QTextStream(stderr) << "cairn: " << printableLine(e.message) << Qt::endl;
        return files::exitCodeOf(e);
    }
}

} // namespace

int runCliCommand(const CliOptions &o)
{
    const int code = runCliCommandOnce(o);
    // What QTextStream(stdout) wrote: a full disk or a closed pipe is a failure, not a silent cut.
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int err = errno ? errno : EIO;
        QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "cannot write to standard output: %1").arg(files::reason(err)) << Qt::endl;
        return code == 0 ? EX_IOERR : code;
    }
    return code;
}

} // namespace cairn
