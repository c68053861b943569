#include "ContactPane.h"
#include "ContactDetailView.h"
#include "ReadConnection.h"
#include "Words.h"
#include "google/ContactsQuery.h"
#include "google/ContactsRepo.h"
#include "Error.h"

#include <QLineEdit>
#include <QJsonArray>
#include <QPlainTextEdit>

#include <algorithm>

namespace cairn {

namespace {
const QString kGoogle = QStringLiteral("google");
} // namespace

ContactPane::ContactPane(ReadConnection &connection, QWidget *parent)
    : ItemPane(connection, kGoogle, new ContactDetailView(connection), fieldLabels(),
               {QStringLiteral("Contact"), tr("Edit Contact"),
                tr("Change this contact in Cairn: it goes to %1 with the next sync (F2)"),
                tr("Leave the contact as it was (Esc)"), QString(), tr("Delete Contact"),
                tr("Delete this contact from %1 with the next sync, after asking (Delete)")},
               parent)
    , m_view(static_cast<ContactDetailView *>(ItemPane::view()))
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
            {QStringLiteral("groups"), tr("Gro&ups:")}};
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
    const Contact &c = card.contact;
    return Item{id, card.account, c.resourceName, c.deleted,
                words::contactTitle(c.displayName, c.emails.isEmpty() ? QString() : c.emails.first().value,
                                    c.organizations.isEmpty() ? QString() : c.organizations.first().name,
                                    c.phones.isEmpty() ? QString() : c.phones.first().value)};
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

QList<FieldEditor> ContactPane::editorsFor(const QJsonObject &values)
{
    QList<FieldEditor> editors = fieldEditors(false);
    // Its contact groups, ticked among those a person may put a contact in: My Contacts,
    // Starred and the account's own groups (Google keeps the other system groups itself); a
    // group it is in that is none of these stays ticked.
    QList<std::pair<QString, QJsonValue>> system, own;
    QHash<QString, QString> names;
    for (const ContactGroup &g : ContactsRepo::groups(connection().db(), item()->account)) {
        names.insert(g.resourceName, g.name);
        if (g.deleted)
            continue;
        if (g.resourceName == QLatin1String("contactGroups/myContacts") || g.resourceName == QLatin1String("contactGroups/starred"))
            system.append({g.name, g.resourceName});
        else if (g.groupType == QLatin1String("USER_CONTACT_GROUP"))
            own.append({g.name, g.resourceName});
    }
    std::sort(own.begin(), own.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    FieldEditor groups{QStringLiteral("groups"), fieldLabels().value(QStringLiteral("groups")), FieldEditor::Kind::Checks, system + own};
    for (const QJsonValue &in : values.value(QLatin1String("groups")).toArray()) {
        const QString g = in.toString();
        if (std::none_of(groups.choices.cbegin(), groups.choices.cend(), [&g](const auto &c) { return c.second.toString() == g; }))
            groups.choices.append({names.value(g, g.section(u'/', -1)), g});
    }
    if (!groups.choices.isEmpty())
        editors.insert(editors.size() - 1, groups); // above the note, which takes the height left
    return editors;
}

QString ContactPane::valueText(const QString &field, const QJsonValue &value) const
{
    if (field != QLatin1String("groups") || !item() || !connection().isOpen())
        return ItemPane::valueText(field, value);
    QHash<QString, QString> names;
    try {
        for (const ContactGroup &g : ContactsRepo::groups(connection().db(), item()->account))
            names.insert(g.resourceName, g.name);
    } catch (const Error &) {
    }
    QStringList shown;
    for (const QJsonValue &g : value.toArray())
        shown << names.value(g.toString(), g.toString().section(u'/', -1));
    return shown.isEmpty() ? tr("(none)") : shown.join(QStringLiteral(", "));
}

void ContactPane::formMade(ChangeForm *form)
{
    if (auto *birthday = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("birthday"))))
        birthday->setPlaceholderText(tr("yyyy-mm-dd, or --mm-dd without the year"));
    for (const QString &field : {QStringLiteral("emails"), QStringLiteral("phones")})
        if (auto *list = qobject_cast<QPlainTextEdit *>(form->editor(field)))
            list->setPlaceholderText(tr("One a line"));
    if (QWidget *groups = form->editor(QStringLiteral("groups")))
        groups->setToolTip(tr("The contact groups it is in (Space ticks or unticks one)"));
    if (QWidget *organization = form->editor(QStringLiteral("organization")))
        organization->setToolTip(tr("The name of the contact's first organization"));
}

} // namespace cairn
