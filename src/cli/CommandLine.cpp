#include "CommandLine.h"
#include "CliCommands.h"
#include "ClipLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace cairn {

namespace {

bool s_verbose = false;

// Every log message of a command, as one line on stderr: warnings (which a user should see)
// as "cairn: warning: …", the info and debug lines -v or the logging rules turned on as
// "cairn: <category>: …". Nothing a terminal would act on gets through.
void printLogMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString text = message;
    if (text.startsWith(QLatin1String("cairn: ")))
        text = text.mid(7);
    QString line = QStringLiteral("cairn: ");
    if (type == QtDebugMsg || type == QtInfoMsg) {
        if (context.category && qstrcmp(context.category, "default") != 0)
            line += QString::fromUtf8(context.category) + QStringLiteral(": ");
    } else {
        line += QCoreApplication::translate("cairn::CommandLine", "warning:") + QLatin1Char(' ');
    }
    line += printableLine(text) + QLatin1Char('\n');
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

void CommandLine::setUpLogging(const QStringList &arguments)
{
    // Quiet by default: a command says what it did on stdout and, on failure, one line on
    // stderr. -v/--verbose turns every cairn.* category on; CAIRN_LOG holds rules of its own
    // ("cairn.net.debug=true"), or turns every cairn.* category on when it holds no rule;
    // QT_LOGGING_RULES is applied after these, so it overrides them where it speaks.
    s_verbose = arguments.contains(QLatin1String("-v")) || arguments.contains(QLatin1String("--verbose"));
    const QString cairnLog = qEnvironmentVariable("CAIRN_LOG");
    if (s_verbose || (!cairnLog.isEmpty() && !cairnLog.contains(QLatin1Char('='))))
        QLoggingCategory::setFilterRules(QStringLiteral("cairn.*=true"));
    else if (!cairnLog.isEmpty())
        QLoggingCategory::setFilterRules(QStringLiteral("cairn.*.debug=false\ncairn.*.info=false\n") + QString(cairnLog).replace(QLatin1Char(';'), QLatin1Char('\n')));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("cairn.*.debug=false\ncairn.*.info=false\ndefault.debug=false\ndefault.info=false"));
    qInstallMessageHandler(printLogMessage);
}

QStringList CommandLine::commands()
{
    return {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("history"), QStringLiteral("search"),
            QStringLiteral("export"), QStringLiteral("config"), QStringLiteral("login"), QStringLiteral("logout"),
            QStringLiteral("accounts")};
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    // Any word that is not an option (or an option's value) names a command, known or not:
    // `cairn frobnicate` must say so, not open the window.
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--version") || a == QLatin1String("--help") || a == QLatin1String("-h")
            || a == QLatin1String("-v") || a == QLatin1String("--verbose"))
            return true;
        if (a == QLatin1String("--data-dir") || a == QLatin1String("--account") || a == QLatin1String("--site")
            || a == QLatin1String("--email")) {
            ++i; // its value
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cairn::CommandLine",
        "Cairn keeps your Google Contacts, Asana, GitHub and Jira on your own machine.\n\n"
        "Commands:\n"
        "  (none)                 open the window (--demo: built-in simulator with sample data)\n"
        "  sync [--source S]... [--mode auto|full|partial] [--projects-only]\n"
        "  status                 per source: last sync, counts, state, last error\n"
        "  history [--source S] [--limit N]\n"
        "  search QUERY [--source S]\n"
        "  export --source S --format json|csv|vcard [--output FILE]\n"
        "  config get KEY | set KEY VALUE | list\n"
        "  login SOURCE [--account NAME] [--no-browser | --device | --token-stdin] [--session-only]\n"
        "  logout SOURCE [--account NAME]\n"
        "  accounts               the accounts you are signed in to (no secrets)"));
    parser.addHelpOption();
    // Not addVersionOption(): its -v is --verbose here.
    const QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("cairn::CommandLine", "Displays version information."));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     QCoreApplication::translate("cairn::CommandLine", "Log what happens on stderr (see also CAIRN_LOG)."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QCoreApplication::translate("cairn::CommandLine", "Keep the cache and settings in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cairn::CommandLine", "Print one JSON document on stdout."));
    const QCommandLineOption source(QStringLiteral("source"), QCoreApplication::translate("cairn::CommandLine", "A source: google, asana, github or jira."), QStringLiteral("source"));
    const QCommandLineOption mode(QStringLiteral("mode"), QCoreApplication::translate("cairn::CommandLine", "auto, full or partial (incremental)."), QStringLiteral("mode"), QStringLiteral("auto"));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("cairn::CommandLine", "At most <n> entries."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("cairn::CommandLine", "json, csv or vcard."), QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption output(QStringLiteral("output"), QCoreApplication::translate("cairn::CommandLine", "Write to <file> instead of stdout."), QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("cairn::CommandLine", "Open the window on the built-in simulator with sample data."));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"), QCoreApplication::translate("cairn::CommandLine", "Print the sign-in address instead of opening a browser."));
    const QCommandLineOption account(QStringLiteral("account"), QCoreApplication::translate("cairn::CommandLine", "Which account of the source (default: \"default\")."), QStringLiteral("name"));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"), QCoreApplication::translate("cairn::CommandLine", "Read a personal access token (Jira: API token) from standard input."));
    const QCommandLineOption secretStdin(QStringLiteral("client-secret-stdin"), QCoreApplication::translate("cairn::CommandLine", "Read your OAuth app's client secret from standard input (first line) into the keychain."));
    const QCommandLineOption device(QStringLiteral("device"), QCoreApplication::translate("cairn::CommandLine", "Sign in with a code shown here (GitHub device flow)."));
    const QCommandLineOption sessionOnly(QStringLiteral("session-only"), QCoreApplication::translate("cairn::CommandLine", "No keychain: keep the token in memory, sync once and forget it."));
    const QCommandLineOption site(QStringLiteral("site"), QCoreApplication::translate("cairn::CommandLine", "Jira Cloud site, e.g. https://example.atlassian.net."), QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"), QCoreApplication::translate("cairn::CommandLine", "E-mail address of the Jira account."), QStringLiteral("address"));
    const QCommandLineOption projectsOnly(QStringLiteral("projects-only"), QCoreApplication::translate("cairn::CommandLine", "Asana: refresh the list of projects only, no tasks."));
    parser.addOptions({version, verbose, dataDir, json, source, mode, limit, format, output, demo, noBrowser, account, tokenStdin, secretStdin,
                       device, sessionOnly, site, email, projectsOnly});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cairn::CommandLine", "What to do (see above)."));

    QTextStream err(stderr);
    if (!parser.parse(argv)) {
        err << "cairn: " << printableLine(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << "cairn: " << QCoreApplication::translate("cairn::CommandLine", "no command given (see cairn --help)") << Qt::endl;
        return 2;
    }
    CliOptions o;
    o.command = args.takeFirst();
    o.arguments = args;
    o.dataDir = parser.value(dataDir);
    o.json = parser.isSet(json);
    o.sources = parser.values(source);
    o.mode = parser.value(mode);
    o.limit = parser.value(limit).toInt();
    o.format = parser.value(format);
    o.output = parser.value(output);
    o.noBrowser = parser.isSet(noBrowser);
    o.account = parser.value(account);
    o.tokenStdin = parser.isSet(tokenStdin);
    o.clientSecretStdin = parser.isSet(secretStdin);
    o.device = parser.isSet(device);
    o.sessionOnly = parser.isSet(sessionOnly);
    o.site = parser.value(site);
    o.email = parser.value(email);
    o.projectsOnly = parser.isSet(projectsOnly);
    return runCliCommand(o);
}

} // namespace cairn
