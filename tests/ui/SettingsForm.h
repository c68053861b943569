// The Settings dialog's fields as the tests reach them: the form's own (ui/SettingsDialog.ui)
// and each source's rows, which its views make (src/ui/<id>/<Name>Views.cpp), by object name.
#pragma once
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>

#include <memory>

struct SettingsForm
{
    explicit SettingsForm(const cairn::SettingsDialog *d)
        : tabs(d->form()->tabs)
        , syncTab(d->form()->syncTab)
        , buttons(d->form()->buttons)
        , problemLabel(d->form()->problemLabel)
        , dataDir(d->form()->dataDir)
        , startAtLogin(d->form()->startAtLogin)
        , googleInterval(field<QSpinBox>(d, "googleInterval"))
        , asanaInterval(field<QSpinBox>(d, "asanaInterval"))
        , githubInterval(field<QSpinBox>(d, "githubInterval"))
        , jiraInterval(field<QSpinBox>(d, "jiraInterval"))
        , githubDaily(field<QCheckBox>(d, "githubDaily"))
        , githubDailyAt(field<QTimeEdit>(d, "githubDailyAt"))
        , asanaStaleHours(field<QSpinBox>(d, "asanaStaleHours"))
        , asanaWorkspace(field<QLineEdit>(d, "asanaWorkspace"))
        , asanaPortfolio(field<QLineEdit>(d, "asanaPortfolio"))
        , chooseAsana(field<QPushButton>(d, "chooseAsana"))
        , githubRepos(field<QPlainTextEdit>(d, "githubRepos"))
        , chooseRepos(field<QPushButton>(d, "chooseRepos"))
        , jiraConfigs(field<QTableWidget>(d, "jiraConfigs"))
        , addJira(field<QPushButton>(d, "addJira"))
        , chooseJira(field<QPushButton>(d, "chooseJira"))
    {
    }

    QTabWidget *tabs;
    QWidget *syncTab;
    QDialogButtonBox *buttons;
    QLabel *problemLabel;
    QLineEdit *dataDir;
    QCheckBox *startAtLogin;
    QSpinBox *googleInterval;
    QSpinBox *asanaInterval;
    QSpinBox *githubInterval;
    QSpinBox *jiraInterval;
    QCheckBox *githubDaily;
    QTimeEdit *githubDailyAt;
    QSpinBox *asanaStaleHours;
    QLineEdit *asanaWorkspace;
    QLineEdit *asanaPortfolio;
    QPushButton *chooseAsana;
    QPlainTextEdit *githubRepos;
    QPushButton *chooseRepos;
    QTableWidget *jiraConfigs;
    QPushButton *addJira;
    QPushButton *chooseJira;

private:
    template <class W>
    static W *field(const cairn::SettingsDialog *d, const char *name)
    {
        W *w = d->findChild<W *>(QLatin1String(name));
        if (!w)
            qFatal("the Settings dialog has no %s", name);
        return w;
    }
};

inline std::unique_ptr<SettingsForm> formOf(const cairn::SettingsDialog *d)
{
    return std::make_unique<SettingsForm>(d);
}
