#include "CommandTable.h"
#include "ExitCodes.h"
#include "Settings.h"
#include "SettingsTable.h"

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
        rows.append({left, translated(o->description)});
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
} // namespace

const QList<OptionSpec> &options()
{
    static const QList<OptionSpec> list = {
        {"data-dir", nullptr, "dir", QT_TRANSLATE_NOOP("cairn::CommandLine", "Keep the cache and settings in <dir>."), V::Directory},
        {"verbose", "v", nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Log what happens on stderr (see also CAIRN_LOG).")},
        {"help", "h", nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Show this help (also: cairn help COMMAND).")},
        {"version", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Displays version information.")},
        {"demo", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Open the window on the built-in simulator with sample data.")},
        {"json", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Print one JSON document on stdout.")},
        {"source", nullptr, "source", QT_TRANSLATE_NOOP("cairn::CommandLine", "A source: google, asana, github or jira."), V::Sources},
        {"account", nullptr, "name", QT_TRANSLATE_NOOP("cairn::CommandLine", "Which account of the source (default: \"default\")."), V::Free},
        {"mode", nullptr, "mode", QT_TRANSLATE_NOOP("cairn::CommandLine", "auto, full or partial (incremental)."), V::Modes},
        {"limit", nullptr, "n", QT_TRANSLATE_NOOP("cairn::CommandLine", "At most <n> entries."), V::Free},
        {"format", nullptr, "format", QT_TRANSLATE_NOOP("cairn::CommandLine", "json, csv or vcard."), V::Formats},
        {"output", nullptr, "file", QT_TRANSLATE_NOOP("cairn::CommandLine", "Write to <file> instead of stdout."), V::File},
        {"projects-only", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Asana: refresh the list of projects only, no tasks.")},
        {"no-browser", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Print the sign-in address instead of opening a browser.")},
        {"device", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Sign in with a code shown here (GitHub device flow).")},
        {"token-stdin", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Read a personal access token (Jira: API token) from standard input.")},
        {"client-secret-stdin", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "Read your OAuth app's client secret from standard input (first line) into the keychain.")},
        {"session-only", nullptr, nullptr, QT_TRANSLATE_NOOP("cairn::CommandLine", "No keychain: keep the token in memory, sync once and forget it.")},
        {"site", nullptr, "url", QT_TRANSLATE_NOOP("cairn::CommandLine", "Jira Cloud site, e.g. https://example.atlassian.net."), V::Free},
        {"email", nullptr, "address", QT_TRANSLATE_NOOP("cairn::CommandLine", "E-mail address of the Jira account."), V::Free},
    };
    return list;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list = {
        {"sync", "sync [--source S]... [--account A] [--mode auto|full|partial] [--projects-only] [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Fetch what changed from the services into the cache: every source that is set up, or those of --source."),
         {"source", "account", "mode", "projects-only", "json"}, "cairn sync --source google --json"},
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
        {"accounts", "accounts [--json]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "The accounts you are signed in to, and how (no secrets)."),
         {"json"}, "cairn accounts --json"},
        {"help", "help [COMMAND | exit-codes]",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Help on Cairn, on one command, or on what the exit codes mean."),
         {}, "cairn help sync", W::Help},
        {"completion", "completion bash",
         QT_TRANSLATE_NOOP("cairn::CommandLine", "Print a completion script for bash; load it with: source <(cairn completion bash)"),
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
    QString out = QCoreApplication::translate("cairn::CommandLine", "Usage: cairn COMMAND [OPTIONS]") + u'\n' + QCoreApplication::translate("cairn::CommandLine", "Cairn keeps your Google Contacts, Asana, GitHub and Jira on your own machine.") + QStringLiteral("\n\n")
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
        "        --format) COMPREPLY=($(compgen -W \"json csv vcard\" -- \"$cur\")); return ;;\n"
        "        --data-dir) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n"
        "        --output) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
        "        %3) return ;;\n"
        "    esac\n"
        "    local options=\"%4\" words=\n"
        "    case $cmd in\n"
        "        '') words=\"%5\"; options+=\" --version --demo\" ;;\n")
        .arg(withValue.join(u'|'), words(Settings::sources()),
             QStringList{QStringLiteral("--account"), QStringLiteral("--limit"), QStringLiteral("--site"), QStringLiteral("--email")}.join(u'|'),
             optionWords(globalOptions()), words(commandNames()));
    for (const CommandSpec &c : commands()) {
        QStringList own;
        for (const char *o : c.options)
            own << QLatin1String(o);
        script += QStringLiteral("        %1) options+=\" %2\"").arg(QLatin1String(c.name), optionWords(own));
        switch (c.words) {
        case W::Source:
            script += QStringLiteral("; (( ${#args[@]} == 0 )) && words=\"%1\"").arg(words(Settings::sources()));
            break;
        case W::Help:
            script += QStringLiteral("; (( ${#args[@]} == 0 )) && words=\"%1 exit-codes\"").arg(words(commandNames()));
            break;
        case W::Shell:
            script += QStringLiteral("; (( ${#args[@]} == 0 )) && words=\"bash\"");
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

} // namespace cairn::cli
