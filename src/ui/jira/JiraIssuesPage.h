#pragma once
#include "ListPage.h"

#include <QUrl>

class QLabel;

namespace cairn {

class JiraIssuesModel;
struct JiraIssue;

// The Jira issues page (ListPage): each sync configuration's status above the list, the
// filter box (full-text search), the lazily loaded sortable table and the selected issue
// with its description rendered from ADF (nothing loaded from the network, links inert).
class JiraIssuesPage : public TextListPage<JiraIssuesModel>
{
    Q_OBJECT
public:
    explicit JiraIssuesPage(ReadConnection &connection, QWidget *parent = nullptr);

    QLabel *statusLabel() const { return m_status; }

    // Reads the cache again; the selected issue stays selected and the view does not jump.
    void reload();

protected:
    void showDetail(qint64 id) override;

private:
    void updateStatus();
    // The issue's page in Jira, on the site its configuration synced from; empty when unknown.
    static QUrl issueUrl(const QString &siteOfConfig, const JiraIssue &issue);

    QLabel *m_status;
};

} // namespace cairn
