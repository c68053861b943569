#include "CliCommands.h"
#include "Account.h"
#include "AccountCommands.h"
#include "AsanaRepo.h"
#include "ClipLine.h"
#include "ContactExport.h"
#include "ContactsRepo.h"
#include "JiraRepo.h"
#include "Database.h"
#include "Error.h"
#include "ExitCodes.h"
#include "FileSafety.h"
#include "GitHubRepo.h"
#include "PullExport.h"
#include "WorkExport.h"
#include "PlainText.h"
#include "SearchIndex.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "SourceRegistry.h"
#include "StoreWriter.h"
#include "SyncEngine.h"
#include "SyncRunsRepo.h"
#include "SyncStateRepo.h"
#include "Words.h"

#include <QCoreApplication>
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
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cairn {

namespace {

// Writes `data` to stdout, every byte or an Error(IoError/CantCreate) with the system's reason.
void writeStdout(const QByteArray &data)
{
    std::fflush(stdout); // what QTextStream(stdout) wrote before goes first
    if (const int err = files::writeAll(STDOUT_FILENO, data))
        throw files::exitError(files::Exit::IoError, QCoreApplication::translate("cairn::CliCommands", "cannot write to standard output: %1").arg(files::reason(err)));
}

void printJson(const QJsonValue &v)
{
    writeStdout(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

// A read connection for one command; closed when it goes out of scope.
class Reader
{
public:
    explicit Reader(const Settings &settings)
        : m_name(QStringLiteral("cairn-cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = Database::open(settings.databasePath(), m_name, Database::Role::Reader);
    }
    ~Reader()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QStringList chosenSources(const CliOptions &o)
{
    return o.sources.isEmpty() ? SourceRegistry::implemented() : o.sources; // (cli::sourceArguments checked them)
}

int commandSync(const CliOptions &o, Settings &settings)
{
    const SyncMode mode = modeFromName(o.mode); // checked by cli::modeArgument
    QStringList sources = o.projectsOnly ? QStringList{QStringLiteral("asana")} : chosenSources(o);
    if (o.sources.isEmpty() && !o.projectsOnly) {
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
            // Every account of a source, each on its own; one that needs sign-in stops, the others go on.
            QList<QPair<QString, QString>> jobs;
            for (const QString &source : std::as_const(sources)) {
                const QStringList ids = o.account.isEmpty() ? engine.accountsToSync(source) : QStringList{o.account};
                for (const QString &id : std::as_const(ids))
                    jobs.append({source, id});
            }
            for (const auto &job : std::as_const(jobs)) {
                runs.append(QCoro::waitFor(engine.run(job.first, mode, job.second, o.projectsOnly)));
                damaged = damaged || (runs.last().status != QLatin1String("ok") && Database::isDamage(runs.last().error));
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
    for (const SyncRun &run : std::as_const(runs)) {
        const QString &source = run.source;
        QJsonObject r = run.toJson();
        summary.insert(summary.contains(source) ? source + u'/' + run.account : source, r);
        if (run.status != QLatin1String("ok")) {
            ++failures;
            busy = busy || run.status == QLatin1String("busy");
            needsSignIn = needsSignIn || run.status == QLatin1String("needs-sign-in");
            err << "cairn: " << Settings::displayName(source) << ": " << printableLine(run.error) << Qt::endl;
        } else if (!o.json) {
            QTextStream(stdout) << QCoreApplication::translate("cairn::CliCommands", "%1: %2 sync, %3 API calls, %4 created, %5 updated, %6 deleted, %7 unchanged, %8 ms")
                                       .arg(Settings::displayName(source), words::syncMode(run.mode))
                                       .arg(run.apiCalls).arg(run.created).arg(run.updated).arg(run.deleted).arg(run.skipped)
                                       .arg(run.durationMs())
                                << Qt::endl;
        }
    }
    if (o.json)
        printJson(summary);
    // Several runs: busy before not signed in before failed (ExitCodes.h).
    return int(busy ? ExitCode::Busy : needsSignIn ? ExitCode::NotSignedIn : failures ? ExitCode::Failure : ExitCode::Ok);
}

// One entry per Jira configuration: its own state row (scope = name) and issue counts.
QJsonObject jiraConfigsStatus(const QList<SyncState> &states, const QHash<QString, JiraRepo::Counts> &counts)
{
    QJsonObject configs;
    for (const SyncState &st : states) {
        if (st.source != QLatin1String("jira") || st.scope.isEmpty())
            continue;
        QJsonObject c{{QStringLiteral("status"), st.status},
                      {QStringLiteral("initial_sync_completed"), st.initialSyncCompleted},
                      {QStringLiteral("last_sync"), st.lastSyncAt.toString(Qt::ISODate)},
                      {QStringLiteral("issues"), counts.value(st.scope).live},
                      {QStringLiteral("deleted"), counts.value(st.scope).deleted}};
        if (!st.lastError.isEmpty())
            c.insert(QStringLiteral("last_error"), st.lastError);
        configs.insert(st.scope, c);
    }
    return configs;
}

void printJiraConfigs(QTextStream &cout, const QJsonObject &configs)
{
    for (auto it = configs.begin(); it != configs.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        cout << "  " << printableLine(it.key()) << ": " << printableLine(c.value(QLatin1String("status")).toString()) << ", "
             << QCoreApplication::translate("cairn::CliCommands", "last sync") << ' ' << c.value(QLatin1String("last_sync")).toString()
             << ", " << QCoreApplication::translate("cairn::CliCommands", "%1 issues (%2 deleted)")
                            .arg(c.value(QLatin1String("issues")).toInt())
                            .arg(c.value(QLatin1String("deleted")).toInt());
        if (c.contains(QLatin1String("last_error")))
            cout << ", " << QCoreApplication::translate("cairn::CliCommands", "last error:") << ' ' << printableLine(c.value(QLatin1String("last_error")).toString());
        cout << Qt::endl;
    }
}

int commandStatus(const CliOptions &o, Settings &settings)
{
    QJsonObject out;
    QList<SyncState> states;
    ContactsRepo::Counts contacts;
    GitHubRepo::Counts pulls;
    QHash<QString, JiraRepo::Counts> jiraCounts; // by configuration
    if (QFile::exists(settings.databasePath())) {
        Reader r(settings);
        states = SyncStateRepo::all(r.db());
        contacts = ContactsRepo::counts(r.db());
        pulls = GitHubRepo::counts(r.db());
        for (const SyncState &st : std::as_const(states))
            if (st.source == QLatin1String("jira") && !st.scope.isEmpty())
                jiraCounts.insert(st.scope, JiraRepo::counts(r.db(), st.account, st.scope));
    }
    for (const QString &source : chosenSources(o)) {
        QJsonObject s{{QStringLiteral("status"), QStringLiteral("never synced")}};
        for (const SyncState &st : std::as_const(states)) {
            if (st.source != source || !st.scope.isEmpty())
                continue;
            s.insert(QStringLiteral("status"), st.status);
            s.insert(QStringLiteral("last_sync_at"), st.lastSyncAt.toString(Qt::ISODate));
            s.insert(QStringLiteral("last_full_sync_at"), st.lastFullSyncAt.toString(Qt::ISODate));
            if (!st.lastError.isEmpty())
                s.insert(QStringLiteral("last_error"), st.lastError);
        }
        if (source == QLatin1String("google"))
            s.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("contacts"), contacts.live},
                                                           {QStringLiteral("deleted"), contacts.deleted}});
        if (source == QLatin1String("github"))
            s.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("pulls"), pulls.live},
                                                           {QStringLiteral("open"), pulls.open},
                                                           {QStringLiteral("reviews"), pulls.reviews},
                                                           {QStringLiteral("deleted"), pulls.deleted}});
        QJsonObject scopes; // per repository (GitHub): its own status and error
        for (const SyncState &st : std::as_const(states)) {
            if (st.source != source || !st.scope.startsWith(QLatin1String("repo:")))
                continue;
            QJsonObject one{{QStringLiteral("status"), st.status}, {QStringLiteral("last_sync_at"), st.lastSyncAt.toString(Qt::ISODate)}};
            if (!st.lastError.isEmpty())
                one.insert(QStringLiteral("last_error"), st.lastError);
            scopes.insert(st.scope.mid(5), one);
        }
        if (!scopes.isEmpty())
            s.insert(QStringLiteral("repos"), scopes);
        if (source == QLatin1String("jira"))
            s.insert(QStringLiteral("configs"), jiraConfigsStatus(states, jiraCounts));
        out.insert(source, s);
    }
    if (o.json) {
        printJson(out);
        return 0;
    }
    QTextStream cout(stdout);
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        cout << Settings::displayName(it.key()) << ": " << printableLine(s.value(QLatin1String("status")).toString());
        if (s.contains(QLatin1String("last_sync_at")))
            cout << ", " << QCoreApplication::translate("cairn::CliCommands", "last sync") << ' ' << s.value(QLatin1String("last_sync_at")).toString();
        const QJsonObject counts = s.value(QLatin1String("counts")).toObject();
        if (it.key() == QLatin1String("github") && !counts.isEmpty())
            cout << ", " << QCoreApplication::translate("cairn::CliCommands", "%1 pull requests (%2 open), %3 reviews")
                                .arg(counts.value(QLatin1String("pulls")).toInt())
                                .arg(counts.value(QLatin1String("open")).toInt())
                                .arg(counts.value(QLatin1String("reviews")).toInt());
        else if (!counts.isEmpty())
            cout << ", " << QCoreApplication::translate("cairn::CliCommands", "%1 contacts (%2 deleted)")
                                .arg(counts.value(QLatin1String("contacts")).toInt())
                                .arg(counts.value(QLatin1String("deleted")).toInt());
        if (s.contains(QLatin1String("last_error")))
            cout << ", " << QCoreApplication::translate("cairn::CliCommands", "last error:") << ' ' << printableLine(s.value(QLatin1String("last_error")).toString());
        cout << Qt::endl;
        const QJsonObject repos = s.value(QLatin1String("repos")).toObject();
        for (auto r = repos.begin(); r != repos.end(); ++r) {
            const QJsonObject one = r.value().toObject();
            cout << "  " << printableLine(r.key()) << ": " << printableLine(one.value(QLatin1String("status")).toString());
            if (one.contains(QLatin1String("last_error")))
                cout << ", " << QCoreApplication::translate("cairn::CliCommands", "last error:") << ' ' << printableLine(one.value(QLatin1String("last_error")).toString());
            cout << Qt::endl;
        }
        printJiraConfigs(cout, s.value(QLatin1String("configs")).toObject());
    }
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
    QTextStream cout(stdout);
    if (runs.isEmpty()) {
        cout << (o.sources.isEmpty() ? QCoreApplication::translate("cairn::CliCommands", "No sync has run yet: run `cairn sync`.")
                                     : QCoreApplication::translate("cairn::CliCommands", "No sync of %1 has run yet: run `cairn sync --source %2`.")
                                           .arg(Settings::displayName(o.sources.first()), o.sources.first()))
             << Qt::endl;
        return 0;
    }
    // Aligned columns under a header; the changes column explained below the table.
    QList<QStringList> rows{{QCoreApplication::translate("cairn::CliCommands", "STARTED"), QCoreApplication::translate("cairn::CliCommands", "SOURCE"), QCoreApplication::translate("cairn::CliCommands", "MODE"), QCoreApplication::translate("cairn::CliCommands", "STATUS"), QCoreApplication::translate("cairn::CliCommands", "CALLS"), QCoreApplication::translate("cairn::CliCommands", "CHANGES"), QCoreApplication::translate("cairn::CliCommands", "MS"), QCoreApplication::translate("cairn::CliCommands", "ERROR")}};
    for (const SyncRun &run : std::as_const(runs))
        rows.append({run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), printableLine(run.source),
                     printableLine(words::syncMode(run.mode)), printableLine(run.status), QString::number(run.apiCalls),
                     QStringLiteral("+%1 ~%2 -%3").arg(run.created).arg(run.updated).arg(run.deleted),
                     QString::number(run.durationMs()), printableLine(run.error)});
    QList<qsizetype> width(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], row[c].size());
    const QList<bool> numeric{false, false, false, false, true, false, true, false};
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c == row.size() - 1;
            line += numeric[c] ? row[c].rightJustified(width[c]) : last ? row[c] : row[c].leftJustified(width[c]);
            if (!last)
                line += QStringLiteral("  ");
        }
        cout << line.trimmed() << Qt::endl;
    }
    cout << QCoreApplication::translate("cairn::CliCommands", "CHANGES: +created ~updated -deleted; CALLS: API calls; MS: duration in milliseconds") << Qt::endl;
    return 0;
}

namespace {
// Where a kind of search hit comes from.
QString sourceOfKind(SearchIndex::Kind kind)
{
    switch (kind) {
    case SearchIndex::Kind::Contact: return QStringLiteral("google");
    case SearchIndex::Kind::PullRequest: return QStringLiteral("github");
    case SearchIndex::Kind::JiraIssue: return QStringLiteral("jira");
    case SearchIndex::Kind::Project:
    case SearchIndex::Kind::Task: break;
    }
    return QStringLiteral("asana");
}

// Whether the cache holds anything of `sources` to search.
bool anythingCached(QSqlDatabase &db, const QStringList &sources)
{
    for (SearchIndex::Kind kind : SearchIndex::kAllKinds) {
        if (!sources.isEmpty() && !sources.contains(sourceOfKind(kind)))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM search WHERE rowid >= ? AND rowid < ? LIMIT 1"));
        q.addBindValue(qint64(kind) << 40);
        q.addBindValue((qint64(kind) + 1) << 40);
        if (q.exec() && q.next())
            return true;
    }
    return false;
}
} // namespace

int commandSearch(const CliOptions &o, Settings &settings)
{
    const QString query = o.arguments.join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "search needs words to look for"));
    if (SearchIndex::bounded(query).cut) // searched all the same, for what it kept
        QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "warning:") << ' '
                            << QCoreApplication::translate("cairn::CliCommands", "only the first %1 words (and %2 characters) of the query are searched for")
                                   .arg(SearchIndex::kMaxWords).arg(SearchIndex::kMaxChars)
                            << Qt::endl;
    const QString nothingCached = o.sources.size() == 1
        ? QCoreApplication::translate("cairn::CliCommands", "nothing of %1 is cached yet: run `cairn sync --source %2` first")
              .arg(Settings::displayName(o.sources.first()), o.sources.first())
        : QCoreApplication::translate("cairn::CliCommands", "nothing is cached yet: run `cairn sync` first");
    if (!QFile::exists(settings.databasePath()))
        throw Error(Error::Kind::Config, nothingCached);
    Reader r(settings);
    // Each kind of the sources asked for, its best `limit`, then the best of them all. The
    // matches are marked with private-use characters while Markdown is taken out of the snippet.
    const QString open(QChar(0xE000)), close(QChar(0xE001));
    QList<SearchIndex::Hit> hits;
    for (SearchIndex::Kind kind : SearchIndex::kAllKinds)
        if (o.sources.isEmpty() || o.sources.contains(sourceOfKind(kind)))
            hits << SearchIndex::query(r.db(), query, kind, o.limit, open, close);
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.inTitle != b.inTitle ? a.inTitle : a.rank < b.rank; });
    if (hits.size() > o.limit)
        hits.resize(o.limit);
    if (hits.isEmpty() && !anythingCached(r.db(), o.sources))
        throw Error(Error::Kind::Config, nothingCached);
    QJsonArray a;
    QTextStream cout(stdout);
    for (const auto &h : std::as_const(hits)) {
        const QString kind = SearchIndex::kindName(h.kind);
        const QString snippet = plainSnippet(h.snippet).replace(open, QStringLiteral("[")).replace(close, QStringLiteral("]"));
        if (o.json)
            a.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("source"), sourceOfKind(h.kind)},
                                 {QStringLiteral("title"), h.title}, {QStringLiteral("snippet"), snippet}, {QStringLiteral("rank"), h.rank}});
        else
            cout << kind.leftJustified(8) << printableLine(h.title) << "  —  " << printableLine(snippet) << Qt::endl;
    }
    if (o.json)
        printJson(a);
    if (hits.isEmpty()) {
        QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "no matches for “%1”").arg(printableLine(query.simplified().left(80)))
                            << Qt::endl;
        return int(ExitCode::NoMatch);
    }
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

// JSON: every record, deleted ones flagged by toJson; CSV: the live ones.
template<typename T, typename ToJson, typename ToCsv>
QByteArray exportAs(const CliOptions &o, const QList<T> &all, ToJson toJson, ToCsv toCsv, const QString &what)
{
    if (o.format == QLatin1String("json")) {
        QJsonArray a;
        for (const T &item : all)
            a.append(toJson(item));
        return QJsonDocument(a).toJson(QJsonDocument::Indented);
    }
    if (o.format == QLatin1String("csv")) {
        QList<T> live;
        for (const T &item : all)
            if (!item.deleted)
                live.append(item);
        return toCsv(live);
    }
    throw usageError(QCoreApplication::translate("cairn::CliCommands", "unknown format \"%1\" for %2 (json or csv)").arg(o.format, what));
}

int commandExport(const CliOptions &o, Settings &settings)
{
    if (o.sources.size() != 1) // (cli::sourceArguments checked each)
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "export needs exactly one --source"));
    const QString source = o.sources.first();
    const QString account = exportAccount(o, settings, source);
    Reader r(settings);
    QByteArray data;
    if (source == QLatin1String("github")) {
        QHash<QString, QList<PullReview>> reviews; // by "repo#number"
        if (o.format == QLatin1String("json"))
            for (const PullReview &v : GitHubRepo::reviews(r.db(), account))
                reviews[v.repo + u'#' + QString::number(v.number)].append(v);
        data = exportAs(o, GitHubRepo::pulls(r.db(), account),
                        [&reviews](const PullRequest &p) { return PullExport::toJson(p, reviews.value(p.repo + u'#' + QString::number(p.number))); },
                        &PullExport::toCsv, QCoreApplication::translate("cairn::CliCommands", "pull requests"));
    } else if (source == QLatin1String("asana")) {
        data = exportAs(o, AsanaRepo::tasks(r.db(), account), &AsanaExport::toJson, &AsanaExport::toCsv,
                        QCoreApplication::translate("cairn::CliCommands", "Asana tasks"));
    } else if (source == QLatin1String("jira")) {
        data = exportAs(o, JiraRepo::issues(r.db(), account), &JiraExport::toJson, &JiraExport::toCsv,
                        QCoreApplication::translate("cairn::CliCommands", "Jira issues"));
    } else if (o.format == QLatin1String("vcard") || o.format == QLatin1String("vcf")) {
        QList<Contact> live;
        for (const Contact &c : ContactsRepo::all(r.db(), account))
            if (!c.deleted)
                live.append(c);
        data = ContactExport::toVCard(live);
    } else if (o.format == QLatin1String("json") || o.format == QLatin1String("csv")) {
        data = exportAs(o, ContactsRepo::all(r.db(), account), &ContactExport::toJson, &ContactExport::toCsv, QString());
    } else {
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "unknown format \"%1\" (json, csv or vcard)").arg(o.format));
    }
    return writeExport(o, data);
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
    QTextStream cout(stdout);
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QLatin1String("key")).toString();
        cout << printableLine(key);
        if (!key.contains(u'<')) {
            cout << " = " << printableLine(r.value(QLatin1String("value")).toString());
            if (!r.value(QLatin1String("set")).toBool())
                cout << "  " << QCoreApplication::translate("cairn::CliCommands", "(default)");
            else if (!r.value(QLatin1String("default")).toString().isEmpty())
                cout << "  " << QCoreApplication::translate("cairn::CliCommands", "(default: %1)").arg(printableLine(r.value(QLatin1String("default")).toString()));
        }
        cout << Qt::endl << "    " << printableLine(r.value(QLatin1String("description")).toString());
        if (r.contains(QLatin1String("min")))
            cout << ' ' << QCoreApplication::translate("cairn::CliCommands", "(%1 to %2)").arg(r.value(QLatin1String("min")).toInt()).arg(r.value(QLatin1String("max")).toInt());
        cout << Qt::endl;
    }
    for (const QString &k : std::as_const(unknown))
        cout << printableLine(k) << " = " << printableLine(settings.value(k).toString()) << Qt::endl << "    "
             << QCoreApplication::translate("cairn::CliCommands", "Not a setting of Cairn: remove it with `cairn config unset %1`.").arg(printableLine(k)) << Qt::endl;
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
