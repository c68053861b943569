#include "ContactsPage.h"
#include "ContactDetailView.h"
#include "ContactsModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace cairn {

ContactsPage::ContactsPage(ReadConnection &connection, QWidget *parent)
    : ContactsPage(new ContactsModel(connection), new ContactDetailView(connection), parent)
{
}

ContactsPage::ContactsPage(ContactsModel *model, ContactDetailView *detail, QWidget *parent)
    : ListPage(model, detail, parent)
    , m_model(model)
    , m_detail(detail)
{
    setWords({QT_TRANSLATE_N_NOOP("cairn::ContactsPage", "%n contact(s)"), QT_TRANSLATE_N_NOOP("cairn::ContactsPage", "%n match(es)"),
              QT_TRANSLATE_NOOP("cairn::ContactsPage", "The search failed: %1"),
              QT_TRANSLATE_NOOP("cairn::ContactsPage", "No contacts yet — press Sync now"),
              QT_TRANSLATE_NOOP("cairn::ContactsPage", "No contacts match “%1”"), nullptr});
    describe(tr("Search contacts (name, e-mail, phone, organization, note)…"), tr("Search contacts"), tr("Contacts"),
             ContactsModel::Name);
    updateEmptyState();
}

void ContactsPage::showDetail(qint64 id)
{
    m_detail->showContact(id);
}

} // namespace cairn
