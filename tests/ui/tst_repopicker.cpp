// Issue 17, item 3 (GitHub): Settings › Syncing › Choose… lists the repositories the signed-in
// GitHub account can see — from the simulator, in process, through the window's own engine
// and HttpClient — and a person picks them with the mouse and the keyboard instead of typing
// owner/name. Without an account or a network the picker says so; Cancel changes nothing.
#include "PickerTest.h"
#include "github/RepoPickerDialog.h"
#include "RetryPolicy.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "SettingsForm.h"
#include "ui_SettingsDialog.h" // (here too: AUTOUIC generates what a source includes)

#include "sim/CloudSimulator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cairn;
using namespace pickertest;

namespace {

sim::Options options()
{
    return {.contacts = 0, .githubRepos = 120 /* two pages of 100 */, .githubPullsPerRepo = 1};
}

RepoPickerDialog *clickChoose(SettingsDialog *settings)
{
    QPushButton *choose = formOf(settings)->chooseRepos;
    if (!choose->isVisible())
        return nullptr;
    QTest::mouseClick(choose, Qt::LeftButton);
    return settings->findChild<RepoPickerDialog *>();
}

QTreeView *listOf(RepoPickerDialog *p)
{
    return p->findChild<QTreeView *>(QStringLiteral("repoList"));
}

int userRepoRequests(const sim::CloudSimulator &s)
{
    return requestsTo(s, QStringLiteral("GET /github/user/repos"));
}

} // namespace

class TestRepoPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { unsetEnvironment({"CAIRN_GITHUB_API_URL", "CAIRN_GITHUB_TOKEN"}); }

    void cleanup() { cleanUp("CAIRN_GITHUB_TOKEN"); }

    // Choose… → the list (both pages, newest push first, the box's repositories ticked) →
    // search, tick with the mouse and with Space → OK → the box → Settings OK → cairn.ini.
    void pickWithMouseAndKeyboard()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        QVERIFY(s.github().addPull(QStringLiteral("acme-labs/cli")) > 0); // pushed just now
        qputenv("CAIRN_GITHUB_TOKEN", options().accessToken.toUtf8());
        App app({{QStringLiteral("github.api_url"), s.baseUrl().toString() + QStringLiteral("/github")}});
        app.session.settings().setValue(QStringLiteral("github.repos"), QStringLiteral("octo-org/website"));
        SettingsDialog *settings = openSettings(app.window);
        QVERIFY(settings);
        QCOMPARE(formOf(settings)->githubRepos->toPlainText(), QStringLiteral("octo-org/website"));

        RepoPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        // Loading does not hold the window: the dialog is up and says it is loading.
        QVERIFY(picker->isLoading());
        saveShot(settings, QStringLiteral("settings-choose"));
        saveShot(picker, QStringLiteral("repo-picker-loading"));
        QVERIFY(picker->findChild<QProgressBar *>(QStringLiteral("repoProgress"))->isVisible());
        QVERIFY(picker->message().contains(QLatin1String("Loading")));
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QCOMPARE(picker->message(), QString());
        QVERIFY(!picker->findChild<QProgressBar *>(QStringLiteral("repoProgress"))->isVisible());

        QTreeView *view = listOf(picker);
        QStringList names = shownNames(view);
        QCOMPARE(names.size(), 120);
        QVERIFY2(userRepoRequests(s) == 2, // page 1 and its rel="next"
                 QJsonDocument(s.requestCounts()).toJson().constData());
        QStringList expected = s.github().repoNames();
        QStringList sorted = names;
        sorted.sort();
        expected.sort();
        QCOMPARE(sorted, expected);
        QCOMPARE(names.first(), QStringLiteral("acme-labs/cli")); // recent activity first
        QCOMPARE(rowOf(view, QStringLiteral("octo-org/website")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(rowOf(view, QStringLiteral("acme-labs/cli")).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        auto *count = picker->findChild<QLabel *>(QStringLiteral("repoCount"));
        QCOMPARE(count->text(), QStringLiteral("Chosen: 1 · Shown: 120 of 120"));

        // Type in the search box: the list narrows as the keys come.
        auto *search = picker->findChild<QLineEdit *>(QStringLiteral("repoSearch"));
        QVERIFY(search->isEnabled());
        QTest::keyClicks(search, QStringLiteral("data-pipe"));
        QCOMPARE(view->model()->rowCount(), 15);
        QTest::keyClicks(search, QStringLiteral("line-3"));
        QCOMPARE(shownNames(view), QStringList{QStringLiteral("octo-org/data-pipeline-3")});
        QCOMPARE(count->text(), QStringLiteral("Chosen: 1 · Shown: 1 of 120"));
        // Tick it with the mouse, on its checkbox.
        const QModelIndex found = view->model()->index(0, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCentre(view, found));
        QCOMPARE(found.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(count->text(), QStringLiteral("Chosen: 2 · Shown: 1 of 120"));

        // Clear the search; tick the first row (the newest push) with Space.
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(view->model()->rowCount(), 120);
        view->setFocus(Qt::OtherFocusReason);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(view->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(count->text(), QStringLiteral("Chosen: 3 · Shown: 120 of 120"));
        saveShot(picker, QStringLiteral("repo-picker"));

        auto *buttons = picker->findChild<QDialogButtonBox *>(QStringLiteral("repoButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<RepoPickerDialog *>());
        QCOMPARE(formOf(settings)->githubRepos->toPlainText(),
                 QStringLiteral("octo-org/website\nacme-labs/cli\nocto-org/data-pipeline-3"));
        // Nothing is saved before Settings' own OK.
        QCOMPARE(app.session.settings().value(QStringLiteral("github.repos")).toString(), QStringLiteral("octo-org/website"));
        QTest::mouseClick(formOf(settings)->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(app.session.settings().value(QStringLiteral("github.repos")).toString(),
                 QStringLiteral("octo-org/website,acme-labs/cli,octo-org/data-pipeline-3"));
        QCOMPARE(Settings(app.dir.path()).value(QStringLiteral("github.repos")).toString(),
                 QStringLiteral("octo-org/website,acme-labs/cli,octo-org/data-pipeline-3"));
    }

    // No GitHub account: one sentence, nothing requested, and the box still takes typing.
    void withoutAccountSaysSo()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        App app({{QStringLiteral("github.api_url"), s.baseUrl().toString() + QStringLiteral("/github")}});
        SettingsDialog *settings = openSettings(app.window);
        RepoPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QVERIFY(!picker->isLoading());
        QCOMPARE(picker->message(), QStringLiteral("Cairn is not signed in to GitHub: add your GitHub account under Accounts "
                                                   "first, or type the repositories in the box."));
        QVERIFY(!picker->findChild<QDialogButtonBox *>(QStringLiteral("repoButtons"))->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(userRepoRequests(s), 0);
        saveShot(picker, QStringLiteral("repo-picker-no-account"));
        picker->findChild<QDialogButtonBox *>(QStringLiteral("repoButtons"))->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!settings->findChild<RepoPickerDialog *>());
        QTest::keyClicks(formOf(settings)->githubRepos, QStringLiteral("octo-org/docs"));
        QCOMPARE(formOf(settings)->githubRepos->toPlainText(), QStringLiteral("octo-org/docs"));
    }

    // A GitHub nobody can reach: the picker says so (after the retry policy's attempts).
    void withoutNetworkSaysSo()
    {
        qputenv("CAIRN_GITHUB_TOKEN", "some-token");
        App app({{QStringLiteral("github.api_url"), QStringLiteral("http://127.0.0.1:9/github")}}); // nothing listens there
        RetryPolicy quick;
        quick.maxAttempts = 2;
        app.session.engine().setRetryPolicy(quick);
        SettingsDialog *settings = openSettings(app.window);
        RepoPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QVERIFY2(picker->message().startsWith(QLatin1String("Cairn cannot reach GitHub")), qPrintable(picker->message()));
    }

    // Cancel, while loading or after ticking, leaves the box as it was.
    void cancelLeavesTheBoxUnchanged()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        sim::Fault slow;
        slow.path = QStringLiteral("/github/user/repos");
        slow.delayMs = 3000;
        s.faults().add(slow);
        qputenv("CAIRN_GITHUB_TOKEN", options().accessToken.toUtf8());
        App app({{QStringLiteral("github.api_url"), s.baseUrl().toString() + QStringLiteral("/github")}});
        app.session.settings().setValue(QStringLiteral("github.repos"), QStringLiteral("octo-org/docs"));
        SettingsDialog *settings = openSettings(app.window);

        RepoPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QTest::qWait(200);
        QVERIFY(picker->isLoading());
        QPointer<RepoPickerDialog> gone(picker);
        QTest::mouseClick(picker->findChild<QDialogButtonBox *>(QStringLiteral("repoButtons"))->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!gone);
        QTest::qWait(3500); // the slow answer would have come by now: nothing happens
        QCOMPARE(formOf(settings)->githubRepos->toPlainText(), QStringLiteral("octo-org/docs"));
        QVERIFY(settings->isVisible());

        picker = clickChoose(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QTreeView *view = listOf(picker);
        const QModelIndex docs = rowOf(view, QStringLiteral("octo-org/docs"));
        view->scrollTo(docs);
        QCOMPARE(docs.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCentre(view, docs));
        QCOMPARE(docs.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QTest::keyClick(picker, Qt::Key_Escape);
        QTRY_VERIFY(!settings->findChild<RepoPickerDialog *>());
        QCOMPARE(formOf(settings)->githubRepos->toPlainText(), QStringLiteral("octo-org/docs"));

        // Settings closed while the picker is still loading: both go, the late answer is dropped.
        s.faults().add(slow);
        picker = clickChoose(settings);
        QTest::qWait(200);
        QVERIFY(picker->isLoading());
        QPointer<SettingsDialog> settingsGone(settings);
        gone = picker;
        settings->close(); // the title bar's close button, as a person closes it
        QTRY_VERIFY(!settingsGone);
        QVERIFY(!gone);
        QTest::qWait(3500);
        QCOMPARE(app.session.settings().value(QStringLiteral("github.repos")).toString(), QStringLiteral("octo-org/docs"));
    }

    // A token GitHub refuses: the picker says to sign in again.
    void refusedTokenSaysSo()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        qputenv("CAIRN_GITHUB_TOKEN", "a-token-github-refuses");
        App app({{QStringLiteral("github.api_url"), s.baseUrl().toString() + QStringLiteral("/github")}});
        RepoPickerDialog *picker = clickChoose(openSettings(app.window));
        QVERIFY(picker);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QVERIFY2(picker->message().startsWith(QLatin1String("GitHub did not accept your account's sign-in")), qPrintable(picker->message()));
        QCOMPARE(userRepoRequests(s), 1);
    }
};

QTEST_MAIN(TestRepoPicker)
#include "tst_repopicker.moc"
