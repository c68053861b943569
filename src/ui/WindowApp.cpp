#include "WindowApp.h"
#include "Autostart.h"
#include "BackgroundSync.h"
#include "Clock.h"
#include "DemoSimulator.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "Tray.h"
#include "WatchNotifier.h"

#include "sim/Services.h"
#include "sim/SimOptions.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>
#include <QStandardPaths>
#include <QTableView>

Q_LOGGING_CATEGORY(lcWindow, "cairn.ui")

namespace cairn {

namespace {

// Demo data lives apart from the real cache and starts fresh every time.
QString demoDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

// Says once when the first list (the contacts) first paints rows: how soon a start shows the cache
// (cairn-bench times it from outside, with QT_LOGGING_RULES=cairn.ui.info=true).
class FirstRowsLog : public QObject
{
public:
    explicit FirstRowsLog(QTableView *table)
        : m_table(table)
    {
        if (m_table)
            m_table->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0) {
            qCInfo(lcWindow) << "first rows shown";
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    QTableView *m_table;
};

void makeFresh(const QString &dir)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
}

} // namespace

sim::Options demoSimulatorOptions()
{
    sim::Options o;
    o.seed = 7;
    sim::Services::forDemo(o); // each service's demo sizes (SimServiceDescriptor::demo)
    return o;
}

int runWindow(QApplication &app, const WindowOptions &options)
{
    // The demo starts fresh in a folder of its own, unless told which folder to use (--data-dir
    // or CAIRN_DATA_DIR, as every other command is): that one is used as it is, never wiped.
    const bool freshDemo = options.demo && options.dataDir.isEmpty() && qEnvironmentVariableIsEmpty("CAIRN_DATA_DIR");
    const QString dataDir = Settings::resolveDataDir(freshDemo ? demoDir() : options.dataDir);
    // Before anything touches the data directory (the demo one is wiped): one window per dir.
    SingleInstance instance(dataDir);
    if (!instance.claim()) {
        qCInfo(lcWindow) << "Cairn already runs on" << dataDir << "- asked it to show its window";
        return 0;
    }
    std::unique_ptr<DemoSimulator> demo;
    if (options.demo) {
        demo = std::make_unique<DemoSimulator>();
        if (demo->start(demoSimulatorOptions())) {
            demo->useForDemo(); // before the engine exists; process-local, never written
        } else {
            qCWarning(lcWindow) << "demo mode without the simulator: it could not start";
            demo.reset();
        }
        if (freshDemo)
            makeFresh(dataDir);
    }

    if (const QString problem = Settings(dataDir).problem(); !problem.isEmpty()) {
        // Nothing opens and nothing is written: the file and the cache stay as they are.
        QTextStream(stderr) << "cairn: " << problem << Qt::endl;
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("cairn::WindowApp", "Cairn cannot start"), problem,
                        QMessageBox::Close);
        box.exec();
        return 1;
    }
    SyncSession session(dataDir);
    if (demo)
        demo->prepareSettings(session.settings());
    MainWindow window(session, demo.get());
    window.setSyncWhenOpened(demo != nullptr);
    Scheduler scheduler(Clock::system());
    Tray tray(session, scheduler, window);
    BackgroundSync background(session, scheduler, *window.sourcesModel());
    WatchNotifier watch(session);
    QObject::connect(&watch, &WatchNotifier::notify, &tray, &Tray::showNotification);
    if (demo)
        background.setSources(DemoSimulator::servedSources());
    QObject::connect(&instance, &SingleInstance::activationRequested, &tray, &Tray::showWindow);
    QObject::connect(&window, &MainWindow::settingsChanged, &scheduler, [&scheduler, &session] {
        for (const QString &source : scheduler.sources())
            scheduler.setInterval(source, Scheduler::intervalFromSettings(session.settings(), source));
    });
    QObject::connect(&window, &MainWindow::sourcesChanged, &background, &BackgroundSync::sourcesChanged);
    if (!options.demo)
        Autostart::apply(session.settings(), QCoreApplication::applicationFilePath());
    session.open();
    const bool inTray = tray.install();
    FirstRowsLog firstRows(window.page<ListPage>() ? window.page<ListPage>()->table() : nullptr);
    if (!options.background || !inTray)
        window.show();
    background.start();
    const int status = app.exec();
    scheduler.stop();
    session.engine().cancelAll();
    return status;
}

} // namespace cairn
