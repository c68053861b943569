#include "WindowText.h"
#include "SourceViews.h"

#include <QRegularExpression>

namespace cairn {

namespace {
// What only makes sense in a terminal: a command, an environment variable, a settings key
// (each source's own: SourceViews::commandLineHint).
const QRegularExpression &commandLineHint()
{
    static const QRegularExpression re([] {
        QStringList hints{QStringLiteral("`?cairn (login|logout|config|sync)\\b"), QStringLiteral("CAIRN_[A-Z_]+")};
        for (const SourceViews *views : SourceViews::all())
            if (views->commandLineHint)
                hints << QString::fromLatin1(views->commandLineHint);
        hints << QStringLiteral("--[a-z][a-z-]+");
        return hints.join(u'|');
    }());
    return re;
}
} // namespace

bool mentionsCommandLine(const QString &text)
{
    return commandLineHint().match(text).hasMatch();
}

QString windowText(const QString &message)
{
    QString text = message.trimmed();
    for (int guard = 0; guard < 8; ++guard) {
        const QRegularExpressionMatch m = commandLineHint().match(text);
        if (!m.hasMatch())
            break;
        // Cut at the start of the clause that holds the hint: the last ": ", " (", "; " or
        // " — " before it (a parenthesis is closed by the cut too).
        const QString head = text.left(m.capturedStart());
        qsizetype cut = -1;
        for (const QString &sep : {QStringLiteral(": "), QStringLiteral(" ("), QStringLiteral("; "), QStringLiteral(" — ")})
            cut = std::max(cut, head.lastIndexOf(sep));
        text = cut > 0 ? text.left(cut).trimmed() : QString();
    }
    while (text.endsWith(u':') || text.endsWith(u';') || text.endsWith(u','))
        text.chop(1);
    return text;
}

QString windowSentence(const QString &message)
{
    QString text = windowText(message);
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!') && !text.endsWith(u'…'))
        text += u'.';
    return text;
}

} // namespace cairn
