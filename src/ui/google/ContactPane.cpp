#include "ContactPane.h"
#include "ContactDetailView.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "google/ContactsQuery.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace cairn {

namespace {
const QString kGoogle = QStringLiteral("google");

// (The view, made before the pane that holds it.)
ContactDetailView *newView(ReadConnection &connection)
{
    return new ContactDetailView(connection);
}
} // namespace

ContactPane::ContactPane(ReadConnection &connection, QWidget *parent)
    : ContactPane(connection, newView(connection), parent)
{
}

ContactPane::ContactPane(ReadConnection &connection, ContactDetailView *view, QWidget *parent)
    : ItemPane(connection, kGoogle, view, fieldLabels(),
               {QStringLiteral("Contact"), tr("Edit Contact"),
                tr("Change this contact in Cairn: it goes to %1 with the next sync (F2)").arg(Settings::displayName(kGoogle)),
                tr("Leave the contact as it was (Esc)"), QString()},
               parent)
    , m_view(view)
{
    connect(m_view, &ContactDetailView::contactShown, this, [this](qint64 id) { onShown(id); });
    onShown(0);
}

QHash<QString, QString> ContactPane::fieldLabels()
{
    return {{QStringLiteral("name"), tr("Name:")},
            {QStringLiteral("givenName"), tr("&Given name:")},
            {QStringLiteral("familyName"), tr("&Family name:")},
            {QStringLiteral("nickname"), tr("Nickname:")},
            {QStringLiteral("email"), tr("E-mail:")},
            {QStringLiteral("emails"), tr("E-&mails:")},
            {QStringLiteral("phone"), tr("Phone:")},
            {QStringLiteral("phones"), tr("&Phones:")},
            {QStringLiteral("organization"), tr("&Organization:")},
            {QStringLiteral("birthday"), tr("&Birthday:")},
            {QStringLiteral("note"), tr("No&te:")},
            {QStringLiteral("groups"), tr("Groups:")}};
}

void ContactPane::refresh()
{
    m_view->refresh(); // (onShown follows)
}

std::optional<ItemPane::Item> ContactPane::itemOf(qint64 id)
{
    const ContactsQuery::Card card = ContactsQuery::card(connection().db(), id);
    if (card.contact.resourceName.isEmpty())
        return std::nullopt;
    return Item{id, card.account, card.contact.resourceName, card.contact.deleted};
}

QList<FieldEditor> ContactPane::fieldEditors(bool create)
{
    const QHash<QString, QString> labels = fieldLabels();
    using K = FieldEditor::Kind;
    QList<FieldEditor> editors;
    for (const auto &[field, kind] : {std::pair{QStringLiteral("givenName"), K::Line}, std::pair{QStringLiteral("familyName"), K::Line},
                                      std::pair{QStringLiteral("emails"), K::List}, std::pair{QStringLiteral("phones"), K::List},
                                      std::pair{QStringLiteral("organization"), K::Line}, std::pair{QStringLiteral("birthday"), K::Line},
                                      std::pair{QStringLiteral("note"), K::Lines}})
        if (!create || field != QLatin1String("birthday"))
            editors.append({field, labels.value(field), kind, {}, false});
    return editors;
}

QList<FieldEditor> ContactPane::editorsFor(const QJsonObject &)
{
    return fieldEditors(false);
}

void ContactPane::formMade(ChangeForm *form)
{
    if (auto *birthday = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("birthday"))))
        birthday->setPlaceholderText(tr("yyyy-mm-dd, or --mm-dd without the year"));
    for (const QString &field : {QStringLiteral("emails"), QStringLiteral("phones")})
        if (auto *list = qobject_cast<QPlainTextEdit *>(form->editor(field)))
            list->setPlaceholderText(tr("One a line"));
    if (QWidget *organization = form->editor(QStringLiteral("organization")))
        organization->setToolTip(tr("The name of the contact's first organization"));
}

} // namespace cairn
