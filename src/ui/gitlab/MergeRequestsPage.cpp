#include "MergeRequestsPage.h"
#include "DateText.h"
#include "Error.h"
#include "MergeRequestsModel.h"
#include "ReadConnection.h"
#include "SafeTextBrowser.h"
#include "gitlab/MergeRequestsQuery.h"

#include <QDesktopServices>
#include <QLineEdit>
#include <QTableView>
#include <QUrl>

namespace cairn {

namespace {
// Markdown-inert text for names, titles and labels.
QString inert(QString s)
{
    for (const char *c : {"\\", "*", "_", "[", "]", "<", ">", "`", "#", "|", "~"})
        s.replace(QLatin1String(c), QLatin1Char('\\') + QLatin1String(c));
    return s;
}

QString names(const QStringList &people)
{
    return inert(people.join(QStringLiteral(", ")));
}
} // namespace

MergeRequestsPage::MergeRequestsPage(ReadConnection &connection, QWidget *parent)
    : TextListPage(connection, parent)
{
    setWords({QT_TRANSLATE_N_NOOP("cairn::MergeRequestsPage", "%n merge request(s)"),
              QT_TRANSLATE_NOOP("cairn::MergeRequestsPage",
                                "No merge requests yet. Choose the GitLab projects to keep here; Cairn syncs them on its schedule."),
              QT_TRANSLATE_NOOP("cairn::MergeRequestsPage", "No merge requests match “%1”"),
              QT_TRANSLATE_NOOP("cairn::MergeRequestsPage", "Choose projects…")});
    describe(tr("Search merge requests (project, !number, title, author, branch, label)…"), tr("Search merge requests"), tr("Merge requests"),
             MergeRequestsModel::Title);
    openUrlOnDoubleClick(MergeRequestsModel::UrlRole, {QStringLiteral("https"), QStringLiteral("http")});
    m_detail->setObjectName(QStringLiteral("mergeRequestDetail"));
    m_detail->setAccessibleName(tr("Merge request details"));
    m_detail->setPlaceholderText(tr("Select a merge request to see its description and approvals."));
    showDetail(0);
    updateEmptyState();
}

void MergeRequestsPage::showDetail(qint64 id)
{
    gitlab::MergeRequest m;
    if (id != 0 && m_connection.ensureOpen()) {
        try {
            m = gitlab::MergeRequestsQuery::rows(m_connection.db(), {id}).value(id).mergeRequest;
        } catch (const Error &e) {
            m_detail->setPlainText(e.message);
            return;
        }
    }
    setOpenLink({});
    if (m.iid == 0) {
        m_detail->clear(); // its placeholder says what to do
        return;
    }
    QString md = QStringLiteral("## %1\n\n%2 · %3 · %4\n\n")
                     .arg(inert(m.title), inert(m.reference()), MergeRequestsModel::stateText(m), inert(m.author));
    const QUrl web(m.webUrl);
    if (web.scheme() == QLatin1String("https") || web.scheme() == QLatin1String("http")) {
        setOpenLink(web);
        md += QStringLiteral("[%1](%2)\n\n").arg(tr("Open in GitLab"), QString::fromUtf8(web.toEncoded()));
    }
    QStringList facts;
    if (m.updatedAt.isValid())
        facts << tr("Updated %1").arg(inert(dates::exact(m.updatedAt)));
    if (!m.sourceBranch.isEmpty() && !m.targetBranch.isEmpty())
        facts << tr("Branch: %1 → %2").arg(inert(m.sourceBranch), inert(m.targetBranch));
    facts << tr("Assignees: %1").arg(m.assignees.isEmpty() ? tr("none") : names(m.assignees));
    facts << tr("Reviewers: %1").arg(m.reviewers.isEmpty() ? tr("none") : names(m.reviewers));
    if (!m.labels.isEmpty())
        facts << tr("Labels: %1").arg(names(m.labels));
    // Approvals: who approved, and how many a merge needs.
    QString approvals = m.approvedBy.isEmpty() ? tr("Approvals: none yet") : tr("Approved by %1").arg(names(m.approvedBy));
    if (m.approvalsRequired > 0)
        approvals += QStringLiteral(" (") + (m.approvalsLeft > 0 ? tr("%1 required, %2 missing").arg(m.approvalsRequired).arg(m.approvalsLeft)
                                                                 : tr("%1 required").arg(m.approvalsRequired))
            + u')';
    facts << approvals;
    facts << tr("%n comment(s)", nullptr, m.userNotesCount);
    md += facts.join(QStringLiteral("  \n")) + QStringLiteral("\n\n---\n\n");
    md += m.description.isEmpty() ? tr("(no description)") : m.description;
    m_detail->document()->setMarkdown(md, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                           | QTextDocument::MarkdownNoHTML));
}

} // namespace cairn
