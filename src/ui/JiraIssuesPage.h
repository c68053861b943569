#pragma once
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace cairn {

class JiraIssuesModel;
class ReadConnection;

// The Jira issues tab: each sync configuration's status, a filter box (full-text search),
// "Show deleted", the lazily loaded sortable table and the selected issue with its
// description rendered from ADF (nothing is loaded from the network, links do not open).
class JiraIssuesPage : public QWidget
{
    Q_OBJECT
public:
    explicit JiraIssuesPage(ReadConnection &connection, QWidget *parent = nullptr);

    JiraIssuesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Reads the cache again; the selected issue stays selected.
    void reload();

private:
    void showSelected();
    void updateStatus();

    ReadConnection &m_connection;
    JiraIssuesModel *m_model;
    QLabel *m_status;
    QLineEdit *m_filter;
    QCheckBox *m_showDeleted;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QTimer *m_filterDelay;
};

} // namespace cairn
