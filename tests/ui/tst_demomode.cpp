#include "ContactsModel.h"
#include "ContactsPage.h"
#include "DemoSimulator.h"
#include "MainWindow.h"
#include "SourcesModel.h"
#include "SyncHistoryModel.h"
#include "SyncSession.h"

#include "sim/SimOptions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

// Demo mode end to end: the simulator on its own thread, the window's Sync-now path, the
// models showing what the simulator holds — first a full sync, then an incremental one.
class TestDemoMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsFromTheSimulator()
    {
        DemoSimulator demo;
        sim::Options options;
        options.seed = 7;
        options.contacts = 180;
        QVERIFY(demo.start(options));
        demo.useForGoogle();
        QVERIFY(qEnvironmentVariable("CAIRN_GOOGLE_API_URL").endsWith(QLatin1String("/google")));

        QTemporaryDir dir;
        SyncSession session(dir.path());
        MainWindow window(session, &demo);
        QVERIFY(window.windowTitle().contains(QLatin1String("Demo")));
        window.setSyncWhenOpened(true);
        QSignalSpy finished(&session, &SyncSession::syncFinished);
        QSignalSpy failed(&session, &SyncSession::syncFailed);
        session.open();
        window.show();
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 0);
        const auto first = finished.takeFirst().at(0).value<SyncRun>();
        QCOMPARE(first.status, QStringLiteral("ok"));
        QCOMPARE(first.mode, QStringLiteral("full"));

        ContactsModel *model = window.contactsPage()->model();
        QCOMPARE(model->matchCount(), demo.liveContactCount());
        QCOMPARE(model->matchCount(), 180);
        QCOMPARE(window.sourcesModel()->badge(QStringLiteral("google")), SourcesModel::Badge::Synced);

        // Simulate changes, then sync again through the action: an incremental run.
        QSignalSpy changed(&demo, &DemoSimulator::changesMade);
        demo.simulateChanges(8);
        QVERIFY(changed.wait(5000));
        QVERIFY(!changed.first().first().toStringList().isEmpty());
        window.syncNowAction()->trigger();
        QVERIFY(finished.wait(30000));
        const auto second = finished.takeFirst().at(0).value<SyncRun>();
        QCOMPARE(second.status, QStringLiteral("ok"));
        QCOMPARE(second.mode, QStringLiteral("partial"));
        QVERIFY(second.created + second.updated + second.deleted > 0);
        QCOMPARE(model->matchCount(), demo.liveContactCount());
        QTRY_COMPARE(window.historyModel()->rowCount(), 2);

        const QString dirShots = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
        QDir().mkpath(dirShots);
        window.resize(1180, 720);
        QVERIFY(window.grab().save(dirShots + QStringLiteral("/demo-window.png")));
    }
};

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
