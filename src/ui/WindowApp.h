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
};

// Opens the main window (and, in demo mode, the in-process simulator) and runs the event loop.
int runWindow(QApplication &app, const WindowOptions &options);

// The simulator's sample data in demo mode: seed 7, 500 contacts.
sim::Options demoSimulatorOptions();

} // namespace cairn
