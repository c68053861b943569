#pragma once
#include <QString>

class QMainWindow;

namespace cairn {

class Settings;

// What the window looked like when it closed, kept in cairn.ini (window/geometry,
// window/layout, window/page; internal settings, SettingsTable): its geometry, every named
// splitter's sizes and every named list's column widths and order, and the page shown.
namespace windowstate {
void save(QMainWindow *window, Settings &settings, const QString &page);
// Restores geometry, splitters and the columns a person sized by hand (property
// "cairnUserSized" on the header: they are kept rather than fitted to the width). Returns the page.
QString restore(QMainWindow *window, Settings &settings);
} // namespace windowstate

} // namespace cairn
