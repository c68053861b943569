#pragma once
#include "ListPage.h"

class QLabel;

namespace cairn {

class PullsModel;

// The GitHub page (ListPage): each repository's own status above the list, the filter box
// (full-text search), the pull requests of every configured repository (newest update first,
// any column sorts) and the selected pull in full — its body rendered from Markdown (no HTML,
// nothing loaded from the network, links inert) and its reviews. Double-clicking a row opens
// the pull on GitHub.
class PullsPage : public TextListPage<PullsModel>
{
    Q_OBJECT
public:
    explicit PullsPage(ReadConnection &connection, QWidget *parent = nullptr);

    // Each repository's status, above the list.
    QLabel *repoStatus() const { return statusLine(); }

protected:
    void showDetail(qint64 id) override;
    QString statusText() override;
};

} // namespace cairn
