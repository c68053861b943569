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

    QLabel *repoStatus() const { return m_repos; }

    // Reads the cache again; the selected pull stays selected and the view does not jump.
    void reload();

protected:
    void showDetail(qint64 id) override;

private:
    void updateRepoStatus();

    QLabel *m_repos;
};

} // namespace cairn
