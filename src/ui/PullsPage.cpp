#include "PullsPage.h"
#include "ListViews.h"
#include "SafeTextBrowser.h"
#include "PullsModel.h"
#include "ReadConnection.h"
#include "RelativeTime.h"
#include "SyncStateRepo.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace cairn {

PullsPage::PullsPage(ReadConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new PullsModel(connection, this))
    , m_repos(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new SafeTextBrowser(this, SafeTextBrowser::Links::Inert))
{
    m_repos->setWordWrap(true);
    m_repos->setTextFormat(Qt::PlainText);
    m_filter->setPlaceholderText(tr("Filter pull requests (repository, number, title, author, label)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter pull requests"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        updateCount();
    });

    m_table->setModel(m_model);
    ui::setUpListTable(m_table, PullsModel::Updated, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(PullsModel::Title, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Pull requests"));
    connect(m_table, &QTableView::doubleClicked, this, [](const QModelIndex &index) {
        const QUrl url(index.data(PullsModel::UrlRole).toString());
        if (url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PullsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PullsPage::showSelected);

    // The body is someone else's text: no links followed, nothing loaded (SafeTextBrowser), no raw HTML.
    m_detail->setAccessibleName(tr("Pull request details"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_repos);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void PullsPage::setShowDeleted(bool show)
{
    m_model->setShowDeleted(show);
    updateCount();
}

void PullsPage::reload()
{
    m_model->reload();
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(PullsModel::Title, QHeaderView::Stretch);
    }
    updateCount();
    updateRepoStatus();
}

void PullsPage::updateCount()
{
    m_count->setText(m_filter->text().trimmed().isEmpty()
                         ? tr("%1 pull requests").arg(countText(m_model->totalLive()))
                         : tr("%1 of %2").arg(countText(m_model->matchingCount())).arg(countText(m_model->totalLive())));
}

void PullsPage::updateRepoStatus()
{
    QStringList lines;
    if (m_connection.ensureOpen()) {
        for (const SyncState &st : SyncStateRepo::all(m_connection.db())) {
            if (st.source != QLatin1String("github") || !st.scope.startsWith(QLatin1String("repo:")))
                continue;
            QString line = QStringLiteral("%1: %2").arg(st.scope.mid(5), st.status);
            if (!st.lastError.isEmpty())
                line += QStringLiteral(" — ") + st.lastError;
            else if (st.lastSyncAt.isValid())
                line += QStringLiteral(", ") + relativeTime(st.lastSyncAt, QDateTime::currentDateTimeUtc());
            lines << line;
        }
    }
    m_repos->setText(lines.isEmpty() ? tr("No repository synced yet: set github.repos and sync.") : lines.join(u'\n'));
}

void PullsPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detail->setPlainText(tr("Select a pull request to see its description and reviews."));
        return;
    }
    const PullRequest p = m_model->pullAt(current.row());
    const auto escape = [](QString s) { // Markdown-inert text for names and titles
        for (const char *c : {"\\", "*", "_", "[", "]", "<", ">", "`", "#", "|"})
            s.replace(QLatin1String(c), QLatin1Char('\\') + QLatin1String(c));
        return s;
    };
    QString md = QStringLiteral("## %1\n\n%2#%3 · %4 · %5\n\n").arg(escape(p.title), escape(p.repo)).arg(p.number)
                     .arg(PullsModel::stateText(p), escape(p.author));
    if (!p.labels.isEmpty())
        md += tr("Labels: %1").arg(escape(p.labels.join(QStringLiteral(", ")))) + QStringLiteral("\n\n");
    md += (p.body.isEmpty() ? tr("(no description)") : p.body) + QStringLiteral("\n\n");
    md += QStringLiteral("### ") + tr("Reviews") + QStringLiteral("\n\n");
    const QList<PullReview> reviews = m_model->reviewsAt(current.row());
    if (reviews.isEmpty())
        md += tr("No reviews yet.") + QStringLiteral("\n");
    for (const PullReview &r : reviews)
        md += QStringLiteral("- **%1** %2, %3%4\n").arg(escape(r.author), r.state, relativeTime(r.submittedAt, QDateTime::currentDateTimeUtc()),
                                                    r.body.isEmpty() ? QString() : QStringLiteral(": ") + escape(r.body.simplified()));
    m_detail->document()->setMarkdown(md, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                           | QTextDocument::MarkdownNoHTML));
}

} // namespace cairn
