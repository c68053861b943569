#pragma once
#include "ListPage.h"

namespace cairn {

class ContactDetailView;
class ContactsModel;
class ReadConnection;

// The Contacts page: the contacts list (ListPage) with the contact card beside it.
class ContactsPage : public ListPage
{
    Q_OBJECT
public:
    explicit ContactsPage(ReadConnection &connection, QWidget *parent = nullptr);

    ContactsModel *model() const { return m_model; }
    ContactDetailView *detail() const { return m_detail; }
    bool selectContact(qint64 id) { return selectItem(id); }
    qint64 selectedContactId() const { return selectedItemId(); }

protected:
    void showDetail(qint64 id) override;

private:
    ContactsPage(ContactsModel *model, ContactDetailView *detail, QWidget *parent);

    ContactsModel *m_model;
    ContactDetailView *m_detail;
};

} // namespace cairn
