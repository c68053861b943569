#pragma once
#include "ListPage.h"

class QTextBrowser;

namespace cairn {

class MergeRequestsModel;
class ReadConnection;

// The GitLab page (ListPage): the filter box (full-text search), the merge requests of every
// configured project (newest update first, any column sorts) and the selected one in full —
// its project and !iid, state, people, labels, approvals and comments, its description
// rendered from Markdown (no HTML, nothing loaded from the network, links inert) and a link
// that opens it in GitLab. Double-clicking a row opens it in GitLab too.
class MergeRequestsPage : public ListPage
{
    Q_OBJECT
public:
    explicit MergeRequestsPage(ReadConnection &connection, QWidget *parent = nullptr);

    MergeRequestsModel *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }

protected:
    void showDetail(qint64 id) override;

private:
    MergeRequestsPage(ReadConnection &connection, MergeRequestsModel *model, QTextBrowser *detail, QWidget *parent);

    ReadConnection &m_connection;
    MergeRequestsModel *m_model;
    QTextBrowser *m_detail;
};

} // namespace cairn
