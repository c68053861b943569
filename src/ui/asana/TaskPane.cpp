#include "TaskPane.h"
#include "asana/AsanaEditing.h"
#include "ChangeStatus.h"
#include "ConflictView.h"
#include "DateText.h"
#include "Error.h"
#include "LocalChanges.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "TaskDetailView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace cairn {

namespace {
const QString kAsana = QStringLiteral("asana");

QString serviceName()
{
    return Settings::displayName(kAsana);
}
} // namespace

TaskPane::TaskPane(ReadConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_view(new TaskDetailView(connection, this))
    , m_status(new ChangeStatus(serviceName(), fieldLabels(), this))
    , m_conflict(new ConflictView(serviceName(), fieldLabels(),
                                  [this](const QString &field, const QJsonValue &v) { return valueText(field, v, peopleNames()); }, this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QWidget)
    , m_formNote(new QLabel(m_editor))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_editAction(new QAction(tr("Edit Task"), this))
    , m_commentRow(new QWidget(this))
    , m_comment(new QPlainTextEdit(m_commentRow))
    , m_addComment(new QPushButton(tr("Add &comment"), m_commentRow))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("taskPane"));
    m_edit->setObjectName(QStringLiteral("editTask"));
    m_edit->setToolTip(tr("Change this task in Cairn: it goes to %1 with the next sync (F2)").arg(serviceName()));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction->setEnabled(false);
    connect(m_editAction, &QAction::triggered, this, &TaskPane::startEditing);
    connect(m_edit, &QPushButton::clicked, this, &TaskPane::startEditing);

    m_error->setObjectName(QStringLiteral("taskPaneError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #a33;"));
    m_error->hide();

    // The editor: the form (made at each Edit: the people to assign change), a note, its buttons.
    // Its buttons stay in sight under the form, which scrolls in a small pane; Ctrl+Enter and
    // Esc work anywhere on it.
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("taskEditor"));
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(6, 6, 6, 6);
    m_formNote->setWordWrap(true);
    m_formNote->setObjectName(QStringLiteral("taskFormNote"));
    m_formNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    editorLayout->addWidget(m_formNote); // (the form goes above it, the notes taking the height left)
    scroll->setWidget(m_editor);
    m_save = new QPushButton(tr("&Save"), page);
    m_save->setObjectName(QStringLiteral("saveTask"));
    m_save->setToolTip(tr("Keep the change: shown at once, sent to %1 with the next sync (Ctrl+Enter)").arg(serviceName()));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelEdit"));
    m_cancel->setToolTip(tr("Leave the task as it was (Esc)"));
    connect(m_save, &QPushButton::clicked, this, &TaskPane::save);
    connect(m_cancel, &QPushButton::clicked, this, &TaskPane::cancelEditing);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated, this, &TaskPane::save);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated,
            this, &TaskPane::cancelEditing);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 4);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addLayout(buttons);
    m_stack->addWidget(m_view);
    m_stack->addWidget(page);
    // A conflict is never squeezed out of sight: the task's text gives way.
    m_conflict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_comment->setObjectName(QStringLiteral("commentBox"));
    m_comment->setAccessibleName(tr("New comment"));
    m_comment->setPlaceholderText(tr("Add a comment… (Ctrl+Enter)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 2 + 12);
    m_addComment->setObjectName(QStringLiteral("addComment"));
    m_addComment->setToolTip(tr("The comment goes to %1 with the next sync (Ctrl+Enter)").arg(serviceName()));
    m_addComment->setEnabled(false);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { m_addComment->setEnabled(!m_comment->toPlainText().trimmed().isEmpty()); });
    connect(m_addComment, &QPushButton::clicked, this, &TaskPane::addComment);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, m_comment, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated, this, &TaskPane::addComment);
    auto *commentLayout = new QHBoxLayout(m_commentRow);
    commentLayout->setContentsMargins(0, 0, 0, 0);
    commentLayout->addWidget(m_comment, 1);
    commentLayout->addWidget(m_addComment, 0, Qt::AlignBottom);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_conflict);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_commentRow);
    setFocusProxy(m_view);

    connect(m_view, &TaskDetailView::taskShown, this, &TaskPane::onShown);
    connect(m_conflict, &ConflictView::resolveRequested, this, [this](qint64 change, const QString &field, Resolution how) {
        if (m_changes)
            m_changes->resolve(change, field, how, this, [this](const QString &message) { showError(message); });
    });
    connect(m_status, &ChangeStatus::retryRequested, this, [this](qint64 change) {
        if (m_changes)
            m_changes->retry(change, this, [this](const QString &message) { showError(message); });
    });
    connect(m_status, &ChangeStatus::discardRequested, this, [this](qint64 change) {
        if (m_changes)
            m_changes->discard(change, this, [this](const QString &message) { showError(message); });
    });
    onShown(0);
}

void TaskPane::setLocalChanges(LocalChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    if (m_changes) // a resolution, a retry: the pane as it is now
        connect(m_changes, &LocalChanges::changed, this, [this](const QString &source) {
            if (source.isEmpty() || source == kAsana)
                refresh();
        });
    refresh();
}

QHash<QString, QString> TaskPane::fieldLabels()
{
    return {{QStringLiteral("name"), tr("&Name:")},     {QStringLiteral("assignee"), tr("&Assignee:")},
            {QStringLiteral("due_on"), tr("D&ue:")},    {QStringLiteral("completed"), tr("Co&mpleted")},
            {QStringLiteral("notes"), tr("No&tes:")},   {QStringLiteral("projects"), tr("&Project:")}};
}

QString TaskPane::valueText(const QString &field, const QJsonValue &v, const QHash<QString, QString> &names)
{
    if (field == QLatin1String("completed"))
        return v.toBool() ? tr("Completed") : tr("Not completed");
    if (field == QLatin1String("due_on")) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? dates::exactDay(d) : tr("No due date");
    }
    if (field == QLatin1String("assignee"))
        return v.toString().isEmpty() ? tr("Nobody") : names.value(v.toString(), v.toString());
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &e : v.toArray())
            items << e.toString();
        return items.join(QStringLiteral(", "));
    }
    return v.toString().isEmpty() ? tr("(empty)") : v.toString();
}

QHash<QString, QString> TaskPane::peopleNames() const
{
    QHash<QString, QString> names;
    if (!m_task || !m_connection.isOpen())
        return names;
    try {
        for (const asana::Assignee &a : asana::knownAssignees(m_connection.db(), m_task->account))
            names.insert(a.gid, a.name);
    } catch (const Error &) {
    }
    return names;
}

void TaskPane::refresh()
{
    m_view->showTask(m_view->taskId()); // (onShown follows)
}

void TaskPane::onShown(qint64 id)
{
    std::optional<Task> task;
    if (id && m_connection.ensureOpen()) {
        try {
            if (const std::optional<asana::TaskRef> ref = asana::taskRef(m_connection.db(), id))
                task = Task{id, ref->account, ref->gid, ref->deleted};
        } catch (const Error &) {
        }
    }
    // Another task while editing: what was typed is kept (saved), as Asana keeps it. The editor
    // is closed before the change goes: closing it moves the focus, which may show a task again
    // (this function, called back) — it must find nothing left to keep.
    if (m_editing && (!task || task->id != m_editing->id)) {
        const Task left = *m_editing;
        const QJsonObject typed = m_form && m_form->isComplete() ? m_form->changes() : QJsonObject();
        closeEditor();
        if (m_changes && !typed.isEmpty())
            m_changes->queue(kAsana, left.account, QStringLiteral("edit"), left.gid, typed, this, {},
                             [this](const QString &message) { showError(message); });
    }
    if (!task || !m_task || task->id != m_task->id)
        m_error->hide();
    m_task = task;
    const bool writes = m_changes && m_changes->writes(kAsana);
    const bool editable = writes && task && !task->deleted;
    const QList<OutboxChange> open = writes && task ? LocalChanges::openFor(m_connection, kAsana, task->account, task->gid)
                                                    : QList<OutboxChange>();
    m_status->showChanges(open);
    m_conflict->showChanges(open);
    m_edit->setVisible(editable && !isEditing());
    m_editAction->setEnabled(editable && !isEditing());
    m_commentRow->setVisible(editable && !isEditing() && !m_conflict->changeId()); // a conflict first: it needs the room
    // …and the pane grows to show it whole (the list above or beside gives way).
    if (m_conflict->changeId()) {
        if (m_minHeight < 0)
            m_minHeight = minimumHeight();
        setMinimumHeight(std::max(m_minHeight, layout()->minimumSize().height()));
    } else if (m_minHeight >= 0) {
        setMinimumHeight(m_minHeight);
    }
    if (!editable && isEditing())
        closeEditor(); // writing switched off, or the task went
}

void TaskPane::startEditing()
{
    const WriteFacts *writes = m_changes ? m_changes->writes(kAsana) : nullptr;
    if (!writes || !m_task || m_task->deleted || isEditing() || !m_connection.ensureOpen())
        return;
    QJsonObject values;
    QList<asana::Assignee> people;
    try {
        values = LocalChanges::currentValues(m_connection.db(), *writes, m_task->account, m_task->gid);
        people = asana::knownAssignees(m_connection.db(), m_task->account);
    } catch (const Error &e) {
        showError(e.message);
        return;
    }
    const QHash<QString, QString> labels = fieldLabels();
    using K = FieldEditor::Kind;
    QList<FieldEditor> editors{{QStringLiteral("name"), labels.value(QStringLiteral("name")), K::Line, {}, true}};
    // Whom to assign it to: the people the cache knows in this workspace (it keeps no list of
    // its users), else the assignee is left as it is.
    const QString assignee = values.value(QLatin1String("assignee")).toString();
    FieldEditor who{QStringLiteral("assignee"), labels.value(QStringLiteral("assignee")), K::Choice, {{tr("Nobody"), QJsonValue()}}};
    bool known = assignee.isEmpty();
    for (const asana::Assignee &a : std::as_const(people)) {
        who.choices.append({a.me ? tr("%1 (me)").arg(a.name) : a.name, a.gid});
        known = known || a.gid == assignee;
    }
    if (!known)
        who.choices.append({assignee, assignee});
    const bool assignable = !people.isEmpty();
    if (assignable)
        editors.append(who);
    editors.append({QStringLiteral("due_on"), labels.value(QStringLiteral("due_on")), K::Date, {}, false});
    editors.append({QStringLiteral("completed"), labels.value(QStringLiteral("completed")), K::Check, {}, false});
    editors.append({QStringLiteral("notes"), labels.value(QStringLiteral("notes")), K::Lines, {}, false});
    for (auto it = editors.begin(); it != editors.end();)
        it = writes->field(it->field) && writes->field(it->field)->onEdit ? it + 1 : editors.erase(it);

    m_form = new ChangeForm(editors, m_editor, ChangeForm::Keys::Page); // (the page's keys)
    m_form->setValues(values);
    if (QWidget *notes = m_form->editor(QStringLiteral("notes")))
        notes->setToolTip(tr("Plain text: new notes replace the task's formatted notes in %1").arg(serviceName()));
    m_save->setEnabled(true);
    connect(m_form, &ChangeForm::edited, this, [this] { m_save->setEnabled(m_form->isComplete()); });
    static_cast<QVBoxLayout *>(m_editor->layout())->insertWidget(0, m_form, 1);
    m_formNote->setText(assignable ? QString()
                                   : tr("The assignee cannot be changed here yet: Cairn knows the people of a workspace from "
                                        "its tasks' assignees, and none of this workspace's tasks is assigned."));
    m_formNote->setVisible(!m_formNote->text().isEmpty());
    m_editing = m_task;
    m_stack->setCurrentIndex(1);
    m_edit->hide();
    m_editAction->setEnabled(false);
    m_commentRow->hide();
    m_error->hide();
    if (auto *name = qobject_cast<QLineEdit *>(m_form->editor(QStringLiteral("name")))) {
        name->setFocus(Qt::OtherFocusReason);
        name->selectAll();
    }
}

void TaskPane::save()
{
    if (!m_form || !m_editing || !m_changes || !m_save->isEnabled() || !m_stack->currentIndex())
        return;
    if (!m_form->isComplete()) {
        showError(tr("A task needs a name."));
        return;
    }
    const QJsonObject changes = m_form->changes();
    if (changes.isEmpty()) {
        cancelEditing(); // nothing changed: nothing to keep
        return;
    }
    m_save->setEnabled(false);
    const qint64 id = m_editing->id;
    m_changes->queue(kAsana, m_editing->account, QStringLiteral("edit"), m_editing->gid, changes, this,
                     [this, id](const OutboxChange &change) {
                         if (m_editing && m_editing->id == id)
                             closeEditor();
                         refresh();
                         m_view->setFocus(Qt::OtherFocusReason);
                         Q_EMIT changeKept(id, change);
                     },
                     [this](const QString &message) {
                         m_save->setEnabled(true);
                         showError(message);
                     });
}

void TaskPane::cancelEditing()
{
    if (!isEditing())
        return;
    closeEditor();
    refresh();
    m_view->setFocus(Qt::OtherFocusReason);
}

void TaskPane::closeEditor()
{
    // (The state first: deleting the form moves the focus, and what that calls finds it closed.)
    ChangeForm *form = std::exchange(m_form, nullptr);
    m_editing.reset();
    delete form;
    m_formNote->hide();
    m_stack->setCurrentIndex(0);
}

void TaskPane::addComment()
{
    const QString text = m_comment->toPlainText().trimmed();
    if (!m_changes || !m_task || text.isEmpty() || !m_commentRow->isVisible())
        return;
    m_addComment->setEnabled(false);
    const qint64 id = m_task->id;
    m_changes->queue(kAsana, m_task->account, QStringLiteral("comment"), m_task->gid, {{QStringLiteral("text"), text}}, this,
                     [this, id](const OutboxChange &change) {
                         m_comment->clear();
                         refresh();
                         Q_EMIT changeKept(id, change);
                     },
                     [this](const QString &message) {
                         m_addComment->setEnabled(true);
                         showError(message);
                     });
}

void TaskPane::showError(const QString &message)
{
    m_error->setText(tr("Not kept: %1").arg(message));
    m_error->show();
}

} // namespace cairn
