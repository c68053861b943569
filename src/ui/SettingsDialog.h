#pragma once
#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class SettingsDialog;
}

class QCheckBox;
class QHBoxLayout;
class QSpinBox;

namespace cairn {

class Settings;
class SourceSettings;
class SyncEngine;

// The settings a user changes (form: ui/SettingsDialog.ui, and each source's rows from its
// views, SourceViews::settings): how often each source syncs, each source's own choices (GitHub's
// repositories and once-a-day option, Asana's workspace and staleness, the Jira
// configurations…), the notifications, the data folder and starting at login. OK checks what
// was typed, says what is wrong, and writes cairn.ini only when everything is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Ui::SettingsDialog *form() const { return m_ui.get(); }
    Settings &settings() { return m_settings; }
    // The engine whose credentials the pickers (the sources' Choose… buttons) use; without one
    // Choose… is not offered and the ids, repositories and JQL are typed.
    void setSyncEngine(SyncEngine *engine);
    SyncEngine *engine() const { return m_engine; }
    // The Syncing tab, the cursor where `source`'s choices are (GitHub's repositories, Jira's
    // configurations).
    void showChoicesOf(const QString &source);
    // What is wrong with the form ("" when it can be saved); `field`: where it is.
    QString problem(QWidget **field = nullptr) const;
    // Writes the form to the settings (after problem() is empty).
    void save();
    // Says `message` under the form, next to the buttons ("" hides it), the cursor in `field`
    // (its tab to the front).
    void showProblem(const QString &message, QWidget *field);

    // Ends a row of a source's part with the form's spacer (as Designer's: it takes the spare
    // width, not the height).
    static void endRow(QHBoxLayout *row);

    // OK: checks the form; when something is wrong it says so under the form, next to the
    // buttons, puts the cursor in the field and stays open; else saves and closes.
    void accept() override;
    // Apply: as OK, without closing. True when saved.
    bool apply();

Q_SIGNALS:
    void applied();

private:
    void buildSourceRows();
    void load();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    QString m_shownDataDir;
    SyncEngine *m_engine = nullptr;
    // Each source's interval, its notifications' checkbox (or none) and its own part (or none).
    struct SourceRows
    {
        QString source;
        QSpinBox *interval = nullptr;
        QCheckBox *notify = nullptr;
        std::unique_ptr<SourceSettings> own;
    };
    std::vector<SourceRows> m_sources;
};

} // namespace cairn
