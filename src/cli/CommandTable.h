#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::cli {

// One table of the commands and options of `cairn`: it drives the parser (CommandLine.cpp),
// which options each command takes, `cairn help [COMMAND]`, `cairn COMMAND --help` and the
// shell completion (`cairn completion bash`).
struct OptionSpec
{
    enum class Values { None, Sources, Modes, Formats, Directory, File, Free };
    const char *name;        // long name
    const char *shortName;   // or nullptr
    const char *valueName;   // nullptr: a switch
    const char *description; // context "cairn::CommandLine"
    Values values = Values::None;
};

struct CommandSpec
{
    enum class Words { None, Query, Config, Source, Help, Shell, Change, Outbox };
    const char *name;
    const char *synopsis;    // the syntax after "cairn " (not translated)
    const char *summary;     // context "cairn::CommandLine"
    QList<const char *> options; // besides the global ones
    const char *example;     // a command line (not translated)
    Words words = Words::None; // what its words after the name are
};

const QList<OptionSpec> &options();
const QList<CommandSpec> &commands();
// Every command take these: data-dir, verbose, help (and the window's version).
const QStringList &globalOptions();
const CommandSpec *findCommand(const QString &name);
const OptionSpec *findOption(const QString &longName);
QStringList commandNames();

QString globalHelp();
QString commandHelp(const CommandSpec &command);
QString exitCodesHelp();
// A bash completion script (complete -F _cairn cairn) generated from the tables above and the
// setting keys.
QString bashCompletion();
// The same for zsh (through its bashcompinit, so that both complete alike) and fish (its own
// `complete` lines); "" for another shell. The names of the shells: completionShells().
QString completionScript(const QString &shell);
QStringList completionShells();
// The manual page cairn(1), in troff (man) format, from the same tables.
QString manPage();

} // namespace cairn::cli
