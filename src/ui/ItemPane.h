#pragma once
#include "ChangeForm.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace cairn {

class ChangeStatus;
class ConflictView;
class LocalChanges;
class ReadConnection;
struct OutboxChange;

// A source's detail pane in the window (the Projects page's task, the Contacts page's contact):
// the item in full (its detail view) and, when writing to the source is on (`<source>.write`;
// read-only shows none of it), its editing — Edit (F2 or Ctrl+E; Ctrl+Enter saves, Esc
// cancels) of the fields the source's subclass offers, and Delete… (the Delete key; asked
// first); the changes that wait to be sent
// (ChangeStatus) and a conflict with the service field by field (ConflictView). Every change
// is kept in the outbox with its local apply (LocalChanges) and shows at once, marked pending,
// with no network needed. Leaving an item while editing it keeps what was typed.
class ItemPane : public QWidget
{
    Q_OBJECT
public:
    // What the pane says of its items (already translated) and the word its object names are
    // made of ("Task": "taskPane", "editTask", "saveTask", "taskEditor"…).
    struct Words
    {
        QString kind;
        QString editAction; // "Edit Task"
        QString editTip;    // the Edit button's tool tip (%1: the service's name)
        QString cancelTip;  // the Cancel button's
        QString incomplete; // why a form missing a required value is not kept
        QString deleteAction; // "Delete Task" (also the title of the question)
        QString deleteTip;    // the Delete button's tool tip (%1: the service's name)
    };
    ItemPane(ReadConnection &connection, const QString &source, QWidget *view, const QHash<QString, QString> &labels,
             const Words &words, QWidget *parent = nullptr);

    ReadConnection &connection() const { return m_connection; }
    const QString &source() const { return m_source; }
    // Turns editing on (null: off). Shown only while writing to the source is switched on.
    void setLocalChanges(LocalChanges *changes);

    // Shows the item again with its open changes (after a write); the view's showing an item
    // calls onShown().
    virtual void refresh() = 0;
    bool isEditing() const { return m_form != nullptr; }
    void startEditing();
    void save();
    void cancelEditing();
    // Asks whether to delete the item shown (naming it and the service); yes queues its delete.
    void askToDelete();

    QAction *editAction() const { return m_editAction; }
    // Delete…: the button, and its action (the Delete key where no text is edited: on the item's
    // view, and on a list the page gives it to).
    QAction *deleteAction() const { return m_deleteAction; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    ChangeForm *form() const { return m_form; }
    QLabel *formNote() const { return m_formNote; }
    ChangeStatus *changeStatus() const { return m_status; }
    ConflictView *conflictView() const { return m_conflict; }
    QLabel *errorLine() const { return m_error; }
    // A change that could not be kept, in one line over the item.
    void showError(const QString &message);

Q_SIGNALS:
    // A change of item `id` (0: a new one) was kept (the page reloads its list).
    void changeKept(qint64 id, const cairn::OutboxChange &change);

protected:
    struct Item
    {
        qint64 id = 0;
        QString account;
        QString item; // the service's id of it
        bool deleted = false;
        QString title; // how a person names it ("Ada Lovelace")
    };
    // The item of the view's id (none: not there). Called with the cache open.
    virtual std::optional<Item> itemOf(qint64 id) = 0;
    // The editors of the shown item, whose values a person sees are `values` (only those of
    // fields the source edits are kept). Throws cairn::Error.
    virtual QList<FieldEditor> editorsFor(const QJsonObject &values) = 0;
    // The form was made and filled (tool tips; setFormNote()).
    virtual void formMade(ChangeForm *) {}
    // How a value of a field reads to a person (the conflict view).
    virtual QString valueText(const QString &field, const QJsonValue &value) const;
    // Shows or hides the subclass's own parts (the item shown, editing possible and not open).
    virtual void updateExtras(bool) {}

    // The view showed item `id` (0: none).
    void onShown(qint64 id);
    QVBoxLayout *paneLayout() const;
    const std::optional<Item> &item() const { return m_item; }
    LocalChanges *changes() const { return m_changes; }
    QWidget *view() const { return m_view; }
    void setFormNote(const QString &note);
    QString serviceName() const;

private:
    void closeEditor();

    ReadConnection &m_connection;
    const QString m_source;
    const Words m_words;
    LocalChanges *m_changes = nullptr;
    QWidget *m_view;
    ChangeStatus *m_status;
    ConflictView *m_conflict;
    QStackedWidget *m_stack;
    QWidget *m_editor;
    ChangeForm *m_form = nullptr;
    QLabel *m_formNote;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QLabel *m_error;
    std::optional<Item> m_item;    // shown
    std::optional<Item> m_editing; // its form open
    int m_minHeight = -1;          // the pane's own minimum height, while a conflict raises it
};

} // namespace cairn
