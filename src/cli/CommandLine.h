#pragma once
#include <QStringList>

namespace cairn {

// `cairn <command> ...` without a window (docs/architecture.md §5). Returns the process exit status;
// on failure prints one line to stderr.
class CommandLine
{
public:
    static QStringList commands();
    // True when `arguments` (argv without the program) ask for a command, not the window.
    static bool wantsCommand(const QStringList &arguments);
    static int run(const QStringList &argv);
    // Before anything logs: the cairn.* categories' info and debug lines off unless
    // `arguments` hold -v/--verbose or CAIRN_LOG asks for them, and every message printed as
    // one line, a warning as "cairn: warning: …".
    static void setUpLogging(const QStringList &arguments);
};

} // namespace cairn
