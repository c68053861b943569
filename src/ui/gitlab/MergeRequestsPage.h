#pragma once
#include "ListPage.h"


namespace cairn {

class MergeRequestsModel;

// The GitLab page (ListPage): the filter box (full-text search), the merge requests of every
// configured project (newest update first, any column sorts) and the selected one in full —
// its project and !iid, state, people, labels, approvals and comments, its description
// rendered from Markdown (no HTML, nothing loaded from the network, links inert) and a link
// that opens it in GitLab. Double-clicking a row opens it in GitLab too.
class MergeRequestsPage : public TextListPage<MergeRequestsModel>
{
    Q_OBJECT
public:
    explicit MergeRequestsPage(ReadConnection &connection, QWidget *parent = nullptr);


protected:
    void showDetail(qint64 id) override;

private:

};

} // namespace cairn
