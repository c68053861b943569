#include "PlainText.h"

#include <QRegularExpression>
#include <QStringList>

namespace cairn {

QString plainSnippet(const QString &markdown)
{
    static const QRegularExpression lineBreaks(QStringLiteral("\\r\\n|[\\r\\n\\x{2028}\\x{2029}\\x{85}]"));
    static const QRegularExpression blockMarkers(QStringLiteral(
        "^\\s*(?:(?:>\\s?)+|#{1,6}\\s+|(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?)"));
    static const QRegularExpression rule(QStringLiteral("^\\s*(?:(?:[-*_]\\s*){3,}|`{3,}.*|~{3,}.*)$"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__|~~)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])"));
    static const QRegularExpression code(QStringLiteral("`+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList lines;
    for (QString line : markdown.split(lineBreaks)) {
        if (rule.match(line).hasMatch())
            continue;
        line.remove(blockMarkers);
        lines << line;
    }
    QString text = lines.join(u' ');
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasis, QStringLiteral("\\2"));
    text.remove(code);
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

} // namespace cairn
