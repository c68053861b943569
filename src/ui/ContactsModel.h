#pragma once
#include "LazySqlModel.h"

namespace cairn {

// The contacts of the cache as a table (LazySqlModel): sorted by name, or by the clicked
// column; filtered through the full-text index.
class ContactsModel : public LazySqlModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, Organization, ColumnCount };
    static constexpr int ContactIdRole = ItemIdRole;

    explicit ContactsModel(ReadConnection &connection, QObject *parent = nullptr);

    qint64 contactIdAt(int row) const { return idAt(row); }
    int rowOfContact(qint64 id) { return rowOfId(id); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString idQuery(QVariantList &binds) override;
    QString itemTable() const override { return QStringLiteral("contacts"); }
    QHash<qint64, Row> loadRows(QSqlDatabase &db, const QList<qint64> &ids) override;
    QVariant display(const Row &row, int column) const override;
    QVariant extraData(const Row &row, int column, int role) const override;
};

} // namespace cairn
