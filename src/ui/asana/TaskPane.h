#pragma once
#include "ChangeForm.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace cairn {

class ChangeStatus;
class ConflictView;
class LocalChanges;
class ReadConnection;
class TaskDetailView;
struct OutboxChange;

// The Projects page's task pane: the task in full (TaskDetailView) and, when writing to Asana
// is on (`asana.write`; read-only shows none of it), what a person does to it in Cairn —
// Edit (F2 or Ctrl+E; Ctrl+Enter saves, Esc cancels) of its name, assignee, due date,
// completion and notes; a comment; its changes that wait to be sent (ChangeStatus) and a
// conflict with Asana field by field (ConflictView). Every change is kept in the outbox with
// its local apply (LocalChanges) and shows at once, marked pending, with no network needed.
// Leaving a task while editing it keeps what was typed, as Asana does.
class TaskPane : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPane(ReadConnection &connection, QWidget *parent = nullptr);

    TaskDetailView *view() const { return m_view; }
    ReadConnection &connection() const { return m_connection; }
    // Turns editing on (null: off). Shown only while writing to Asana is switched on.
    void setLocalChanges(LocalChanges *changes);

    // Shows the task again with its open changes (after a write; TaskDetailView::showTask
    // calls it too).
    void refresh();
    bool isEditing() const { return m_form != nullptr; }
    void startEditing();
    void save();
    void cancelEditing();

    QAction *editAction() const { return m_editAction; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    ChangeForm *form() const { return m_form; }
    QLabel *formNote() const { return m_formNote; }
    QPlainTextEdit *commentBox() const { return m_comment; }
    QPushButton *commentButton() const { return m_addComment; }
    ChangeStatus *changeStatus() const { return m_status; }
    ConflictView *conflictView() const { return m_conflict; }
    QLabel *errorLine() const { return m_error; }
    // A change that could not be kept, in one line over the task.
    void showError(const QString &message);

    // A task's fields as the window names them ("Name", "Due"…), by the names of `cairn export`.
    static QHash<QString, QString> fieldLabels();
    // How a value of a field reads to a person (people by `names`: gid → name).
    static QString valueText(const QString &field, const QJsonValue &value, const QHash<QString, QString> &names = {});

Q_SIGNALS:
    // A change of task `taskId` (0: a new one) was kept (the page reloads its list).
    void changeKept(qint64 taskId, const cairn::OutboxChange &change);

private:
    struct Task
    {
        qint64 id = 0;
        QString account;
        QString gid;
        bool deleted = false;
    };
    void onShown(qint64 id);
    void addComment();
    void closeEditor();
    QHash<QString, QString> peopleNames() const;

    ReadConnection &m_connection;
    LocalChanges *m_changes = nullptr;
    TaskDetailView *m_view;
    ChangeStatus *m_status;
    ConflictView *m_conflict;
    QStackedWidget *m_stack;
    QWidget *m_editor;
    ChangeForm *m_form = nullptr;
    QLabel *m_formNote;
    QPushButton *m_edit;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QAction *m_editAction;
    QWidget *m_commentRow;
    QPlainTextEdit *m_comment;
    QPushButton *m_addComment;
    QLabel *m_error;
    std::optional<Task> m_task;    // shown
    std::optional<Task> m_editing; // its form open
    int m_minHeight = -1;          // the pane's own minimum height, while a conflict raises it
};

} // namespace cairn
