#include "Adf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace cairn::adf {

namespace {
constexpr int kMaxDepth = 64;

QString attr(const QJsonObject &node, const char *name)
{
    const QJsonValue v = node.value(QLatin1String("attrs")).toObject().value(QLatin1String(name));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

// The text an inline atom (mention, emoji, card, date, status) stands for; null for others.
QString atomText(const QJsonObject &n, const QString &type)
{
    if (type == QLatin1String("mention")) {
        const QString t = attr(n, "text");
        return t.isEmpty() ? QStringLiteral("@") + attr(n, "id") : t;
    }
    if (type == QLatin1String("emoji")) {
        const QString t = attr(n, "text");
        return t.isEmpty() ? attr(n, "shortName") : t;
    }
    if (type == QLatin1String("inlineCard") || type == QLatin1String("blockCard") || type == QLatin1String("embedCard"))
        return attr(n, "url");
    if (type == QLatin1String("status"))
        return QStringLiteral("[") + attr(n, "text") + QStringLiteral("]");
    if (type == QLatin1String("date")) {
        const qint64 ms = attr(n, "timestamp").toLongLong();
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (type == QLatin1String("media") || type == QLatin1String("mediaInline")) {
        const QString alt = attr(n, "alt");
        return QStringLiteral("[%1]").arg(alt.isEmpty() ? QCoreApplication::translate("cairn::adf", "attachment") : alt);
    }
    return {};
}

bool isBlock(const QString &type)
{
    static const QStringList blocks{QStringLiteral("paragraph"), QStringLiteral("heading"), QStringLiteral("codeBlock"),
                                    QStringLiteral("blockquote"), QStringLiteral("rule"), QStringLiteral("bulletList"),
                                    QStringLiteral("orderedList"), QStringLiteral("taskList"), QStringLiteral("decisionList"),
                                    QStringLiteral("table"), QStringLiteral("panel"), QStringLiteral("expand"),
                                    QStringLiteral("nestedExpand"), QStringLiteral("mediaSingle"), QStringLiteral("mediaGroup"),
                                    QStringLiteral("blockCard"), QStringLiteral("embedCard")};
    return blocks.contains(type);
}

class TextWriter
{
public:
    QString result()
    {
        QStringList lines = m_out.split(QLatin1Char('\n'));
        for (QString &l : lines)
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
        QString s = lines.join(QLatin1Char('\n'));
        while (s.contains(QLatin1String("\n\n\n")))
            s.replace(QLatin1String("\n\n\n"), QLatin1String("\n\n"));
        return s.trimmed();
    }

    void node(const QJsonValue &v, int depth, const QString &prefix)
    {
        if (depth > kMaxDepth || !v.isObject())
            return;
        const QJsonObject n = v.toObject();
        const QString type = n.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text")) {
            m_out += n.value(QLatin1String("text")).toString();
            return;
        }
        if (type == QLatin1String("hardBreak")) {
            m_out += QLatin1Char('\n') + prefix;
            return;
        }
        const QString atom = atomText(n, type);
        if (!atom.isNull() && type != QLatin1String("blockCard") && type != QLatin1String("embedCard")) {
            m_out += atom;
            return;
        }
        const QJsonArray content = n.value(QLatin1String("content")).toArray();
        if (type == QLatin1String("bulletList") || type == QLatin1String("orderedList") || type == QLatin1String("taskList")
            || type == QLatin1String("decisionList")) {
            qint64 number = qMax<qint64>(1, qint64(n.value(QLatin1String("attrs")).toObject().value(QLatin1String("order")).toDouble(1)));
            ++m_listDepth;
            for (const QJsonValue &item : content) {
                QString bullet = QStringLiteral("• ");
                if (type == QLatin1String("orderedList"))
                    bullet = QString::number(number++) + QStringLiteral(". ");
                else if (type == QLatin1String("taskList"))
                    bullet = attr(item.toObject(), "state") == QLatin1String("DONE") ? QStringLiteral("[x] ") : QStringLiteral("[ ] ");
                else if (type == QLatin1String("decisionList"))
                    bullet = QStringLiteral("◇ ");
                newLine(prefix);
                m_out += bullet;
                children(item.toObject().value(QLatin1String("content")).toArray(), depth + 1, prefix + QStringLiteral("  "), true);
            }
            --m_listDepth;
            // A list is a block (a blank line before what follows); one inside a list item ends
            // only its line, so that the outer list goes on.
            m_out += m_listDepth == 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
            return;
        }
        if (type == QLatin1String("rule")) {
            newLine(prefix);
            m_out += QStringLiteral("----\n");
            return;
        }
        if (type == QLatin1String("blockquote")) {
            newLine(prefix);
            m_out += QStringLiteral("> ");
            children(content, depth + 1, prefix + QStringLiteral("> "), true);
            m_out += QStringLiteral("\n\n");
            return;
        }
        if (type == QLatin1String("tableRow")) {
            newLine(prefix);
            bool first = true;
            for (const QJsonValue &cell : content) {
                if (!first)
                    m_out += QStringLiteral(" | ");
                first = false;
                TextWriter inner;
                inner.children(cell.toObject().value(QLatin1String("content")).toArray(), depth + 1, QString(), true);
                m_out += inner.result().replace(QLatin1Char('\n'), QLatin1Char(' '));
            }
            m_out += QLatin1Char('\n');
            return;
        }
        if (type == QLatin1String("expand") || type == QLatin1String("nestedExpand")) {
            newLine(prefix);
            m_out += attr(n, "title") + QLatin1Char('\n');
        }
        if (!atom.isNull()) { // block cards
            newLine(prefix);
            m_out += atom + QLatin1Char('\n');
            return;
        }
        if (isBlock(type) || type == QLatin1String("listItem") || type == QLatin1String("taskItem"))
            newLine(prefix);
        children(content, depth + 1, prefix, false);
        if (isBlock(type))
            m_out += QStringLiteral("\n\n");
    }

    void children(const QJsonArray &content, int depth, const QString &prefix, bool inlineFirst)
    {
        bool first = true;
        for (const QJsonValue &c : content) {
            if (!(first && inlineFirst) || !isBlock(c.toObject().value(QLatin1String("type")).toString())) {
                node(c, depth, prefix);
            } else {
                // The first paragraph of a list item continues the bullet's line.
                const QJsonObject o = c.toObject();
                if (o.value(QLatin1String("type")).toString() == QLatin1String("paragraph")) {
                    children(o.value(QLatin1String("content")).toArray(), depth + 1, prefix, false);
                } else {
                    node(c, depth, prefix);
                }
            }
            first = false;
        }
    }

private:
    void newLine(const QString &prefix)
    {
        if (m_out.isEmpty())
            return;
        if (!m_out.endsWith(QLatin1Char('\n')))
            m_out += QLatin1Char('\n');
        m_out += prefix;
    }
    QString m_out;
    int m_listDepth = 0;
};

QString safeHref(const QString &href)
{
    const QUrl url(href);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")))
        return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
    return {};
}

QString marked(const QString &text, const QJsonArray &marks)
{
    QString out = text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    for (const QJsonValue &m : marks) {
        const QJsonObject mark = m.toObject();
        const QString type = mark.value(QLatin1String("type")).toString();
        if (type == QLatin1String("strong"))
            out = QStringLiteral("<b>%1</b>").arg(out);
        else if (type == QLatin1String("em"))
            out = QStringLiteral("<i>%1</i>").arg(out);
        else if (type == QLatin1String("code"))
            out = QStringLiteral("<code>%1</code>").arg(out);
        else if (type == QLatin1String("strike"))
            out = QStringLiteral("<s>%1</s>").arg(out);
        else if (type == QLatin1String("underline"))
            out = QStringLiteral("<u>%1</u>").arg(out);
        else if (type == QLatin1String("link")) {
            const QString href = safeHref(mark.value(QLatin1String("attrs")).toObject().value(QLatin1String("href")).toString());
            if (!href.isEmpty())
                out = QStringLiteral("<a href=\"%1\">%2</a>").arg(href, out);
        }
    }
    return out;
}

QString html(const QJsonValue &v, int depth)
{
    if (depth > kMaxDepth || !v.isObject())
        return {};
    const QJsonObject n = v.toObject();
    const QString type = n.value(QLatin1String("type")).toString();
    if (type == QLatin1String("text"))
        return marked(n.value(QLatin1String("text")).toString(), n.value(QLatin1String("marks")).toArray());
    if (type == QLatin1String("hardBreak"))
        return QStringLiteral("<br>");
    const QString atom = atomText(n, type);
    if (!atom.isNull()) {
        if (type == QLatin1String("mention"))
            return QStringLiteral("<b>%1</b>").arg(atom.toHtmlEscaped());
        const QString href = type.endsWith(QLatin1String("Card")) ? safeHref(atom) : QString();
        const QString inner = href.isEmpty() ? atom.toHtmlEscaped() : QStringLiteral("<a href=\"%1\">%2</a>").arg(href, atom.toHtmlEscaped());
        return type == QLatin1String("blockCard") || type == QLatin1String("embedCard") ? QStringLiteral("<p>%1</p>").arg(inner) : inner;
    }
    QString inner;
    for (const QJsonValue &c : n.value(QLatin1String("content")).toArray())
        inner += html(c, depth + 1);
    if (type == QLatin1String("paragraph"))
        return QStringLiteral("<p>%1</p>").arg(inner);
    if (type == QLatin1String("heading")) {
        const int level = qBound(1, n.value(QLatin1String("attrs")).toObject().value(QLatin1String("level")).toInt(1), 6);
        return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(inner);
    }
    if (type == QLatin1String("bulletList") || type == QLatin1String("taskList") || type == QLatin1String("decisionList"))
        return QStringLiteral("<ul>%1</ul>").arg(inner);
    if (type == QLatin1String("orderedList"))
        return QStringLiteral("<ol>%1</ol>").arg(inner);
    if (type == QLatin1String("listItem") || type == QLatin1String("decisionItem"))
        return QStringLiteral("<li>%1</li>").arg(inner);
    if (type == QLatin1String("taskItem"))
        return QStringLiteral("<li>%1 %2</li>").arg(attr(n, "state") == QLatin1String("DONE") ? QStringLiteral("☑") : QStringLiteral("☐"), inner);
    if (type == QLatin1String("codeBlock"))
        return QStringLiteral("<pre>%1</pre>").arg(inner);
    if (type == QLatin1String("blockquote"))
        return QStringLiteral("<blockquote>%1</blockquote>").arg(inner);
    if (type == QLatin1String("rule"))
        return QStringLiteral("<hr>");
    if (type == QLatin1String("table"))
        return QStringLiteral("<table border=\"1\" cellpadding=\"3\">%1</table>").arg(inner);
    if (type == QLatin1String("tableRow"))
        return QStringLiteral("<tr>%1</tr>").arg(inner);
    if (type == QLatin1String("tableHeader"))
        return QStringLiteral("<th>%1</th>").arg(inner);
    if (type == QLatin1String("tableCell"))
        return QStringLiteral("<td>%1</td>").arg(inner);
    if (type == QLatin1String("expand") || type == QLatin1String("nestedExpand"))
        return QStringLiteral("<p><b>%1</b></p><div>%2</div>").arg(attr(n, "title").toHtmlEscaped(), inner);
    if (type == QLatin1String("panel")) // a box around its content (a panel has no title)
        return QStringLiteral("<table border=\"1\" cellpadding=\"6\" width=\"100%\"><tr><td>%1</td></tr></table>").arg(inner);
    return inner;
}
} // namespace

QString toPlainText(const QJsonValue &doc)
{
    TextWriter w;
    w.node(doc, 0, QString());
    return w.result();
}

QString toHtml(const QJsonValue &doc)
{
    return html(doc, 0);
}

} // namespace cairn::adf
