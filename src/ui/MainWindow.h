#pragma once
#include "SearchIndex.h"
#include "SyncRun.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QLineEdit;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cairn {

class AccountsDialog;
class PeoplePage;
class DemoSimulator;
class ErrorBanner;
class GlobalSearch;
class LocalChanges;
class ReadConnection;
class Sidebar;
class NotSetUpPage;
class SourcesModel;
class SyncHistoryModel;
class SyncHistoryPage;
class SyncSession;
class SyncStatusBar;
class WelcomePage;

// The window: the sidebar (its one navigation: each source, People, Sync history), the page
// of its current row (each source's from its views, src/ui/SourceViews.h; in a stack), the
// error banner and the sync status
// bar. Its geometry, splitters, columns and page are kept for the next start (WindowState). It reads through its own read-only
// connection and refreshes, at most every 300 ms, when the writer reports changes (a page
// whose source is syncing at most every 3 s).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SyncSession &session, DemoSimulator *demo = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sync as soon as the cache is open (demo mode).
    void setSyncWhenOpened(bool sync) { m_syncWhenOpened = sync; }
    // Syncs every source that is set up (with nothing chosen to sync missing); none else.
    void syncNow();
    void syncSource(const QString &source);
    void cancelAll();
    // The sources "Sync now" syncs.
    QStringList sourcesToSync() const;

    // The first page of a source that is a `Page` (ContactsPage, PullsPage…), else nullptr.
    template <class Page>
    Page *page() const
    {
        for (const View &v : m_views)
            if (auto *p = qobject_cast<Page *>(v.page))
                return p;
        return nullptr;
    }
    PeoplePage *peoplePage() const { return m_people; }
    QWidget *historyView() const;
    SyncHistoryPage *historyPage() const { return m_historyPage; }
    // Makes a source's row (or People's, Sync history's) the sidebar's current one: its page,
    // or the notice that it is not set up.
    void showSource(const QString &sourceOrPage);
    // The page of a source, or of SourcesModel::peoplePage() / historyPage().
    QWidget *pageOf(const QString &sourceOrPage) const;
    // The page shown (a source's, People, Sync history, the welcome or not-set-up page).
    QWidget *currentPage() const;
    Sidebar *sidebar() const { return m_sidebar; }
    // The one search box over every source (Ctrl+K); opening a result shows it in its page.
    GlobalSearch *globalSearch();
    QAction *searchAction() const { return m_search; }
    bool openItem(SearchIndex::Kind kind, qint64 id);
    SyncHistoryModel *historyModel() const { return m_history; }
    SourcesModel *sourcesModel() const { return m_sources; }
    ErrorBanner *errorBanner() const { return m_banner; }
    SyncStatusBar *syncStatusBar() const { return m_status; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *showDeletedAction() const { return m_showDeleted; }

    // Opens the settings dialog (File ▸ Settings…); settingsChanged() after OK.
    void openSettings();
    // Opens Settings where `source`'s choices are (GitHub's repositories, Jira's configurations).
    void openSettingsFor(const QString &source);
    // The welcome page: one card per service (shown at once when no account exists).
    void showWelcome();
    WelcomePage *welcomePage() const { return m_welcome; }
    // After sign-in: the repositories, workspace or projects to sync, picked from the service.
    void chooseWhatToSync(const QString &source);
    // File ▸ Accounts…, "Set up…", "Sign in…": the Accounts dialog, its form on `source`.
    AccountsDialog *openAccounts(const QString &source);
    AccountsDialog *accountsDialog() const { return m_accountsDialog; }
    QWidget *notSetUpPage() const;
    class SettingsDialog *settingsDialog() const { return m_settingsDialog; }

Q_SIGNALS:
    // After the views have been refreshed from the cache (tests wait for it).
    void refreshed();
    // The user saved the settings dialog: intervals, sources, start at login may have changed.
    void settingsChanged();
    // Accounts or settings changed which sources are set up (the schedule follows).
    void sourcesChanged();
    // The sidebar's context menu is open (tests choose from it).
    void sidebarMenuShown(QMenu *menu);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void setUpNetworkInformation();
    void onOpened();
    void onStoreChanged(const QString &what);
    void refreshNow();
    void onSyncStarted(const QString &source);
    void onProgress(const QString &source, qint64 done, qint64 total);
    void onSyncFinished(const SyncRun &run);
    void onSyncFailed(const QString &source, const QString &message);
    void onSourceSelected();
    // The button that answers a failed sync of `source` (none: "").
    std::pair<QString, std::function<void()>> wayOn(const QString &source);
    bool needsSignIn(const QString &source) const;
    void onAccountsChanged(const QString &added);
    void updateStatusLine();
    void updateActions();
    void showSidebarMenu(const QString &source, const QPoint &pos);
    void showPage(const QString &key);
    // The sidebar button of `source`: Sync, Sign in…, Set up… ("" while it syncs).
    QString actionText(const QString &source) const;
    void onSidebarAction(const QString &source);
    // Ctrl+F: the filter of the page shown.
    void focusFilter();
    // Enter on the sidebar: the page's list (or filter) takes the focus.
    void focusPage();
    void saveWindowState();
    QString selectedSource() const;
    bool anySyncing() const;
    // Reloads the shown page if it missed changes while hidden.
    void catchUp();
    // A source's page and what reloads it.
    struct View
    {
        QString key;    // the sidebar's row: a source, people or history
        QString source; // "" for a page that is no source
        QStringList changes; // the writer's change names that concern it
        QStringList detailChanges; // … that concern its detail pane alone
        QWidget *page = nullptr;
        std::function<void()> reload;
        std::function<void()> refreshDetail;
        std::function<QLineEdit *()> filter; // Ctrl+F
        std::function<QWidget *()> focus;    // Enter on the sidebar
        QElapsedTimer reloaded;
        bool stale = false; // changed while another page was shown: reloads when shown
    };
    View &addView(const QString &key, const QString &source, const QStringList &changes, QWidget *page,
                  std::function<void()> reload);
    // Each source's page from its views (SourceViews): its opener of each of its search kinds.
    void addSourcePages();

    SyncSession &m_session;
    DemoSimulator *m_demo;
    std::unique_ptr<ReadConnection> m_reader;
    LocalChanges *m_changes; // the outbox, for the pages that change items
    SourcesModel *m_sources = nullptr;
    SyncHistoryModel *m_history = nullptr;
    PeoplePage *m_people = nullptr;
    std::vector<View> m_views;
    ErrorBanner *m_banner = nullptr;
    SyncStatusBar *m_status = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    NotSetUpPage *m_notSetUpPage = nullptr;
    AccountsDialog *m_accountsDialog = nullptr;
    SyncHistoryPage *m_historyPage = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_showDeleted = nullptr;
    QAction *m_search = nullptr;
    GlobalSearch *m_globalSearch = nullptr;
    class SettingsDialog *m_settingsDialog = nullptr;
    WelcomePage *m_welcome = nullptr;
    QHash<int, std::function<bool(qint64)>> m_openers; // by SearchIndex::Kind
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    QSet<QString> m_pendingChanges;
    bool m_syncWhenOpened = false;
    bool m_stateSaved = false;
};

} // namespace cairn
