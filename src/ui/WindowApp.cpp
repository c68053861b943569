#include "WindowApp.h"

#include <QApplication>
#include <QMainWindow>

namespace cairn {

int runWindow(QApplication &app, const WindowOptions &)
{
    QMainWindow w;
    w.setWindowTitle(QApplication::translate("cairn::WindowApp", "Cairn"));
    w.show();
    return app.exec();
}

} // namespace cairn
