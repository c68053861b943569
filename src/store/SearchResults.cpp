// What a search shows of each hit beside its title: the snippet as one plain line, and the
// context line that tells hits of the same title apart (SearchIndex.h).
#include "SearchIndex.h"
#include "Sql.h"
#include "StoreFacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cairn::SearchIndex {

namespace {
QString stripMarkdown(QString line)
{
    static const QRegularExpression lead(QStringLiteral("^\\s*(#{1,6}\\s+|>+\\s*|[-*+]\\s+\\[[ xX]\\]\\s+|[-*+]\\s+|\\d+[.)]\\s+)"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]*>"));
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|~~|`+|(?<![\\w])[*_]|[*_](?![\\w])"));
    static const QRegularExpression rule(QStringLiteral("^\\s*([-*_=]\\s*){3,}$|^\\s*\\|?\\s*:?-{3,}"));
    if (rule.match(line).hasMatch())
        return {};
    line.remove(lead);
    line.replace(image, QStringLiteral("\\1"));
    line.replace(link, QStringLiteral("\\1"));
    line.remove(tag);
    line.remove(emphasis);
    line.replace(QLatin1Char('|'), QLatin1Char(' '));
    return line;
}
} // namespace

QString plainSnippet(const QString &snippet, const QString &title, const QString &open, const QString &close)
{
    QStringList lines = snippet.split(QRegularExpression(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]+")));
    for (QString &l : lines)
        l = stripMarkdown(l);
    QString text = lines.join(QLatin1Char(' ')).simplified();
    // Leave off the title when the snippet opens with it, marks and all.
    const QString bare = title.simplified();
    if (bare.isEmpty())
        return text;
    qsizetype at = 0, matched = 0;
    while (at < text.size() && matched < bare.size()) {
        if (text.mid(at, open.size()) == open && !open.isEmpty()) {
            at += open.size();
            continue;
        }
        if (text.mid(at, close.size()) == close && !close.isEmpty()) {
            at += close.size();
            continue;
        }
        if (text.at(at).toCaseFolded() != bare.at(matched).toCaseFolded())
            return text;
        ++at;
        ++matched;
    }
    if (matched < bare.size() || (at < text.size() && text.at(at).isLetterOrNumber()))
        return text;
    while (!close.isEmpty() && text.mid(at, close.size()) == close)
        at += close.size(); // a mark the title's last word closed
    QString rest = text.mid(at).trimmed();
    while (rest.startsWith(u'·') || rest.startsWith(u'-') || rest.startsWith(u':'))
        rest = rest.mid(1).trimmed();
    return rest;
}

namespace {
QString idList(const QList<Hit> &hits)
{
    QJsonArray a;
    for (const Hit &h : hits)
        a.append(h.id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

const SearchKindFacts *factsOf(Kind kind)
{
    for (const StoreFacts &f : StoreCatalog::all())
        for (const SearchKindFacts &k : f.searchKinds)
            if (k.kind == kind)
                return &k;
    return nullptr;
}
} // namespace

QString contextOf(QStringList parts)
{
    for (QString &p : parts)
        p = p.simplified();
    parts.removeAll(QString());
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" · "));
}

// The kind's SELECT of its id and the context's parts, and how they make the line: its
// source's (StoreFacts.h).
void addContext(QSqlDatabase &db, Kind kind, QList<Hit> &hits)
{
    const SearchKindFacts *facts = factsOf(kind);
    if (hits.isEmpty() || !facts || !facts->contextLine)
        return;
    sql::Statement q(db, facts->contextSql + QStringLiteral(" WHERE %1 IN (SELECT value FROM json_each(?))").arg(facts->idColumn));
    QHash<qint64, Hit *> byId;
    for (Hit &h : hits)
        byId.insert(h.id, &h);
    for (q.exec({idList(hits)}); q.next();)
        if (Hit *h = byId.value(q.value(0).toLongLong()))
            h->context = facts->contextLine(q, h->title);
}

} // namespace cairn::SearchIndex
