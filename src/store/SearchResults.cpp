// What a search shows of each hit beside its title: the snippet as one plain line, and the
// context line that tells hits of the same title apart (SearchIndex.h).
#include "SearchIndex.h"
#include "Sql.h"
#include "Words.h"

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
QString tr(const char *text) { return QCoreApplication::translate("cairn::SearchIndex", text); }

QString idList(const QList<Hit> &hits)
{
    QJsonArray a;
    for (const Hit &h : hits)
        a.append(h.id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString join(QStringList parts)
{
    for (QString &p : parts)
        p = p.simplified();
    parts.removeAll(QString());
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" · "));
}

// Per kind: the SELECT of id and the context's parts, and how they make the line.
QString contextQuery(Kind kind)
{
    switch (kind) {
    case Kind::Contact:
        return QStringLiteral("SELECT id, display_name, organization, primary_email, primary_phone FROM contacts");
    case Kind::Project:
        return QStringLiteral("SELECT id, owner_name, archived, completed FROM asana_projects");
    case Kind::Task:
        return QStringLiteral("SELECT t.id, (SELECT group_concat(coalesce(project_name, ''), ', ') FROM asana_task_projects "
                              "WHERE task_id = t.id), t.assignee_name, t.completed FROM asana_tasks t");
    case Kind::PullRequest:
        return QStringLiteral("SELECT id, state, merged_at IS NOT NULL, draft, deleted_at IS NOT NULL, author FROM github_pulls");
    case Kind::JiraIssue:
        return QStringLiteral("SELECT id, status, project_name, issue_type FROM jira_issues");
    }
    return {};
}

QString contextLine(Kind kind, const sql::Statement &r, const QString &title)
{
    switch (kind) {
    case Kind::Contact: {
        const QString org = r.value(2).toString(), email = r.value(3).toString(), phone = r.value(4).toString();
        QStringList parts{org, email == title ? QString() : email};
        if (org.isEmpty() && email.isEmpty())
            parts << phone;
        return join(parts);
    }
    case Kind::Project:
        return join({tr("Asana project"), r.value(1).toString(), r.value(2).toBool() ? tr("archived") : QString(),
                     r.value(3).toBool() ? tr("completed") : QString()});
    case Kind::Task:
        return join({r.value(1).toString(), r.value(2).toString(), r.value(3).toBool() ? tr("completed") : QString()});
    case Kind::PullRequest: // its title holds repository#number
        return join({words::pullState(r.value(1).toString(), r.value(2).toBool(), r.value(3).toBool(), r.value(4).toBool()),
                     r.value(5).toString()});
    case Kind::JiraIssue:
        return join({r.value(1).toString(), r.value(2).toString(), r.value(3).toString()});
    }
    return {};
}
} // namespace

void addContext(QSqlDatabase &db, Kind kind, QList<Hit> &hits)
{
    if (hits.isEmpty())
        return;
    const QString id = kind == Kind::Task ? QStringLiteral("t.id") : QStringLiteral("id");
    sql::Statement q(db, contextQuery(kind) + QStringLiteral(" WHERE %1 IN (SELECT value FROM json_each(?))").arg(id));
    QHash<qint64, Hit *> byId;
    for (Hit &h : hits)
        byId.insert(h.id, &h);
    for (q.exec({idList(hits)}); q.next();)
        if (Hit *h = byId.value(q.value(0).toLongLong()))
            h->context = contextLine(kind, q, h->title);
}

} // namespace cairn::SearchIndex
