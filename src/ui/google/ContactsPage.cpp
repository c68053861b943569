#include "ContactsPage.h"
#include "ChangeDialog.h"
#include "ContactDetailView.h"
#include "ContactPane.h"
#include "ContactsModel.h"
#include "LocalChanges.h"

#include <QAction>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace cairn {

namespace {
const QString kGoogle = QStringLiteral("google");
}

ContactsPage::ContactsPage(ReadConnection &connection, QWidget *parent)
    : ContactsPage(new ContactsModel(connection), new ContactPane(connection), parent)
{
}

ContactsPage::ContactsPage(ContactsModel *model, ContactPane *pane, QWidget *parent)
    : ListPage(model, pane, parent)
    , m_model(model)
    , m_pane(pane)
    , m_detail(pane->view())
    , m_newContact(new QPushButton(tr("&New contact"), this))
{
    setWords({QT_TRANSLATE_N_NOOP("cairn::ContactsPage", "%n contact(s)"), QT_TRANSLATE_N_NOOP("cairn::ContactsPage", "%n match(es)"),
              QT_TRANSLATE_NOOP("cairn::ContactsPage", "The search failed: %1"),
              QT_TRANSLATE_NOOP("cairn::ContactsPage", "No contacts yet — press Sync now"),
              QT_TRANSLATE_NOOP("cairn::ContactsPage", "No contacts match “%1”"), nullptr});
    describe(tr("Search contacts (name, e-mail, phone, organization, note)…"), tr("Search contacts"), tr("Contacts"),
             ContactsModel::Name);
    updateEmptyState();

    // Editing (issue 22): shown only while writing to Google is on.
    m_newContact->setObjectName(QStringLiteral("newContact"));
    m_newContact->setToolTip(tr("A new contact: shown at once, made in Google Contacts with the next sync (Ctrl+N)"));
    m_newContact->hide();
    topRow()->addWidget(m_newContact);
    auto *newAction = new QAction(tr("New Contact"), this);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, [this] {
        if (m_newContact->isVisible())
            newContact();
    });
    addAction(newAction);
    addAction(m_pane->editAction()); // F2 with the list focused too
    table()->addAction(m_pane->deleteAction()); // the Delete key on the list (not in the filter box)
    connect(m_newContact, &QPushButton::clicked, this, &ContactsPage::newContact);
    // The list shows it at once; the pane keeps a contact the list now hides (its delete
    // waits for the next sync: the pane says so, and Undo brings it back).
    connect(m_pane, &ItemPane::changeKept, this, [this](qint64 contact) {
        reload();
        if (contact && !selectedItemId()) {
            m_held = contact;
            showDetail(0);
        }
    });
}

void ContactsPage::showDetail(qint64 id)
{
    updateWriting();
    if (id)
        m_held = 0;
    else if (m_held && selectItem(m_held)) // listed again (its delete undone): selected, shown
        return;
    m_detail->showContact(id ? id : m_held);
}

void ContactsPage::setLocalChanges(LocalChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    m_pane->setLocalChanges(changes);
    if (m_changes) // (writing switched for an account)
        connect(m_changes, &LocalChanges::changed, this, &ContactsPage::updateWriting);
    updateWriting();
}

void ContactsPage::updateWriting()
{
    m_newContact->setVisible(m_changes && m_changes->writes(kGoogle));
}

void ContactsPage::newContact()
{
    if (!m_changes || !m_changes->writes(kGoogle))
        return;
    auto *dialog = new ChangeDialog(tr("New Contact"), ContactPane::fieldEditors(true), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("newContactDialog"));
    dialog->setNote(tr("Shown at once; made in Google Contacts with the next sync."));
    dialog->form()->firstEditor()->setFocus(Qt::OtherFocusReason);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QJsonObject fields;
        const QJsonObject values = dialog->form()->values();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!(it.value().isString() && it.value().toString().trimmed().isEmpty()) && it.value() != QJsonValue(QJsonArray()))
                fields.insert(it.key(), it.value());
        // In the account of the contact selected (with several accounts), else "default" —
        // one that writing is on for, else the first that it is on for.
        const int selected = m_model->rowOfContact(selectedContactId());
        QString account = selected < 0 ? QString() : m_model->index(selected, ContactsModel::Account).data().toString();
        if (account.isEmpty())
            account = QStringLiteral("default");
        if (const QStringList writing = m_changes->accountsWriting(kGoogle); !writing.isEmpty() && !writing.contains(account))
            account = writing.first();
        m_changes->queue(kGoogle, account, QStringLiteral("create"), QString(), fields, this,
                         [this](const OutboxChange &change) {
                             reload();
                             // The new contact, selected: under its stand-in name until Google names it.
                             m_model->fetchAll();
                             for (int r = 0; r < m_model->rowCount(); ++r)
                                 if (m_model->resourceNameAt(r) == change.item && selectItem(m_model->idAt(r)))
                                     break;
                         },
                         [this](const QString &message) { m_pane->showError(message); });
    });
    dialog->open();
}

} // namespace cairn
