#pragma once
#include "ListPage.h"

#include <QUrl>

class QLabel;
class QTextBrowser;

namespace cairn {

class JiraIssuesModel;
class ReadConnection;
struct JiraIssue;

// The Jira issues page (ListPage): each sync configuration's status above the list, the
// filter box (full-text search), the lazily loaded sortable table and the selected issue
// with its description rendered from ADF (nothing loaded from the network, links inert).
class JiraIssuesPage : public ListPage
{
    Q_OBJECT
public:
    explicit JiraIssuesPage(ReadConnection &connection, QWidget *parent = nullptr);

    JiraIssuesModel *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }

    // Reads the cache again; the selected issue stays selected and the view does not jump.
    void reload();

protected:
    void showDetail(qint64 id) override;

private:
    JiraIssuesPage(ReadConnection &connection, JiraIssuesModel *model, QTextBrowser *detail, QWidget *parent);
    void updateStatus();
    // The issue's page in Jira, on the site its configuration synced from; empty when unknown.
    static QUrl issueUrl(const QString &siteOfConfig, const JiraIssue &issue);

    ReadConnection &m_connection;
    JiraIssuesModel *m_model;
    QTextBrowser *m_detail;
    QLabel *m_status;
};

} // namespace cairn
