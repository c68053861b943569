#pragma once
#include "SyncRun.h"
#include "TrayIcons.h"

#include <QObject>
#include <QSet>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace cairn {

class MainWindow;
class Scheduler;
class SyncSession;

// Cairn in the system tray: an idle / syncing / error icon, a tooltip with each source's last
// sync, and the menu Open Cairn, Sync now, Pause syncing, the sources' status and Quit. With
// a tray, closing the window hides it and syncing goes on; without one (see available()),
// closing quits, and the window says once that background sync needs a tray. A source that
// starts failing gets one notification, not one per retry.
class Tray : public QObject
{
    Q_OBJECT
public:
    Tray(SyncSession &session, Scheduler &scheduler, MainWindow &window, QObject *parent = nullptr);
    ~Tray() override;

    static bool available();
    // Shows the icon and keeps the application running without windows, when available();
    // else shows the one-time notice. Returns whether the tray is in use.
    bool install();
    bool isInstalled() const { return m_installed; }

    TrayState state() const { return m_state; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *pause30Action() const { return m_pause30; }
    QAction *pause60Action() const { return m_pause60; }
    QAction *pauseUntilResumedAction() const { return m_pauseIndefinitely; }
    QAction *resumeAction() const { return m_resume; }
    QAction *quitAction() const { return m_quit; }
    QList<QAction *> sourceStatusActions() const { return m_statusActions; }
    // Where the icon is on the screen (empty when it is not shown).
    QRect iconGeometry() const;

    // Shows, de-minimizes and raises the window (tray click, a second instance).
    void showWindow();
    // An information message from the tray (the opt-in "assigned to me" notifications).
    void showNotification(const QString &title, const QString &message);

Q_SIGNALS:
    // A notification was shown (or would have been, without a tray): tests and logs.
    void notified(const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void update();
    void onSyncFinished(const SyncRun &run);
    void onSyncRefused(const QString &source, const QString &message);
    // Once per failing streak of a source's account (`account` "" for a refused sync).
    void failing(const QString &source, const QString &account, const QString &title, const QString &message);
    void notify(const QString &title, const QString &message, bool warning);

    SyncSession &m_session;
    Scheduler &m_scheduler;
    MainWindow &m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_syncNow = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QAction *m_pause30 = nullptr;
    QAction *m_pause60 = nullptr;
    QAction *m_pauseIndefinitely = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_quit = nullptr;
    QList<QAction *> m_statusActions;
    QSet<QString> m_failing;
    TrayState m_state = TrayState::Idle;
    bool m_installed = false;
    bool m_hideNoticeShown = false;
};

} // namespace cairn
