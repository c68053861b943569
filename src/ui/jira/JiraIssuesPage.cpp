#include "JiraIssuesPage.h"
#include "WindowText.h"
#include "ListViews.h"
#include "SafeTextBrowser.h"
#include "JiraIssuesModel.h"
#include "DateText.h"
#include "Error.h"
#include "jira/IssuesQuery.h"
#include "jira/JiraRepo.h"
#include "ReadConnection.h"
#include "SyncStateRepo.h"
#include "jira/Adf.h"
#include "jira/JiraState.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cairn {

JiraIssuesPage::JiraIssuesPage(ReadConnection &connection, QWidget *parent)
    : TextListPage(connection, parent)
{
    addStatusLine();
    setWords({QT_TRANSLATE_N_NOOP("cairn::JiraIssuesPage", "%n issue(s)"),
              QT_TRANSLATE_NOOP("cairn::JiraIssuesPage", "No Jira issues yet. Choose the Jira site and the search whose issues to keep here."),
              QT_TRANSLATE_NOOP("cairn::JiraIssuesPage", "No issues match “%1”"), QT_TRANSLATE_NOOP("cairn::JiraIssuesPage", "Set up Jira…")});
    describe(tr("Search issues (key, summary, people, description)…"), tr("Search issues"), tr("Jira issues"),
             JiraIssuesModel::Summary);
    m_detail->setAccessibleName(tr("Issue details"));
    m_detail->setPlaceholderText(tr("Select an issue to see its details and description."));
    showDetail(0);
    updateEmptyState();
}

QString JiraIssuesPage::statusText()
{
    if (!m_connection.ensureOpen())
        return tr("Jira: nothing synced yet");
    QStringList lines;
    try {
        QList<SyncState> states = SyncStateRepo::all(m_connection.db());
        states.removeIf([](const SyncState &st) { return st.source != QLatin1String("jira") || st.scope.isEmpty(); });
        QSet<QString> accounts;
        for (const SyncState &st : std::as_const(states))
            accounts.insert(st.account);
        for (const SyncState &st : std::as_const(states)) {
            const JiraRepo::Counts c = JiraRepo::counts(m_connection.db(), st.account, st.scope);
            // Each configuration by its name; with several accounts, by its account's too.
            const QString name = accounts.size() > 1 ? QStringLiteral("%1 (%2)").arg(st.scope, st.account) : st.scope;
            QString line = tr("%1: %2, last sync %3, %n issue(s)", nullptr, c.live)
                               .arg(name, !st.status ? tr("never synced") : stateStatusName(st.status),
                                    dates::relative(st.lastSyncAt));
            if (!st.lastError.isEmpty())
                line += QStringLiteral(" — ") + windowText(st.lastError);
            lines << line;
        }
    } catch (const Error &e) {
        lines << e.message;
    }
    return lines.isEmpty() ? tr("Jira: no configuration synced yet.") : lines.join(QLatin1Char('\n'));
}

QUrl JiraIssuesPage::issueUrl(const QString &siteOfConfig, const JiraIssue &issue)
{
    // The site each configuration synced from (IssuesQuery::detail).
    const QUrl site(siteOfConfig);
    if (site.scheme() != QLatin1String("https") || site.host().isEmpty() || issue.key.isEmpty())
        return {};
    QUrl url = site;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + QStringLiteral("browse/") + issue.key);
    return url;
}

void JiraIssuesPage::showDetail(qint64 id)
{
    setOpenLink({});
    if (id == 0 || !m_connection.isOpen()) {
        m_detail->clear(); // its placeholder says what to do
        return;
    }
    IssuesQuery::Detail found;
    try {
        found = IssuesQuery::detail(m_connection.db(), id);
    } catch (const Error &e) {
        m_detail->setPlainText(e.message);
        return;
    }
    if (!found.found) {
        showDetail(0);
        return;
    }
    const JiraIssue &i = found.issue;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto when = [](const QDateTime &t) { return dates::exact(t).toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(esc(i.key), esc(i.summary));
    // The site the issue's configuration synced from (JiraSyncer keeps it in its state).
    QString site;
    try {
        SyncState row = SyncStateRepo::load(m_connection.db(), QStringLiteral("jira"), found.account, jira::configScope(i.config));
        site = jira::ConfigFields::read(&row).site.toString();
    } catch (const Error &) {
        // no link rather than no issue
    }
    const QUrl web = issueUrl(site, i);
    setOpenLink(web);
    if (web.isValid())
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(esc(QString::fromUtf8(web.toEncoded())), esc(tr("Open in Jira")));
    if (i.deleted)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Deleted in Jira (or no longer matched by the configuration's JQL)").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    row(tr("Status"), esc(i.status));
    row(tr("Type"), esc(i.issueType));
    row(tr("Priority"), esc(i.priority));
    row(tr("Assignee"), i.assigneeName.isEmpty() ? esc(tr("Unassigned")) : esc(i.assigneeName));
    row(tr("Reporter"), esc(i.reporterName));
    row(tr("Project"), esc(QStringLiteral("%1 (%2)").arg(i.projectName, i.projectKey)));
    if (!i.labels.isEmpty())
        row(tr("Labels"), esc(i.labels.join(QStringLiteral(", "))));
    row(tr("Created"), when(i.created));
    row(tr("Updated"), when(i.updated));
    row(tr("Configuration"), esc(i.config));
    html += QStringLiteral("</table><hr>");
    const QJsonDocument adfDoc = QJsonDocument::fromJson(i.descriptionAdf.toUtf8());
    if (adfDoc.isObject())
        html += adf::toHtml(adfDoc.object());
    else if (!i.descriptionText.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(i.descriptionText).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    else
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No description")));
    m_detail->setHtml(html);
}

} // namespace cairn
