#include "BackgroundSync.h"
#include "Clock.h"
#include "MainWindow.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SourceRegistry.h"
#include "SyncSession.h"
#include "Tray.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {
const QString kGoogle = QStringLiteral("google");

struct App
{
    explicit App(const QString &dataDir)
        : session(dataDir)
        , window(session)
        , scheduler(clock)
        , tray(session, scheduler, window)
    {
        QSignalSpy opened(&session, &SyncSession::opened);
        session.open();
        if (!session.isOpen())
            opened.wait(5000);
    }
    ManualClock clock;
    SyncSession session;
    MainWindow window;
    Scheduler scheduler;
    Tray tray;
};

SyncRun run(const QString &source, const QString &account, const QString &status, const QString &error = {})
{
    SyncRun r;
    r.source = source;
    r.account = account;
    r.status = statusFromName(status);
    r.error = error;
    return r;
}
} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("CAIRN_GOOGLE_TOKEN"); }

    void iconsDifferPerState()
    {
        const QImage idle = trayIcon(TrayState::Idle).pixmap(32).toImage();
        const QImage syncing = trayIcon(TrayState::Syncing).pixmap(32).toImage();
        const QImage error = trayIcon(TrayState::Error).pixmap(32).toImage();
        QVERIFY(!idle.isNull());
        QVERIFY(idle != syncing);
        QVERIFY(idle != error);
        QVERIFY(syncing != error);
    }

    void menuHasTheActions()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QStringList texts;
        const auto actions = app.tray.menu()->actions();
        for (const QAction *a : actions)
            texts << a->text();
        QVERIFY(texts.contains(QStringLiteral("&Open Cairn")));
        QVERIFY(texts.contains(QStringLiteral("&Sync now")));
        QVERIFY(texts.contains(QStringLiteral("&Pause syncing")));
        QVERIFY(texts.contains(QStringLiteral("&Quit")));
        QCOMPARE(app.tray.sourceStatusActions().size(), SourceRegistry::implemented().size());
        QVERIFY(app.tray.sourceStatusActions().first()->text().startsWith(QStringLiteral("Google Contacts — ")));
        QVERIFY(!app.tray.sourceStatusActions().first()->isEnabled());
        QVERIFY(app.tray.toolTip().contains(QStringLiteral("Google Contacts — ")));
    }

    void pauseAndResume()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QVERIFY(!app.tray.resumeAction()->isVisible());
        app.tray.pause30Action()->trigger();
        QVERIFY(app.scheduler.isPaused());
        QCOMPARE(app.scheduler.pausedUntil(), app.clock.now().addSecs(30 * 60));
        QVERIFY(app.tray.resumeAction()->isVisible());
        QVERIFY(app.tray.toolTip().contains(QStringLiteral("Syncing paused until")));
        app.tray.resumeAction()->trigger();
        QVERIFY(!app.scheduler.isPaused());
        QVERIFY(!app.tray.resumeAction()->isVisible());

        app.tray.pause60Action()->trigger();
        QCOMPARE(app.scheduler.pausedUntil(), app.clock.now().addSecs(60 * 60));
        app.tray.pauseUntilResumedAction()->trigger();
        QVERIFY(app.scheduler.isPaused());
        QVERIFY(!app.scheduler.pausedUntil().isValid());
        app.clock.advance(24 * 3600 * 1000LL);
        QVERIFY(app.scheduler.isPaused());
        app.tray.resumeAction()->trigger();
        QVERIFY(!app.scheduler.isPaused());
    }

    void openShowsTheWindow()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QVERIFY(!app.window.isVisible());
        app.tray.openAction()->trigger();
        QVERIFY(app.window.isVisible());
        app.window.showMinimized();
        app.tray.openAction()->trigger();
        QVERIFY(!app.window.isMinimized());
    }

    void syncNowFromTheMenuSyncs()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QSignalSpy failed(&app.session, &SyncSession::syncFailed);
        QSignalSpy notified(&app.tray, &Tray::notified);
        app.tray.syncNowAction()->trigger(); // nothing set up: nothing to try, nothing to tell
        QCOMPARE(failed.count(), 0);
        QCOMPARE(notified.count(), 0);
        QCOMPARE(app.tray.state(), TrayState::Idle);
        // Set up (enabled) without a token: it tries, and says so in the window's words.
        app.session.settings().setValue(QStringLiteral("google.enabled"), true);
        app.tray.syncNowAction()->trigger();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("Not signed in to Google Contacts."));
        QCOMPARE(notified.count(), 1);
        QVERIFY(!notified.first().at(1).toString().contains(QLatin1String("cairn login")));
    }

    void failingSourceNotifiesOnce()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QSignalSpy notified(&app.tray, &Tray::notified);
        QCOMPARE(app.tray.state(), TrayState::Idle);
        Q_EMIT app.session.syncRefused(kGoogle, QStringLiteral("not signed in"));
        Q_EMIT app.session.syncRefused(kGoogle, QStringLiteral("not signed in"));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Google Contacts cannot sync"));
        QCOMPARE(app.tray.state(), TrayState::Error);
        Q_EMIT app.session.syncFinished(run(kGoogle, QStringLiteral("work"), QStringLiteral("ok")));
        QCOMPARE(app.tray.state(), TrayState::Idle);
        // Several accounts: each one's failing streak is told once; the icon stays red while
        // any account fails.
        const SyncRun failed = run(kGoogle, QStringLiteral("work"), QStringLiteral("failed"), QStringLiteral("the server said 503"));
        Q_EMIT app.session.syncFinished(failed);
        Q_EMIT app.session.syncFinished(failed);
        QCOMPARE(notified.count(), 2);
        QCOMPARE(notified.last().at(1).toString(), QStringLiteral("The server said 503.")); // a whole sentence
        Q_EMIT app.session.syncFinished(run(kGoogle, QStringLiteral("home"), QStringLiteral("needs-sign-in"), QStringLiteral("revoked")));
        QCOMPARE(notified.count(), 3);
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Google Contacts needs sign-in"));
        QVERIFY(notified.last().at(1).toString().contains(QStringLiteral("home")));
        Q_EMIT app.session.syncFinished(run(kGoogle, QStringLiteral("work"), QStringLiteral("ok")));
        QCOMPARE(app.tray.state(), TrayState::Error); // "home" still needs sign-in
        Q_EMIT app.session.syncFinished(run(kGoogle, QStringLiteral("home"), QStringLiteral("cancelled")));
        QCOMPARE(notified.count(), 3); // a cancel is no failure
        Q_EMIT app.session.syncFinished(run(kGoogle, QStringLiteral("home"), QStringLiteral("ok")));
        QCOMPARE(app.tray.state(), TrayState::Idle);
        Q_EMIT app.session.syncFinished(failed);
        QCOMPARE(notified.count(), 4); // a new failing streak
    }

    void withoutTrayClosingQuitsAndTheNoticeComesOnce()
    {
        if (Tray::available())
            QSKIP("a system tray is available here");
        QTemporaryDir dir;
        {
            App app(dir.path());
            QSignalSpy notified(&app.tray, &Tray::notified);
            QVERIFY(!app.tray.install());
            QCOMPARE(notified.count(), 1);
            QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("No system tray")));
            QVERIFY(app.window.statusBar()->currentMessage().contains(QStringLiteral("No system tray")));
            QVERIFY(qApp->quitOnLastWindowClosed());
            app.window.show();
            QVERIFY(app.window.close()); // not kept: the close goes through
            QVERIFY(!app.window.isVisible());
        }
        App again(dir.path());
        QSignalSpy notified(&again.tray, &Tray::notified);
        QVERIFY(!again.tray.install());
        QCOMPARE(notified.count(), 0); // said once, remembered in the settings
    }

    void scheduledSyncWithoutCredentialsBacksOff()
    {
        QTemporaryDir dir;
        App app(dir.path());
        BackgroundSync background(app.session, app.scheduler, *app.window.sourcesModel());
        int due = 0; // of Google Contacts (other sources may be implemented too)
        connect(&app.scheduler, &Scheduler::syncDue, this, [&](const QString &s) { due += s == kGoogle; });
        background.start();
        app.scheduler.stop();
        QCOMPARE(due, 0); // nobody set it up: never tried
        QVERIFY(app.scheduler.sources().isEmpty());
        // Set up (enabled) without credentials: scheduled, tried, refused, backed off.
        app.session.settings().setValue(QStringLiteral("google.enabled"), true);
        background.sourcesChanged();
        app.scheduler.tick();
        QCOMPARE(due, 1); // never synced: at once
        QCOMPARE(app.scheduler.consecutiveFailures(kGoogle), 1);
        QVERIFY(!app.scheduler.isWaitingFor(kGoogle));
        app.scheduler.tick();
        QCOMPARE(due, 1); // a minute of backoff first
        app.clock.advance(2 * 60'000);
        app.scheduler.tick();
        QCOMPARE(due, 2);
        QCOMPARE(app.scheduler.consecutiveFailures(kGoogle), 2);
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
