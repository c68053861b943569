#include "RepoPickerDialog.h"
#include "PickerDialog.h"
#include "Cancellation.h"
#include "ClipLine.h"
#include "Error.h"
#include "HttpClient.h"
#include "RelativeTime.h"
#include "ServiceApi.h"
#include "SyncEngine.h"
#include "github/GitHubApi.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

namespace {
enum Column { NameColumn, VisibilityColumn, PushedColumn, DescriptionColumn, ColumnCount };
constexpr int kPushedRole = Qt::UserRole + 1;
} // namespace

RepoPickerDialog::RepoPickerDialog(SyncEngine &engine, QUrl apiBase, QStringList chosen, QWidget *parent)
    : QDialog(parent)
    , m_initial(std::move(chosen))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Choose GitHub repositories"));
    resize(720, 520);
    m_status->setObjectName(QStringLiteral("repoStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("repoProgress"));
    m_progress->setRange(0, 0); // busy: the number of pages is not known beforehand
    m_progress->setTextVisible(false);
    setUpSearchBox(m_search, QStringLiteral("repoSearch"), tr("Search by name or description"), tr("Search repositories"));
    m_model->setHorizontalHeaderLabels({tr("Repository"), tr("Visibility"), tr("Last push"), tr("Description")});
    setUpPickList(m_view, m_filter, m_model, QStringLiteral("repoList"), tr("Repositories")); // name or description
    m_count->setObjectName(QStringLiteral("repoCount"));
    m_buttons->setObjectName(QStringLiteral("repoButtons"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] { updateCount(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RepoPickerDialog::reject);

    m_status->setText(tr("Loading the repositories your GitHub account can see…"));
    m_search->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_count->hide(); // until the list is there
    if (!engine.hasCredentials(QStringLiteral("github"))) {
        finishLoading(tr("Cairn is not signed in to GitHub: add your GitHub account under Accounts first, or type the "
                         "repositories in the box."));
        return;
    }
    fetch(QPointer<RepoPickerDialog>(this), &engine, std::move(apiBase));
}

RepoPickerDialog::~RepoPickerDialog()
{
    if (m_cancel) // the listing's request is aborted; the listing sees it and touches nothing
        m_cancel->cancel();
}

QCoro::Task<> RepoPickerDialog::fetch(QPointer<RepoPickerDialog> self, SyncEngine *engine, QUrl apiBase)
{
    // The listing owns its cancel switch and client: a dialog closed meanwhile only cancels.
    auto cancel = std::make_unique<Cancellation>();
    self->m_cancel = cancel.get();
    std::unique_ptr<HttpClient> http = engine->clientFor(QStringLiteral("github"), QString(), cancel.get());
    http->setRateLimitReader([](const HttpResponse &r, const QDateTime &now) {
        RateLimitAdvice a = github::GitHubApi::rateLimit(r, now);
        a.longestWait = std::chrono::seconds(30); // somebody is waiting: no long sleeps
        return a;
    });
    github::GitHubApi api(*http, apiBase);
    QString problem;
    try {
        if (!co_await listPages(
                api.userReposUrl(), QStringLiteral("GitHub"), cancel.get(), self, [&api](const QUrl &url) { return api.userRepos(url); },
                [self](const github::ReposPage &page) { self->addRepos(page.repos); }))
            co_return;
    } catch (const Error &e) {
        if (cancel->isCancelled() || !self)
            co_return;
        switch (e.kind) {
        case Error::Kind::Auth:
            problem = tr("GitHub did not accept your account's sign-in: sign in again under Accounts, or type the "
                         "repositories in the box.");
            break;
        case Error::Kind::Network:
            problem = tr("Cairn cannot reach GitHub: check the network connection and try again, or type the "
                         "repositories in the box.");
            break;
        default:
            problem = tr("GitHub's list of your repositories could not be loaded (%1).").arg(clipLine(e.message, 200));
        }
    }
    self->finishLoading(problem);
}

void RepoPickerDialog::addRepos(const QList<github::RepoChoice> &repos)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const github::RepoChoice &r : repos) {
        if (!m_model->findItems(r.fullName, Qt::MatchFixedString, NameColumn).isEmpty())
            continue; // (a page boundary that moved while listing)
        auto *name = new QStandardItem(r.fullName);
        name->setCheckable(true);
        name->setCheckState(m_initial.contains(r.fullName, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
        name->setData(r.pushedAt, kPushedRole);
        if (!r.description.isEmpty())
            name->setToolTip(r.description);
        auto *visibility = new QStandardItem(r.isPrivate ? tr("Private") : tr("Public"));
        auto *pushed = new QStandardItem(r.pushedAt.isValid() ? relativeTime(r.pushedAt, now) : tr("never"));
        if (r.pushedAt.isValid())
            pushed->setToolTip(QLocale().toString(r.pushedAt.toLocalTime(), QLocale::ShortFormat));
        auto *description = new QStandardItem(r.description);
        description->setToolTip(r.description);
        // Most recently pushed first, across pages too.
        int row = m_model->rowCount();
        while (row > 0) {
            const QDateTime above = m_model->item(row - 1, NameColumn)->data(kPushedRole).toDateTime();
            if (above.isValid() && (!r.pushedAt.isValid() || above >= r.pushedAt))
                break;
            --row;
        }
        m_model->insertRow(row, {name, visibility, pushed, description});
    }
    updateCount();
}

void RepoPickerDialog::finishLoading(const QString &problem)
{
    m_loading = false;
    m_progress->hide();
    // Repositories of the box the list does not have (another account's, or typed by hand)
    // stay chosen, at the end, where they can be unticked.
    for (const QString &repo : std::as_const(m_initial)) {
        if (!problem.isEmpty())
            break; // nothing to choose from: the box stays as it is
        if (!m_model->findItems(repo, Qt::MatchFixedString, NameColumn).isEmpty())
            continue;
        auto *name = new QStandardItem(repo);
        name->setCheckable(true);
        name->setCheckState(Qt::Checked);
        m_model->appendRow({name, new QStandardItem(), new QStandardItem(),
                            new QStandardItem(tr("Not among this account's repositories"))});
    }
    if (!problem.isEmpty())
        m_status->setText(problem);
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("Your GitHub account cannot see any repositories yet."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
    // Nothing to choose from: the sentence alone (the box stays as it was, to type in).
    m_search->setVisible(problem.isEmpty());
    m_view->setVisible(problem.isEmpty());
    m_count->setVisible(problem.isEmpty());
    if (!problem.isEmpty()) {
        auto *box = static_cast<QVBoxLayout *>(layout());
        box->insertStretch(box->indexOf(m_buttons), 1);
        resize(width(), sizeHint().height());
    }
    m_search->setEnabled(m_model->rowCount() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_view->resizeColumnToContents(NameColumn);
    m_view->resizeColumnToContents(VisibilityColumn);
    m_view->resizeColumnToContents(PushedColumn);
    if (problem.isEmpty() && m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_filter->index(0, NameColumn));
        m_search->setFocus(Qt::OtherFocusReason);
    }
    updateCount();
    Q_EMIT loaded();
}

void RepoPickerDialog::updateCount()
{
    int ticked = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row, NameColumn)->checkState() == Qt::Checked)
            ++ticked;
    m_count->setText(tr("Chosen: %1 · Shown: %2 of %3").arg(ticked).arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

QStringList RepoPickerDialog::chosen() const
{
    QStringList ticked;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row, NameColumn)->checkState() == Qt::Checked)
            ticked << m_model->item(row, NameColumn)->text();
    QStringList out;
    for (const QString &repo : m_initial) // the box's order first
        for (const QString &t : std::as_const(ticked))
            if (t.compare(repo, Qt::CaseInsensitive) == 0 && !out.contains(t))
                out << t;
    for (const QString &t : std::as_const(ticked))
        if (!out.contains(t))
            out << t;
    return out;
}

QString RepoPickerDialog::message() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void RepoPickerDialog::reject()
{
    if (m_cancel)
        m_cancel->cancel();
    QDialog::reject();
}

} // namespace cairn
