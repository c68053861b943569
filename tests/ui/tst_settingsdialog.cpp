// The settings dialog writes what the user chose to cairn.ini (and nothing when the form is
// wrong), and the rest of Cairn reads it back: intervals, Asana, GitHub, Jira, data folder.
#include "MainWindow.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SyncSession.h"
#include "SettingsForm.h"
#include "ui_SettingsDialog.h" // (here too: AUTOUIC generates what a source includes)

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Settings::setDefaultDataDir(QString()); }

    void loadsChecksAndSaves()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        settings.setValue(QStringLiteral("sync.google.interval_minutes"), 20);
        settings.setValue(QStringLiteral("github.repos"), QStringLiteral("qt/qtbase, octo/hello"));
        SettingsDialog dialog(settings);
        const auto f = formOf(&dialog);
        QCOMPARE(f->googleInterval->value(), 20);
        QCOMPARE(f->asanaInterval->value(), 10); // defaults per source
        QCOMPARE(f->githubInterval->value(), 30);
        QCOMPARE(f->githubRepos->toPlainText(), QStringLiteral("qt/qtbase\nocto/hello"));
        QVERIFY(dialog.problem().isEmpty());

        // A wrong repository or Jira row is refused and nothing is written.
        f->githubRepos->setPlainText(QStringLiteral("qt/qtbase\nnot a repo"));
        QVERIFY(dialog.problem().contains(QLatin1String("not")));
        f->githubRepos->setPlainText(QStringLiteral("qt/qtbase\nqt/qtdeclarative"));
        f->jiraConfigs->insertRow(0);
        f->jiraConfigs->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Work Items")));
        QVERIFY(!dialog.problem().isEmpty());
        f->jiraConfigs->setItem(0, 0, new QTableWidgetItem(QStringLiteral("work")));
        f->jiraConfigs->setItem(0, 1, new QTableWidgetItem(QStringLiteral("https://example.atlassian.net")));
        QVERIFY(dialog.problem().contains(QLatin1String("JQL")));
        f->jiraConfigs->setItem(0, 2, new QTableWidgetItem(QStringLiteral("project = ABC")));
        QVERIFY(dialog.problem().isEmpty());
        f->asanaPortfolio->setText(QStringLiteral("https://app.asana.com/0/portfolio/1209999000000001"));
        QVERIFY(dialog.problem().contains(QLatin1String("portfolio")));
        f->asanaPortfolio->setText(QStringLiteral(" 1209999000000001 "));
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(settings.value(QStringLiteral("github.repos")).toString(), QStringLiteral("qt/qtbase, octo/hello"));

        f->googleInterval->setValue(15); // back to the default: the key goes
        f->asanaInterval->setValue(5);
        f->githubDaily->setChecked(true);
        f->githubDailyAt->setTime(QTime(4, 30));
        f->asanaStaleHours->setValue(3);
        QTemporaryDir other;
        f->dataDir->setText(other.path());
        f->startAtLogin->setChecked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(f->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        Settings reread(dir.path());
        QVERIFY(!reread.keys().contains(QStringLiteral("sync.google.interval_minutes")));
        QCOMPARE(Scheduler::intervalFromSettings(reread, QStringLiteral("asana")), 5 * 60'000);
        QCOMPARE(reread.value(QStringLiteral("github.daily_at")).toString(), QStringLiteral("04:30"));
        QCOMPARE(reread.value(QStringLiteral("asana.stale_hours")).toInt(), 3);
        QCOMPARE(reread.value(QStringLiteral("github.repos")).toString(), QStringLiteral("qt/qtbase,qt/qtdeclarative"));
        QCOMPARE(reread.value(QStringLiteral("jira.configs")).toString(), QStringLiteral("work"));
        QCOMPARE(reread.value(QStringLiteral("jira.work.jql")).toString(), QStringLiteral("project = ABC"));
        QCOMPARE(reread.value(QStringLiteral("app.start_at_login")).toBool(), true);
        QCOMPARE(reread.value(QStringLiteral("asana.portfolio")).toString(), QStringLiteral("1209999000000001"));
        // The chosen data folder is where Cairn looks next time, unless told otherwise.
        QCOMPARE(Settings::resolveDataDir(QString()), QDir(other.path()).absolutePath());
        QCOMPARE(Settings::resolveDataDir(dir.path()), QDir(dir.path()).absolutePath());

        // Removing the Jira configuration removes its keys.
        SettingsDialog again(reread);
        QCOMPARE(formOf(&again)->jiraConfigs->rowCount(), 1);
        formOf(&again)->jiraConfigs->removeRow(0);
        again.show();
        QTest::mouseClick(formOf(&again)->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        Settings third(dir.path());
        QVERIFY(!third.keys().contains(QStringLiteral("jira.work.site")));
        QVERIFY(!third.keys().contains(QStringLiteral("jira.configs")));
    }

    void windowOpensItAndHearsTheChange()
    {
        QTemporaryDir dir;
        SyncSession session(dir.path());
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changed(&window, &MainWindow::settingsChanged);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier); // Ctrl+, as a person opens it
        QVERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        const auto f = formOf(window.settingsDialog());
        f->jiraInterval->selectAll();
        QTest::keyClicks(f->jiraInterval, QStringLiteral("12"));
        f->startAtLogin->setChecked(false);
        QTest::mouseClick(f->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Scheduler::intervalFromSettings(session.settings(), QStringLiteral("jira")), 12 * 60'000);
        QTRY_VERIFY(!window.settingsDialog()); // closed, and gone
    }

    void cancelDiscardsAndApplyKeepsItOpen()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        {
            SettingsDialog dialog(settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            formOf(&dialog)->asanaStaleHours->selectAll();
            QTest::keyClicks(formOf(&dialog)->asanaStaleHours, QStringLiteral("9"));
            QTest::mouseClick(formOf(&dialog)->buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QVERIFY(!Settings(dir.path()).keys().contains(QStringLiteral("asana.stale_hours")));
        SettingsDialog dialog(settings);
        QCOMPARE(formOf(&dialog)->asanaStaleHours->value(), 6); // what was saved, not what was typed
        dialog.show();
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        formOf(&dialog)->asanaStaleHours->selectAll();
        QTest::keyClicks(formOf(&dialog)->asanaStaleHours, QStringLiteral("9"));
        QTest::mouseClick(formOf(&dialog)->buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(Settings(dir.path()).value(QStringLiteral("asana.stale_hours")).toInt(), 9);
    }

    void anInvalidValueIsShownByItsFieldAndNothingIsSaved()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto f = formOf(&dialog);
        f->tabs->setCurrentIndex(0);
        f->githubRepos->setFocus();
        QTest::keyClicks(f->githubRepos, QStringLiteral("qt/qtbase not a repo"));
        QTest::mouseClick(f->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // stays open
        QVERIFY(f->problemLabel->isVisible());
        QVERIFY2(f->problemLabel->text().contains(QStringLiteral("“not”")), qPrintable(f->problemLabel->text()));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(f->githubRepos));
        QVERIFY(!Settings(dir.path()).keys().contains(QStringLiteral("github.repos")));
        QDir().mkpath(QStringLiteral(CAIRN_BUILD_DIR "/screenshots"));
        dialog.grab().save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/settings-invalid.png"));
        // Mended, OK saves and closes; the note is gone.
        f->githubRepos->setPlainText(QStringLiteral("qt/qtbase"));
        QTest::mouseClick(f->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(Settings(dir.path()).value(QStringLiteral("github.repos")).toString(), QStringLiteral("qt/qtbase"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
