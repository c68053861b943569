// Cairn with a real tray host — Xvfb and trayer, started by with-tray-host.sh — on the xcb
// platform: the tray icon shows in the host (a screenshot of the screen is written to
// screenshots/tray-host.png in the build folder, and the icon's place in it is checked),
// the schedule syncs by itself when sources are due, and "Sync now" from the tray's menu
// runs a sync of every source that the history records.
#include "BackgroundSync.h"
#include "Clock.h"
#include "DemoSimulator.h"
#include "MainWindow.h"
#include "ReadConnection.h"
#include "Scheduler.h"
#include "Services.h"
#include "Settings.h"
#include "SyncSession.h"
#include "Tray.h"

#include "sim/SimOptions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {
// Runs recorded in the history: {ok, all}.
QPair<int, int> recordedRuns(ReadConnection &reader)
{
    QSqlQuery q(reader.db());
    if (!q.exec(QStringLiteral("SELECT sum(status='ok'), count(*) FROM sync_runs")) || !q.next())
        return {-1, -1};
    return {q.value(0).toInt(), q.value(1).toInt()};
}
} // namespace

class TestTrayHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trayShowsSchedulesAndSyncsNow()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 15'000); // trayer is up

        DemoSimulator demo;
        sim::Options options;
        sim::Services::forDemo(options); // every service has data; those below smaller
        options.seed = 5;
        options.contacts = 60;
        options.asanaProjects = 2;
        options.asanaTasksPerProject = 6;
        options.githubRepos = 1;
        options.githubPullsPerRepo = 5;
        options.jiraIssues = 10;
        QVERIFY(demo.start(options));
        demo.useForDemo();
        const QStringList served = DemoSimulator::servedSources();

        QTemporaryDir dir;
        SyncSession session(dir.path());
        demo.prepareSettings(session.settings()); // the repositories, a Jira configuration
        MainWindow window(session, &demo);
        ManualClock clock;
        Scheduler scheduler(clock);
        Tray tray(session, scheduler, window);
        BackgroundSync background(session, scheduler, *window.sourcesModel());
        background.setSources(served);
        QSignalSpy opened(&session, &SyncSession::opened);
        session.open();
        QVERIFY(opened.wait(10'000));

        // The icon, in the tray host.
        QVERIFY(tray.install());
        QTRY_VERIFY_WITH_TIMEOUT(!tray.iconGeometry().isEmpty(), 10'000);
        QTest::qWait(300); // let the host paint it
        const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
        QDir().mkpath(QStringLiteral(CAIRN_BUILD_DIR "/screenshots"));
        QVERIFY(screen.save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/tray-host.png")));
        const QImage icon = screen.toImage().copy(tray.iconGeometry());
        QSet<QRgb> colours;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                colours.insert(icon.pixel(x, y));
        QVERIFY2(colours.size() > 2, "the tray host shows nothing where the icon is");

        // On schedule: never synced, so every source is due at once; then again after its
        // interval (at most 30 minutes plus jitter).
        ReadConnection reader(session.databasePath());
        QVERIFY(reader.ensureOpen());
        QSignalSpy done(&session, &SyncSession::sourceDone);
        background.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), served.size(), 60'000);
        QCOMPARE(recordedRuns(reader), qMakePair(int(served.size()), int(served.size())));
        clock.advance(45 * 60'000);
        scheduler.tick();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2 * served.size(), 60'000);
        QCOMPARE(recordedRuns(reader), qMakePair(int(2 * served.size()), int(2 * served.size())));

        // "Sync now" from the tray's menu: one more run of every source, in the history.
        QVERIFY(tray.syncNowAction()->isEnabled());
        tray.syncNowAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3 * served.size(), 60'000);
        for (const QList<QVariant> &signal : std::as_const(done))
            QCOMPARE(signal.at(1).value<RunStatus>(), RunStatus::Ok);
        QCOMPARE(recordedRuns(reader), qMakePair(int(3 * served.size()), int(3 * served.size())));
        QCOMPARE(tray.state(), TrayState::Idle);
        for (const QString &source : served)
            QVERIFY2(tray.toolTip().contains(Settings::displayName(source) + QStringLiteral(" — synced")),
                     qPrintable(tray.toolTip()));
    }
};

QTEST_MAIN(TestTrayHost)
#include "trayhost.moc"
