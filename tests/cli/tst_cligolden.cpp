// Issue 20: what `cairn` prints, against golden files under tests/cli/golden/ — every
// command's help (`cairn help X` and `cairn X --help` alike), its errors (bad argument, unknown
// source, no account, dead server: the exit code and exactly one stderr line) and its --json
// (validated against docs/schemas/<command>.schema.json first, then compared with what
// varies — times, durations, ports, paths, scores — normalised).
//
// After an intended change, regenerate the golden files and review the diff:
//     CAIRN_UPDATE_GOLDEN=1 ctest --test-dir build -R cli.tst_cligolden
//     git diff tests/cli/golden
#include "JsonSchema.h"
#include "CommandTable.h"
#include "ProcessHarness.h"
#include "Settings.h"
#include "Words.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

using cairn::test::ProcessHarness;

namespace {

const QString kGolden = QStringLiteral(CAIRN_SOURCE_DIR "/tests/cli/golden/");

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

// The registry's list of sources in a sentence ("google, asana, … or gitlab") as <sources>:
// the golden files stay as they are when a source is added (registryProblems() and
// tst_climanners check the list itself).
QByteArray withSourcesListed(const QByteArray &text)
{
    return QString::fromUtf8(text).replace(cairn::words::oneOf(cairn::Settings::sources()), QStringLiteral("<sources>")).toUtf8();
}

// `actual` equals golden/<name>, or (CAIRN_UPDATE_GOLDEN=1) becomes it.
bool matchesGolden(const QString &name, const QByteArray &given, QByteArray *expected)
{
    const QByteArray actual = withSourcesListed(given);
    QFile f(kGolden + name);
    if (qEnvironmentVariableIntValue("CAIRN_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(f).absolutePath());
        if (!f.open(QIODevice::WriteOnly) || f.write(actual) != actual.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        *expected = actual;
        return true;
    }
    *expected = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing: run with CAIRN_UPDATE_GOLDEN=1)");
    return *expected == actual;
}

#define COMPARE_GOLDEN(name, actual)                                                                                    \
    do {                                                                                                                 \
        QByteArray expected_;                                                                                            \
        const QByteArray actual_ = (actual);                                                                             \
        if (!matchesGolden(name, actual_, &expected_))                                                                   \
            QCOMPARE(QString::fromUtf8(actual_), QString::fromUtf8(expected_)); /* CAIRN_UPDATE_GOLDEN=1 accepts it */    \
    } while (false)

// The time, duration, size and score members of a --json document as placeholders: they
// differ at every run (their types are checked by the schema before).
QJsonValue normalised(const QJsonValue &v)
{
    static const QStringList times{QStringLiteral("started_at"), QStringLiteral("finished_at"), QStringLiteral("last_sync_at"),
                                   QStringLiteral("last_full_sync_at"), QStringLiteral("last_sync")};
    static const QStringList varying{QStringLiteral("duration_ms"), QStringLiteral("bytes"), QStringLiteral("score"),
                                     QStringLiteral("rank"), QStringLiteral("snippet")};
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(normalised(e));
        return a;
    }
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (times.contains(it.key()) && !it.value().toString().isEmpty())
            it.value() = QStringLiteral("<time>");
        else if (varying.contains(it.key()))
            it.value() = QStringLiteral("<%1>").arg(it.key());
        else
            it.value() = normalised(it.value());
    }
    return o;
}

QByteArray indented(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

// The loopback port of the simulator (or of a dead server) and the data folder, named.
QByteArray withoutPortsAndPaths(QByteArray text, const ProcessHarness &h)
{
    text.replace(QFile::encodeName(h.dataDir()), "<data>");
    return QString::fromUtf8(text).replace(QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:\\d+")), QStringLiteral("127.0.0.1:<port>")).toUtf8();
}

// A port on loopback that nothing listens on.
quint16 deadPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort(); // closed when `s` goes
}

struct ErrorCase
{
    const char *command; // the golden file errors/<command>.txt
    const char *line;    // what follows `cairn`
    const char *env = nullptr; // NAME=value for this case ("@dead" in a value: a dead server's port)
    const char *input = nullptr;
};

// Each command's errors: the usage errors (2) every command reads alike, the ones a person
// meets first (not signed in, 3; nothing cached, 1; no match, 4) and a server that is not there.
const ErrorCase kErrors[] = {
    {"sync", "sync --mode sideways"},
    {"sync", "sync --source Google"},
    {"sync", "sync --account ../etc"},
    {"sync", "sync --source google", "CAIRN_GOOGLE_TOKEN="},
    {"sync", "sync --source github --projects-only"},
    {"sync", "sync --source google", "CAIRN_GOOGLE_API_URL=http://127.0.0.1:@dead/google"},
    {"status", "status --limit 5"},
    {"status", "status --source foo"},
    {"status", "status google"},
    {"history", "history --limit abc"},
    {"history", "history --source google --source jira"},
    {"history", "history --source Jira"},
    {"search", "search"},
    {"search", "search ada --limit 0"},
    {"search", "search ada --source foo"},
    {"search", "search ada"},
    {"search", "search ada --source jira"},
    {"export", "export"},
    {"export", "export --source github --format vcard"},
    {"export", "export --source foo"},
    {"export", "export --source google --account ../etc"},
    {"config", "config get sync.gogle.interval_minutes"},
    {"config", "config set sync.google.interval_minutes 0"},
    {"config", "config set github.token x"},
    {"config", "config frobnicate"},
    {"config", "config get google.oauth.client_secret"},
    {"login", "login"},
    {"login", "login Google"},
    {"login", "login google --mode full"},
    {"login", "login github --token-stdin", nullptr, ""},
    {"login", "login jira --token-stdin --site https://example.atlassian.net", nullptr, "token\n"},
    {"logout", "logout"},
    {"logout", "logout foo"},
    {"logout", "logout google --account ../etc"},
    {"accounts", "accounts google"},
    {"accounts", "accounts --source google"},
    {"help", "help synk"},
    {"help", "help sync status"},
    {"completion", "completion tcsh"},
    {"completion", "completion"},
    {"cairn", "snyc"},
    {"cairn", "sync --frobnicate"},
};

} // namespace

class TestCliGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // `cairn help`, `cairn help exit-codes`, and `cairn help X` = `cairn X --help` for every
    // command of the table.
    void help()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        h.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        const auto global = h.cairn({QStringLiteral("help")});
        QCOMPARE(global.exitCode, 0);
        COMPARE_GOLDEN(QStringLiteral("help/cairn.txt"), global.out);
        const auto codes = h.cairn(words("help exit-codes"));
        QCOMPARE(codes.exitCode, 0);
        COMPARE_GOLDEN(QStringLiteral("help/exit-codes.txt"), codes.out);
        for (const cairn::cli::CommandSpec &c : cairn::cli::commands()) {
            const QString name = QLatin1String(c.name);
            const auto help = h.cairn({QStringLiteral("help"), name});
            QCOMPARE(help.exitCode, 0);
            QCOMPARE(help.err, QByteArray());
            COMPARE_GOLDEN(QStringLiteral("help/%1.txt").arg(name), help.out);
            const auto option = h.cairn({name, QStringLiteral("--help")});
            QCOMPARE(option.exitCode, 0);
            QCOMPARE(option.out, help.out);
        }
    }

    // Every error: non-zero, nothing on stdout, exactly one line on stderr starting "cairn: ".
    void errors()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("1")});
        h.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        const QString dead = QString::number(deadPort());
        QMap<QString, QByteArray> files; // command → its golden file
        for (const ErrorCase &e : kErrors) {
            ProcessHarness::Result r;
            {
                QProcessEnvironment saved = h.environment();
                if (e.env) {
                    const QString assignment = QString::fromUtf8(e.env).replace(QLatin1String("@dead"), dead);
                    h.setEnv(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
                }
                r = h.cairn(words(e.line), 120'000, e.input ? QByteArray(e.input) : QByteArray());
                if (e.env) { // back as it was
                    const QString name = QString::fromUtf8(e.env).section(u'=', 0, 0);
                    h.setEnv(name, saved.value(name));
                }
            }
            const QByteArray what = QByteArray("cairn ") + e.line;
            QVERIFY2(r.exitCode > 0, what.constData());
            QVERIFY2(r.out.isEmpty(), (what + ": " + r.out).constData());
            QVERIFY2(r.err.startsWith("cairn: ") && r.err.endsWith('\n') && r.err.count('\n') == 1, (what + ": " + r.err).constData());
            files[QLatin1String(e.command)] += "$ " + what + (e.env ? QByteArray("  # ") + e.env : QByteArray()) + '\n'
                + "exit " + QByteArray::number(r.exitCode) + '\n' + withoutPortsAndPaths(r.err, h) + '\n';
        }
        for (auto it = files.begin(); it != files.end(); ++it)
            COMPARE_GOLDEN(QStringLiteral("errors/%1.txt").arg(it.key()), it.value());
    }

    // Every --json, valid against its schema, and its shape as the golden file has it: the
    // four sources synced, and a search of each.
    void json()
    {
        ProcessHarness h(words("--contacts 3 --github-repos 1 --github-pulls 2 --jira-issues 2 --asana-projects 1 --asana-tasks 2 --seed 1"));
        h.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        for (const char *source : {"ASANA", "GITHUB", "JIRA"}) {
            h.setEnv(QStringLiteral("CAIRN_%1_API_URL").arg(QLatin1String(source)), h.simUrl().toString() + u'/' + QString::fromLatin1(source).toLower());
            h.setEnv(QStringLiteral("CAIRN_%1_TOKEN").arg(QLatin1String(source)), QStringLiteral("cairn-sim-token"));
        }
        h.setEnv(QStringLiteral("CAIRN_JIRA_EMAIL"), QStringLiteral("me@example.com"));
        h.admin("POST", QStringLiteral("/_admin/google/mutate"),
                {{QStringLiteral("op"), QStringLiteral("add_person")}, {QStringLiteral("givenName"), QStringLiteral("Goldie")},
                 {QStringLiteral("familyName"), QStringLiteral("Testperson")}, {QStringLiteral("email"), QStringLiteral("goldie@example.com")}});
        for (const char *line : {"config set sync.google.interval_minutes 30", "config set github.repos octo-org/website",
                                 "config set jira.configs main", "config set jira.main.jql project in (CAIRN, OPS, WEB)",
                                 "config set jira.main.site https://example.atlassian.net"})
            QCOMPARE(h.cairn(words(line)).exitCode, 0);
        // A word of the first item of each service (the simulator's data is the same for a seed).
        const auto wordOf = [&h](const char *source, const char *list, const char *field) {
            const QString text = h.admin("GET", QStringLiteral("/_admin/truth/") + QLatin1String(source))
                                     .value(QLatin1String(list)).toArray().first()[QLatin1String(field)].toString();
            QString longest;
            for (const QString &w : text.split(QRegularExpression(QStringLiteral("[^A-Za-z]+")), Qt::SkipEmptyParts))
                longest = w.size() > longest.size() ? w : longest;
            return longest.toUtf8();
        };
        const QByteArray searches = "search " + wordOf("asana", "tasks", "name") + " --source asana --limit 1 --json\n"
            + "search " + wordOf("github", "pulls", "title") + " --source github --limit 1 --json\n"
            + "search " + wordOf("jira", "issues", "summary") + " --source jira --limit 1 --json";
        const struct
        {
            const char *schema;
            QByteArray line;
            int exitCode;
        } runs[] = {
            {"status", "status --json", 0}, // nothing synced yet
            {"sync", "sync --json", 0},
            {"sync", "sync --source google --json", 0}, // the partial one after
            {"status", "status --json", 0},
            {"history", "history --source google --json", 0},
            {"search", "search goldie --json", 0},
            {"search", searches.split('\n').at(0), 0},
            {"search", searches.split('\n').at(1), 0},
            {"search", searches.split('\n').at(2), 0},
            {"search", "search zzzzqq --json", 4},
            {"config-list", "config list --json", 0},
            {"accounts", "accounts --json", 0},
        };
        QByteArray all;
        for (const auto &run : runs) {
            const auto r = h.cairn(words(run.line.constData()));
            QVERIFY2(r.exitCode == run.exitCode, (run.line + ": " + r.err).constData());
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
            QVERIFY2(!doc.isNull(), qPrintable(QString::fromUtf8(run.line) + QStringLiteral(": ") + error.errorString()));
            const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            const QString schema = QLatin1String(run.schema);
            const QStringList problems = cairn::test::validateCliJson(schema, value, !run.line.contains("--source"));
            QVERIFY2(problems.isEmpty(), qPrintable(QString::fromUtf8(run.line) + u'\n' + problems.join(u'\n')));
            QJsonValue shown = normalised(value);
            if (schema == QLatin1String("status")) {
                // The sources this test sets up (the others are checked above, not shown).
                QJsonObject set;
                for (const char *source : {"google", "asana", "github", "jira"})
                    set.insert(QLatin1String(source), shown[QLatin1String(source)]);
                shown = set;
            }
            if (QLatin1String(run.schema) == QLatin1String("config-list")) {
                // The settings set here: the others change with the settings table.
                QJsonArray set;
                for (const QJsonValue &s : shown[QLatin1String("settings")].toArray())
                    if (s[QLatin1String("set")].toBool() || s[QLatin1String("key")].toString() == QLatin1String("sync.asana.interval_minutes"))
                        set.append(s);
                QJsonObject o = shown.toObject();
                o.insert(QStringLiteral("settings"), set);
                shown = o;
            }
            all += QByteArray("$ cairn ") + run.line + '\n' + withoutPortsAndPaths(indented(shown), h) + '\n';
        }
        COMPARE_GOLDEN(QStringLiteral("json.txt"), all);
    }
};

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cligolden.moc"
