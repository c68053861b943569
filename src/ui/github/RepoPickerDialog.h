#pragma once
#include <QCoroTask>
#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace cairn {

class Cancellation;
class SyncEngine;
namespace github {
struct RepoChoice;
}

// Settings › Syncing › Choose…: the GitHub repositories the signed-in account can see
// (GET /user/repos, every page, through the engine's HttpClient with the account's
// credentials), most recently pushed first, each with a checkbox — the ones already in the
// box ticked —, a search that filters as you type and a count. Loading never blocks the
// window and Cancel stops it; without an account or a network it says so in one sentence.
class RepoPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `chosen`: the repositories in the box now ("owner/name").
    RepoPickerDialog(SyncEngine &engine, QUrl apiBase, QStringList chosen, QWidget *parent = nullptr);
    ~RepoPickerDialog() override;

    // The ticked repositories: those of the box that stay ticked in its order, then the newly
    // ticked ones in the list's order.
    QStringList chosen() const;
    bool isLoading() const { return m_loading; }
    // What the dialog says above the list ("" when the list is there).
    QString message() const;

    void reject() override; // Cancel: also while loading

Q_SIGNALS:
    // The list is there, or message() says why not.
    void loaded();

private:
    static QCoro::Task<> fetch(QPointer<RepoPickerDialog> self, SyncEngine *engine, QUrl apiBase);
    void addRepos(const QList<github::RepoChoice> &repos);
    void finishLoading(const QString &problem);
    void updateCount();

    QStringList m_initial;
    bool m_loading = true;
    QPointer<Cancellation> m_cancel;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace cairn
