#include "PullsPage.h"
#include "WindowText.h"
#include "Error.h"
#include "ListViews.h"
#include "SafeTextBrowser.h"
#include "PullsModel.h"
#include "github/GitHubRepo.h"
#include "ReadConnection.h"
#include "DateText.h"
#include "SyncStateRepo.h"
#include "github/GitHubState.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>

namespace cairn {

PullsPage::PullsPage(ReadConnection &connection, QWidget *parent)
    : TextListPage(connection, parent)
{
    addStatusLine();
    setWords({QT_TRANSLATE_N_NOOP("cairn::PullsPage", "%n pull request(s)"),
              QT_TRANSLATE_NOOP("cairn::PullsPage", "No pull requests yet. Choose the repositories to keep here; Cairn syncs them on its schedule."),
              QT_TRANSLATE_NOOP("cairn::PullsPage", "No pull requests match “%1”"), QT_TRANSLATE_NOOP("cairn::PullsPage", "Choose repositories…")});
    describe(tr("Search pull requests (repository, number, title, author, branch, label)…"), tr("Search pull requests"), tr("Pull requests"),
             PullsModel::Title);
    openUrlOnDoubleClick(PullsModel::UrlRole, {QStringLiteral("https")});
    m_detail->setAccessibleName(tr("Pull request details"));
    m_detail->setPlaceholderText(tr("Select a pull request to see its description and reviews."));
    showDetail(0);
    updateEmptyState();
}

QString PullsPage::statusText()
{
    QStringList lines;
    if (m_connection.ensureOpen()) {
        QList<SyncState> states = SyncStateRepo::all(m_connection.db());
        states.removeIf([](const SyncState &st) {
            return st.source != QLatin1String("github") || github::repoOfScope(st.scope).isEmpty();
        });
        QSet<QString> accounts;
        for (const SyncState &st : std::as_const(states))
            accounts.insert(st.account);
        for (const SyncState &st : std::as_const(states)) {
            // Each repository by its name; with several accounts, by its account's too.
            const QString name = github::repoOfScope(st.scope);
            const QString repo = accounts.size() > 1 ? QStringLiteral("%1 (%2)").arg(name, st.account) : name;
            QString line = QStringLiteral("%1: %2").arg(repo, stateStatusName(st.status));
            if (!st.lastError.isEmpty())
                line += QStringLiteral(" — ") + windowText(st.lastError);
            else if (st.lastSyncAt.isValid())
                line += QStringLiteral(", ") + dates::relative(st.lastSyncAt);
            lines << line;
        }
    }
    return lines.isEmpty() ? tr("No repository synced yet.") : lines.join(u'\n');
}

void PullsPage::showDetail(qint64 id)
{
    PullRequest p;
    QList<PullReview> reviews;
    if (id != 0 && m_connection.ensureOpen()) {
        try {
            const QHash<qint64, PullRequest> found = GitHubRepo::pullsByRow(m_connection.db(), {id});
            if (!found.isEmpty()) {
                p = found.value(id);
                reviews = GitHubRepo::reviewsByRow(m_connection.db(), {id}).value(id);
            }
        } catch (const Error &e) {
            m_detail->setPlainText(e.message);
            return;
        }
    }
    setOpenLink({});
    if (p.number == 0) {
        m_detail->clear(); // its placeholder says what to do
        return;
    }
    const auto escape = [](QString s) { // Markdown-inert text for names and titles
        for (const char *c : {"\\", "*", "_", "[", "]", "<", ">", "`", "#", "|"})
            s.replace(QLatin1String(c), QLatin1Char('\\') + QLatin1String(c));
        return s;
    };
    QString md = QStringLiteral("## %1\n\n%2#%3 · %4 · %5\n\n").arg(escape(p.title), escape(p.repo)).arg(p.number)
                     .arg(PullsModel::stateText(p), escape(p.author));
    if (QUrl(p.htmlUrl).scheme() == QLatin1String("https")) {
        setOpenLink(QUrl(p.htmlUrl));
        md += QStringLiteral("[%1](%2)\n\n").arg(tr("Open in GitHub"), QString::fromUtf8(QUrl(p.htmlUrl).toEncoded()));
    }
    if (p.updatedAt.isValid())
        md += tr("Updated %1").arg(escape(dates::exact(p.updatedAt))) + QStringLiteral("\n\n");
    if (!p.labels.isEmpty())
        md += tr("Labels: %1").arg(escape(p.labels.join(QStringLiteral(", ")))) + QStringLiteral("\n\n");
    md += (p.body.isEmpty() ? tr("(no description)") : p.body) + QStringLiteral("\n\n");
    md += QStringLiteral("### ") + tr("Reviews") + QStringLiteral("\n\n");
    if (reviews.isEmpty())
        md += tr("No reviews yet.") + QStringLiteral("\n");
    for (const PullReview &r : reviews)
        md += QStringLiteral("- **%1** %2, %3%4\n").arg(escape(r.author), r.state, escape(dates::exact(r.submittedAt)),
                                                    r.body.isEmpty() ? QString() : QStringLiteral(": ") + escape(r.body.simplified()));
    m_detail->document()->setMarkdown(md, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                           | QTextDocument::MarkdownNoHTML));
}

} // namespace cairn
