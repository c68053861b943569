#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace cairn {

class ContactDetailView;
class ContactsModel;
class ReadConnection;

// The Contacts tab: a filter box (full-text search), the lazily loaded table and the detail
// pane of the selected contact. Reloads keep the selection and the scroll position.
class ContactsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsPage(ReadConnection &connection, QWidget *parent = nullptr);

    ContactsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ContactDetailView *detail() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }

    void setShowDeleted(bool show);
    // Reads the cache again; the selected contact stays selected and the view does not jump.
    void reload();
    // Selects a contact by id (loading rows up to it); false when it is not listed.
    bool selectContact(qint64 id);
    qint64 selectedContactId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void onCurrentChanged();
    void updateEmptyState();
    void updateCount();

    ContactsModel *m_model;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_empty;
    ContactDetailView *m_detail;
    QSplitter *m_splitter;
    QTimer *m_filterDelay;
    bool m_restoring = false;
};

} // namespace cairn
