#pragma once
#include "Contact.h"
#include "ListQuery.h"

namespace cairn {

// The contacts list (and People's): the contacts of every Google account, by name (the
// locale's order, the nameless ones last: ContactsRepo::sortKey) or another column.
class ContactsQuery : public ListQuery
{
public:
    enum Order { Name, Email, Phone, Organization, Account };

    struct Row
    {
        qint64 id = 0;
        QString account;
        QString name;
        QString email;
        QString phone;
        QString organization;
        bool deleted = false;
        QString resourceName; // the window marks a contact with changes not sent (by it)
    };

    ListCursor cursor() const override;
    // The rows of `ids` (any order; ids no longer there are missing). Throws cairn::Error.
    static QHash<qint64, Row> rows(QSqlDatabase &db, const QList<qint64> &ids);

    // One contact with all its parts, the account it is of and the names of that account's
    // contact groups; an empty resourceName when there is no such contact. Throws cairn::Error.
    struct Card
    {
        Contact contact;
        QString account;
        QHash<QString, QString> groupNames; // resource name → name
    };
    static Card card(QSqlDatabase &db, qint64 id);

protected:
    QString table() const override { return QStringLiteral("contacts"); }
};

} // namespace cairn
