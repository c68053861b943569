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

    // Each configuration's status, above the list.
    QLabel *statusLabel() const { return statusLine(); }

protected:
    void showDetail(qint64 id) override;
    QString statusText() override;

private:
    // The issue's page in Jira, on the site its configuration synced from; empty when unknown.
    static QUrl issueUrl(const QString &siteOfConfig, const JiraIssue &issue);
};

} // namespace cairn
