#pragma once
#include "Error.h"

#include <QString>

#include <sysexits.h>

namespace cairn {

// What `cairn` exits with: one table for every command, the README's and `cairn help exit-codes`.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,     // network, service, a damaged or newer cache, …
    Usage = 2,       // an unknown command, option, source, key or value
    NotSignedIn = 3, // a source needs sign-in (none, expired or refused)
    NoMatch = 4,     // `cairn search` found nothing
    CantCreate = EX_CANTCREAT, // 73: a folder or file cannot be created or written
    IoError = EX_IOERR,        // 74: the disk is full or failed
    Busy = EX_TEMPFAIL,        // 75: another Cairn process is syncing the same source
};

struct ExitCodeRow
{
    ExitCode code;
    const char *meaning; // translated in the context "cairn::ExitCodes"
};

// Every exit code with its meaning, in order.
extern const ExitCodeRow kExitCodes[8];

// An Error that `cairn` ends with `code` (Config for Usage, Auth for NotSignedIn, else Store).
Error exitError(ExitCode code, const QString &message);
// Shorthand for a usage error (2).
inline Error usageError(const QString &message) { return exitError(ExitCode::Usage, message); }
// What `cairn` exits with for `e`: 75 busy, 3 not signed in, what exitError() said, else 1.
int exitCodeOf(const Error &e);

} // namespace cairn
