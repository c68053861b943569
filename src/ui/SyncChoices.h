#pragma once
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace cairn {

class Settings;
class SyncEngine;

// "Choose what to sync…" after sign-in (the welcome page, a failed sync's banner): the
// source's picker (SourceViews::choose: GitHub's repositories, Asana's workspace and
// portfolio, Jira's projects) — picked from the service's lists, written to the settings on
// OK, then `chosen()`. Returns the open picker, or nullptr when there is nothing to choose
// (every contact) or it cannot be asked (Jira without a known site).
QDialog *openSyncChoice(SyncEngine &engine, Settings &settings, const QString &source, QWidget *parent,
                        std::function<void()> chosen);

} // namespace cairn
