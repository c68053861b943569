#include "ClipLine.h"

namespace cairn {

QString clipLine(const QString &text, qsizetype maxChars)
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
            continue; // half a pair: not text
        } else if (u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0x2028 || u == 0x2029) {
            clean += QLatin1Char(' ');
        } else {
            clean += ch;
        }
    }
    clean = clean.simplified();
    if (clean.size() <= maxChars)
        return clean;
    qsizetype cut = std::max<qsizetype>(maxChars - 1, 0);
    if (cut > 0 && clean.at(cut - 1).isHighSurrogate())
        --cut;
    return clean.left(cut) + QChar(0x2026);
}

} // namespace cairn
