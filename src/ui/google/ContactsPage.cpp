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
    filterEdit()->setPlaceholderText(tr("Search contacts (name, e-mail, phone, organization, note)…"));
    filterEdit()->setAccessibleName(tr("Search contacts"));
    setStretchColumn(ContactsModel::Name);
    table()->setAccessibleName(tr("Contacts"));
    updateEmptyState();
}

void ContactsPage::showDetail(qint64 id)
{
    m_detail->showContact(id);
}

QString ContactsPage::countLine() const
{
    const int n = m_model->matchCount();
    return m_model->filterText().isEmpty() ? tr("%n contact(s)", nullptr, n) : tr("%n match(es)", nullptr, n);
}

QString ContactsPage::emptyText() const
{
    if (!m_model->lastError().isEmpty() && m_model->cachedCount() > 0)
        return tr("The search failed: %1").arg(m_model->lastError());
    if (m_model->cachedCount() == 0 && (m_model->filterText().isEmpty() || !m_model->lastError().isEmpty()))
        return tr("No contacts yet — press Sync now");
    return tr("No contacts match “%1”").arg(m_model->filterText());
}

} // namespace cairn
