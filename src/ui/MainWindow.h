#pragma once
#include "SyncRun.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QListView;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace cairn {

class ContactsPage;
class PullsPage;
class DemoSimulator;
class ErrorBanner;
class ReadConnection;
class SourcesModel;
class SyncHistoryModel;
class SyncSession;
class SyncStatusBar;

// The window: sources in a sidebar, the Contacts and Sync history tabs, the error banner
// and the sync status bar. It reads through its own read-only connection and refreshes,
// at most every 300 ms, when the writer reports changes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SyncSession &session, DemoSimulator *demo = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sync as soon as the cache is open (demo mode).
    void setSyncWhenOpened(bool sync) { m_syncWhenOpened = sync; }
    void syncNow();

    ContactsPage *contactsPage() const { return m_contacts; }
    PullsPage *pullsPage() const { return m_pulls; }
    SyncHistoryModel *historyModel() const { return m_history; }
    SourcesModel *sourcesModel() const { return m_sources; }
    ErrorBanner *errorBanner() const { return m_banner; }
    SyncStatusBar *syncStatusBar() const { return m_status; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *showDeletedAction() const { return m_showDeleted; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // After the views have been refreshed from the cache (tests wait for it).
    void refreshed();

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
    void updateStatusLine();
    void updateActions();

    SyncSession &m_session;
    DemoSimulator *m_demo;
    std::unique_ptr<ReadConnection> m_reader;
    SourcesModel *m_sources = nullptr;
    SyncHistoryModel *m_history = nullptr;
    ContactsPage *m_contacts = nullptr;
    PullsPage *m_pulls = nullptr;
    ErrorBanner *m_banner = nullptr;
    SyncStatusBar *m_status = nullptr;
    QListView *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_notSetUpPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_historyView = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_showDeleted = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QElapsedTimer m_contactsReloaded; // since the contact list last reloaded
    QTimer *m_clockTimer = nullptr;
    QSet<QString> m_pendingChanges;
    bool m_syncWhenOpened = false;
    bool m_historySized = false;
};

} // namespace cairn
