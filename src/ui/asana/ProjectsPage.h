#pragma once
#include "ListPage.h"

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
class TasksPage : public ListPage
{
    Q_OBJECT
public:
    explicit TasksPage(ReadConnection &connection, QWidget *parent = nullptr);

    AsanaTasksModel *model() const { return m_model; }
    TaskDetailView *detail() const { return m_detail; }
    TaskPane *pane() const { return m_pane; }
    QCheckBox *showCompletedBox() const { return m_showCompleted; }
    // "New task…" (Ctrl+N), shown while writing to Asana is on.
    QPushButton *newTaskButton() const { return m_newTask; }
    // Editing on (TaskPane, New task); null: off.
    void setLocalChanges(LocalChanges *changes);
    // The New task dialog: the task is kept, shown at once and selected.
    void newTask();

protected:
    void showDetail(qint64 id) override;
    QString emptyText() const override;

private:
    TasksPage(AsanaTasksModel *model, TaskPane *pane, QWidget *parent);
    // (TasksPageEditing.cpp) Its New task button and the pane's Edit shortcut; both shown
    // while writing to Asana is on.
    void addEditing();
    void updateWriting();

    AsanaTasksModel *m_model;
    TaskPane *m_pane;
    TaskDetailView *m_detail;
    QCheckBox *m_showCompleted;
    QPushButton *m_newTask;
    LocalChanges *m_changes = nullptr;
    // A task the person just changed so that the list no longer shows it (completed, with
    // completed tasks hidden): the pane keeps showing it until another is chosen.
    qint64 m_held = 0;
    QString m_heldIn; // the project shown then
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
