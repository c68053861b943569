#include "MainWindow.h"
#include "ContactDetailView.h"
#include "ContactsModel.h"
#include "ContactsPage.h"
#include "JiraIssuesPage.h"
#include "DemoSimulator.h"
#include "ErrorBanner.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "SourceDelegate.h"
#include "SourceRegistry.h"
#include "SourcesModel.h"
#include "SyncHistoryModel.h"
#include "SyncSession.h"
#include "SyncStatusBar.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QNetworkInformation>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cairn {

namespace {
const QString kGoogle = QStringLiteral("google");
constexpr int kRefreshMs = 300;
constexpr qint64 kReloadDuringSyncMs = 3000;
} // namespace

MainWindow::MainWindow(SyncSession &session, DemoSimulator *demo, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_demo(demo)
    , m_reader(std::make_unique<ReadConnection>(session.databasePath()))
    , m_refreshTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demo ? tr("Demo — data from the built-in simulator") : tr("Contacts"));
    resize(1180, 720);
    m_sources = new SourcesModel(*m_reader, SourceRegistry::implemented(), this);
    m_history = new SyncHistoryModel(*m_reader, this);
    buildActions();
    buildLayout();
    setUpNetworkInformation();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshNow);
    m_clockTimer->setInterval(30'000); // "synced 5 min ago" keeps counting
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_sources->reload();
        updateStatusLine();
    });
    m_clockTimer->start();

    connect(&m_session, &SyncSession::opened, this, &MainWindow::onOpened);
    connect(&m_session, &SyncSession::openFailed, this, [this](const QString &message) {
        m_banner->showError(tr("Cannot open the cache: %1").arg(message));
        updateActions();
    });
    connect(&m_session, &SyncSession::storeChanged, this, &MainWindow::onStoreChanged);
    connect(&m_session, &SyncSession::syncStarted, this, &MainWindow::onSyncStarted);
    connect(&m_session, &SyncSession::progress, this, &MainWindow::onProgress);
    connect(&m_session, &SyncSession::syncFinished, this, &MainWindow::onSyncFinished);
    connect(&m_session, &SyncSession::syncFailed, this, &MainWindow::onSyncFailed);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_banner->hide();
        if (m_session.isOpen())
            syncNow();
        else
            m_session.open();
    });
    connect(m_status, &SyncStatusBar::cancelRequested, this, [this] { m_session.cancel(kGoogle); });

    // Browse what is cached right away, before the writer has opened (it may wait for a lock).
    if (m_reader->ensureOpen())
        refreshNow();
    updateStatusLine();
    updateActions();
    if (m_session.isOpen())
        onOpened();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_syncNow = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Sync now"), this);
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncNow->setToolTip(tr("Fetch what changed in Google Contacts (Ctrl+R)"));
    connect(m_syncNow, &QAction::triggered, this, &MainWindow::syncNow);

    m_cancel = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel sync"), this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape | Qt::SHIFT));
    connect(m_cancel, &QAction::triggered, this, [this] { m_session.cancel(kGoogle); });

    m_showDeleted = new QAction(tr("Show &deleted"), this);
    m_showDeleted->setCheckable(true);
    m_showDeleted->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_showDeleted->setToolTip(tr("Also list contacts deleted in Google Contacts (greyed)"));

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_syncNow);
    file->addAction(m_cancel);
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showDeleted);
    if (m_demo) {
        QMenu *demo = menuBar()->addMenu(tr("&Demo"));
        QAction *changes = demo->addAction(tr("Simulate &changes"));
        changes->setToolTip(tr("Let the simulator add, change and delete a few contacts; then sync to see them arrive"));
        connect(changes, &QAction::triggered, m_demo, [this] { m_demo->simulateChanges(6); });
        connect(m_demo, &DemoSimulator::changesMade, this, [this](const QStringList &touched) {
            statusBar()->showMessage(tr("The simulator changed %n contact(s) — press Sync now", nullptr,
                                        int(touched.size())), 8000);
        });
    }

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_syncNow);
    bar->addSeparator();
    bar->addAction(m_showDeleted);
}

void MainWindow::buildLayout()
{
    m_banner = new ErrorBanner(this);
    m_sidebar = new QListView(this);
    m_sidebar->setModel(m_sources);
    m_sidebar->setItemDelegate(new SourceDelegate(m_sidebar));
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setAccessibleName(tr("Sources"));
    m_sidebar->setMinimumWidth(190);
    m_sidebar->setMaximumWidth(280);
    m_sidebar->setCurrentIndex(m_sources->index(m_sources->rowOf(kGoogle)));
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSourceSelected);

    m_contacts = new ContactsPage(*m_reader, this);
    connect(m_showDeleted, &QAction::toggled, m_contacts, &ContactsPage::setShowDeleted);

    m_historyView = new QTableView(this);
    m_historyView->setModel(m_history);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setShowGrid(false);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_historyView->setAccessibleName(tr("Sync history"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_tabs->addTab(m_historyView, tr("Sync &history"));
    auto *jiraIssues = new JiraIssuesPage(*m_reader, this); // (the lead re-wires pages per source)
    m_tabs->addTab(jiraIssues, tr("&Jira issues"));
    connect(this, &MainWindow::refreshed, jiraIssues, &JiraIssuesPage::reload);

    m_notSetUpPage = new QLabel(this);
    static_cast<QLabel *>(m_notSetUpPage)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_notSetUpPage)->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(m_notSetUpPage);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({210, 970});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new SyncStatusBar(this);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::setUpNetworkInformation()
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance()) {
        m_status->setOnline(true); // no backend: assume online, a sync says so if not
        return;
    }
    auto *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability r) {
        m_status->setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    apply(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
}

void MainWindow::onOpened()
{
    m_reader->ensureOpen();
    m_pendingChanges << QStringLiteral("contacts") << QStringLiteral("runs");
    refreshNow();
    updateActions();
    if (m_syncWhenOpened) {
        m_syncWhenOpened = false;
        syncNow();
    }
}

void MainWindow::syncNow()
{
    if (m_session.isSyncing(kGoogle))
        return;
    m_banner->hide();
    m_session.syncNow(kGoogle, SyncMode::Auto);
    updateActions();
}

void MainWindow::onStoreChanged(const QString &what)
{
    m_pendingChanges.insert(what);
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MainWindow::refreshNow()
{
    m_refreshTimer->stop();
    const QSet<QString> changes = std::exchange(m_pendingChanges, {});
    if (!m_reader->ensureOpen()) {
        updateStatusLine();
        Q_EMIT refreshed();
        return;
    }
    const bool contactsChanged = changes.isEmpty() || changes.contains(QStringLiteral("contacts"));
    if (contactsChanged && m_session.isSyncing(kGoogle) && m_contactsReloaded.isValid()
        && m_contactsReloaded.elapsed() < kReloadDuringSyncMs) {
        // A big sync commits a page every few hundred ms: reloading the list each time would keep
        // the window busy. Show its progress every few seconds; onSyncFinished reloads at the end.
        m_pendingChanges.insert(QStringLiteral("contacts"));
        m_refreshTimer->start(int(kReloadDuringSyncMs - m_contactsReloaded.elapsed()));
    } else if (contactsChanged) {
        m_contacts->reload();
        m_contactsReloaded.start();
    }
    else if (changes.contains(QStringLiteral("contact groups")))
        m_contacts->detail()->refresh();
    m_history->reload();
    if (!m_historySized && m_history->rowCount() > 0) {
        m_historySized = true;
        m_historyView->resizeColumnsToContents();
        for (int c = 0; c < SyncHistoryModel::ErrorText; ++c)
            m_historyView->setColumnWidth(c, qMin(m_historyView->columnWidth(c) + 16, 220));
    }
    m_sources->reload();
    updateStatusLine();
    Q_EMIT refreshed();
}

void MainWindow::onSyncStarted(const QString &source)
{
    m_sources->setProgress(source, 0, 0);
    m_status->showProgress(tr("%1 — starting…").arg(Settings::displayName(source)), 0, 0);
    updateActions();
}

void MainWindow::onProgress(const QString &source, qint64 done, qint64 total)
{
    m_sources->setProgress(source, done, total);
    m_status->showProgress(m_sources->statusLine(source), done, total);
}

void MainWindow::onSyncFinished(const SyncRun &run)
{
    m_sources->clearProgress(run.source);
    m_status->hideProgress();
    if (run.status == QLatin1String("ok"))
        m_banner->hide();
    m_pendingChanges << QStringLiteral("contacts") << QStringLiteral("runs");
    refreshNow();
    updateActions();
    if (run.status == QLatin1String("ok"))
        statusBar()->showMessage(tr("%1: %n change(s)", nullptr, run.created + run.updated + run.deleted)
                                     .arg(Settings::displayName(run.source)), 6000);
}

void MainWindow::onSyncFailed(const QString &source, const QString &message)
{
    m_sources->clearProgress(source);
    m_status->hideProgress();
    QString line = message.isEmpty() ? tr("%1: the sync failed").arg(Settings::displayName(source)) : message;
    line[0] = line[0].toUpper();
    m_banner->showError(line);
    m_sources->reload();
    updateStatusLine();
    updateActions();
}

void MainWindow::onSourceSelected()
{
    const QString source = m_sidebar->currentIndex().data(SourcesModel::SourceRole).toString();
    if (source.isEmpty() || source == kGoogle) {
        m_pages->setCurrentWidget(m_tabs);
        return;
    }
    static_cast<QLabel *>(m_notSetUpPage)->setText(
        tr("%1 is not set up yet.\nCairn will cache it here once it is configured.").arg(Settings::displayName(source)));
    m_pages->setCurrentWidget(m_notSetUpPage);
}

void MainWindow::updateStatusLine()
{
    if (m_session.isSyncing(kGoogle))
        return; // the progress line is current
    m_status->setStatusLine(m_sources->statusLine(kGoogle));
}

void MainWindow::updateActions()
{
    const bool syncing = m_session.isSyncing(kGoogle);
    m_syncNow->setEnabled(!syncing);
    m_cancel->setEnabled(syncing);
}

} // namespace cairn
