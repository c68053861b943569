#include "CommandTable.h"
#include "ExitCodes.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "Sources.h"
#include "Words.h"

#include <QCoreApplication>

namespace cairn::cli {

namespace {
constexpr const char *kContext = "cairn::CommandLine";
using V = OptionSpec::Values;
using W = CommandSpec::Words;

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// An option's description; --source's names the sources.
QString describe(const OptionSpec &o)
{
    const QString text = translated(o.description);
    return o.values == V::Sources ? text.arg(words::oneOf(Settings::sources())) : text;
}

// "Google Contacts, Asana, GitHub and Jira"
QString sourceNames()
{
    QStringList names;
    for (const QString &s : Settings::sources())
        names << Settings::displayName(s);
    return words::allOf(names);
}

// GOOGLE, ASANA, … (CAIRN_<SOURCE>_…)
QStringList upperIds()
{
    QStringList out;
    for (const QString &s : Settings::sources())
        out << s.toUpper();
    return out;
}

// Every source's export formats, each once (`--format`'s values).
QStringList exportFormats()
{
    QStringList out;
    for (const SourceDescriptor *d : Sources::all())
        for (const QString &f : d->exportFormats)
            if (!out.contains(f))
                out << f;
    return out;
}

// "  --name <value>" lines with their descriptions, aligned.
QString optionLines(const QStringList &names)
{
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const QString &name : names) {
        const OptionSpec *o = findOption(name);
        if (!o)
            continue;
        QString left = o->shortName ? QStringLiteral("-%1, --%2").arg(QLatin1String(o->shortName), QLatin1String(o->name))
                                    : QStringLiteral("--") + QLatin1String(o->name);
        if (o->valueName)
            left += QStringLiteral(" <%1>").arg(QLatin1String(o->valueName));
        width = std::max(width, left.size());
        rows.append({left, describe(*o)});
    }
    QString out;
    for (const auto &r : std::as_const(rows))
        out += QStringLiteral("  ") + r.first.leftJustified(width + 2) + r.second + u'\n';
    return out;
}

QString words(const QStringList &list)
{
    return list.join(u' ');
}

// The sources' own switches of `cairn sync` (SourceDescriptor::syncSwitches), in the registry's order.
QList<OptionSpec> syncSwitches()
{
    QList<OptionSpec> out;
    for (const SourceDescriptor *d : Sources::all())
        for (const SourceDescriptor::SyncSwitch &s : d->syncSwitches)
            out.append({s.name, nullptr, nullptr, s.description});
    return out;
}

// `cairn sync`'s options, the sources' switches after --mode, and its synopsis.
QList<const char *> syncOptions()
{
    QList<const char *> out{"source", "account", "mode"};
    for (const OptionSpec &s : syncSwitches())
        out << s.name;
    out << "json";
    return out;
}

const char *syncSynopsis()
{
    static const QByteArray synopsis = [] {
        QByteArray out("sync [--source S]... [--account A] [--mode auto|full|partial]");
        for (const OptionSpec &s : syncSwitches())
            out += QByteArray(" [--") + s.name + ']';
        return out + " [--json]";
    }();
    return synopsis.constData();
}
} // namespace

// Every option; the sources' own switches of `cairn sync` follow --output.
const QList<OptionSpec> &options()
{
    static const QList<OptionSpec> list = QList<OptionSpec>{
        {"data-dir", nullptr, "dir", QT_TRANSLATE_NOOP("cairn::CommandLine", "Keep the cache and settings in <dir>."), V::Directory},
        {"verbose", "v", nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Log what happens on stderr (see also CAIRN_LOG).")},
        {"help", "h", nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Show this help (also: cairn help COMMAND).")},
        {"version", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Displays version information.")},
        {"demo", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Open the window on the built-in simulator with sample data.")},
        {"json", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Print one JSON document on stdout.")},
        {"source", nullptr, "source", QT_TRANSLATE_NOOP("cairn::CommandLine", "A source: %1."), V::Sources},
        {"account", nullptr, "name", QT_TRANSLATE_NOOP("cairn::CommandLine", "Which account of the source (default: \"default\")."), V::Free},
        {"mode", nullptr, "mode", QT_TRANSLATE_NOOP("cairn::CommandLine", "auto, full or partial (incremental)."), V::Modes},
        {"limit", nullptr, "n", QT_TRANSLATE_NOOP("cairn::CommandLine", "At most <n> entries."), V::Free},
        {"format", nullptr, "format", QT_TRANSLATE_NOOP("cairn::CommandLine", "json, csv or vcard."), V::Formats},
        {"output", nullptr, "file", QT_TRANSLATE_NOOP("cairn::CommandLine", "Write to <file> instead of stdout."), V::File},
    } + syncSwitches() + QList<OptionSpec>{
        {"no-browser", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Print the sign-in address instead of opening a browser.")},
        {"device", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Sign in with a code shown here (GitHub device flow).")},
        {"token-stdin", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Read a personal access token (Jira: API token) from standard input.")},
        {"client-secret-stdin", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Read your OAuth app's client secret from standard input (first line) into the keychain.")},
        {"session-only", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "No keychain: keep the token in memory, sync once and forget it.")},
        {"site", nullptr, "url", QT_TRANSLATE_NOOP("cairn::CommandLine", "Jira Cloud site, e.g. https://example.atlassian.net."), V::Free},
        {"email", nullptr, "address", QT_TRANSLATE_NOOP("cairn::CommandLine", "E-mail address of the Jira account."), V::Free},
        {"man", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Print the manual page cairn(1) in man format (man -l <(cairn help --man)).")},
        {"all", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Every change in conflict or failed.")},
    };
    return list;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {"sync", syncSynopsis(),
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Fetch what changed from the services into the cache: every source that is set up, or those of --source."),
         syncOptions(), "cairn sync --source google --json"},
        {"status", "status [--source S]... [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Per source: last sync, counts, state and last error."),
         {"source", "json"}, "cairn status --source github"},
        {"history", "history [--source S] [--limit N] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "The last sync runs, newest first."),
         {"source", "limit", "json"}, "cairn history --source google --limit 10"},
        {"search", "search QUERY [--source S]... [--limit N] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Search the cache, offline: every word matches the start of a word. Exits 4 when nothing matches."),
         {"source", "limit", "json"}, "cairn search \"ada lov\" --source google", W::Query},
        {"export", "export --source S [--format json|csv|vcard] [--account A] [--output FILE]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Write every cached record of one source as JSON (the default), CSV or vCard (contacts)."),
         {"source", "format", "account", "output"}, "cairn export --source google --format vcard --output contacts.vcf"},
        {"config", "config get KEY | set KEY VALUE | unset KEY | list [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Read and change the settings; `cairn config list` shows every key, its value, default and meaning."),
         {"json"}, "cairn config set sync.google.interval_minutes 30", W::Config},
        {"login", "login SOURCE [--account A] [--no-browser | --device | --token-stdin] [--client-secret-stdin] [--site URL --email E] [--session-only]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Sign in to a source: in the browser, with a code (GitHub) or a token on standard input."),
         {"account", "no-browser", "device", "token-stdin", "client-secret-stdin", "session-only", "site", "email"},
         "cairn login github --device", W::Source},
        {"logout", "logout SOURCE [--account A]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Sign out of a source: revoke the token where the service can and delete its secrets here."),
         {"account"}, "cairn logout google --account work", W::Source},
        {"edit", "edit SOURCE ID FIELD=VALUE... [--account A] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Change an item: shown in the cache at once, sent by the next sync (where `cairn config set SOURCE.write true` allows it)."),
         {"account", "json"}, "cairn edit asana 1208000000000001 completed=true due_on=2026-12-24", W::Change},
        {"create", "create SOURCE FIELD=VALUE... [--account A] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Create an item: shown in the cache at once, sent by the next sync."),
         {"account", "json"}, "cairn create asana name=\"Write the report\" projects=1208000000000002", W::Change},
        {"comment", "comment SOURCE ID TEXT [--account A] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Add a comment to an item, sent by the next sync."),
         {"account", "json"}, "cairn comment asana 1208000000000001 \"Done on my side\"", W::Change},
        {"delete", "delete SOURCE ID [--account A] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Delete an item: gone from the cache at once, from the service with the next sync."),
         {"account", "json"}, "cairn delete asana 1208000000000001", W::Change},
        {"outbox", "outbox [list | retry ID|--all | discard ID|--all] [--source S] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "The changes waiting to be sent: retry one in conflict (keeps yours) or failed, or discard it (keeps the service's)."),
         {"all", "source", "json"}, "cairn outbox retry --all", W::Outbox},
        {"accounts", "accounts [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "The accounts you are signed in to, and how (no secrets)."),
         {"json"}, "cairn accounts --json"},
        {"help", "help [COMMAND | exit-codes] [--man]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Help on Cairn, on one command, or on what the exit codes mean; --man prints the manual page."),
         {"man"}, "cairn help sync", W::Help},
        {"completion", "completion bash|zsh|fish",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Print a completion script for bash, zsh or fish; load it with: source <(cairn completion bash)"),
         {}, "source <(cairn completion bash)", W::Shell},
    };
    return list;
}

const QStringList &globalOptions()
{
    static const QStringList list{QStringLiteral("data-dir"), QStringLiteral("verbose"), QStringLiteral("help")};
    return list;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

const OptionSpec *findOption(const QString &longName)
{
    for (const OptionSpec &o : options())
        if (longName == QLatin1String(o.name) || (o.shortName && longName == QLatin1String(o.shortName)))
            return &o;
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &c : commands())
        names << QLatin1String(c.name);
    return names;
}

QString globalHelp()
{
    QString out = QCoreApplication::translate("cairn::CommandLine", "Usage: cairn COMMAND [OPTIONS]") + u'\n' + QCoreApplication::translate("cairn::CommandLine", "Cairn keeps your %1 on your own machine.").arg(sourceNames()) + QStringLiteral("\n\n")
                  + QCoreApplication::translate("cairn::CommandLine", "Commands:") + u'\n';
    qsizetype width = 0;
    for (const CommandSpec &c : commands())
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const CommandSpec &c : commands())
        out += QStringLiteral("  ") + QString::fromLatin1(c.name).leftJustified(width + 2) + translated(c.summary) + u'\n';
    out += QStringLiteral("\n") + QCoreApplication::translate("cairn::CommandLine", "Options of every command:") + u'\n' + optionLines(globalOptions());
    out += QStringLiteral("\n") + QCoreApplication::translate("cairn::CommandLine", "Without a command, `cairn` opens the window (`cairn --demo`: on the built-in simulator with sample data).") + u'\n';
    out += QCoreApplication::translate("cairn::CommandLine", "`cairn help COMMAND` shows a command's options and an example; `cairn help exit-codes` what the exit codes mean.") + u'\n';
    return out;
}

QString commandHelp(const CommandSpec &command)
{
    QString out = QCoreApplication::translate("cairn::CommandLine", "Usage: cairn %1").arg(QLatin1String(command.synopsis)) + u'\n' + translated(command.summary) + QStringLiteral("\n\n");
    QStringList names;
    for (const char *o : command.options)
        names << QLatin1String(o);
    if (!names.isEmpty())
        out += QCoreApplication::translate("cairn::CommandLine", "Options:") + u'\n' + optionLines(names) + u'\n';
    out += QCoreApplication::translate("cairn::CommandLine", "Options of every command:") + u'\n' + optionLines(globalOptions()) + u'\n';
    out += QCoreApplication::translate("cairn::CommandLine", "Example:") + QStringLiteral("\n  ") + QLatin1String(command.example) + u'\n';
    return out;
}

QString exitCodesHelp()
{
    QString out = QCoreApplication::translate("cairn::CommandLine", "Exit codes of cairn (a failure also prints one line starting \"cairn: \" on stderr):") + u'\n';
    for (const ExitCodeRow &row : kExitCodes)
        out += QStringLiteral("  %1  ").arg(int(row.code), 3) + QCoreApplication::translate("cairn::ExitCodes", row.meaning) + u'\n';
    return out;
}

QString bashCompletion()
{
    QStringList withValue, keys;
    for (const OptionSpec &o : options())
        if (o.valueName)
            withValue << QStringLiteral("--") + QLatin1String(o.name);
    for (const SettingSpec &s : SettingsTable::all())
        if (!s.internal && !s.isPattern())
            keys << s.key;
    const auto optionWords = [](const QStringList &names) {
        QStringList w;
        for (const QString &n : names)
            w << QStringLiteral("--") + n;
        return words(w);
    };
    QString script = QStringLiteral(
        "# bash completion for cairn, generated by `cairn completion bash`.\n"
        "# Load it with: source <(cairn completion bash)\n"
        "_cairn()\n"
        "{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=\n"
        "    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    local i word cmd=\n"
        "    local -a args=()\n"
        "    for (( i = 1; i < COMP_CWORD; i++ )); do\n"
        "        word=${COMP_WORDS[i]}\n"
        "        case $word in\n"
        "            %1) (( i++ )) ;;\n"
        "            -*) ;;\n"
        "            *) if [[ -z $cmd ]]; then cmd=$word; else args+=(\"$word\"); fi ;;\n"
        "        esac\n"
        "    done\n"
        "    case $prev in\n"
        "        --source) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")); return ;;\n"
        "        --mode) COMPREPLY=($(compgen -W \"auto full partial\" -- \"$cur\")); return ;;\n"
        "        --format) COMPREPLY=($(compgen -W \"%6\" -- \"$cur\")); return ;;\n"
        "        --data-dir) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n"
        "        --output) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
        "        %3) return ;;\n"
        "    esac\n"
        "    local options=\"%4\" words=\n"
        "    case $cmd in\n"
        "        '') words=\"%5\"; options+=\" --version --demo\" ;;\n")
        .arg(withValue.join(u'|'), words(Settings::sources()),
             QStringList{QStringLiteral("--account"), QStringLiteral("--limit"), QStringLiteral("--site"), QStringLiteral("--email")}.join(u'|'),
             optionWords(globalOptions()), words(commandNames()), words(exportFormats()));
    for (const CommandSpec &c : commands()) {
        QStringList own;
        for (const char *o : c.options)
            own << QLatin1String(o);
        script += QStringLiteral("        %1) options+=\" %2\"").arg(QLatin1String(c.name), optionWords(own));
        switch (c.words) {
        case W::Source:
        case W::Change:
            script += QStringLiteral("; (( ${#args[@]} == 0 )) && words=\"%1\"").arg(words(Settings::sources()));
            break;
        case W::Outbox:
            script += QStringLiteral("; (( ${#args[@]} == 0 )) && words=\"list retry discard\"");
            break;
        case W::Help:
            script += QStringLiteral("; (( ${#args[@]} == 0 )) && words=\"%1 exit-codes\"").arg(words(commandNames()));
            break;
        case W::Shell:
            script += QStringLiteral("; (( ${#args[@]} == 0 )) && words=\"%1\"").arg(words(completionShells()));
            break;
        case W::Config:
            script += QStringLiteral(
                          "\n            case ${#args[@]} in\n"
                          "                0) words=\"get set unset list\" ;;\n"
                          "                1) [[ ${args[0]} == list ]] || words=\"%1\" ;;\n"
                          "            esac")
                          .arg(words(keys));
            break;
        case W::None:
        case W::Query:
            break;
        }
        script += QStringLiteral(" ;;\n");
    }
    script += QStringLiteral(
        "    esac\n"
        "    if [[ $cur == -* ]]; then\n"
        "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
        "    else\n"
        "        COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
        "    fi\n"
        "}\n"
        "complete -F _cairn cairn\n");
    return script;
}

QStringList completionShells()
{
    return {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
}

namespace {

// `text` inside single quotes for fish.
QString fishQuoted(const QString &text)
{
    QString t = text;
    t.replace(u'\\', QStringLiteral("\\\\"));
    t.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + t + u'\'';
}

QString fishCompletion()
{
    QStringList keys;
    for (const SettingSpec &s : SettingsTable::all())
        if (!s.internal && !s.isPattern())
            keys << s.key;
    QString out = QStringLiteral("# fish completion for cairn, generated by `cairn completion fish`.\n"
                                 "# Load it with: cairn completion fish | source\n"
                                 "complete -c cairn -f\n");
    for (const CommandSpec &c : commands())
        out += QStringLiteral("complete -c cairn -n __fish_use_subcommand -a %1 -d %2\n")
                   .arg(QLatin1String(c.name), fishQuoted(translated(c.summary)));
    for (const OptionSpec &o : options()) {
        QStringList takers;
        for (const CommandSpec &c : commands())
            for (const char *own : c.options)
                if (qstrcmp(own, o.name) == 0)
                    takers << QLatin1String(c.name);
        QString line = QStringLiteral("complete -c cairn");
        const bool global = globalOptions().contains(QLatin1String(o.name));
        if (!global && o.name != QByteArrayView("version") && o.name != QByteArrayView("demo"))
            line += QStringLiteral(" -n %1").arg(fishQuoted(QStringLiteral("__fish_seen_subcommand_from ") + words(takers)));
        else if (!global)
            line += QStringLiteral(" -n __fish_use_subcommand");
        if (o.shortName)
            line += QStringLiteral(" -s ") + QLatin1String(o.shortName);
        line += QStringLiteral(" -l ") + QLatin1String(o.name);
        switch (o.values) {
        case V::Sources: line += QStringLiteral(" -x -a %1").arg(fishQuoted(words(Settings::sources()))); break;
        case V::Modes: line += QStringLiteral(" -x -a 'auto full partial'"); break;
        case V::Formats: line += QStringLiteral(" -x -a %1").arg(fishQuoted(words(exportFormats()))); break;
        case V::Directory: line += QStringLiteral(" -x -a '(__fish_complete_directories)'"); break;
        case V::File: line += QStringLiteral(" -r -F"); break;
        case V::Free: line += QStringLiteral(" -x"); break;
        case V::None: break;
        }
        out += line + QStringLiteral(" -d ") + fishQuoted(describe(o)) + u'\n';
    }
    for (const CommandSpec &c : commands()) {
        const QString seen = QStringLiteral("__fish_seen_subcommand_from ") + QLatin1String(c.name);
        QString choices;
        switch (c.words) {
        case W::Source:
        case W::Change: choices = words(Settings::sources()); break;
        case W::Outbox: choices = QStringLiteral("list retry discard"); break;
        case W::Help: choices = words(commandNames()) + QStringLiteral(" exit-codes"); break;
        case W::Shell: choices = words(completionShells()); break;
        case W::Config:
            out += QStringLiteral("complete -c cairn -n %1 -a 'get set unset list'\n")
                       .arg(fishQuoted(seen + QStringLiteral("; and not __fish_seen_subcommand_from get set unset list")));
            out += QStringLiteral("complete -c cairn -n %1 -a %2\n")
                       .arg(fishQuoted(seen + QStringLiteral("; and __fish_seen_subcommand_from get set unset")), fishQuoted(words(keys)));
            continue;
        case W::None:
        case W::Query:
            continue;
        }
        out += QStringLiteral("complete -c cairn -n %1 -a %2\n").arg(fishQuoted(seen), fishQuoted(choices));
    }
    return out;
}

// `text` as troff running text: backslashes, leading dots and quotes, and hyphens escaped.
QString troff(const QString &text)
{
    QString t = text;
    t.replace(u'\\', QStringLiteral("\\e"));
    t.replace(u'-', QStringLiteral("\\-"));
    if (t.startsWith(u'.') || t.startsWith(u'\''))
        t.prepend(QStringLiteral("\\&"));
    // Beyond ASCII as troff's own escapes: man pages are read as ASCII unless told otherwise.
    QString out;
    for (const QChar ch : std::as_const(t))
        out += ch.unicode() < 128 ? QString(ch) : QStringLiteral("\\[u%1]").arg(ch.unicode(), 4, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("\\[U"), QStringLiteral("\\[u"));
    return out;
}

} // namespace

QString completionScript(const QString &shell)
{
    if (shell == QLatin1String("bash"))
        return bashCompletion();
    if (shell == QLatin1String("zsh")) // the bash function, through zsh's own bash emulation
        return QStringLiteral("#compdef cairn\n# zsh completion for cairn, generated by `cairn completion zsh`.\n"
                              "# Load it with: source <(cairn completion zsh)\n"
                              "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit -u; }\n"
                              "autoload -U +X bashcompinit && bashcompinit\n")
            + bashCompletion();
    if (shell == QLatin1String("fish"))
        return fishCompletion();
    return {};
}

QString manPage()
{
    const auto optionItems = [](const QStringList &names) {
        QString out;
        for (const QString &name : names) {
            const OptionSpec *o = findOption(name);
            if (!o)
                continue;
            QString head = QStringLiteral("\\fB\\-\\-%1\\fR").arg(troff(QLatin1String(o->name)));
            if (o->shortName)
                head.prepend(QStringLiteral("\\fB\\-%1\\fR, ").arg(QLatin1String(o->shortName)));
            if (o->valueName)
                head += QStringLiteral(" \\fI%1\\fR").arg(troff(QLatin1String(o->valueName)));
            out += QStringLiteral(".TP\n") + head + u'\n' + troff(describe(*o)) + u'\n';
        }
        return out;
    };
    QString out = QStringLiteral(".TH CAIRN 1 \"\" \"cairn %1\" \"User Commands\"\n").arg(QCoreApplication::applicationVersion());
    out += QStringLiteral(".SH NAME\ncairn \\- ") + troff(QCoreApplication::translate("cairn::CommandLine", "keep your %1 on your own machine").arg(sourceNames())) + u'\n';
    out += QStringLiteral(".SH SYNOPSIS\n.B cairn\n[\\fB\\-\\-demo\\fR] [\\fB\\-\\-data\\-dir\\fR \\fIdir\\fR]\n.br\n.B cairn\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n");
    out += QStringLiteral(".SH DESCRIPTION\n") + troff(QCoreApplication::translate("cairn::CommandLine", "Cairn keeps your %1 on your own machine.").arg(sourceNames())) + u'\n';
    out += QStringLiteral(".PP\n") + troff(QCoreApplication::translate("cairn::CommandLine", "Without a command, `cairn` opens the window (`cairn --demo`: on the built-in simulator with sample data).")) + u'\n';
    out += QStringLiteral(".SH COMMANDS\n");
    for (const CommandSpec &c : commands()) {
        out += QStringLiteral(".SS \\fBcairn %1\\fR\n").arg(troff(QLatin1String(c.synopsis)));
        out += troff(translated(c.summary)) + u'\n';
        QStringList own;
        for (const char *o : c.options)
            own << QLatin1String(o);
        if (!own.isEmpty())
            out += QStringLiteral(".RS\n") + optionItems(own) + QStringLiteral(".RE\n");
        out += QStringLiteral(".PP\n") + QCoreApplication::translate("cairn::CommandLine", "Example:") + QStringLiteral("\n.RS\n.EX\n")
            + troff(QLatin1String(c.example)) + QStringLiteral("\n.EE\n.RE\n");
    }
    out += QStringLiteral(".SH OPTIONS\n") + optionItems(globalOptions());
    out += QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const ExitCodeRow &row : kExitCodes)
        out += QStringLiteral(".TP\n.B %1\n").arg(int(row.code)) + troff(QCoreApplication::translate("cairn::ExitCodes", row.meaning)) + u'\n';
    out += QStringLiteral(".SH ENVIRONMENT\n");
    const QList<QPair<QString, QString>> environment{
        {QStringLiteral("CAIRN_DATA_DIR"), QCoreApplication::translate("cairn::CommandLine", "Where the cache and the settings are kept (as --data-dir).")},
        {QStringLiteral("CAIRN_<SOURCE>_API_URL"), QCoreApplication::translate("cairn::CommandLine", "Another server for a source (%1), e.g. the simulator.")
                                                        .arg(words::oneOf(upperIds()))},
        {QStringLiteral("CAIRN_<SOURCE>_TOKEN"), QCoreApplication::translate("cairn::CommandLine", "An access token for that one process, never written anywhere.")},
        {QStringLiteral("CAIRN_LOG"), QCoreApplication::translate("cairn::CommandLine", "Log rules (as QT_LOGGING_RULES), or any other value to log everything on stderr.")},
    };
    for (const auto &e : environment)
        out += QStringLiteral(".TP\n.B ") + troff(e.first) + u'\n' + troff(e.second) + u'\n';
    out += QStringLiteral(".SH FILES\n.TP\n.I ~/.local/share/Cairn/cairn/cairn.sqlite\n")
        + troff(QCoreApplication::translate("cairn::CommandLine", "The cache (private to you); cairn.ini beside it holds the settings. Secrets live in the keychain only.")) + u'\n';
    out += QStringLiteral(".SH \"SEE ALSO\"\n") + troff(QCoreApplication::translate("cairn::CommandLine", "cairn help COMMAND, cairn help exit-codes, cairn completion bash|zsh|fish")) + u'\n';
    return out;
}

} // namespace cairn::cli
