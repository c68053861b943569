#pragma once
#include <QString>
#include <QStringList>

namespace cairn::cli {

// The one way every command reads what a person typed. Each throws a usage error (exit 2,
// ExitCodes.h) naming what was wrong and, for a near miss, what was meant: "unknown source
// "Google": did you mean google?".
QString sourceArgument(const QString &text);               // a source's id (Settings::sources()), exactly
QStringList sourceArguments(const QStringList &texts);
QString accountArgument(const QString &text);              // "" stays "" (the default account)
QString modeArgument(const QString &text);                 // auto, full or partial ("incremental": partial)
// One of `allowed` ("vcf" is "vcard"); `what` names what is exported ("pull requests").
QString formatArgument(const QString &text, const QStringList &allowed, const QString &what);
int numberArgument(const QString &option, const QString &text, int min, int max);

} // namespace cairn::cli
