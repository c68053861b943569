#include "Arguments.h"
#include "Account.h"
#include "ExitCodes.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "Words.h"

#include <QCoreApplication>

namespace cairn::cli {

namespace {
// `what` ("unknown source "Google"") with what was meant, or else what there is.
[[noreturn]] void refuse(const QString &what, const QString &typed, const QStringList &allowed)
{
    const QString meant = closestMatch(typed, allowed);
    if (!meant.isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "%1: did you mean %2?").arg(what, meant));
    throw usageError(QStringLiteral("%1 (%2)").arg(what, words::oneOf(allowed)));
}
} // namespace

QString sourceArgument(const QString &text)
{
    if (!Settings::sources().contains(text))
        refuse(QCoreApplication::translate("cairn::CliCommands", "unknown source \"%1\"").arg(text.left(40)), text, Settings::sources());
    return text;
}

QStringList sourceArguments(const QStringList &texts)
{
    QStringList out;
    for (const QString &t : texts)
        if (!out.contains(sourceArgument(t)))
            out << t;
    return out;
}

QString accountArgument(const QString &text)
{
    if (text.isNull())
        return text;
    const QString problem = AccountStore::checkId(text);
    if (!problem.isEmpty())
        throw usageError(problem);
    return text;
}

QString modeArgument(const QString &text)
{
    const QStringList modes{QStringLiteral("auto"), QStringLiteral("full"), QStringLiteral("partial")};
    if (text == QLatin1String("incremental")) // another name of partial (modeFromName)
        return QStringLiteral("partial");
    if (!modes.contains(text))
        refuse(QCoreApplication::translate("cairn::CliCommands", "unknown mode \"%1\"").arg(text.left(40)), text, modes);
    return text;
}

QString formatArgument(const QString &text, const QStringList &allowed, const QString &what)
{
    if (text == QLatin1String("vcf") && allowed.contains(QLatin1String("vcard")))
        return QStringLiteral("vcard");
    if (!allowed.contains(text))
        refuse(what.isEmpty() ? QCoreApplication::translate("cairn::CliCommands", "unknown format \"%1\"").arg(text.left(40)) : QCoreApplication::translate("cairn::CliCommands", "unknown format \"%1\" for %2").arg(text.left(40), what),
               text, allowed);
    return text;
}

int numberArgument(const QString &option, const QString &text, int min, int max)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "--%1 needs a whole number from %2 to %3, not \"%4\"").arg(option).arg(min).arg(max).arg(text.left(40)));
    return int(n);
}

} // namespace cairn::cli
