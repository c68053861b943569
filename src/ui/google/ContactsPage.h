#pragma once
#include "ItemListPage.h"

class QPushButton;

namespace cairn {

class ContactDetailView;
class ContactPane;
class ContactsModel;

// The Contacts page: the contacts list (ListPage) with the contact pane beside it (the card,
// and its editing while writing to Google is on), and New contact.
class ContactsPage : public ItemListPageOf<ContactsModel, ContactPane, ContactDetailView>
{
    Q_OBJECT
public:
    explicit ContactsPage(ReadConnection &connection, QWidget *parent = nullptr);

    // New contact (Ctrl+N), shown while writing to Google is on.
    QPushButton *newContactButton() const { return m_newContact; }
    bool selectContact(qint64 id) { return selectItem(id); }
    qint64 selectedContactId() const { return selectedItemId(); }
    void newContact();

protected:
    void showDetail(qint64 id) override;

private:
    QPushButton *m_newContact = nullptr;
};

} // namespace cairn
