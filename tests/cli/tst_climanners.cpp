// Issue 20, "a command line that scripts and people can trust": the real `cairn` binary
// against `cairn-sim` — exit codes from one table, arguments checked alike by every command,
// `config` that knows its keys, help and bash completion from one command table, and output
// for people and scripts (tables as wide as the terminal or tab-separated values, history in
// columns, snippets on one line, "no matches", "not signed in").
#include "CommandTable.h"
#include "OAuthConfig.h"
#include "ProcessHarness.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "Sources.h"
#include "Table.h"
#include "Words.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using cairn::test::ProcessHarness;

namespace {

// The registered sources whose id starts with `c`, in the registry's order.
QStringList sourcesStartingWith(QChar c)
{
    QStringList out;
    for (const QString &s : cairn::Settings::sources())
        if (s.startsWith(c))
            out << s;
    return out;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

ProcessHarness::Result quietly(ProcessHarness &h, const QStringList &a)
{
    h.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
    return h.cairn(a);
}

// A Settings read or write in src/ whose key is a literal: "file: key" with %1 and a leading
// `source +` read as "google"; keys built some other way come back as "file: ?expression".
struct SettingUse
{
    QString file;
    QString key; // "" when it is not a literal
    QString expression;
};

QList<SettingUse> settingUses(const QString &file, const QString &text, const QString &header)
{
    // The names that hold a Settings in this file (or its header): parameters, members, locals.
    QStringList names{QStringLiteral("settings\\(\\)")};
    static const QRegularExpression declared(QStringLiteral("\\bSettings\\s*&?\\s*(\\w+)\\s*[,;)=({]"));
    for (const QString &t : {text, header}) {
        auto it = declared.globalMatch(t);
        while (it.hasNext()) {
            const QString n = it.next().captured(1);
            if (n != QLatin1String("const") && !names.contains(n))
                names << n;
        }
    }
    QString receivers = QStringLiteral("(?:\\b(?:") + names.join(u'|') + QStringLiteral(")\\s*\\.\\s*");
    if (file.endsWith(QLatin1String("core/Settings.cpp")))
        receivers += QStringLiteral("|(?<![\\w.>:])"); // its own value(...)
    receivers += u')';
    const QRegularExpression call(receivers + QStringLiteral("(?:value|boundedInt|setValue)\\(\\s*([^;]*)"));
    static const QRegularExpression literal(QStringLiteral(
        "^(?:(\\w+)\\s*\\+\\s*)?(?:QStringLiteral|QLatin1String)\\(\"([^\"]*)\"\\)(\\.arg\\(([^)]*)\\))?"));
    QList<SettingUse> uses;
    auto it = call.globalMatch(text);
    while (it.hasNext()) {
        const QString expression = it.next().captured(1).simplified();
        SettingUse u{file, QString(), expression.left(80)};
        const auto m = literal.match(expression);
        if (m.hasMatch() && (m.captured(1).isEmpty() || m.captured(1) == QLatin1String("source"))
            && !m.captured(4).contains(u',')) {
            QString key = (m.captured(1).isEmpty() ? QString() : QStringLiteral("google")) + m.captured(2);
            key.replace(QLatin1String("%1"), QLatin1String("google"));
            if (!key.contains(u'%'))
                u.key = key;
        }
        uses.append(u);
    }
    return uses;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What bash offers for the words typed (the last one being completed), as the
// bash-completion project's tests ask: COMP_WORDS, COMP_CWORD, the function `complete -p` names.
QStringList completions(const QStringList &typed)
{
    QStringList quoted;
    for (const QString &w : typed)
        quoted << u'\'' + w + u'\'';
    const QString script = QStringLiteral(
        "source <(\"$CAIRN\" completion bash) || exit 9\n"
        "spec=$(complete -p cairn) || exit 8\n"
        "fn=${spec#*-F }; fn=${fn%% *}\n"
        "COMP_WORDS=(%1); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
        "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}\n"
        "\"$fn\" cairn \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "printf '%s\\n' \"${COMPREPLY[@]}\"\n").arg(quoted.join(u' '));
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAIRN"), ProcessHarness::binary("cairn"));
    bash.setProcessEnvironment(env);
    bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), script});
    bash.waitForFinished(30'000);
    if (bash.exitCode() != 0)
        return {QStringLiteral("bash failed (%1): ").arg(bash.exitCode()) + QString::fromUtf8(bash.readAllStandardError())};
    return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// What `shell` (zsh or fish) offers for `typed`, with the script `cairn completion SHELL`
// loaded as its README line says; ["<shell> missing"] when the shell is not installed.
QStringList shellCompletions(const QString &shell, const QString &typed)
{
    QString script;
    if (shell == QLatin1String("zsh")) // bashcompinit runs the function with KSH_ARRAYS, as here
        script = QStringLiteral("source <(\"$CAIRN\" completion zsh) || exit 9\n"
                                "setopt ksharrays\n"
                                "COMP_WORDS=(%1); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                                "_cairn cairn \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                                // zsh matches what compgen offers against the word itself (its compgen
                                // ignores the word: compadd filters), as here
                                "cur=${COMP_WORDS[COMP_CWORD]}; print -rl -- \"${(M)COMPREPLY[@]:#${cur}*}\"\n").arg(typed);
    else
        script = QStringLiteral("\"$CAIRN\" completion fish | source; or exit 9\n"
                                "complete -C '%1' | string replace -r '\\t.*' ''; true\n").arg(typed);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAIRN"), ProcessHarness::binary("cairn"));
    p.setProcessEnvironment(env);
    p.start(shell, shell == QLatin1String("zsh") ? QStringList{QStringLiteral("-f"), QStringLiteral("-c"), script}
                                                  : QStringList{QStringLiteral("--no-config"), QStringLiteral("-c"), script});
    if (!p.waitForStarted(10'000))
        return {shell + QStringLiteral(" missing")};
    p.waitForFinished(30'000);
    if (p.exitCode() != 0)
        return {QStringLiteral("%1 failed (%2): ").arg(shell).arg(p.exitCode()) + QString::fromUtf8(p.readAllStandardError())};
    QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    out.sort();
    return out;
}

} // namespace

class TestCliManners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 1. One table of exit codes: printed by `cairn help exit-codes`, every one in the README.
    void exitCodesAreOneTable()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        const auto r = quietly(h, args({"help", "exit-codes"}));
        QCOMPARE(r.exitCode, 0);
        const QByteArray readme = readAll(QStringLiteral(CAIRN_SOURCE_DIR "/README.md"));
        for (int code : {0, 1, 2, 3, 4, 73, 74, 75}) {
            QVERIFY2(QRegularExpression(QStringLiteral("(?m)^\\s*%1  \\S").arg(code)).match(QString::fromUtf8(r.out)).hasMatch(),
                     qPrintable(QString::number(code) + u'\n' + QString::fromUtf8(r.out)));
            QVERIFY2(QRegularExpression(QStringLiteral("(?m)^\\| %1 +\\|").arg(code)).match(QString::fromUtf8(readme)).hasMatch(),
                     qPrintable(QStringLiteral("README's exit-code table lacks %1").arg(code)));
        }
    }

    // 5. "Google Contacts: not signed in — run `cairn login google`", exit 3.
    void notSignedInNamesTheSourceOnceAndTheNextStep()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        h.setEnv(QStringLiteral("CAIRN_GOOGLE_TOKEN"), QString());
        const auto r = quietly(h, args({"sync", "--source", "google"}));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QByteArray("cairn: Google Contacts: not signed in — run `cairn login google` (or set CAIRN_GOOGLE_TOKEN)\n"));
        const auto all = quietly(h, args({"sync"}));
        QCOMPARE(all.exitCode, 3); // nothing set up at all
        QVERIFY2(all.err.contains("cairn login"), all.err.constData());
    }

    // 2. Every command reads sources, accounts, modes, formats and numbers alike: a usage
    // error (2), one line, naming what was meant.
    void argumentsAreCheckedAlike_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        for (const char *command : {"sync", "status", "history", "search", "export"}) {
            const QStringList base = QString::fromLatin1(command) == QLatin1String("search") ? args({"search", "ada"}) : args({command});
            QTest::addRow("%s --source Google", command) << base + args({"--source", "Google"}) << QByteArray("unknown source \"Google\": did you mean google?");
            QTest::addRow("%s --source foo", command) << base + args({"--source", "foo"})
                                                      << QStringLiteral("unknown source \"foo\" (%1)").arg(cairn::words::oneOf(cairn::Settings::sources())).toUtf8();
        }
        QTest::newRow("login Google") << args({"login", "Google"}) << QByteArray("did you mean google?");
        QTest::newRow("logout foo") << args({"logout", "foo"}) << QByteArray("unknown source \"foo\"");
        for (const char *command : {"sync", "export", "login", "logout"}) {
            QStringList a = args({command});
            if (QLatin1String(command) == QLatin1String("login") || QLatin1String(command) == QLatin1String("logout"))
                a << QStringLiteral("google");
            if (QLatin1String(command) == QLatin1String("export"))
                a << args({"--source", "google"});
            QTest::addRow("%s --account", command) << a + args({"--account", "../etc"}) << QByteArray("invalid account name");
        }
        QTest::newRow("--mode Full") << args({"sync", "--mode", "Full"}) << QByteArray("unknown mode \"Full\": did you mean full?");
        QTest::newRow("--mode sideways") << args({"sync", "--mode", "sideways"}) << QByteArray("unknown mode \"sideways\" (auto, full or partial)");
        QTest::newRow("history --limit abc") << args({"history", "--limit", "abc"}) << QByteArray("--limit needs a whole number from 1 to 100000, not \"abc\"");
        QTest::newRow("search --limit 0") << args({"search", "ada", "--limit", "0"}) << QByteArray("--limit needs a whole number");
        QTest::newRow("export --format vcard for github") << args({"export", "--source", "github", "--format", "vcard"}) << QByteArray("unknown format \"vcard\" for GitHub (json or csv)");
        QTest::newRow("export --format JSON") << args({"export", "--source", "google", "--format", "JSON"}) << QByteArray("did you mean json?");
        QTest::newRow("status --limit") << args({"status", "--limit", "5"}) << QByteArray("status does not take --limit");
        QTest::newRow("status with a word") << args({"status", "google"}) << QByteArray("status takes no word \"google\"");
        QTest::newRow("unknown command") << args({"snyc"}) << QByteArray("unknown command \"snyc\": did you mean sync?");
        QTest::newRow("--projects-only") << args({"sync", "--source", "github", "--projects-only"}) << QByteArray("Asana only");
    }
    void argumentsAreCheckedAlike()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        const auto r = quietly(h, arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("cairn: ") && r.err.endsWith('\n') && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(!QFile::exists(h.dataDir() + QStringLiteral("/cairn.sqlite")), "a usage error touched the cache");
    }

    // 3. `config` knows every key: list with value, default and meaning; set checks key and
    // value; get says the default; unset removes.
    void configKnowsItsKeys()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        QCOMPARE(quietly(h, args({"config", "set", "sync.google.interval_minutes", "30"})).exitCode, 0);
        QCOMPARE(quietly(h, args({"config", "set", "jira.main.jql", "project = X"})).exitCode, 0);
        const auto json = quietly(h, args({"config", "list", "--json"}));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = json.json().value(QLatin1String("settings")).toArray();
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue &v : rows)
            byKey.insert(v[QLatin1String("key")].toString(), v.toObject());
        for (const cairn::SettingSpec &s : cairn::SettingsTable::all()) {
            if (s.internal)
                continue;
            QVERIFY2(byKey.contains(s.key), qPrintable(s.key));
            QVERIFY2(!byKey[s.key].value(QLatin1String("description")).toString().isEmpty(), qPrintable(s.key));
        }
        const QJsonObject interval = byKey.value(QStringLiteral("sync.google.interval_minutes"));
        QCOMPARE(interval.value(QLatin1String("value")).toString(), QStringLiteral("30"));
        QCOMPARE(interval.value(QLatin1String("default")).toString(), QStringLiteral("15"));
        QCOMPARE(interval.value(QLatin1String("max")).toInt(), 1440);
        QCOMPARE(byKey.value(QStringLiteral("jira.main.jql")).value(QLatin1String("value")).toString(), QStringLiteral("project = X"));

        const auto tsv = quietly(h, args({"config", "list"})); // for a script
        QVERIFY2(tsv.out.startsWith("key\tvalue\tset\tdefault\tdescription\n"), tsv.out.constData());
        QVERIFY2(tsv.out.contains("\nsync.google.interval_minutes\t30\ttrue\t15\tMinutes between two syncs of Google Contacts"), tsv.out.constData());
        QVERIFY2(tsv.out.contains("\nsync.asana.interval_minutes\t10\tfalse\t10\t"), tsv.out.constData());
        h.setEnv(QStringLiteral("CAIRN_FORCE_TTY"), QStringLiteral("300")); // for a person
        const auto text = quietly(h, args({"config", "list"}));
        QVERIFY2(QRegularExpression(QStringLiteral("\nsync.google.interval_minutes +30 +15 +Minutes between two syncs of Google Contacts"))
                     .match(QString::fromUtf8(text.out)).hasMatch(), text.out.constData());
        h.setEnv(QStringLiteral("CAIRN_FORCE_TTY"), QString());

        QCOMPARE(quietly(h, args({"config", "get", "asana.stale_hours"})).out, QByteArray("6\n")); // the default
        const auto typo = quietly(h, args({"config", "set", "sync.gogle.interval_minutes", "5"}));
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains("did you mean sync.google.interval_minutes?"), typo.err.constData());
        const auto getTypo = quietly(h, args({"config", "get", "Asana.stale_hours"}));
        QCOMPARE(getTypo.exitCode, 2);
        QVERIFY2(getTypo.err.contains("did you mean asana.stale_hours?"), getTypo.err.constData());
        const auto bool_ = quietly(h, args({"config", "set", "app.start_at_login", "yes"}));
        QCOMPARE(bool_.exitCode, 2);
        QVERIFY2(bool_.err.contains("true or false"), bool_.err.constData());
        QCOMPARE(quietly(h, args({"config", "set", "google.daily_at", "25:99"})).exitCode, 2);
        QCOMPARE(quietly(h, args({"config", "set", "github.base_url", "not a url"})).exitCode, 2);
        QCOMPARE(quietly(h, args({"config", "set", "accounts/google/default/kind", "token"})).exitCode, 2); // Cairn's own

        QCOMPARE(quietly(h, args({"config", "unset", "sync.google.interval_minutes"})).exitCode, 0);
        QCOMPARE(quietly(h, args({"config", "get", "sync.google.interval_minutes"})).out, QByteArray("15\n"));
        QVERIFY(!readAll(h.dataDir() + QStringLiteral("/cairn.ini")).contains("interval_minutes"));
        QCOMPARE(quietly(h, args({"config", "unset", "sync.google.intervall"})).exitCode, 2);
    }

    // The table's defaults are the ones the code uses.
    void settingDefaultsAreTheCodes()
    {
        QTemporaryDir dir;
        cairn::Settings empty(dir.path());
        for (const QString &source : cairn::Settings::sources()) {
            const auto *interval = cairn::SettingsTable::find(QStringLiteral("sync.%1.interval_minutes").arg(source));
            QVERIFY(interval);
            QCOMPARE(interval->defaultValue, QString::number(cairn::Scheduler::defaultIntervalMinutes(source)));
            const cairn::OAuthConfig c = cairn::OAuthConfig::forSource(empty, source);
            const auto def = [&source](const char *key) { return cairn::SettingsTable::find(source + QLatin1String(key))->defaultValue; };
            QCOMPARE(def(".oauth.authorize_url"), c.authorizeUrl.toString());
            QCOMPARE(def(".oauth.token_url"), c.tokenUrl.toString());
            QCOMPARE(def(".oauth.revoke_url"), c.revokeUrl.toString());
            QCOMPARE(def(".oauth.device_url"), c.deviceUrl.toString());
            QCOMPARE(def(".oauth.resources_url"), c.resourcesUrl.toString());
            QCOMPARE(def(".oauth.scope"), c.scope);
            QCOMPARE(def(".oauth.redirect_port"), QString::number(c.redirectPort));
            if (source != QLatin1String("jira"))
                QCOMPARE(def(".api_url"), empty.apiUrl(source).toString());
        }
    }

    // Every key src/ reads or writes through Settings is in the table.
    void everySettingReadInCodeIsInTheTable()
    {
        // The scanner itself finds a key that is not in the table.
        const auto probe = settingUses(QStringLiteral("probe.cpp"),
                                       QStringLiteral("void f(const Settings &s) { s.value(QStringLiteral(\"sync.google.bogus\"), 1); }"), QString());
        QCOMPARE(probe.size(), 1);
        QCOMPARE(probe.first().key, QStringLiteral("sync.google.bogus"));
        QVERIFY(!cairn::SettingsTable::find(probe.first().key));

        // Keys built at run time, each reviewed against the table: a new one fails here until
        // it is looked at and listed.
        const QList<QPair<QString, QString>> reviewed{ // file, how the key expression starts
            {QStringLiteral("auth/Account.cpp"), QStringLiteral("p + ")},                  // accounts/<name>
            {QStringLiteral("auth/Account.cpp"), QStringLiteral("prefix(source, id) + ")}, // accounts/<name>
            {QStringLiteral("auth/Account.cpp"), QStringLiteral("k)")},                    // accounts/<name>
            {QStringLiteral("auth/OAuthConfig.cpp"), QStringLiteral("QStringLiteral(\"%1.oauth.%2\")")}, // <source>.oauth.*_url
            {QStringLiteral("cli/CliCommands.cpp"), QStringLiteral("o.arguments[1]")},     // config get: checked against the table
            {QStringLiteral("cli/CliCommands.cpp"), QStringLiteral("key")},                // config set/list
            {QStringLiteral("cli/CliCommands.cpp"), QStringLiteral("k)")},                 // config list
            {QStringLiteral("core/Settings.cpp"), QStringLiteral("key)")},                 // boundedInt(key): its callers are scanned
            {QStringLiteral("core/Settings.cpp"), QStringLiteral("facts->apiUrlSetting")}, // a source's own, in its descriptor (github.base_url)
            {QStringLiteral("ui/DemoSimulator.cpp"), QStringLiteral("service.first().first)")}, // the simulator's demoSettings():
            {QStringLiteral("ui/DemoSimulator.cpp"), QStringLiteral("key, ")},             // github.repos, jira.configs, jira.<name>.jql
            {QStringLiteral("ui/PersonView.cpp"), QStringLiteral("QStringLiteral(\"people/%1\")")}, // people/<name>
            {QStringLiteral("ui/PersonView.cpp"), QStringLiteral("key, ")},                // people/<name>
            {QStringLiteral("ui/SettingsDialog.cpp"), QStringLiteral("intervalKey(")},     // sync.<source>.interval_minutes
            {QStringLiteral("ui/asana/AsanaViews.cpp"), QStringLiteral("QLatin1String(key)")}, // asana.workspace, asana.portfolio
            {QStringLiteral("ui/ServiceCard.cpp"), QStringLiteral("m_source + QStringLiteral(\".oauth.client_id\")")}, // <source>.oauth.client_id
            {QStringLiteral("ui/Tray.cpp"), QStringLiteral("kNoTrayNoticeKey")},           // app.no_tray_notice_shown
            {QStringLiteral("ui/WatchNotifier.cpp"), QStringLiteral("key, ")},             // notify.*
            {QStringLiteral("ui/WatchNotifier.cpp"), QStringLiteral("identityKey(")},      // identity/<name>
        };
        const auto isReviewed = [&reviewed](const SettingUse &u) {
            for (const auto &r : reviewed)
                if (u.file == r.first && u.expression.startsWith(r.second))
                    return true;
            return false;
        };
        QStringList missing, unreviewed;
        int literal = 0;
        QDirIterator it(QStringLiteral(CAIRN_SOURCE_DIR "/src"), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/src/sim/")))
                continue;
            const QString file = path.mid(path.indexOf(QLatin1String("/src/")) + 5);
            QString header = path;
            header.chop(4);
            for (const SettingUse &u : settingUses(file, QString::fromUtf8(readAll(path)), QString::fromUtf8(readAll(header + QStringLiteral(".h"))))) {
                if (!u.key.isEmpty()) {
                    ++literal;
                    if (!cairn::SettingsTable::find(u.key))
                        missing << u.file + QStringLiteral(": ") + u.key;
                } else if (!isReviewed(u)) {
                    unreviewed << u.file + QStringLiteral(": ") + u.expression;
                }
            }
        }
        QVERIFY2(literal >= 30, qPrintable(QString::number(literal))); // the scan sees the reads
        for (const cairn::SourceDescriptor *d : cairn::Sources::all())
            if (d->canWrite())
                QVERIFY2(cairn::SettingsTable::find(d->writes.setting), qPrintable(d->id() + QStringLiteral(": ") + d->writes.setting));
        QVERIFY2(unreviewed.isEmpty(), qPrintable(QStringLiteral("keys built at run time, not reviewed here:\n") + unreviewed.join(u'\n')));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("read in code, not in src/core/SettingsTable.cpp or a source's descriptor:\n") + missing.join(u'\n')));
    }

    // 4. Help: `cairn help COMMAND` and `cairn COMMAND --help` alike, for every command of
    // the table: its usage, its options and an example.
    void helpForEveryCommand()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        const auto global = quietly(h, args({"help"}));
        QCOMPARE(global.exitCode, 0);
        QCOMPARE(quietly(h, args({"--help"})).out, global.out);
        for (const cairn::cli::CommandSpec &c : cairn::cli::commands()) {
            const QString name = QLatin1String(c.name);
            QVERIFY2(global.out.contains("\n  " + name.toUtf8() + ' '), qPrintable(name));
            const auto help = quietly(h, {QStringLiteral("help"), name});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith("Usage: cairn " + name.toUtf8()), help.out.constData());
            QVERIFY2(help.out.contains("Example:\n  ") && help.out.contains(c.example), help.out.constData());
            for (const char *o : c.options)
                QVERIFY2(help.out.contains("--" + QByteArray(o)), qPrintable(name + QStringLiteral(": --") + QLatin1String(o)));
            QCOMPARE(quietly(h, {name, QStringLiteral("--help")}).out, help.out);
        }
        QVERIFY(quietly(h, args({"sync", "--help"})).out.contains("--mode <mode>"));
        const auto unknown = quietly(h, args({"help", "synk"}));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("did you mean sync?"), unknown.err.constData());
    }

    // 4. Bash completion generated from the same table, loaded as a user loads it.
    void bashCompletesFromTheTable()
    {
        QCOMPARE(completions(args({"cairn", "sy"})), QStringList{QStringLiteral("sync")});
        QCOMPARE(completions(args({"cairn", "sync", "--source", "g"})), sourcesStartingWith(u'g'));
        QCOMPARE(completions(args({"cairn", "sync", "--mo"})), QStringList{QStringLiteral("--mode")});
        QCOMPARE(completions(args({"cairn", "help", "exit"})), QStringList{QStringLiteral("exit-codes")});
        QCOMPARE(completions(args({"cairn", "login", "as"})), QStringList{QStringLiteral("asana")});
        QCOMPARE(completions(args({"cairn", "--data-dir", "/tmp", "co"})),
                 (QStringList{QStringLiteral("config"), QStringLiteral("comment"), QStringLiteral("completion")}));
        const QStringList keys = completions(args({"cairn", "config", "set", "sync.google.int"}));
        QCOMPARE(keys, QStringList{QStringLiteral("sync.google.interval_minutes")});
        QCOMPARE(completions(args({"cairn", "config", "u"})), QStringList{QStringLiteral("unset")});
    }

    // zsh (through bashcompinit, the same function) and fish (its own lines) from the same
    // table; both shells are installed by scripts/bootstrap.
    void zshAndFishCompleteFromTheTable_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("zsh") << QStringLiteral("zsh");
        QTest::newRow("fish") << QStringLiteral("fish");
    }
    void zshAndFishCompleteFromTheTable()
    {
        QFETCH(QString, shell);
        QCOMPARE(shellCompletions(shell, QStringLiteral("cairn sy")), QStringList{QStringLiteral("sync")});
        QStringList sorted = sourcesStartingWith(u'g');
        sorted.sort();
        QCOMPARE(shellCompletions(shell, QStringLiteral("cairn sync --source g")), sorted);
        QCOMPARE(shellCompletions(shell, QStringLiteral("cairn login as")),
                 QStringList{QStringLiteral("asana")});
        QCOMPARE(shellCompletions(shell, QStringLiteral("cairn completion f")),
                 QStringList{QStringLiteral("fish")});
        const QStringList mode = shellCompletions(shell, QStringLiteral("cairn sync --mo"));
        QVERIFY2(mode.contains(QStringLiteral("--mode")), qPrintable(mode.join(u',')));
    }

    // The manual page, from the same table: every command and exit code in it, and groff
    // formats it without a warning.
    void manPageFromTheTable()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        const auto r = quietly(h, args({"help", "--man"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(".TH CAIRN 1 "));
        for (const char *section : {".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH OPTIONS", ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT"})
            QVERIFY2(r.out.contains(section), section);
        for (const char *command : {"sync", "status", "history", "search", "export", "config", "login", "logout", "accounts", "help", "completion"})
            QVERIFY2(r.out.contains(QByteArray(".SS \\fBcairn ") + command), command);
        QVERIFY(r.out.contains(".B 75\n"));
        QProcess groff;
        groff.start(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z")});
        QVERIFY2(groff.waitForStarted(10'000), "groff is not installed (scripts/bootstrap installs groff-base)");
        groff.write(r.out);
        groff.closeWriteChannel();
        QVERIFY(groff.waitForFinished(30'000));
        QCOMPARE(groff.exitCode(), 0);
        QCOMPARE(groff.readAllStandardError(), QByteArray()); // no warning
    }

    // 5. history: aligned columns under a header, the changes explained.
    void historyIsInColumnsWithALegend()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")});
        h.setEnv(QStringLiteral("CAIRN_FORCE_TTY"), QStringLiteral("1"));
        QCOMPARE(quietly(h, args({"history"})).out, QByteArray("No sync has run yet: run `cairn sync`.\n"));
        QCOMPARE(quietly(h, args({"sync", "--source", "google"})).exitCode, 0);
        h.setEnv(QStringLiteral("CAIRN_GOOGLE_TOKEN"), QString());
        QCOMPARE(quietly(h, args({"sync", "--source", "google"})).exitCode, 3);
        const auto r = quietly(h, args({"history"}));
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, two runs, legend
        QVERIFY2(lines[0].startsWith(QLatin1String("STARTED")), qPrintable(lines[0]));
        QVERIFY2(lines[3].contains(QLatin1String("+created ~updated -deleted")), qPrintable(lines[3]));
        QVERIFY2(lines[1].contains(QLatin1String("needs-sign-in")) && lines[2].contains(QLatin1String("+40 ~0 -0")), r.out.constData());
        QVERIFY2(!r.out.contains("needs-sign-in0"), r.out.constData());
        // Every column starts where its header does.
        for (const char *header : {"SOURCE", "MODE", "STATUS", "CHANGES"}) {
            const qsizetype at = lines[0].indexOf(QLatin1String(header));
            QVERIFY(at > 0);
            for (int row : {1, 2})
                QVERIFY2(lines[row].at(at - 1) == u' ' && lines[row].at(at - 2) == u' ' && lines[row].at(at) != u' ',
                         qPrintable(QStringLiteral("%1 in\n%2").arg(QLatin1String(header), r.out)));
        }
        // For a script: tab-separated values under the JSON field names, `cut -f2` the source.
        h.setEnv(QStringLiteral("CAIRN_FORCE_TTY"), QString());
        h.setEnv(QStringLiteral("CAIRN_GOOGLE_TOKEN"), QStringLiteral("cairn-sim-token"));
        const auto tsv = quietly(h, args({"history"}));
        const QStringList rows = QString::fromUtf8(tsv.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3); // header, two runs, no legend
        QCOMPARE(rows[0], QStringLiteral("started_at\tsource\taccount\tmode\tstatus\tapi_calls\tcreated\tupdated\tdeleted\tduration_ms\terror"));
        for (const QString &row : rows)
            QCOMPARE(row.count(u'\t'), 10);
        QCOMPARE(rows[1].section(u'\t', 1, 1), QStringLiteral("google"));
        QCOMPARE(rows[1].section(u'\t', 4, 4), QStringLiteral("needs-sign-in"));
        QCOMPARE(rows[2].section(u'\t', 6, 6), QStringLiteral("40"));
        QCOMPARE(quietly(h, args({"history", "--source", "jira"})).out, rows[0].toUtf8() + '\n'); // nothing: the header only
    }

    // 1. One table printer: as wide as the terminal, the widest text column clipped with "…",
    // wide characters counted as two columns; empty columns left out.
    void tablesFitTheTerminal()
    {
        using cairn::cli::Table;
        using C = Table::Column;
        Table t({{QStringLiteral("kind"), QStringLiteral("KIND"), C::Kind::Fixed},
                 {QStringLiteral("title"), QStringLiteral("TITLE")},
                 {QStringLiteral("none"), QStringLiteral("NONE")},
                 {QStringLiteral("n"), QStringLiteral("N"), C::Kind::Number},
                 {QStringLiteral("url"), QStringLiteral("URL"), C::Kind::Text, C::Shown::Script}});
        t.addRow({QStringLiteral("task"), QStringLiteral("整理 release notes for the next version of everything"), QString(), QStringLiteral("7"), QStringLiteral("https://x")});
        t.addRow({QStringLiteral("contact"), QStringLiteral("Ana\tDvořák\x1b[2J"), QString(), QStringLiteral("12"), QString()});
        const QString wide = t.aligned(0);
        QCOMPARE(wide.split(u'\n', Qt::SkipEmptyParts).first(), QStringLiteral("KIND     TITLE") + QString(4 + 49 - 5 + 2 + 1, u' ') + u'N'); // 整理 is four columns wide
        QVERIFY2(!wide.contains(QLatin1String("NONE")) && !wide.contains(QLatin1String("https")), qPrintable(wide));
        for (int width : {40, 30}) {
            const QStringList lines = t.aligned(width).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3);
            for (const QString &line : lines)
                QVERIFY2(cairn::cli::displayWidth(line) <= width, qPrintable(line));
            QVERIFY2(lines[1].contains(QStringLiteral("整理 release") + QChar(0x2026)) || lines[1].contains(QStringLiteral("整理 rel")), qPrintable(lines[1]));
            QVERIFY2(lines[1].endsWith(QLatin1String("  7")) && lines[2].endsWith(QLatin1String(" 12")), qPrintable(lines.join(u'\n')));
        }
        QCOMPARE(cairn::cli::displayWidth(QStringLiteral("整理 e\u0301")), 6);
        QCOMPARE(cairn::cli::clipToWidth(QStringLiteral("整理整理"), 4), QStringLiteral("整") + QChar(0x2026));
        QCOMPARE(t.tsv(), QStringLiteral("kind\ttitle\tnone\tn\turl\n"
                                         "task\t整理 release notes for the next version of everything\t\t7\thttps://x\n"
                                         "contact\tAna Dvořák\uFFFD[2J\t\t12\t\n"));
    }

    // 5. search: snippets on one line without Markdown; nothing found says so (exit 4), an
    // empty cache says to sync first.
    void searchSaysWhatItFound()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("2")});
        const auto empty = quietly(h, args({"search", "ada"}));
        QCOMPARE(empty.exitCode, 1);
        QCOMPARE(empty.err, QByteArray("cairn: nothing is cached yet: run `cairn sync` first\n"));
        h.admin("POST", QStringLiteral("/_admin/google/mutate"),
                {{QStringLiteral("op"), QStringLiteral("add_person")},
                 {QStringLiteral("givenName"), QStringLiteral("**Qwrtzu** `plonk`\n# Heading\n> [linked](https://example.org) _very_")},
                 {QStringLiteral("familyName"), QStringLiteral("Vbnmx")}, {QStringLiteral("email"), QStringLiteral("q@example.com")}});
        QCOMPARE(quietly(h, args({"sync", "--source", "google"})).exitCode, 0);

        const auto none = quietly(h, args({"search", "ada"}));
        QCOMPARE(none.exitCode, 4);
        QCOMPARE(none.out, QByteArray());
        QCOMPARE(none.err, QByteArray("cairn: no matches for “ada”\n"));
        const auto noneJson = quietly(h, args({"search", "ada", "--json"}));
        QCOMPARE(noneJson.exitCode, 4);
        QCOMPARE(QJsonDocument::fromJson(noneJson.out).array().size(), 0);
        const auto otherSource = quietly(h, args({"search", "qwrtzu", "--source", "jira"}));
        QCOMPARE(otherSource.exitCode, 1);
        QVERIFY2(otherSource.err.contains("nothing of Jira is cached yet"), otherSource.err.constData());

        const auto hit = quietly(h, args({"search", "qwrtzu", "--source", "google"}));
        QCOMPARE(hit.exitCode, 0);
        QCOMPARE(hit.out.count('\n'), 2); // the header, one hit
        QVERIFY2(hit.out.startsWith("kind\tsource\tid\ttitle\tsnippet\turl\tscore\n"), hit.out.constData());
        const QString snippet = QString::fromUtf8(hit.out).section(u'\n', 1, 1).section(u'\t', 4, 4);
        // The name is the hit's title: its snippet is the rest of the card, without Markdown.
        QVERIFY2(snippet.contains(QLatin1String("q@example.com")) && !snippet.contains(QLatin1String("Qwrtzu")), qPrintable(snippet));
        for (const char *marker : {"**", "`", "#", "> ", "](", "_very_"})
            QVERIFY2(!snippet.contains(QLatin1String(marker)), qPrintable(snippet));
    }
};

QTEST_GUILESS_MAIN(TestCliManners)
#include "tst_climanners.moc"
