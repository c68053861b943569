#pragma once
#include "SourceViews.h"

#include <QString>

class QGroupBox;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace cairn {

// A source's part of Settings whose group on the Syncing tab lists what it syncs one a line
// (repositories, projects) in a text box, with a Choose… button under it — shown once the
// dialog has an engine to ask the service with — that opens the source's picker (choose()).
class LinesSettings : public SourceSettings
{
public:
    // The group's words (translated) and the object names of its parts.
    struct Look
    {
        QString title;       // the group's
        QString boxName;     // the group's object name
        QString linesName;   // the text box's
        QString placeholder; // the text box's
        QString choose;      // the button's text
        QString chooseName;  // its object name
        QString chooseTip;   // its tool tip
    };

    QWidget *box() override;
    void setPickersShown(bool shown) override;
    QWidget *choices() const override;

protected:
    LinesSettings(SettingsDialog &dialog, const Look &look);

    // Choose…: the source's picker (openPicker).
    virtual void choose() = 0;
    // Opens `picker` (its chosen(): the lines it ticked), deleted when closed; its OK writes
    // the ticked lines into the box.
    template <class Picker>
    void openPicker(Picker *picker)
    {
        openPicker(picker, [picker] { return picker->chosen(); });
    }

    SettingsDialog &dialog() const { return m_dialog; }
    QPlainTextEdit *lines() const { return m_lines; }
    // The group's layout, for rows of the source's own under the button.
    QVBoxLayout *boxLayout() const { return m_layout; }

private:
    void openPicker(QDialog *picker, std::function<QStringList()> chosen);

    SettingsDialog &m_dialog;
    QGroupBox *m_box;
    QVBoxLayout *m_layout;
    QPlainTextEdit *m_lines;
    QPushButton *m_choose;
};

} // namespace cairn
