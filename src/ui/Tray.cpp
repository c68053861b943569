#include "Tray.h"
#include "WindowText.h"
#include "MainWindow.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SourceRegistry.h"
#include "SourcesModel.h"
#include "SyncSession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcTray, "cairn.ui.tray")

namespace cairn {

namespace {
const QString kNoTrayNoticeKey = QStringLiteral("app.no_tray_notice_shown");
constexpr qint64 kMinute = 60'000;
} // namespace

Tray::Tray(SyncSession &session, Scheduler &scheduler, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scheduler(scheduler)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
{
    buildMenu();
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(&m_session, &SyncSession::syncStarted, this, &Tray::update);
    connect(&m_session, &SyncSession::syncFinished, this, &Tray::onSyncFinished);
    connect(&m_session, &SyncSession::syncRefused, this, &Tray::onSyncRefused);
    connect(&m_window, &MainWindow::refreshed, this, &Tray::update);
    connect(&m_scheduler, &Scheduler::scheduleChanged, this, &Tray::update);
    update();
}

Tray::~Tray() = default;

bool Tray::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool Tray::install()
{
    m_window.installEventFilter(this);
    if (!available()) {
        qCInfo(lcTray) << "no system tray: Cairn syncs in the background only while its window is open";
        Settings &settings = m_session.settings();
        if (!settings.value(kNoTrayNoticeKey).toBool()) {
            settings.setValue(kNoTrayNoticeKey, true);
            const QString text = tr("No system tray was found: Cairn syncs on its schedule only while this window is open.");
            m_window.statusBar()->showMessage(text, 20'000);
            Q_EMIT notified(tr("Cairn"), text);
        }
        return false;
    }
    m_installed = true;
    qApp->setQuitOnLastWindowClosed(false);
    m_icon->show();
    return true;
}

void Tray::buildMenu()
{
    m_menu = new QMenu(&m_window);
    m_open = m_menu->addAction(tr("&Open Cairn"), this, &Tray::showWindow);
    m_syncNow = m_menu->addAction(tr("&Sync now"), &m_window, &MainWindow::syncNow);
    m_menu->addSeparator();
    m_pauseMenu = m_menu->addMenu(tr("&Pause syncing"));
    m_pause30 = m_pauseMenu->addAction(tr("For &30 minutes"), this, [this] { m_scheduler.pauseFor(30 * kMinute); });
    m_pause60 = m_pauseMenu->addAction(tr("For &1 hour"), this, [this] { m_scheduler.pauseFor(60 * kMinute); });
    m_pauseIndefinitely = m_pauseMenu->addAction(tr("&Until resumed"), this, [this] { m_scheduler.pauseUntilResumed(); });
    m_resume = m_menu->addAction(tr("&Resume syncing"), this, [this] { m_scheduler.resume(); });
    m_menu->addSeparator();
    const QStringList sources = SourceRegistry::implemented();
    for (const QString &source : sources) {
        QAction *status = m_menu->addAction(QString());
        status->setData(source);
        status->setEnabled(false);
        m_statusActions << status;
    }
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    connect(m_menu, &QMenu::aboutToShow, this, &Tray::update);
}

QRect Tray::iconGeometry() const
{
    return m_icon->isVisible() ? m_icon->geometry() : QRect();
}

QString Tray::toolTip() const
{
    QStringList lines{tr("Cairn")};
    for (const QAction *status : m_statusActions)
        lines << status->text();
    if (m_scheduler.isPaused()) {
        const QDateTime until = m_scheduler.pausedUntil();
        lines << (until.isValid() ? tr("Syncing paused until %1")
                                        .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat))
                                  : tr("Syncing paused"));
    } else if (!m_scheduler.isOnline()) {
        lines << tr("Offline: syncing resumes when the network is back");
    }
    return lines.join(QLatin1Char('\n'));
}

void Tray::update()
{
    SourcesModel *model = m_window.sourcesModel();
    bool syncing = false;
    for (QAction *status : std::as_const(m_statusActions)) {
        const QString source = status->data().toString();
        syncing = syncing || m_session.isSyncing(source);
        status->setText(model->statusLine(source)); // "Google Contacts — synced 5 min ago"
    }
    const bool paused = m_scheduler.isPaused();
    m_pauseMenu->menuAction()->setVisible(!paused);
    m_resume->setVisible(paused);
    m_syncNow->setEnabled(!syncing);
    const TrayState state = syncing ? TrayState::Syncing
                                    : (m_failing.isEmpty() ? TrayState::Idle : TrayState::Error);
    if (state != m_state || m_icon->icon().isNull()) {
        m_state = state;
        m_icon->setIcon(trayIcon(state));
    }
    m_icon->setToolTip(toolTip());
}

void Tray::onSyncFinished(const SyncRun &run)
{
    const QString name = Settings::displayName(run.source);
    if (run.status == RunStatus::Ok) {
        m_failing.remove(run.source + u'/' + run.account);
        m_failing.remove(run.source + u'/'); // a refusal (not signed in) is over too
    } else if (run.status == RunStatus::NeedsSignIn) {
        failing(run.source, run.account, tr("%1 needs sign-in").arg(name),
                tr("Account %1: %2").arg(run.account, windowSentence(run.error)));
    } else if (run.status != RunStatus::Cancelled && run.status != RunStatus::Busy) {
        failing(run.source, run.account, tr("%1 cannot sync").arg(name), windowSentence(run.error));
    }
    update();
}

void Tray::onSyncRefused(const QString &source, const QString &message)
{
    failing(source, QString(), tr("%1 cannot sync").arg(Settings::displayName(source)), windowSentence(message));
    update();
}

void Tray::failing(const QString &source, const QString &account, const QString &title, const QString &message)
{
    const QString key = source + u'/' + account;
    if (m_failing.contains(key)) // once per failing streak, not on every retry
        return;
    m_failing.insert(key);
    notify(title, message, true);
}

void Tray::showNotification(const QString &title, const QString &message)
{
    notify(title, message, false);
}

void Tray::notify(const QString &title, const QString &message, bool warning)
{
    qCInfo(lcTray) << "notification:" << title << message;
    if (m_installed && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10'000);
    Q_EMIT notified(title, message);
}

void Tray::showWindow()
{
    if (m_window.isMinimized())
        m_window.setWindowState(m_window.windowState() & ~Qt::WindowMinimized);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

bool Tray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close && m_installed) {
        event->ignore();
        m_window.hide();
        if (!m_hideNoticeShown) {
            m_hideNoticeShown = true;
            notify(tr("Cairn keeps syncing"), tr("Cairn is still running in the tray. Choose Quit from its menu to stop it."), false);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cairn
