#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace cairn {

class PullsModel;
class ReadConnection;

// The GitHub page: each repository's own status, a filter box, the pull requests of every
// configured repository (newest update first, any column sorts) and the selected pull in
// full — its body rendered from Markdown (no HTML, nothing loaded from the network, links
// not followed) and its reviews. Double-clicking a row opens the pull on GitHub.
class PullsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PullsPage(ReadConnection &connection, QWidget *parent = nullptr);

    PullsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *repoStatus() const { return m_repos; }

    void setShowDeleted(bool show);
    void reload();

private:
    void updateCount();
    void showSelected();
    void updateRepoStatus();

    ReadConnection &m_connection;
    PullsModel *m_model;
    QLabel *m_repos;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_detail;
    bool m_sized = false;
};

} // namespace cairn
