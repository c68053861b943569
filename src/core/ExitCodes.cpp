#include "ExitCodes.h"

#include <QCoreApplication>

namespace cairn {

const ExitCodeRow kExitCodes[8] = {
    {ExitCode::Ok, QT_TRANSLATE_NOOP("cairn::ExitCodes", "done")},
    {ExitCode::Failure, QT_TRANSLATE_NOOP("cairn::ExitCodes", "failed (network, service, a damaged or newer cache, …)")},
    {ExitCode::Usage, QT_TRANSLATE_NOOP("cairn::ExitCodes", "usage: an unknown command, option, source, account, mode, format, number or setting, or a value out of its range")},
    {ExitCode::NotSignedIn, QT_TRANSLATE_NOOP("cairn::ExitCodes", "not signed in: a source needs `cairn login` (no token, or the service refused it)")},
    {ExitCode::NoMatch, QT_TRANSLATE_NOOP("cairn::ExitCodes", "nothing matched (`cairn search`)")},
    {ExitCode::CantCreate, QT_TRANSLATE_NOOP("cairn::ExitCodes", "cannot create: the data folder or --output is read-only, forbidden, not a folder, or a symbolic link")},
    {ExitCode::IoError, QT_TRANSLATE_NOOP("cairn::ExitCodes", "I/O error: the disk is full or failed (standard output included)")},
    {ExitCode::Busy, QT_TRANSLATE_NOOP("cairn::ExitCodes", "busy: another Cairn process is syncing the same source; try again later")},
};

namespace {
QString reasonOf(ExitCode code)
{
    return QStringLiteral("exit-%1").arg(int(code));
}
} // namespace

Error exitError(ExitCode code, const QString &message)
{
    const Error::Kind kind = code == ExitCode::Usage        ? Error::Kind::Config
                             : code == ExitCode::NotSignedIn ? Error::Kind::Auth
                             : code == ExitCode::Busy        ? Error::Kind::Busy
                                                             : Error::Kind::Store;
    Error e(kind, message);
    e.reason = reasonOf(code);
    return e;
}

int exitCodeOf(const Error &e)
{
    if (e.kind == Error::Kind::Busy)
        return int(ExitCode::Busy);
    for (const ExitCodeRow &row : kExitCodes)
        if (row.code != ExitCode::Ok && e.reason == reasonOf(row.code))
            return int(row.code);
    return int(ExitCode::Failure);
}

} // namespace cairn
