#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace cairn {

class PullsModel;
class ReadConnection;

// The GitHub page: a filter box, the pull requests of every configured repository (newest
// update first) and a count; double-clicking a row opens the pull on GitHub.
class PullsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PullsPage(ReadConnection &connection, QWidget *parent = nullptr);

    PullsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

    void setShowDeleted(bool show);
    void reload();

private:
    void updateCount();

    PullsModel *m_model;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    bool m_sized = false;
};

} // namespace cairn
