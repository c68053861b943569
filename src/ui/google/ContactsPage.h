#pragma once
#include "ListPage.h"

class QPushButton;

namespace cairn {

class ContactDetailView;
class ContactPane;
class ContactsModel;
class LocalChanges;
class ReadConnection;

// The Contacts page: the contacts list (ListPage) with the contact pane beside it (the card,
// and its editing while writing to Google is on), and New contact.
class ContactsPage : public ListPage
{
    Q_OBJECT
public:
    explicit ContactsPage(ReadConnection &connection, QWidget *parent = nullptr);

    ContactsModel *model() const { return m_model; }
    ContactPane *pane() const { return m_pane; }
    ContactDetailView *detail() const { return m_detail; }
    QPushButton *newContactButton() const { return m_newContact; }
    bool selectContact(qint64 id) { return selectItem(id); }
    qint64 selectedContactId() const { return selectedItemId(); }

    // Editing on (ContactPane, New contact); null: off.
    void setLocalChanges(LocalChanges *changes);
    void newContact();

protected:
    void showDetail(qint64 id) override;

private:
    ContactsPage(ContactsModel *model, ContactPane *pane, QWidget *parent);
    void updateWriting(); // New contact shown while writing to Google is on

    ContactsModel *m_model;
    ContactPane *m_pane;
    ContactDetailView *m_detail;
    QPushButton *m_newContact;
    LocalChanges *m_changes = nullptr;
    qint64 m_held = 0; // shown, though the list hides it (deleted here, not in Google yet)
};

} // namespace cairn
