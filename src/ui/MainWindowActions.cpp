#include "MainWindow.h"
#include "AboutDialog.h"
#include "DemoSimulator.h"
#include "GlobalSearch.h"
#include "ListPage.h"
#include "NotSetUpPage.h"
#include "Settings.h"
#include "Sidebar.h"
#include "SourceRegistry.h"
#include "SourcesModel.h"
#include "SyncHistoryPage.h"
#include "SyncSession.h"
#include "ErrorBanner.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

// MainWindow's menus, toolbar and keys, and the sidebar's menu and buttons.
namespace cairn {

void MainWindow::buildActions()
{
    m_syncNow = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Sync now"), this);
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncNow->setToolTip(tr("Fetch what changed in every source that is set up (Ctrl+R)."));
    connect(m_syncNow, &QAction::triggered, this, &MainWindow::syncNow);

    m_cancel = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel sync"), this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape | Qt::SHIFT));
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelAll);

    m_showDeleted = new QAction(tr("Show &deleted"), this);
    m_showDeleted->setCheckable(true);
    m_showDeleted->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_showDeleted->setToolTip(tr("Also list items deleted in their service (greyed)"));

    m_search = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Search &everything…"), this);
    m_search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_search->setToolTip(tr("Search every source at once, offline too (Ctrl+K)"));
    connect(m_search, &QAction::triggered, this, [this] {
        GlobalSearch *search = globalSearch();
        search->show();
        search->raise();
        search->activateWindow();
    });

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    auto *settings = new QAction(tr("S&ettings…"), this);
    // Ctrl+, as in most desktop programs (Qt gives it on macOS only), and the platform's own.
    QList<QKeySequence> preferences{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Preferences))
        if (!preferences.contains(k))
            preferences << k;
    settings->setShortcuts(preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    auto *accounts = new QAction(tr("&Accounts…"), this);
    accounts->setObjectName(QStringLiteral("accountsAction"));
    connect(accounts, &QAction::triggered, this, [this] { openAccounts(selectedSource()); });

    auto *welcome = new QAction(tr("Add a &service…"), this);
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    welcome->setToolTip(tr("Sign in to another service (the welcome page)"));
    connect(welcome, &QAction::triggered, this, &MainWindow::showWelcome);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(welcome);
    file->addSeparator();
    file->addAction(m_syncNow);
    file->addAction(m_cancel);
    file->addSeparator();
    file->addAction(settings);
    file->addAction(accounts);
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_search);
    QAction *find = view->addAction(tr("&Filter this page"), this, &MainWindow::focusFilter);
    find->setObjectName(QStringLiteral("filterAction"));
    find->setShortcut(QKeySequence::Find);
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Cairn"), this, [this] {
        auto *dialog = new AboutDialog(m_session.settings().dataDir(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_syncNow);
    bar->addAction(m_search);
    bar->addSeparator();
    bar->addAction(m_showDeleted);
}

void MainWindow::showSidebarMenu(const QString &source, const QPoint &pos)
{
    QMenu menu(this);
    const bool implemented = SourceRegistry::implemented().contains(source);
    QAction *sync = menu.addAction(tr("&Sync %1 now").arg(Settings::displayName(source)), this, [this, source] {
        m_banner->hide();
        syncSource(source);
    });
    const bool setUp = m_session.settings().isSetUp(source);
    sync->setEnabled(implemented && setUp && !m_session.needsChoice(source) && !m_session.isSyncing(source));
    QAction *cancel = menu.addAction(tr("&Cancel"), this, [this, source] { m_session.cancel(source); });
    cancel->setEnabled(m_session.isSyncing(source));
    menu.addSeparator();
    QAction *setUpAction = menu.addAction(setUp ? tr("&Accounts…") : tr("Set &up %1…").arg(Settings::displayName(source)), this,
                                          [this, source] { openAccounts(source); });
    setUpAction->setObjectName(QStringLiteral("setUpSourceAction"));
    setUpAction->setEnabled(implemented);
    Q_EMIT sidebarMenuShown(&menu);
    menu.exec(m_sidebar->viewport()->mapToGlobal(pos));
}

QString MainWindow::actionText(const QString &source) const
{
    if (!SourceRegistry::implemented().contains(source) || m_session.isSyncing(source))
        return {};
    if (!m_session.settings().isSetUp(source))
        return tr("Set up…");
    if (m_sources->badge(source) == SourcesModel::Badge::NeedsSignIn)
        return tr("Sign in…");
    if (m_session.needsChoice(source))
        return tr("Choose…");
    return tr("Sync");
}

void MainWindow::onSidebarAction(const QString &source)
{
    if (!m_session.settings().isSetUp(source) || m_sources->badge(source) == SourcesModel::Badge::NeedsSignIn)
        openAccounts(source);
    else if (m_session.needsChoice(source))
        chooseWhatToSync(source);
    else if (m_session.isOpen()) {
        m_banner->hide();
        syncSource(source);
    }
}

void MainWindow::focusFilter()
{
    QWidget *page = m_pages->currentWidget();
    QLineEdit *filter = nullptr;
    for (const View &v : m_views)
        if (v.page == page && v.filter)
            filter = v.filter();
    if (!filter)
        if (auto *list = qobject_cast<ListPage *>(page))
            filter = list->filterEdit();
    if (!filter)
        return;
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void MainWindow::focusPage()
{
    QWidget *page = m_pages->currentWidget();
    for (const View &v : m_views) {
        if (v.page == page && v.focus) {
            v.focus()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (auto *list = qobject_cast<ListPage *>(page))
        list->table()->setFocus(Qt::TabFocusReason);
    else if (page == m_historyPage)
        m_historyPage->table()->setFocus(Qt::TabFocusReason);
    else if (page == m_notSetUpPage)
        m_notSetUpPage->setUpButton()->setFocus(Qt::TabFocusReason);
}

} // namespace cairn
