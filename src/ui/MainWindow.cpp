#include "MainWindow.h"
#include "AccountsDialog.h"
#include "DemoSimulator.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "ListPage.h"
#include <QListView>
#include <QDir>
#include "ErrorBanner.h"
#include "GlobalSearch.h"
#include "LocalChanges.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Account.h"
#include "Autostart.h"
#include "AboutDialog.h"
#include "NotSetUpPage.h"
#include "Sidebar.h"
#include "WindowState.h"
#include "SourceRegistry.h"
#include "SourceViews.h"
#include "SourcesModel.h"
#include "SyncHistoryModel.h"
#include "SyncHistoryPage.h"
#include "SyncSession.h"
#include "SyncStatusBar.h"
#include "WindowText.h"
#include "SyncChoices.h"
#include "ServiceCard.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QNetworkInformation>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cairn {

namespace {
constexpr int kRefreshMs = 300;
constexpr qint64 kReloadDuringSyncMs = 3000;
} // namespace

MainWindow::MainWindow(SyncSession &session, DemoSimulator *demo, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_demo(demo)
    , m_reader(std::make_unique<ReadConnection>(session.databasePath()))
    , m_changes(new LocalChanges(session.writer(), session.settings(), this))
    , m_refreshTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demo ? tr("Demo — data from the built-in simulator") : QString());
    resize(1180, 720);
    m_sources = new SourcesModel(*m_reader, SourceRegistry::implemented(), this);
    m_sources->setAccountsFrom(&m_session.settings());
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
    // A run waiting (GitHub's quota until 14:05) says so in the status bar until it goes on.
    connect(&m_session, &SyncSession::statusText, this, [this](const QString &source, const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(QStringLiteral("%1: %2").arg(Settings::displayName(source), text));
    });
    connect(&m_session, &SyncSession::syncFinished, this, &MainWindow::onSyncFinished);
    connect(&m_session, &SyncSession::syncFailed, this, &MainWindow::onSyncFailed);
    // Every account of the source is done only now (syncFinished comes once per account, while
    // the source still counts as syncing): Sync now and the status line follow.
    connect(&m_session, &SyncSession::sourceDone, this, [this] {
        updateActions();
        updateStatusLine();
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_banner->hide();
        if (m_session.isOpen())
            syncNow();
        else
            m_session.open();
    });
    connect(m_status, &SyncStatusBar::cancelRequested, this, &MainWindow::cancelAll);

    // Browse what is cached right away, before the writer has opened (it may wait for a lock).
    if (m_reader->ensureOpen())
        refreshNow();
    // As it was when it closed: geometry, splitters, columns, the page (else the first source's); a
    // source nobody set up shows its "Set up…" page.
    const QString lastPage = windowstate::restore(this, m_session.settings());
    showSource(m_sources->rowOf(lastPage) >= 0 ? lastPage : SourceRegistry::implemented().value(0));
    // The first run: nothing set up and nothing cached — nothing to show yet but the way in.
    // (A cache whose accounts are gone still opens on its data.)
    bool anything = !AccountStore(m_session.settings()).all().isEmpty();
    for (const QString &source : SourceRegistry::implemented())
        anything = anything || m_session.settings().isSetUp(source) || m_sources->stateOf(source).lastSyncAt.isValid();
    if (!demo && !anything)
        showWelcome();
    updateStatusLine();
    updateActions();
    if (m_session.isOpen())
        onOpened();
}

MainWindow::~MainWindow()
{
    saveWindowState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState()
{
    if (m_stateSaved)
        return;
    m_stateSaved = true;
    windowstate::save(this, m_session.settings(), m_sidebar->current());
}

void MainWindow::buildLayout()
{
    m_banner = new ErrorBanner(this);
    m_sources->setActionText([this](const QString &source) { return actionText(source); });
    m_sidebar = new Sidebar(m_sources, this);
    connect(m_sidebar, &Sidebar::pageChosen, this, &MainWindow::showPage);
    connect(m_sidebar, &Sidebar::menuRequested, this, &MainWindow::showSidebarMenu);
    connect(m_sidebar, &Sidebar::actionRequested, this, &MainWindow::onSidebarAction);
    connect(m_sidebar, &Sidebar::entered, this, &MainWindow::focusPage);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    addSourcePages();
    m_people = new PeoplePage(*m_reader, m_session.settings(), this);
    connect(m_people->person(), &PersonView::openRequested, this, &MainWindow::openItem);
    // Not a source: everything a person did anywhere.
    QStringList everything;
    for (const SourceViews *views : SourceViews::all())
        everything << views->changes;
    addView(SourcesModel::peoplePage(), QString(), everything, m_people, [this] { m_people->reload(); });

    m_historyPage = new SyncHistoryPage(m_history, this);
    m_historyPage->setObjectName(QStringLiteral("page-history"));
    m_historyPage->setSourceOrder(Settings::sources()); // the sidebar's
    m_pages->addWidget(m_historyPage);

    m_notSetUpPage = new NotSetUpPage(this);
    connect(m_notSetUpPage, &NotSetUpPage::setUpRequested, this, &MainWindow::openAccounts);
    m_pages->addWidget(m_notSetUpPage);
    m_welcome = new WelcomePage(m_session.settings(), SourceRegistry::implemented(), this);
    m_pages->addWidget(m_welcome);
    for (ServiceCard *card : m_welcome->cards()) {
        connect(card, &ServiceCard::signedIn, this, [this](const QString &source) {
            onAccountsChanged(source); // syncs it at once, unless something must be chosen first
            if (m_session.needsChoice(source))
                chooseWhatToSync(source);
        });
        connect(card, &ServiceCard::chooseRequested, this, &MainWindow::chooseWhatToSync);
        connect(card, &ServiceCard::openRequested, this, &MainWindow::showSource);
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_sidebar->sizeHint().width(), 1180 - m_sidebar->sizeHint().width()});

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
    refreshNow(); // everything
    updateActions();
    if (m_syncWhenOpened) {
        m_syncWhenOpened = false;
        syncNow();
    }
}

// Each source's page, as its views build it (a source without views has none: its row shows
// that it has no page in this version); a search hit of its kinds opens there.
void MainWindow::addSourcePages()
{
    for (const QString &source : SourceRegistry::implemented()) {
        const SourceViews *views = SourceViews::find(source);
        if (!views || !views->page)
            continue;
        const SourcePage p = views->page(*m_reader, m_session.settings(), this);
        View &v = addView(source, source, views->changes, p.widget, p.reload);
        v.detailChanges = views->detailChanges;
        v.refreshDetail = p.refreshDetail;
        v.filter = p.filter;
        v.focus = p.focus;
        if (p.setShowDeleted)
            connect(m_showDeleted, &QAction::toggled, p.widget, p.setShowDeleted);
        if (p.useChanges)
            p.useChanges(*m_changes);
        if (auto *list = qobject_cast<ListPage *>(p.widget)) // its empty state's button: where its choices are
            connect(list, &ListPage::emptyActionRequested, this, [this, source] { openSettingsFor(source); });
        for (const SourceViews::SearchKind &k : views->searchKinds)
            m_openers.insert(int(k.kind), [this, source, open = p.open, kind = k.kind](qint64 id) {
                showSource(source);
                return open && open(kind, id);
            });
    }
}

MainWindow::View &MainWindow::addView(const QString &key, const QString &source, const QStringList &changes, QWidget *page,
                                      std::function<void()> reload)
{
    View v;
    v.key = key;
    v.source = source;
    v.changes = changes;
    v.page = page;
    v.reload = std::move(reload);
    page->setObjectName(QStringLiteral("page-") + key); // (its splitters and columns are kept by this name)
    m_pages->addWidget(page);
    m_views.push_back(std::move(v));
    return m_views.back();
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

QWidget *MainWindow::notSetUpPage() const
{
    return m_notSetUpPage;
}

QWidget *MainWindow::historyView() const
{
    return m_historyPage;
}

QWidget *MainWindow::pageOf(const QString &sourceOrPage) const
{
    if (sourceOrPage == SourcesModel::historyPage())
        return m_historyPage;
    for (const View &v : m_views)
        if (!sourceOrPage.isEmpty() && v.key == sourceOrPage)
            return v.page;
    return nullptr;
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_session.settings(), this);
        m_settingsDialog->setSyncEngine(&m_session.engine());
        connect(m_settingsDialog, &SettingsDialog::applied, this, [this] {
            if (!m_demo) // the demo never touches the login session
                Autostart::apply(m_session.settings(), QCoreApplication::applicationFilePath());
            m_sources->reload();
            updateActions();
            if (m_pages->currentWidget() == m_notSetUpPage)
                showSource(selectedSource());
            Q_EMIT settingsChanged();
            Q_EMIT sourcesChanged();
        });
        connect(m_settingsDialog, &QDialog::finished, m_settingsDialog, &QObject::deleteLater);
        connect(m_settingsDialog, &QObject::destroyed, this, [this] { m_settingsDialog = nullptr; });
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::openSettingsFor(const QString &source)
{
    openSettings();
    m_settingsDialog->showChoicesOf(source);
}

void MainWindow::showWelcome()
{
    m_welcome->reload();
    for (ServiceCard *card : m_welcome->cards())
        if (m_sources->stateOf(card->source()).lastSyncAt.isValid() && !m_session.isSyncing(card->source()))
            card->showSynced(m_sources->statusLine(card->source()));
    m_sidebar->clearCurrent(); // no row is the page now: a click on any of them leaves the welcome page
    m_pages->setCurrentWidget(m_welcome);
    updateStatusLine();
}

void MainWindow::chooseWhatToSync(const QString &source)
{
    QDialog *picker = openSyncChoice(m_session.engine(), m_session.settings(), source, this, [this, source] {
        Q_EMIT settingsChanged();
        onAccountsChanged(source); // chosen: it syncs now
    });
    const SourceViews *views = SourceViews::find(source);
    if (!picker && views && views->choose)
        openSettingsFor(source); // it cannot be asked (Jira without a known site): its choices in Settings
}

AccountsDialog *MainWindow::openAccounts(const QString &source)
{
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_session.settings(), this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_accountsDialog, &AccountsDialog::finished, this, [this](bool) { onAccountsChanged(QString()); });
        connect(m_accountsDialog, &AccountsDialog::accountAdded, this, [this](const QString &added) { onAccountsChanged(added); });
        connect(m_accountsDialog, &AccountsDialog::writingSwitched, m_changes, &LocalChanges::writingSwitched);
        connect(m_accountsDialog, &QObject::destroyed, this, [this] { m_accountsDialog = nullptr; });
    }
    if (!source.isEmpty())
        m_accountsDialog->setSource(source);
    m_accountsDialog->open();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
    return m_accountsDialog;
}

// An account added or removed: the sidebar, the page and Sync now follow; a source just set
// up syncs at once (the first thing a new user wants to see is their data).
void MainWindow::onAccountsChanged(const QString &added)
{
    m_sources->reload();
    if (m_pages->currentWidget() == m_notSetUpPage || (!added.isEmpty() && added == selectedSource()))
        showSource(selectedSource());
    updateActions();
    updateStatusLine();
    Q_EMIT sourcesChanged();
    if (!added.isEmpty() && m_session.isOpen() && m_session.settings().isSetUp(added) && !m_session.needsChoice(added)) {
        m_banner->hide();
        syncSource(added);
    }
}

GlobalSearch *MainWindow::globalSearch()
{
    if (!m_globalSearch) {
        m_globalSearch = new GlobalSearch(*m_reader, this);
        connect(m_globalSearch, &GlobalSearch::openRequested, this, &MainWindow::openItem);
    }
    return m_globalSearch;
}

bool MainWindow::openItem(SearchIndex::Kind kind, qint64 id)
{
    const auto opener = m_openers.constFind(int(kind));
    if (opener == m_openers.cend()) {
        statusBar()->showMessage(tr("This kind of item has no page in this version yet."), 6000);
        return false;
    }
    if ((*opener)(id))
        return true;
    statusBar()->showMessage(tr("That item is no longer in the cache."), 6000);
    return false;
}

QString MainWindow::selectedSource() const
{
    return m_sidebar->currentIndex().data(SourcesModel::SourceRole).toString();
}

void MainWindow::catchUp()
{
    for (View &v : m_views) {
        if (v.stale && v.page == m_pages->currentWidget()) {
            v.stale = false;
            v.reload();
            v.reloaded.start();
        }
    }
}

bool MainWindow::anySyncing() const
{
    for (const QString &source : SourceRegistry::implemented())
        if (m_session.isSyncing(source))
            return true;
    return false;
}

QStringList MainWindow::sourcesToSync() const
{
    QStringList out;
    for (const QString &source : SourceRegistry::implemented())
        if (m_session.settings().isSetUp(source) && !m_session.needsChoice(source))
            out << source;
    return out; // nothing set up: nothing (each source's page offers "Set up…")
}

void MainWindow::syncNow()
{
    m_banner->hide();
    for (const QString &source : sourcesToSync())
        syncSource(source);
}

void MainWindow::syncSource(const QString &source)
{
    if (m_session.isSyncing(source))
        return;
    m_session.syncNow(source, SyncMode::Auto);
    updateActions();
}

void MainWindow::cancelAll()
{
    for (const QString &source : SourceRegistry::implemented())
        if (m_session.isSyncing(source))
            m_session.cancel(source);
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
    QSet<QString> detailsReloaded; // with their lists
    for (View &v : m_views) {
        const bool changed = changes.isEmpty()
            || std::any_of(v.changes.cbegin(), v.changes.cend(), [&changes](const QString &c) { return changes.contains(c); });
        if (!changed)
            continue;
        if (v.page != m_pages->currentWidget()) {
            v.stale = true; // a hidden page reloads when it is shown
            continue;
        }
        const bool syncing = v.source.isEmpty() ? anySyncing() : m_session.isSyncing(v.source);
        if (syncing && v.reloaded.isValid() && v.reloaded.elapsed() < kReloadDuringSyncMs) {
            // A big sync commits a page every few hundred ms: reloading the list each time would
            // keep the window busy. Show its progress every few seconds; the end reloads it.
            m_pendingChanges.insert(v.changes.first());
            const int wait = int(kReloadDuringSyncMs - v.reloaded.elapsed());
            if (!m_refreshTimer->isActive() || m_refreshTimer->remainingTime() > wait)
                m_refreshTimer->start(wait);
            continue;
        }
        v.reload();
        v.reloaded.start();
        v.stale = false;
        detailsReloaded.insert(v.key);
    }
    for (const View &v : m_views)
        if (v.refreshDetail && !detailsReloaded.contains(v.key)
            && std::any_of(v.detailChanges.cbegin(), v.detailChanges.cend(), [&changes](const QString &c) { return changes.contains(c); }))
            v.refreshDetail();
    if (changes.isEmpty() || changes.contains(QStringLiteral("runs"))) {
        m_history->reload();
        m_historyPage->refresh();
    }
    m_sources->reload();
    updateStatusLine();
    Q_EMIT refreshed();
}

void MainWindow::onSyncStarted(const QString &source)
{
    m_sources->setProgress(source, 0, 0);
    m_status->showProgress(tr("%1 — starting…").arg(Settings::displayName(source)), 0, 0);
    if (ServiceCard *card = m_welcome->card(source))
        card->showProgress(tr("Starting the first sync…"), 0, 0);
    updateActions();
}

void MainWindow::onProgress(const QString &source, qint64 done, qint64 total)
{
    m_sources->setProgress(source, done, total);
    m_status->showProgress(m_sources->statusLine(source), done, total);
    if (ServiceCard *card = m_welcome->card(source))
        card->showProgress(m_sources->statusLine(source), done, total);
}

void MainWindow::onSyncFinished(const SyncRun &run)
{
    m_sources->clearProgress(run.source);
    m_status->hideProgress();
    if (run.status == RunStatus::Ok)
        m_banner->hide();
    m_pendingChanges << QStringLiteral("runs");
    for (View &v : m_views) {
        if (v.source == run.source) {
            for (const QString &c : v.changes)
                m_pendingChanges.insert(c);
            v.reloaded.invalidate(); // the end of a run always shows
        }
    }
    refreshNow();
    updateActions();
    if (run.status == RunStatus::Ok)
        statusBar()->showMessage(tr("%1: %n change(s)", nullptr, run.created + run.updated + run.deleted)
                                     .arg(Settings::displayName(run.source)), 6000);
    if (ServiceCard *card = m_welcome->card(run.source); card && run.status == RunStatus::Ok) {
        card->showSynced(m_sources->statusLine(run.source));
        // The first sync from the welcome page lands on its data, unless another sign-in is
        // under way there.
        if (m_pages->currentWidget() == m_welcome && !m_welcome->isBusy())
            showSource(run.source);
    }
}

void MainWindow::onSyncFailed(const QString &source, const QString &message)
{
    m_sources->clearProgress(source);
    m_status->hideProgress();
    m_sources->reload();
    const QString name = Settings::displayName(source);
    QString line = windowSentence(message);
    if (line.isEmpty())
        line = tr("%1: the sync failed.").arg(name);
    // The window's own way on, never a command: sign in again, choose what to sync, or retry.
    const auto [actionText, action] = wayOn(source);
    m_banner->showError(line, actionText, action);
    if (ServiceCard *card = m_welcome->card(source)) {
        if (needsSignIn(source)) // the card's own ways in again
            card->showProblem(line, tr("Sign in again"), [card] { card->offerSignIn(); });
        else
            card->showProblem(line, actionText.isEmpty() ? tr("Retry") : actionText,
                              action ? action : std::function<void()>([this, source] { syncSource(source); }));
    }
    updateStatusLine();
    updateActions();
}

bool MainWindow::needsSignIn(const QString &source) const
{
    bool signIn = m_sources->badge(source) == SourcesModel::Badge::NeedsSignIn
        || (Settings::environmentToken(source).isEmpty() && AccountStore(m_session.settings()).of(source).isEmpty());
    for (const Account &a : AccountStore(m_session.settings()).of(source))
        signIn = signIn || a.needsSignIn();
    return signIn;
}

std::pair<QString, std::function<void()>> MainWindow::wayOn(const QString &source)
{
    if (needsSignIn(source))
        return {tr("Sign in…"), [this, source] { openAccounts(source); }};
    const SourceViews *views = SourceViews::find(source);
    if (views && views->chooseAction && m_session.needsChoice(source))
        return {SourceViews::translated("cairn::MainWindow", views->chooseAction), [this, source] { chooseWhatToSync(source); }};
    return {};
}

void MainWindow::showSource(const QString &source)
{
    if (m_sources->rowOf(source) >= 0 && m_sidebar->current() != source) {
        m_sidebar->setCurrent(source); // comes back to showPage
        return;
    }
    showPage(source);
}

void MainWindow::showPage(const QString &source)
{
    QWidget *page = pageOf(source);
    if (page && !SourceRegistry::implemented().contains(source)) { // People, Sync history
        m_pages->setCurrentWidget(page);
        catchUp();
        updateStatusLine();
        return;
    }
    // Set up, or not set up (any more) but with a cache of it to browse; else "Set up…".
    const bool setUp = m_session.settings().isSetUp(source);
    const bool cached = m_sources->stateOf(source).lastSyncAt.isValid();
    if (page && (setUp || cached)) {
        m_pages->setCurrentWidget(page);
        catchUp();
    } else if (!source.isEmpty()) {
        m_notSetUpPage->showSource(source, page != nullptr);
        m_pages->setCurrentWidget(m_notSetUpPage);
    }
    updateStatusLine();
}

void MainWindow::updateStatusLine()
{
    for (const QString &source : SourceRegistry::implemented())
        if (m_session.isSyncing(source))
            return; // the progress line is current
    const QString source = selectedSource();
    if (source.isEmpty() && m_pages->currentWidget() == m_welcome) { // no one source is the page
        m_status->setStatusLine(sourcesToSync().isEmpty() ? tr("Nothing is set up yet.") : QString());
        return;
    }
    m_status->setStatusLine(m_sources->statusLine(source.isEmpty() ? SourceRegistry::implemented().value(0) : source));
}

void MainWindow::updateActions()
{
    bool anySyncing = false;
    bool allSyncing = true;
    for (const QString &source : sourcesToSync()) {
        const bool syncing = m_session.isSyncing(source);
        anySyncing = anySyncing || syncing;
        allSyncing = allSyncing && syncing;
    }
    const bool nothingSetUp = sourcesToSync().isEmpty();
    m_syncNow->setEnabled(!nothingSetUp && !allSyncing);
    m_syncNow->setToolTip(nothingSetUp ? tr("No source is set up yet: choose one on the left and press Set up….")
                                       : tr("Fetch what changed in every source that is set up (Ctrl+R)."));
    m_cancel->setEnabled(anySyncing);
}

} // namespace cairn
