#pragma once
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace cairn {

class Settings;
class SyncEngine;

// "Choose what to sync…" after sign-in (the welcome page, a failed sync's banner): GitHub's
// repositories, Asana's workspace and portfolio, Jira's projects (one configuration on the
// signed-in account's site) — picked from the service's lists, written to the settings on OK,
// then `chosen()`. Returns the open picker, or nullptr when there is nothing to choose
// (Google) or it cannot be asked (Jira without a known site).
QDialog *openSyncChoice(SyncEngine &engine, Settings &settings, const QString &source, QWidget *parent,
                        std::function<void()> chosen);

} // namespace cairn
