#include "ContactsModel.h"
#include "Words.h"

#include <QApplication>
#include <QPalette>

namespace cairn {

namespace {
// A contact's title (words::contactTitle) from its row's values.
QString titleOf(const LazySqlModel::Row &r)
{
    return words::contactTitle(r.values.value(ContactsModel::Name).toString(), r.values.value(ContactsModel::Email).toString(),
                               r.values.value(ContactsModel::Organization).toString(), r.values.value(ContactsModel::Phone).toString());
}
} // namespace

ContactsModel::ContactsModel(ReadConnection &connection, QObject *parent)
    : LazySqlModel(connection,
                   {{QT_TRANSLATE_NOOP("cairn::ContactsModel", "Name"), ContactsQuery::Name},
                     {QT_TRANSLATE_NOOP("cairn::ContactsModel", "E-mail"), ContactsQuery::Email},
                     {QT_TRANSLATE_NOOP("cairn::ContactsModel", "Phone"), ContactsQuery::Phone},
                     {QT_TRANSLATE_NOOP("cairn::ContactsModel", "Organization"), ContactsQuery::Organization},
                     {nullptr, ContactsQuery::Account}},
                   parent)
{
}

QHash<qint64, LazySqlModel::Row> ContactsModel::loadRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    QHash<qint64, Row> byId;
    const QHash<qint64, ContactsQuery::Row> rows = ContactsQuery::rows(db, ids);
    for (const ContactsQuery::Row &c : rows) {
        Row r;
        r.id = c.id;
        r.values = {c.name, c.email, c.phone, c.organization, c.account};
        r.deleted = c.deleted;
        byId.insert(r.id, r);
    }
    return byId;
}

QVariant ContactsModel::display(const Row &r, int column) const
{
    if (column == Name && r.values.value(Name).toString().isEmpty()) {
        const QString title = titleOf(r);
        return title.isEmpty() ? tr("(no name)") : title;
    }
    return LazySqlModel::display(r, column);
}

QVariant ContactsModel::extraData(const Row &r, int column, int role) const
{
    const QString name = r.values.value(Name).toString();
    if (role == Qt::ToolTipRole) {
        if (column == Name) {
            const QString title = titleOf(r);
            const QString shown = name.isEmpty() && !title.isEmpty() ? tr("%1 (no name)").arg(title) : name;
            return shown.isEmpty() ? QVariant() : r.deleted ? tr("%1 (deleted)").arg(shown) : shown;
        }
        return r.values.value(column);
    }
    if (role == Qt::ForegroundRole && column == Name && name.isEmpty())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

} // namespace cairn
