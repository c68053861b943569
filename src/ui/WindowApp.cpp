#include "WindowApp.h"
#include "DemoSimulator.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SyncEngine.h"
#include "SyncSession.h"

#include "sim/SimOptions.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcWindow, "cairn.ui")

namespace cairn {

namespace {

// Demo data lives apart from the real cache and starts fresh every time.
QString freshDemoDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

} // namespace

sim::Options demoSimulatorOptions()
{
    sim::Options o;
    o.seed = 7;
    o.contacts = 500;
    return o;
}

int runWindow(QApplication &app, const WindowOptions &options)
{
    std::unique_ptr<DemoSimulator> demo;
    QString dataDir = options.dataDir;
    if (options.demo) {
        demo = std::make_unique<DemoSimulator>();
        if (demo->start(demoSimulatorOptions())) {
            demo->useForGoogle(); // before the engine exists; process-local, never written
        } else {
            qCWarning(lcWindow) << "demo mode without the simulator: it could not start";
            demo.reset();
        }
        if (dataDir.isEmpty())
            dataDir = freshDemoDir();
    }
    dataDir = Settings::resolveDataDir(dataDir);

    SyncSession session(dataDir);
    MainWindow window(session, demo.get());
    window.setSyncWhenOpened(demo != nullptr);
    session.open();
    window.show();
    const int status = app.exec();
    session.engine().cancelAll();
    return status;
}

} // namespace cairn
