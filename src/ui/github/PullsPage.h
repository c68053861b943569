#pragma once
#include "ListPage.h"

class QLabel;
class QTextBrowser;

namespace cairn {

class PullsModel;
class ReadConnection;

// The GitHub page (ListPage): each repository's own status above the list, the filter box
// (full-text search), the pull requests of every configured repository (newest update first,
// any column sorts) and the selected pull in full — its body rendered from Markdown (no HTML,
// nothing loaded from the network, links inert) and its reviews. Double-clicking a row opens
// the pull on GitHub.
class PullsPage : public ListPage
{
    Q_OBJECT
public:
    explicit PullsPage(ReadConnection &connection, QWidget *parent = nullptr);

    PullsModel *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *repoStatus() const { return m_repos; }

    // Reads the cache again; the selected pull stays selected and the view does not jump.
    void reload();

protected:
    void showDetail(qint64 id) override;

private:
    PullsPage(ReadConnection &connection, PullsModel *model, QTextBrowser *detail, QWidget *parent);
    void updateRepoStatus();

    ReadConnection &m_connection;
    PullsModel *m_model;
    QTextBrowser *m_detail;
    QLabel *m_repos;
};

} // namespace cairn
