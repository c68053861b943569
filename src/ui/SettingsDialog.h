#pragma once
#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace cairn {

class Settings;
class SyncEngine;
class RepoPickerDialog;
class AsanaPickerDialog;
class JiraProjectPickerDialog;

// The settings a user changes (form: ui/SettingsDialog.ui): how often each source syncs (and
// GitHub's once-a-day option), Asana's staleness and full-sync interval, the tracked GitHub
// repositories, the Jira configurations, the data folder and starting at login. OK checks
// what was typed, says what is wrong, and writes cairn.ini only when everything is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Ui::SettingsDialog *form() const { return m_ui.get(); }
    // The engine whose credentials the pickers (the Choose… buttons of GitHub, Asana and Jira)
    // use; without one Choose… is not offered and the ids, repositories and JQL are typed.
    void setSyncEngine(SyncEngine *engine);
    // Choose…: opens the picker (its OK writes the ticked repositories into the box).
    RepoPickerDialog *chooseRepositories();
    // Asana's Choose…: opens the picker (its OK writes the workspace and portfolio ids into their boxes).
    AsanaPickerDialog *chooseAsana();
    // Jira's Choose projects…: opens the picker for the selected configuration (the first, or a
    // new one, when none is selected); its OK writes the JQL Jira accepted into the row. Without
    // a site to ask it says so under the form instead (nullptr).
    JiraProjectPickerDialog *chooseJiraProjects();
    // What is wrong with the form ("" when it can be saved); `field`: where it is.
    QString problem(QWidget **field = nullptr) const;
    // Writes the form to the settings (after problem() is empty).
    void save();

    // OK: checks the form; when something is wrong it says so under the form, next to the
    // buttons, puts the cursor in the field and stays open; else saves and closes.
    void accept() override;
    // Apply: as OK, without closing. True when saved.
    bool apply();

Q_SIGNALS:
    void applied();

private:
    void load();
    void showProblem(const QString &message, QWidget *field);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    QString m_shownDataDir;
    SyncEngine *m_engine = nullptr;
};

} // namespace cairn
