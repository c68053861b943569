#include "PersonView.h"
#include "ContactsRepo.h"
#include "DateText.h"
#include "Error.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "Sql.h"
#include "Words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace cairn {

namespace {
constexpr int kPerSection = 50;

QString link(SearchIndex::Kind kind, qint64 id, const QString &text)
{
    return QStringLiteral("<a href='cairn:%1/%2'>%3</a>").arg(int(kind)).arg(id).arg(text.toHtmlEscaped());
}

// The names and addresses as one JSON array each, for `IN (SELECT value FROM json_each(?))`.
QString jsonList(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v.toLower());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString when(const QVariant &iso)
{
    const QDateTime t = sql::timeFrom(iso);
    return t.isValid() ? dates::relative(t) : QString();
}
} // namespace

PersonView::PersonView(ReadConnection &connection, Settings &settings, QWidget *parent)
    : SafeTextBrowser(parent)
    , m_connection(connection)
    , m_settings(settings)
{
    setAccessibleName(tr("Person"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("cairn"))
            return;
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (parts.size() == 2)
            Q_EMIT openRequested(SearchIndex::Kind(parts.at(0).toInt()), parts.at(1).toLongLong());
    });
    showPerson(0);
}

QStringList PersonView::linkedNames() const
{
    if (m_resourceName.isEmpty())
        return {};
    return m_settings.value(QStringLiteral("people/%1").arg(QString::fromLatin1(m_resourceName.toUtf8().toHex())))
        .toStringList();
}

void PersonView::setLinkedNames(const QStringList &names)
{
    if (m_resourceName.isEmpty())
        return;
    QStringList clean;
    for (const QString &n : names)
        if (!n.trimmed().isEmpty() && !clean.contains(n.trimmed()))
            clean << n.trimmed();
    // The key is hex: a resource name may hold characters QSettings treats specially.
    const QString key = QStringLiteral("people/%1").arg(QString::fromLatin1(m_resourceName.toUtf8().toHex()));
    if (clean.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, clean);
    showPerson(m_id);
}

QString PersonView::section(const QString &title, const QStringList &rows) const
{
    QString h = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(title.toHtmlEscaped());
    if (rows.isEmpty())
        return h + QStringLiteral("<p style='color:#888'>%1</p>").arg(tr("None in the cache.").toHtmlEscaped());
    return h + QStringLiteral("<ul style='margin-top:0'>") + rows.join(QString()) + QStringLiteral("</ul>");
}

void PersonView::showPerson(qint64 contactId)
{
    m_id = contactId;
    m_tasks = m_pulls = m_issues = 0;
    m_resourceName.clear();
    if (!contactId || !m_connection.ensureOpen()) {
        setHtml(QStringLiteral("<p style='color:#888'>%1</p>").arg(tr("Select a person to see everything about them.").toHtmlEscaped()));
        return;
    }
    QSqlDatabase &db = m_connection.db();
    try {
        const Contact c = ContactsRepo::byId(db, contactId);
        m_resourceName = c.resourceName;
        const QStringList linked = linkedNames();
        QStringList names = linked;
        if (!c.displayName.isEmpty())
            names.prepend(c.displayName);
        QStringList emails;
        for (const ContactEmail &e : c.emails)
            emails << e.value;
        const QString nameList = jsonList(names);
        const QString emailList = jsonList(emails);

        const QString title = words::contactTitle(c.displayName, emails.value(0),
                                                  c.organizations.isEmpty() ? QString() : c.organizations.first().name,
                                                  c.phones.isEmpty() ? QString() : c.phones.first().value);
        QString h = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                        .arg((title.isEmpty() ? tr("(no name)") : title).toHtmlEscaped());
        QStringList facts;
        if (!emails.isEmpty())
            facts << emails.join(QStringLiteral(", ")).toHtmlEscaped();
        if (!c.organizations.isEmpty() && !c.organizations.first().name.isEmpty())
            facts << c.organizations.first().name.toHtmlEscaped();
        if (!linked.isEmpty())
            facts << tr("also known as %1").arg(linked.join(QStringLiteral(", "))).toHtmlEscaped();
        h += QStringLiteral("<p style='color:#666'>%1</p>").arg(facts.join(QStringLiteral(" · ")));

        QStringList tasks;
        sql::Statement t(db, QStringLiteral(
            "SELECT id, name, completed, due_on FROM asana_tasks WHERE account='default' AND deleted_at IS NULL "
            "AND lower(assignee_name) IN (SELECT value FROM json_each(?)) ORDER BY completed, due_on IS NULL, due_on, name LIMIT ?"));
        for (t.exec({nameList, kPerSection}); t.next();) {
            const QString due = dates::day(QDate::fromString(t.value(3).toString(), Qt::ISODate));
            tasks << QStringLiteral("<li>%1%2%3</li>").arg(
                link(SearchIndex::Kind::Task, t.value(0).toLongLong(), t.value(1).toString()),
                due.isEmpty() ? QString() : QStringLiteral(" <span style='color:#888'>%1</span>").arg(tr("due %1").arg(due).toHtmlEscaped()),
                t.value(2).toBool() ? QStringLiteral(" ✓") : QString());
        }
        m_tasks = int(tasks.size());
        h += section(tr("Asana tasks assigned"), tasks);

        QStringList pulls;
        sql::Statement p(db, QStringLiteral(
            "SELECT p.id, p.repo, p.number, p.title, p.state, p.updated_at, p.merged_at IS NOT NULL, p.draft, "
            "lower(p.author) IN (SELECT value FROM json_each(?)) AS opened FROM github_pulls p "
            "WHERE p.account='default' AND p.deleted_at IS NULL AND (lower(p.author) IN (SELECT value FROM json_each(?)) "
            "OR p.id IN (SELECT r.pull_row FROM github_reviews r WHERE lower(r.author) IN (SELECT value FROM json_each(?)))) "
            "ORDER BY p.updated_at DESC LIMIT ?"));
        // (Qt counts every `?`: numbered placeholders would not bind.)
        for (p.exec({nameList, nameList, nameList, kPerSection}); p.next();) {
            const QString what = p.value(8).toBool() ? tr("opened") : tr("reviewed");
            const QString state = words::pullState(p.value(4).toString(), p.value(6).toBool(), p.value(7).toBool());
            pulls << QStringLiteral("<li>%1 <span style='color:#888'>%2 · %3 · %4</span></li>").arg(
                link(SearchIndex::Kind::PullRequest, p.value(0).toLongLong(),
                     QStringLiteral("%1#%2 %3").arg(p.value(1).toString(), QString::number(p.value(2).toInt()), p.value(3).toString())),
                what.toHtmlEscaped(), state.toHtmlEscaped(), when(p.value(5)).toHtmlEscaped());
        }
        m_pulls = int(pulls.size());
        h += section(tr("Pull requests opened or reviewed"), pulls);
        QStringList issues;
        sql::Statement j(db, QStringLiteral(
            "SELECT id, issue_key, summary, status, updated FROM jira_issues WHERE account='default' AND deleted_at IS NULL "
            "AND (lower(assignee_email) IN (SELECT value FROM json_each(?)) OR lower(assignee_name) IN (SELECT value FROM json_each(?)) "
            "OR lower(reporter_name) IN (SELECT value FROM json_each(?))) GROUP BY issue_key ORDER BY updated DESC LIMIT ?"));
        for (j.exec({emailList, nameList, nameList, kPerSection}); j.next();)
            issues << QStringLiteral("<li>%1 <span style='color:#888'>%2 · %3</span></li>").arg(
                link(SearchIndex::Kind::JiraIssue, j.value(0).toLongLong(),
                     QStringLiteral("%1 %2").arg(j.value(1).toString(), j.value(2).toString())),
                j.value(3).toString().toHtmlEscaped(), when(j.value(4)).toHtmlEscaped());
        m_issues = int(issues.size());
        h += section(tr("Jira issues assigned or reported"), issues);
        setHtml(h);
    } catch (const Error &e) {
        setHtml(QStringLiteral("<p style='color:#a33'>%1</p>").arg(tr("Cannot read this person: %1").arg(e.message).toHtmlEscaped()));
    }
}

} // namespace cairn
