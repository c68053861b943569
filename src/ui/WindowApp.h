#pragma once
#include <QString>

class QApplication;

namespace cairn {

struct WindowOptions
{
    QString dataDir; // empty: the default data dir (or the demo one with `demo`)
    bool demo = false;
};

// Opens the main window (and, in demo mode, the in-process simulator) and runs the event loop.
int runWindow(QApplication &app, const WindowOptions &options);

} // namespace cairn
