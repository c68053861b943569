#pragma once
#include "ListPage.h"

class QCheckBox;
class QListView;

namespace cairn {

class AsanaProjectsModel;
class AsanaTasksModel;
class ReadConnection;
class TaskDetailView;

// The tasks of the project chosen beside them (ListPage), with the task in full.
class TasksPage : public ListPage
{
    Q_OBJECT
public:
    explicit TasksPage(ReadConnection &connection, QWidget *parent = nullptr);

    AsanaTasksModel *model() const { return m_model; }
    TaskDetailView *detail() const { return m_detail; }
    QCheckBox *showCompletedBox() const { return m_showCompleted; }

protected:
    void showDetail(qint64 id) override;
    QString emptyText() const override;

private:
    TasksPage(AsanaTasksModel *model, TaskDetailView *detail, QWidget *parent);

    AsanaTasksModel *m_model;
    TaskDetailView *m_detail;
    QCheckBox *m_showCompleted;
};

// The Asana page: projects on the left ("All tasks", "Assigned to me", each project), the
// chosen one's tasks on the right.
class ProjectsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsPage(ReadConnection &connection, QWidget *parent = nullptr);

    AsanaProjectsModel *projects() const { return m_projects; }
    QListView *projectList() const { return m_list; }
    TasksPage *tasks() const { return m_tasks; }

    void setShowDeleted(bool show);
    void reload();
    // Shows a project (a gid, or AsanaTasksModel::allTasks() / assignedToMe()).
    void selectProject(const QString &gidOrSpecial);
    // Shows a project by its row id (asana_projects.id); false when it is not cached.
    bool selectProjectById(qint64 id);
    // Selects a task anywhere: switches to "All tasks" (with completed shown) when needed.
    bool selectTask(qint64 id);

private:
    void onProjectChosen();

    ReadConnection &m_connection;
    AsanaProjectsModel *m_projects;
    QListView *m_list;
    TasksPage *m_tasks;
};

} // namespace cairn
