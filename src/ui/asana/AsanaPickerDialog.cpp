#include "AsanaPickerDialog.h"
#include "Cancellation.h"
#include "Error.h"
#include "HttpClient.h"
#include "ServiceApi.h"
#include "SyncEngine.h"
#include "asana/AsanaApi.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

namespace {
constexpr int kGidRole = Qt::UserRole;
const QString kAsana = QStringLiteral("Asana");

QListWidget *list(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *w = new QListWidget(parent);
    w->setObjectName(name);
    w->setAccessibleName(accessible);
    w->setSelectionMode(QAbstractItemView::SingleSelection);
    w->setUniformItemSizes(true);
    return w;
}

QListWidgetItem *item(const QString &text, const QString &gid)
{
    auto *i = new QListWidgetItem(text);
    i->setData(kGidRole, gid);
    i->setToolTip(text);
    return i;
}

int rowOf(const QListWidget *w, const QString &gid)
{
    for (int row = 0; row < w->count(); ++row)
        if (w->item(row)->data(kGidRole).toString() == gid)
            return row;
    return -1;
}
} // namespace

AsanaPickerDialog::AsanaPickerDialog(SyncEngine &engine, QUrl apiBase, QString workspace, QString portfolio, QWidget *parent)
    : PickerDialog(QStringLiteral("asana"), parent)
    , m_engine(engine)
    , m_apiBase(std::move(apiBase))
    , m_initialWorkspace(workspace.trimmed())
    , m_initialPortfolio(portfolio.trimmed())
    , m_workspaces(list(QStringLiteral("asanaWorkspaces"), tr("Workspaces"), content()))
    , m_search(new QLineEdit(content()))
    , m_portfolios(list(QStringLiteral("asanaPortfolios"), tr("Portfolios"), content()))
{
    setWindowTitle(tr("Choose what to sync from Asana"));
    resize(640, 460);
    setUpSearchBox(m_search, QStringLiteral("asanaSearch"), tr("Search portfolios"), tr("Search portfolios"));

    auto *workspaceLabel = new QLabel(tr("&Workspace:"), content());
    workspaceLabel->setBuddy(m_workspaces);
    auto *portfolioLabel = new QLabel(tr("&Sync the projects of:"), content());
    portfolioLabel->setBuddy(m_portfolios);
    auto *left = new QVBoxLayout;
    left->addWidget(workspaceLabel);
    left->addWidget(m_workspaces, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(portfolioLabel);
    right->addWidget(m_search);
    right->addWidget(m_portfolios, 1);
    auto *columns = new QHBoxLayout(content());
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    connect(m_search, &QLineEdit::textChanged, this, &AsanaPickerDialog::filterPortfolios);

    startLoading(tr("Loading the workspaces of your Asana account…"));
    if (!engine.hasCredentials(QStringLiteral("asana"))) {
        finishLoading(notSignedIn(kAsana));
        return;
    }
    fetch(QPointer<AsanaPickerDialog>(this), &engine, m_apiBase, QString());
}

AsanaPickerDialog::~AsanaPickerDialog() = default;

QCoro::Task<> AsanaPickerDialog::fetch(QPointer<AsanaPickerDialog> self, SyncEngine *engine, QUrl apiBase, QString workspace)
{
    // The listing owns its cancel switch and client: a dialog closed meanwhile only cancels.
    const bool portfolios = !workspace.isEmpty();
    std::unique_ptr<Cancellation> cancel = self->cancellation(portfolios ? 1 : 0);
    std::unique_ptr<HttpClient> http = engine->clientFor(QStringLiteral("asana"), QString(), cancel.get());
    asana::AsanaApi api(*http, apiBase);
    PageLoopGuard loops(kAsana);
    QString problem;
    try {
        QString offset;
        for (int pages = 0; pages < kMaxPickerPages; ++pages) {
            const asana::NamedPage page = co_await (portfolios ? api.portfolios(workspace, offset) : api.workspaces(offset));
            if (cancel->isCancelled() || !self)
                co_return;
            QListWidget *into = portfolios ? self->m_portfolios : self->m_workspaces;
            for (const asana::NamedItem &n : page.items)
                if (rowOf(into, n.gid) < 0)
                    into->addItem(item(n.name, n.gid));
            offset = page.nextOffset;
            if (offset.isEmpty())
                break;
            loops.see(offset);
        }
    } catch (const Error &e) {
        if (cancel->isCancelled() || !self)
            co_return;
        problem = failure(e, kAsana);
    }
    if (!problem.isEmpty())
        self->finishLoading(problem, portfolios); // without portfolios, all projects can still be chosen
    else if (portfolios)
        self->portfoliosListed(workspace);
    else
        self->workspacesListed();
}

void AsanaPickerDialog::workspacesListed()
{
    if (m_workspaces->count() == 0) {
        finishLoading(tr("Your Asana account has no workspace yet."));
        return;
    }
    const int row = rowOf(m_workspaces, m_initialWorkspace);
    m_workspaces->setCurrentRow(row >= 0 ? row : 0);
    m_workspaces->setFocus(Qt::OtherFocusReason);
    workspaceChosen(); // lists its portfolios; and those of each workspace chosen next
    connect(m_workspaces, &QListWidget::currentRowChanged, this, &AsanaPickerDialog::workspaceChosen);
}

void AsanaPickerDialog::workspaceChosen()
{
    m_portfolios->clear();
    m_search->clear();
    m_portfolios->addItem(item(tr("All projects of the workspace"), QString()));
    m_portfolios->setCurrentRow(0);
    const QString gid = workspace();
    if (gid.isEmpty())
        return;
    startLoading(tr("Loading your portfolios in “%1”…").arg(workspaceName()));
    fetch(QPointer<AsanaPickerDialog>(this), &m_engine, m_apiBase, gid);
}

void AsanaPickerDialog::portfoliosListed(const QString &workspace)
{
    // The portfolio chosen now, in its workspace: chosen again, even when it is not among the
    // account's own (then it is kept, by its id).
    if (!m_initialPortfolio.isEmpty() && workspace == m_initialWorkspace) {
        int row = rowOf(m_portfolios, m_initialPortfolio);
        if (row < 0) {
            m_portfolios->addItem(item(tr("Portfolio %1 (not among your portfolios)").arg(m_initialPortfolio), m_initialPortfolio));
            row = m_portfolios->count() - 1;
        }
        m_portfolios->setCurrentRow(row);
    }
    filterPortfolios();
    finishLoading(QString());
}

void AsanaPickerDialog::filterPortfolios()
{
    const QString text = m_search->text().trimmed();
    for (int row = 1; row < m_portfolios->count(); ++row) // "All projects" stays
        m_portfolios->item(row)->setHidden(!m_portfolios->item(row)->text().contains(text, Qt::CaseInsensitive));
}

QString AsanaPickerDialog::workspace() const
{
    const QListWidgetItem *i = m_workspaces->currentItem();
    return i ? i->data(kGidRole).toString() : QString();
}

QString AsanaPickerDialog::workspaceName() const
{
    const QListWidgetItem *i = m_workspaces->currentItem();
    return i ? i->text() : QString();
}

QString AsanaPickerDialog::portfolio() const
{
    const QListWidgetItem *i = m_portfolios->currentItem();
    return i ? i->data(kGidRole).toString() : QString();
}

QString AsanaPickerDialog::portfolioName() const
{
    const QListWidgetItem *i = m_portfolios->currentItem();
    return i ? i->text() : QString();
}

} // namespace cairn
