#pragma once
#include "ItemPane.h"

namespace cairn {

class ContactDetailView;

// The Contacts page's contact pane (ItemPane): the contact in full (ContactDetailView) and,
// when writing to Google is on (`google.write`), Edit of its names, e-mail addresses, phone
// numbers (one a line), organization, birthday, contact groups (ticked in a list) and note;
// Delete… (asked first).
class ContactPane : public ItemPane
{
    Q_OBJECT
public:
    explicit ContactPane(ReadConnection &connection, QWidget *parent = nullptr);

    ContactDetailView *view() const { return m_view; }
    void refresh() override;

    // A contact's fields as the window names them, by the names of `cairn export`.
    static QHash<QString, QString> fieldLabels();
    // The editors of its fields, in order (a new contact's: no birthday).
    static QList<FieldEditor> fieldEditors(bool create);

protected:
    std::optional<Item> itemOf(qint64 id) override;
    QList<FieldEditor> editorsFor(const QJsonObject &values) override;
    void formMade(ChangeForm *form) override;
    QString valueText(const QString &field, const QJsonValue &value) const override;

private:

    ContactDetailView *m_view;
};

} // namespace cairn
