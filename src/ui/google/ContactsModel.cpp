#include "ContactsModel.h"
#include "ChangeStatus.h"
#include "Outbox.h"
#include "Settings.h"
#include "Words.h"

#include <QApplication>
#include <QPalette>

namespace cairn {

namespace {
// Past the columns: the contact's resource name, the state of its changes not sent (none: null).
constexpr int ResourceName = ContactsModel::ColumnCount;
constexpr int Open = ContactsModel::ColumnCount + 1;

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
    // Those changed in Cairn and not yet in Google.
    const QHash<std::pair<QString, QString>, OutboxState> open = OutboxRepo::openItems(db, QStringLiteral("google"));
    return rowsOf(ContactsQuery::rows(db, ids), [&open](const ContactsQuery::Row &c) {
        const auto state = open.constFind({c.account, c.resourceName});
        return Row{.deleted = c.deleted,
                   .values = {c.name, c.email, c.phone, c.organization, c.account, c.resourceName,
                              state == open.cend() ? QVariant() : QVariant(int(*state))}};
    });
}

std::optional<OutboxState> ContactsModel::openChangesAt(int row) const
{
    const Row *r = rowAt(row);
    if (!r || r->values.value(Open).isNull())
        return std::nullopt;
    return OutboxState(r->values.value(Open).toInt());
}

QString ContactsModel::resourceNameAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->values.value(ResourceName).toString() : QString();
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
            QString shown = name.isEmpty() && !title.isEmpty() ? tr("%1 (no name)").arg(title) : name;
            if (!shown.isEmpty() && r.deleted)
                shown = tr("%1 (deleted)").arg(shown);
            if (!r.values.value(Open).isNull())
                shown += QStringLiteral("\n") + ChangeStatus::itemTip(OutboxState(r.values.value(Open).toInt()), Settings::displayName(QStringLiteral("google")));
            return shown.trimmed().isEmpty() ? QVariant() : shown.trimmed();
        }
        return r.values.value(column);
    }
    if (role == Qt::DecorationRole && column == Name && !r.values.value(Open).isNull()) // changed in Cairn: not in Google yet
        return ChangeStatus::icon(OutboxState(r.values.value(Open).toInt()));
    if (role == Qt::ForegroundRole && column == Name && name.isEmpty())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

} // namespace cairn
