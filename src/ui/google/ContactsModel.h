#pragma once
#include "google/ContactsQuery.h"
#include "LazySqlModel.h"
#include "Outbox.h"

#include <optional>

namespace cairn {

// The contacts of every Google account as a table (LazySqlModel over ContactsQuery): sorted
// by name, or by the clicked column; filtered through the full-text index.
class ContactsModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, Organization, Account, ColumnCount };
    static constexpr int ContactIdRole = ItemIdRole;

    explicit ContactsModel(ReadConnection &connection, QObject *parent = nullptr);

    qint64 contactIdAt(int row) const { return idAt(row); }
    int rowOfContact(qint64 id) { return rowOfId(id); }
    QString resourceNameAt(int row) const;
    // The state of the contact's changes not yet in Google (none: nullopt).
    std::optional<OutboxState> openChangesAt(int row) const;

protected:
    ListQuery &query() override { return m_query; }
    const ListQuery &query() const override { return m_query; }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;

private:
    ContactsQuery m_query;
};

} // namespace cairn
