#pragma once
#include <QIcon> // main.cpp sets the window icon and relies on this include
#include <QString>

class QApplication;

namespace sim {
struct Options;
}

namespace cairn {

struct WindowOptions
{
    QString dataDir; // empty: the default data dir (or the demo one with `demo`)
    bool demo = false;
    bool background = false; // start in the tray without showing the window (autostart)
};

// Opens the main window (and, in demo mode, the in-process simulator), the tray and the sync
// schedule, and runs the event loop. When Cairn already runs on the same data directory, asks
// it to show its window and returns 0.
int runWindow(QApplication &app, const WindowOptions &options);

// The simulator's sample data in demo mode: seed 7, 500 contacts.
sim::Options demoSimulatorOptions();

} // namespace cairn
