#include "ProjectPickerDialog.h"
#include "Cancellation.h"
#include "Error.h"
#include "HttpClient.h"
#include "RelativeTime.h"
#include "ServiceApi.h"
#include "SyncEngine.h"
#include "gitlab/GitLabApi.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn {

namespace {
enum Column { PathColumn, NameColumn, ActivityColumn, DescriptionColumn, ColumnCount };
constexpr int kActivityRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
const QString kGitLab = QStringLiteral("GitLab");
} // namespace

ProjectPickerDialog::ProjectPickerDialog(SyncEngine &engine, QUrl apiBase, QStringList chosen, QWidget *parent)
    : PickerDialog(QStringLiteral("gitlab"), parent)
    , m_initial(std::move(chosen))
    , m_search(new QLineEdit(content()))
    , m_view(new QTreeView(content()))
    , m_count(new QLabel(content()))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Choose GitLab projects"));
    resize(720, 520);
    setUpSearchBox(m_search, QStringLiteral("gitlabSearch"), tr("Search by path, name or description"), tr("Search projects"));
    m_model->setHorizontalHeaderLabels({tr("Project"), tr("Name"), tr("Last activity"), tr("Description")});
    setUpPickList(m_view, m_filter, m_model, QStringLiteral("gitlabProjects"), tr("Projects"));
    m_count->setObjectName(QStringLiteral("gitlabCount"));

    auto *layout = new QVBoxLayout(content());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &ProjectPickerDialog::updateCount);

    m_search->setEnabled(false);
    startLoading(tr("Loading the projects your GitLab account is a member of…"));
    if (!engine.hasCredentials(QStringLiteral("gitlab"))) {
        finishLoading(notSignedIn(kGitLab));
        return;
    }
    fetch(QPointer<ProjectPickerDialog>(this), &engine, std::move(apiBase));
}

ProjectPickerDialog::~ProjectPickerDialog() = default;

QCoro::Task<> ProjectPickerDialog::fetch(QPointer<ProjectPickerDialog> self, SyncEngine *engine, QUrl apiBase)
{
    // The listing owns its cancel switch and client: a dialog closed meanwhile only cancels.
    std::unique_ptr<Cancellation> cancel = self->cancellation(0);
    std::unique_ptr<HttpClient> http = engine->clientFor(QStringLiteral("gitlab"), QString(), cancel.get());
    http->setRateLimitReader([](const HttpResponse &r, const QDateTime &now) {
        RateLimitAdvice a = gitlab::GitLabApi::rateLimit(r, now);
        a.longestWait = std::chrono::seconds(30); // somebody is waiting: no long sleeps
        return a;
    });
    gitlab::GitLabApi api(*http, apiBase);
    try {
        if (!co_await listPages(
                api.userProjectsUrl(), kGitLab, cancel.get(), self, [&api](const QUrl &url) { return api.userProjects(url); },
                [self](const gitlab::ProjectsPage &page) { self->addProjects(page.projects); }))
            co_return;
    } catch (const Error &e) {
        if (cancel->isCancelled() || !self)
            co_return;
        self->finishLoading(failure(e, kGitLab));
        co_return;
    }
    self->projectsListed();
}

void ProjectPickerDialog::addProjects(const QList<gitlab::Project> &projects)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const gitlab::Project &p : projects) {
        if (!m_model->findItems(p.path, Qt::MatchFixedString, PathColumn).isEmpty())
            continue; // (a page boundary that moved while listing)
        auto *path = new QStandardItem(p.path);
        path->setCheckable(true);
        const bool chosen = m_initial.contains(p.path, Qt::CaseInsensitive) || m_initial.contains(QString::number(p.id));
        path->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        path->setData(p.lastActivityAt, kActivityRole);
        path->setData(p.id, kIdRole);
        path->setToolTip(p.webUrl);
        auto *activity = new QStandardItem(p.lastActivityAt.isValid() ? relativeTime(p.lastActivityAt, now) : QString());
        if (p.lastActivityAt.isValid())
            activity->setToolTip(QLocale().toString(p.lastActivityAt.toLocalTime(), QLocale::ShortFormat));
        auto *description = new QStandardItem(p.description);
        description->setToolTip(p.description);
        // Most recently active first, across pages too.
        int row = m_model->rowCount();
        while (row > 0 && m_model->item(row - 1, PathColumn)->data(kActivityRole).toDateTime() < p.lastActivityAt)
            --row;
        m_model->insertRow(row, {path, new QStandardItem(p.name), activity, description});
    }
}

void ProjectPickerDialog::projectsListed()
{
    // Projects chosen before that the list does not have (gone, another account's, or typed by
    // hand) stay ticked, at the end, where they can be unticked.
    for (const QString &project : std::as_const(m_initial)) {
        bool listed = !m_model->findItems(project, Qt::MatchFixedString, PathColumn).isEmpty();
        for (int row = 0; row < m_model->rowCount() && !listed; ++row)
            listed = m_model->item(row, PathColumn)->data(kIdRole).toString() == project;
        if (listed)
            continue;
        auto *path = new QStandardItem(project);
        path->setCheckable(true);
        path->setCheckState(Qt::Checked);
        m_model->appendRow({path, new QStandardItem(), new QStandardItem(), new QStandardItem(tr("Not among your projects"))});
    }
    m_view->resizeColumnToContents(PathColumn);
    m_view->resizeColumnToContents(NameColumn);
    m_view->resizeColumnToContents(ActivityColumn);
    m_search->setEnabled(m_model->rowCount() > 0);
    updateCount();
    finishLoading(m_model->rowCount() == 0 ? tr("Your GitLab account is not a member of any project yet.") : QString(), false);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_filter->index(0, PathColumn));
        m_search->setFocus(Qt::OtherFocusReason);
    }
}

void ProjectPickerDialog::updateCount()
{
    m_count->setText(tr("Chosen: %1 · Shown: %2 of %3").arg(chosen().size()).arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

QStringList ProjectPickerDialog::chosen() const
{
    // A project chosen before by its id is chosen by its path now.
    QStringList ticked;
    QStringList keys; // the path, and the id the project was chosen by
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, PathColumn);
        if (item->checkState() != Qt::Checked)
            continue;
        ticked << item->text();
        keys << item->data(kIdRole).toString();
    }
    QStringList out;
    for (const QString &before : m_initial) // the order they were chosen in first
        for (int i = 0; i < ticked.size(); ++i)
            if ((ticked.at(i).compare(before, Qt::CaseInsensitive) == 0 || keys.at(i) == before) && !out.contains(ticked.at(i)))
                out << ticked.at(i);
    for (const QString &t : std::as_const(ticked))
        if (!out.contains(t))
            out << t;
    return out;
}

} // namespace cairn
