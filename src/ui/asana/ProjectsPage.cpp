#include "ProjectsPage.h"
#include "AsanaProjectsModel.h"
#include "AsanaTasksModel.h"
#include "Error.h"
#include "ReadConnection.h"
#include "TaskDetailView.h"
#include "TaskPane.h"
#include "asana/TasksQuery.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace cairn {

TasksPage::TasksPage(ReadConnection &connection, QWidget *parent)
    : ItemListPageOf(connection, parent)
    , m_showCompleted(new QCheckBox(tr("Show c&ompleted"), this))
    , m_newTask(addEditing(tr("Ne&w task…"), QStringLiteral("newTask"),
                           tr("A new task in a project: shown at once, made in Asana with the next sync (Ctrl+N)"), tr("New Task"),
                           [this] { newTask(); }))
{
    // Its empty state is its own (emptyText): completed tasks hidden or not.
    setWords({.items = QT_TRANSLATE_N_NOOP("cairn::TasksPage", "%n task(s)")});
    describe(tr("Search tasks (name, notes, assignee, tags)…"), tr("Search tasks"), tr("Tasks"), AsanaTasksModel::Name);
    topRow()->insertWidget(1, m_showCompleted);
    connect(m_showCompleted, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowCompleted(on);
        showDetail(selectedItemId());
    });
    setObjectName(QStringLiteral("tasks"));
    updateEmptyState();
}

void TasksPage::showDetail(qint64 id)
{
    if (const std::optional<qint64> shown = itemToShow(id))
        detail()->showTask(*shown);
}

void TasksPage::hold(qint64 id)
{
    ItemListPage::hold(id);
    m_heldIn = m_model->project();
}

bool TasksPage::stillHeld() const
{
    return m_model->project() == m_heldIn;
}

QString TasksPage::emptyText() const
{
    if (!m_model->lastError().isEmpty() && m_model->cachedCount() > 0)
        return tr("The search failed: %1").arg(m_model->lastError());
    if (m_model->cachedCount() == 0)
        return tr("No Asana tasks yet — press Sync now");
    if (!m_model->filterText().isEmpty())
        return tr("No tasks match “%1”").arg(m_model->filterText());
    return m_model->showCompleted() ? tr("No tasks here") : tr("No open tasks here");
}

ProjectsPage::ProjectsPage(ReadConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_projects(new AsanaProjectsModel(connection, this))
    , m_list(new QListView(this))
    , m_tasks(new TasksPage(connection, this))
{
    m_list->setModel(m_projects);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Projects"));
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_list->setTabKeyNavigation(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("projectsSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_tasks);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 820});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    // The first reload() (the window's first refresh) fills the list and selects "All tasks".
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectsPage::onProjectChosen);
}

void ProjectsPage::onProjectChosen()
{
    m_tasks->model()->setProject(m_list->currentIndex().data(AsanaProjectsModel::ProjectGidRole).toString());
    m_tasks->table()->scrollToTop();
    m_tasks->detail()->showTask(m_tasks->selectedItemId());
}

void ProjectsPage::setLocalChanges(LocalChanges *changes)
{
    m_tasks->setLocalChanges(changes);
}

void ProjectsPage::setShowDeleted(bool show)
{
    m_tasks->setShowDeleted(show);
}

void ProjectsPage::reload()
{
    const QString current = m_tasks->model()->project();
    m_projects->reload();
    const int row = m_projects->rowOfProject(current);
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_projects->index(row < 0 ? 0 : row));
    }
    if (row < 0)
        m_tasks->model()->setProject(AsanaTasksModel::allTasks());
    m_tasks->reload();
}

void ProjectsPage::selectProject(const QString &gid)
{
    const int row = m_projects->rowOfProject(gid);
    if (row >= 0)
        m_list->setCurrentIndex(m_projects->index(row));
}

bool ProjectsPage::selectProjectById(qint64 id)
{
    if (!m_connection.ensureOpen())
        return false;
    QString gid;
    try {
        gid = ProjectsQuery::gidOf(m_connection.db(), id);
    } catch (const Error &) {
        return false;
    }
    const int row = m_projects->rowOfProject(gid);
    if (gid.isEmpty() || row < 0)
        return false;
    m_list->setCurrentIndex(m_projects->index(row));
    return true;
}

bool ProjectsPage::selectTask(qint64 id)
{
    if (m_tasks->selectItem(id))
        return true;
    m_tasks->filterEdit()->clear();
    m_tasks->model()->setFilterText(QString());
    m_tasks->showCompletedBox()->setChecked(true);
    selectProject(AsanaTasksModel::allTasks());
    return m_tasks->selectItem(id);
}

} // namespace cairn
