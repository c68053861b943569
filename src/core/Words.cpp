#include "Words.h"

#include <QCoreApplication>

namespace cairn::words {

QString syncMode(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Full: return QCoreApplication::translate("cairn::words", "full");
    case SyncMode::Partial: return QCoreApplication::translate("cairn::words", "incremental");
    case SyncMode::Auto: break;
    }
    return modeName(mode);
}

QString pullState(const QString &state, bool merged, bool draft, bool deleted)
{
    if (deleted)
        return QCoreApplication::translate("cairn::words", "deleted");
    if (merged)
        return QCoreApplication::translate("cairn::words", "merged");
    if (state == QLatin1String("closed"))
        return QCoreApplication::translate("cairn::words", "closed");
    return draft ? QCoreApplication::translate("cairn::words", "draft") : QCoreApplication::translate("cairn::words", "open");
}

QString contactTitle(const QString &name, const QString &email, const QString &organization, const QString &phone)
{
    for (const QString *s : {&name, &email, &organization, &phone})
        if (!s->trimmed().isEmpty())
            return s->trimmed();
    return {};
}

QString oneOf(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    // (the command line's context, where the words were first put together)
    return QCoreApplication::translate("cairn::CliCommands", "%1 or %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

QString allOf(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    return QCoreApplication::translate("cairn::words", "%1 and %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

} // namespace cairn::words
