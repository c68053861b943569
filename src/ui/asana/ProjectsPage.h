#pragma once
#include "ItemListPage.h"

class QCheckBox;
class QListView;
class QPushButton;

namespace cairn {

class AsanaProjectsModel;
class AsanaTasksModel;
class LocalChanges;
class ReadConnection;
class TaskDetailView;
class TaskPane;

// The tasks of the project chosen beside them (ListPage), with the task in full.
class TasksPage : public ItemListPageOf<AsanaTasksModel, TaskPane, TaskDetailView>
{
    Q_OBJECT
public:
    explicit TasksPage(ReadConnection &connection, QWidget *parent = nullptr);

    QCheckBox *showCompletedBox() const { return m_showCompleted; }
    // "New task…" (Ctrl+N), shown while writing to Asana is on.
    QPushButton *newTaskButton() const { return m_newTask; }
    // (TasksPageEditing.cpp) The New task dialog: the task is kept, shown at once and selected.
    void newTask();

protected:
    void showDetail(qint64 id) override;
    QString emptyText() const override;
    // A task the person just changed so that the list no longer shows it (completed, with
    // completed tasks hidden) stays in the pane while its project does.
    void hold(qint64 id) override;
    bool stillHeld() const override;

private:
    QCheckBox *m_showCompleted;
    QPushButton *m_newTask;
    QString m_heldIn; // the project shown when a task was held
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
    void setLocalChanges(LocalChanges *changes);
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
