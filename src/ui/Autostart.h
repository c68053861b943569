#pragma once
#include <QString>

namespace cairn {

class Settings;

// Start at login: the XDG autostart entry $XDG_CONFIG_HOME/autostart/cairn.desktop
// (~/.config/autostart when unset), written or removed to follow `app.start_at_login`.
// It starts `cairn --background`: into the tray, without showing the window.
namespace Autostart {
QString entryPath();
bool isEnabled();
// Writes (with `executable` on the Exec line) or removes the entry; false on a write error.
bool setEnabled(bool enabled, const QString &executable);
// Makes the entry follow app.start_at_login (off when unset).
bool apply(const Settings &settings, const QString &executable);
} // namespace Autostart

} // namespace cairn
