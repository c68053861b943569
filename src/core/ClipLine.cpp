#include "ClipLine.h"

namespace cairn {

namespace {

bool isLineBreakOrTab(char16_t u)
{
    return u == u'\t' || u == u'\n' || u == 0x0B || u == 0x0C || u == u'\r' || u == 0x85 || u == 0x2028 || u == 0x2029;
}

// C0 and C1 controls, DEL, and the bidi embeddings/overrides/isolates that reorder a line.
bool isControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u < 0xA0) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// `text` with line breaks and tabs as spaces, control characters as `control` and halves of
// surrogate pairs as `halfPair` (dropped where that is null).
QString replaced(const QString &text, QChar control, QChar halfPair)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char16_t u = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += ch;
            clean += text.at(++i);
        } else if (ch.isSurrogate()) {
            if (!halfPair.isNull())
                clean += halfPair; // half a pair: not text
        } else if (isLineBreakOrTab(u)) {
            clean += QLatin1Char(' ');
        } else if (isControl(u)) {
            clean += control;
        } else {
            clean += ch;
        }
    }
    return clean;
}

} // namespace

QString clipLine(const QString &text, qsizetype maxChars)
{
    const QString clean = replaced(text, QLatin1Char(' '), QChar()).simplified();
    if (clean.size() <= maxChars)
        return clean;
    qsizetype cut = std::max<qsizetype>(maxChars - 1, 0);
    if (cut > 0 && clean.at(cut - 1).isHighSurrogate())
        --cut;
    return clean.left(cut) + QChar(0x2026);
}

QString printableLine(const QString &text)
{
    return replaced(text, QChar(QChar::ReplacementCharacter), QChar(QChar::ReplacementCharacter));
}

} // namespace cairn
