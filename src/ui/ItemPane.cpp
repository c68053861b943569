#include "ItemPane.h"
#include "ChangeStatus.h"
#include "ConflictView.h"
#include "Error.h"
#include "LocalChanges.h"
#include "ReadConnection.h"
#include "Settings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace cairn {

namespace {
QString lowerFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toLower();
    return s;
}
} // namespace

ItemPane::ItemPane(ReadConnection &connection, const QString &source, QWidget *view, const QHash<QString, QString> &labels,
                   const Words &words, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_source(source)
    , m_words(words)
    , m_view(view)
    , m_status(new ChangeStatus(Settings::displayName(source), labels, this))
    , m_conflict(new ConflictView(Settings::displayName(source), labels,
                                  [this](const QString &field, const QJsonValue &v) { return valueText(field, v); }, this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QWidget)
    , m_formNote(new QLabel(m_editor))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_editAction(new QAction(words.editAction, this))
    , m_deleteAction(new QAction(words.deleteAction, this))
    , m_error(new QLabel(this))
{
    const QString kind = lowerFirst(words.kind);
    setObjectName(kind + QStringLiteral("Pane"));
    m_edit->setObjectName(QStringLiteral("edit") + words.kind);
    m_edit->setToolTip(words.editTip.arg(serviceName()));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction->setEnabled(false);
    connect(m_editAction, &QAction::triggered, this, &ItemPane::startEditing);
    connect(m_edit, &QPushButton::clicked, this, &ItemPane::startEditing);
    m_delete->setObjectName(QStringLiteral("delete") + words.kind);
    m_delete->setToolTip(words.deleteTip.arg(serviceName()));
    // The Delete key on the item's view and the list (the page adds it there), never where text
    // is edited: the editor and the comment box keep it for their text.
    m_deleteAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setEnabled(false);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &ItemPane::askToDelete);
    connect(m_delete, &QPushButton::clicked, this, &ItemPane::askToDelete);

    m_error->setObjectName(kind + QStringLiteral("PaneError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #a33;"));
    m_error->hide();

    // The editor: the form (made at each Edit: what it offers may change), a note, its buttons.
    // Its buttons stay in sight under the form, which scrolls in a small pane; Ctrl+Enter and
    // Esc work anywhere on it.
    auto *page = new QWidget(this);
    page->setObjectName(kind + QStringLiteral("Editor"));
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(6, 6, 6, 6);
    m_formNote->setWordWrap(true);
    m_formNote->setObjectName(kind + QStringLiteral("FormNote"));
    m_formNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_formNote->hide();
    editorLayout->addWidget(m_formNote); // (the form goes above it, taking the height left)
    scroll->setWidget(m_editor);
    m_save = new QPushButton(tr("&Save"), page);
    m_save->setObjectName(QStringLiteral("save") + words.kind);
    m_save->setToolTip(tr("Keep the change: shown at once, sent to %1 with the next sync (Ctrl+Enter)").arg(serviceName()));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelEdit"));
    m_cancel->setToolTip(words.cancelTip);
    connect(m_save, &QPushButton::clicked, this, &ItemPane::save);
    connect(m_cancel, &QPushButton::clicked, this, &ItemPane::cancelEditing);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated, this, &ItemPane::save);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated,
            this, &ItemPane::cancelEditing);
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
    // A conflict is never squeezed out of sight: the item's text gives way.
    m_conflict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_conflict);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);

    const auto refused = [this](const QString &message) { showError(message); };
    connect(m_conflict, &ConflictView::resolveRequested, this, [this, refused](qint64 change, const QString &field, Resolution how) {
        if (m_changes)
            m_changes->resolve(change, field, how, this, refused);
    });
    connect(m_status, &ChangeStatus::retryRequested, this, [this, refused](qint64 change) {
        if (m_changes)
            m_changes->retry(change, this, refused);
    });
    connect(m_status, &ChangeStatus::discardRequested, this, [this, refused](qint64 change) {
        if (m_changes)
            m_changes->discard(change, this, refused);
    });
}

QVBoxLayout *ItemPane::paneLayout() const
{
    return static_cast<QVBoxLayout *>(layout());
}

QString ItemPane::serviceName() const
{
    return Settings::displayName(m_source);
}

void ItemPane::setLocalChanges(LocalChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    if (m_changes) // a resolution, a retry: the pane as it is now
        connect(m_changes, &LocalChanges::changed, this, [this](const QString &source) {
            if (source.isEmpty() || source == m_source)
                refresh();
        });
    refresh();
}

QString ItemPane::valueText(const QString &, const QJsonValue &v) const
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &e : v.toArray())
            items << e.toString();
        return items.isEmpty() ? tr("(empty)") : items.join(QStringLiteral(", "));
    }
    return v.toString().isEmpty() ? tr("(empty)") : v.toString();
}

void ItemPane::onShown(qint64 id)
{
    std::optional<Item> item;
    if (id && m_connection.ensureOpen()) {
        try {
            item = itemOf(id);
        } catch (const Error &) {
        }
    }
    // Another item while editing: what was typed is kept (saved). The editor is closed before
    // the change goes: closing it moves the focus, which may show an item again (this
    // function, called back) — it must find nothing left to keep.
    if (m_editing && (!item || item->id != m_editing->id)) {
        const Item left = *m_editing;
        const QJsonObject typed = m_form && m_form->isComplete() ? m_form->changes() : QJsonObject();
        closeEditor();
        if (m_changes && !typed.isEmpty())
            m_changes->queue(m_source, left.account, QStringLiteral("edit"), left.item, typed, this, {},
                             [this](const QString &message) { showError(message); });
    }
    if (!item || !m_item || item->id != m_item->id)
        m_error->hide();
    m_item = item;
    const bool writes = m_changes && item && m_changes->writes(m_source, item->account);
    const bool editable = writes && item && !item->deleted;
    const QList<OutboxChange> open = writes && item ? LocalChanges::openFor(m_connection, m_source, item->account, item->item)
                                                    : QList<OutboxChange>();
    m_status->showChanges(open);
    m_conflict->showChanges(open);
    m_edit->setVisible(editable && !isEditing());
    m_editAction->setEnabled(editable && !isEditing());
    const bool deletable = editable && !isEditing() && m_changes->writes(m_source, item->account)->actions.contains(QLatin1String("delete"));
    m_delete->setVisible(deletable);
    m_deleteAction->setEnabled(deletable);
    updateExtras(editable && !isEditing());
    // …and the pane grows to show a conflict whole (the list above or beside gives way).
    if (m_conflict->changeId()) {
        if (m_minHeight < 0)
            m_minHeight = minimumHeight();
        setMinimumHeight(std::max(m_minHeight, layout()->minimumSize().height()));
    } else if (m_minHeight >= 0) {
        setMinimumHeight(m_minHeight);
    }
    if (!editable && isEditing())
        closeEditor(); // writing switched off, or the item went
}

void ItemPane::setFormNote(const QString &note)
{
    m_formNote->setText(note);
    m_formNote->setVisible(!note.isEmpty());
}

void ItemPane::startEditing()
{
    const WriteFacts *writes = m_changes && m_item ? m_changes->writes(m_source, m_item->account) : nullptr;
    if (!writes || !m_item || m_item->deleted || isEditing() || !m_connection.ensureOpen())
        return;
    QJsonObject values;
    QList<FieldEditor> editors;
    try {
        values = LocalChanges::currentValues(m_connection.db(), *writes, m_item->account, m_item->item);
        editors = editorsFor(values);
    } catch (const Error &e) {
        showError(e.message);
        return;
    }
    for (auto it = editors.begin(); it != editors.end();)
        it = writes->field(it->field) && writes->field(it->field)->onEdit ? it + 1 : editors.erase(it);

    m_form = new ChangeForm(editors, m_editor, ChangeForm::Keys::Page); // (the page's keys)
    m_form->setValues(values);
    m_save->setEnabled(true);
    connect(m_form, &ChangeForm::edited, this, [this] { m_save->setEnabled(m_form->isComplete()); });
    static_cast<QVBoxLayout *>(m_editor->layout())->insertWidget(0, m_form, 1);
    setFormNote({});
    formMade(m_form);
    m_editing = m_item;
    m_stack->setCurrentIndex(1);
    m_edit->hide();
    m_editAction->setEnabled(false);
    m_delete->hide();
    m_deleteAction->setEnabled(false);
    updateExtras(false);
    m_error->hide();
    if (QWidget *first = m_form->firstEditor()) {
        first->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(first))
            line->selectAll();
    }
}

void ItemPane::save()
{
    if (!m_form || !m_editing || !m_changes || !m_save->isEnabled() || !m_stack->currentIndex())
        return;
    if (!m_form->isComplete()) {
        showError(m_words.incomplete);
        return;
    }
    const QJsonObject changes = m_form->changes();
    if (changes.isEmpty()) {
        cancelEditing(); // nothing changed: nothing to keep
        return;
    }
    m_save->setEnabled(false);
    const qint64 id = m_editing->id;
    m_changes->queue(m_source, m_editing->account, QStringLiteral("edit"), m_editing->item, changes, this,
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

void ItemPane::askToDelete()
{
    const WriteFacts *writes = m_changes && m_item ? m_changes->writes(m_source, m_item->account) : nullptr;
    if (!writes || !m_item || m_item->deleted || isEditing() || !m_delete->isVisible())
        return;
    // Asked in a box of the window's (not a nested event loop): it names the item and the
    // service, and says when it goes. Until the next sync, the pane's Undo brings it back.
    auto *box = new QMessageBox(QMessageBox::Question, m_words.deleteAction,
                                tr("Delete “%1” from %2? It is deleted there at the next sync.")
                                    .arg(m_item->title.isEmpty() ? m_item->item : m_item->title, serviceName()),
                                QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setInformativeText(tr("Until then, Undo in this pane keeps it."));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Item asked = *m_item;
    connect(box, &QMessageBox::finished, this, [this, box, yes, asked] {
        if (box->clickedButton() != yes || !m_changes)
            return;
        m_changes->queue(m_source, asked.account, QStringLiteral("delete"), asked.item, {}, this,
                         [this, asked](const OutboxChange &change) {
                             refresh();
                             Q_EMIT changeKept(asked.id, change);
                         },
                         [this](const QString &message) { showError(message); });
    });
    box->open();
}

void ItemPane::cancelEditing()
{
    if (!isEditing())
        return;
    closeEditor();
    refresh();
    m_view->setFocus(Qt::OtherFocusReason);
}

void ItemPane::closeEditor()
{
    // (The state first: deleting the form moves the focus, and what that calls finds it closed.)
    ChangeForm *form = std::exchange(m_form, nullptr);
    m_editing.reset();
    delete form;
    m_formNote->hide();
    m_stack->setCurrentIndex(0);
}

void ItemPane::showError(const QString &message)
{
    m_error->setText(tr("Not kept: %1").arg(message));
    m_error->show();
}

} // namespace cairn
