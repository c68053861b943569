#include "CommandLine.h"
#include "CliCommands.h"
#include "Arguments.h"
#include "ClipLine.h"
#include "CommandTable.h"
#include "ExitCodes.h"
#include "FileSafety.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "Sources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

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
    return cli::commandNames();
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
        const cli::OptionSpec *o = a.startsWith(QLatin1String("--")) ? cli::findOption(a.mid(2)) : nullptr;
        if (o && o->valueName) {
            ++i; // its value
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cairn::CommandLine", text);
}

// Help and the completion script on stdout: every byte, or 74.
int printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fflush(stdout);
    if (const int err = files::writeAll(STDOUT_FILENO, bytes)) {
        QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "cannot write to standard output: %1").arg(files::reason(err)) << Qt::endl;
        return int(ExitCode::IoError);
    }
    return 0;
}

const cli::CommandSpec &commandOf(const QString &name)
{
    if (const cli::CommandSpec *c = cli::findCommand(name))
        return *c;
    const QString meant = closestMatch(name, cli::commandNames());
    if (!meant.isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CommandLine", "unknown command \"%1\": did you mean %2? (see `cairn help`)").arg(printableLine(name.left(40)), meant));
    throw usageError(QCoreApplication::translate("cairn::CommandLine", "unknown command \"%1\" (see `cairn help`)").arg(printableLine(name.left(40))));
}

int runHelp(const QStringList &words, bool man)
{
    if (man) {
        if (!words.isEmpty())
            throw usageError(QCoreApplication::translate("cairn::CommandLine", "usage: cairn help --man"));
        return printText(cli::manPage());
    }
    if (words.isEmpty())
        return printText(cli::globalHelp());
    if (words.size() > 1)
        throw usageError(QCoreApplication::translate("cairn::CommandLine", "usage: cairn help [COMMAND | exit-codes]"));
    if (words.first() == QLatin1String("exit-codes"))
        return printText(cli::exitCodesHelp());
    return printText(cli::commandHelp(commandOf(words.first())));
}

// Every option given is one `command` takes, and its words are as many as it takes.
void checkUsage(const QCommandLineParser &parser, const cli::CommandSpec &command, const QStringList &words)
{
    const QString name = QLatin1String(command.name);
    for (const QString &given : parser.optionNames()) {
        const cli::OptionSpec *o = cli::findOption(given);
        const QString longName = o ? QLatin1String(o->name) : given;
        bool allowed = cli::globalOptions().contains(longName);
        for (const char *own : command.options)
            allowed = allowed || longName == QLatin1String(own);
        if (!allowed)
            throw usageError(QCoreApplication::translate("cairn::CommandLine", "%1 does not take --%2 (see `cairn help %1`)").arg(name, longName));
    }
    using W = cli::CommandSpec::Words;
    if (command.words == W::None && !words.isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CommandLine", "%1 takes no word \"%2\" (see `cairn help %1`)").arg(name, printableLine(words.first().left(40))));
    if (command.words == W::Source && words.size() != 1)
        throw usageError(QCoreApplication::translate("cairn::CommandLine", "usage: cairn %1").arg(QLatin1String(command.synopsis)));
    if (command.words == W::Change && words.isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CommandLine", "usage: cairn %1").arg(QLatin1String(command.synopsis)));
    if (command.words == W::Query && words.join(QString()).trimmed().isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "search needs words to look for"));
}

int runCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> options;
    for (const cli::OptionSpec &o : cli::options()) {
        QStringList names;
        if (o.shortName)
            names << QLatin1String(o.shortName);
        names << QLatin1String(o.name);
        options.append(o.valueName ? QCommandLineOption(names, translated(o.description), QLatin1String(o.valueName))
                                   : QCommandLineOption(names, translated(o.description)));
    }
    parser.addOptions(options);
    if (!parser.parse(argv))
        throw usageError(printableLine(parser.errorText()) + QLatin1Char(' ') + QCoreApplication::translate("cairn::CommandLine", "(see `cairn help`)"));
    QStringList words = parser.positionalArguments();
    const QString name = words.isEmpty() ? QString() : words.takeFirst();
    if (parser.isSet(QStringLiteral("help")))
        return name.isEmpty() ? printText(cli::globalHelp()) : printText(cli::commandHelp(commandOf(name)));
    if (parser.isSet(QStringLiteral("version")))
        return printText(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n');
    if (name.isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CommandLine", "no command given (see `cairn help`)"));
    const cli::CommandSpec &command = commandOf(name);
    checkUsage(parser, command, words);
    if (command.words == cli::CommandSpec::Words::Help)
        return runHelp(words, parser.isSet(QStringLiteral("man")));
    if (command.words == cli::CommandSpec::Words::Shell) {
        if (words.size() != 1 || !cli::completionShells().contains(words.first()))
            throw usageError(QCoreApplication::translate("cairn::CommandLine", "usage: cairn completion bash|zsh|fish"));
        return printText(cli::completionScript(words.first()));
    }

    CliOptions o;
    o.command = name;
    o.arguments = words;
    o.dataDir = parser.value(QStringLiteral("data-dir"));
    o.json = parser.isSet(QStringLiteral("json"));
    o.sources = cli::sourceArguments(parser.values(QStringLiteral("source")));
    if (command.words == cli::CommandSpec::Words::Source || command.words == cli::CommandSpec::Words::Change)
        cli::sourceArgument(words.first());
    if (name == QLatin1String("history") && o.sources.size() > 1)
        throw usageError(QCoreApplication::translate("cairn::CommandLine", "history takes one --source"));
    if (name == QLatin1String("export") && o.sources.size() != 1)
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "export needs exactly one --source"));
    o.mode = parser.isSet(QStringLiteral("mode")) ? cli::modeArgument(parser.value(QStringLiteral("mode"))) : QStringLiteral("auto");
    o.limit = parser.isSet(QStringLiteral("limit")) ? cli::numberArgument(QStringLiteral("limit"), parser.value(QStringLiteral("limit")), 1, 100000) : 20;
    o.account = cli::accountArgument(parser.value(QStringLiteral("account")));
    o.format = QStringLiteral("json");
    if (parser.isSet(QStringLiteral("format"))) {
        const SourceDescriptor *exported = Sources::find(o.sources.value(0));
        o.format = cli::formatArgument(parser.value(QStringLiteral("format")), exported ? exported->exportFormats : QStringList(),
                                       Settings::displayName(o.sources.value(0)));
    }
    o.output = parser.value(QStringLiteral("output"));
    o.noBrowser = parser.isSet(QStringLiteral("no-browser"));
    o.tokenStdin = parser.isSet(QStringLiteral("token-stdin"));
    o.clientSecretStdin = parser.isSet(QStringLiteral("client-secret-stdin"));
    o.device = parser.isSet(QStringLiteral("device"));
    o.sessionOnly = parser.isSet(QStringLiteral("session-only"));
    o.site = parser.value(QStringLiteral("site"));
    o.email = parser.value(QStringLiteral("email"));
    o.all = parser.isSet(QStringLiteral("all"));
    // A source's own switches of sync (SourceDescriptor::syncSwitches): with that source alone.
    for (const SourceDescriptor *d : Sources::all())
        for (const SourceDescriptor::SyncSwitch &s : d->syncSwitches) {
            const QString switchName = QLatin1String(s.name);
            if (!parser.isSet(switchName))
                continue;
            const SourceDescriptor *before = o.syncSwitches.isEmpty() ? d : Sources::withSyncSwitch(o.syncSwitches.first());
            if ((!o.sources.isEmpty() && o.sources != QStringList{d->id()}) || before != d)
                throw usageError(QCoreApplication::translate("cairn::CliCommands", "--%1 is for %2 only (--source %3)")
                                     .arg(switchName, d->displayName(), d->id()));
            o.syncSwitches << switchName;
        }
    return runCliCommand(o);
}

} // namespace

int CommandLine::run(const QStringList &argv)
{
    try {
        return runCommand(argv);
    } catch (const Error &e) {
        QTextStream(stderr) << "cairn: " << printableLine(e.message) << Qt::endl;
        return exitCodeOf(e);
    }
}

} // namespace cairn
