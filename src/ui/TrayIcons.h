#pragma once
#include <QIcon>

namespace cairn {

// The tray's icons, painted (no SVG plugin needed): the cairn of stones, plus a blue
// "syncing" dot or a red "!" badge.
enum class TrayState { Idle, Syncing, Error };
QIcon trayIcon(TrayState state);

} // namespace cairn
