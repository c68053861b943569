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
    : ItemListPageOf(connection, parent)
{
    setWords({QT_TRANSLATE_N_NOOP("cairn::ContactsPage", "%n contact(s)"), QT_TRANSLATE_NOOP("cairn::ContactsPage", "No contacts yet — press Sync now"),
              QT_TRANSLATE_NOOP("cairn::ContactsPage", "No contacts match “%1”")});
    describe(tr("Search contacts (name, e-mail, phone, organization, note)…"), tr("Search contacts"), tr("Contacts"),
             ContactsModel::Name);
    updateEmptyState();

    // Editing (issue 22): shown only while writing to Google is on.
    m_newContact = addEditing(tr("&New contact"), QStringLiteral("newContact"),
                              tr("A new contact: shown at once, made in Google Contacts with the next sync (Ctrl+N)"), tr("New Contact"),
                              [this] { newContact(); });
}

void ContactsPage::showDetail(qint64 id)
{
    if (const std::optional<qint64> shown = itemToShow(id))
        detail()->showContact(*shown);
}

void ContactsPage::newContact()
{
    if (!writes())
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
        if (const QStringList writing = changes()->accountsWriting(kGoogle); !writing.isEmpty() && !writing.contains(account))
            account = writing.first();
        changes()->queue(kGoogle, account, QStringLiteral("create"), QString(), fields, this,
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
