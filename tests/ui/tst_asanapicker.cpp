// Issue 17, item 3 (Asana): Settings › Syncing › Asana › Choose… lists the workspaces of the
// signed-in account and, for the chosen one, the account's portfolios — from the simulator
// over loopback, through the window's own engine and HttpClient — and a person picks them with
// the mouse and the keyboard instead of typing ids. Without an account it says so; Cancel
// changes nothing.
#include "asana/AsanaPickerDialog.h"
#include "PickerTest.h"
#include "SettingsForm.h"
#include "ui_SettingsDialog.h" // (here too: AUTOUIC generates what a source includes)

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cairn;
using namespace pickertest;

namespace {

sim::Options options()
{
    return {.contacts = 0, .asanaProjects = 2, .asanaTasksPerProject = 1, .asanaPortfolios = 130 /* two pages of 100 */};
}

QList<QPair<QString, QString>> asanaAt(const sim::CloudSimulator &s)
{
    return {{QStringLiteral("asana.api_url"), s.baseUrl().toString() + QStringLiteral("/asana")}};
}

AsanaPickerDialog *clickChoose(SettingsDialog *settings)
{
    QPushButton *choose = formOf(settings)->chooseAsana;
    if (!choose->isVisible())
        return nullptr;
    QTest::mouseClick(choose, Qt::LeftButton);
    return settings->findChild<AsanaPickerDialog *>();
}

QListWidget *listOf(AsanaPickerDialog *p, const char *name)
{
    return p->findChild<QListWidget *>(QLatin1String(name));
}

QStringList shown(QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        if (!list->item(row)->isHidden())
            out << list->item(row)->text();
    return out;
}

// A click on the row named `text`, as a person clicks it.
bool clickRow(QListWidget *list, const QString &text)
{
    const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    list->scrollToItem(found.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    return list->currentItem() == found.first();
}

QPushButton *button(AsanaPickerDialog *p, QDialogButtonBox::StandardButton which)
{
    return p->findChild<QDialogButtonBox *>(QStringLiteral("asanaButtons"))->button(which);
}

QString gidOf(sim::CloudSimulator &s, const QString &portfolioName)
{
    for (const sim::APortfolio &p : s.asana().portfolios())
        if (p.name == portfolioName)
            return p.gid;
    return {};
}

} // namespace

class TestAsanaPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { unsetEnvironment({"CAIRN_ASANA_API_URL", "CAIRN_ASANA_TOKEN"}); }

    void cleanup() { cleanUp("CAIRN_ASANA_TOKEN"); }

    // Choose… → the workspaces (the first chosen) and its portfolios (both pages, "All
    // projects" first and chosen) → search → click a portfolio → OK → the boxes → Settings OK.
    void pickWorkspaceAndPortfolio()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        qputenv("CAIRN_ASANA_TOKEN", options().accessToken.toUtf8());
        App app(asanaAt(s));
        SettingsDialog *settings = openSettings(app.window);
        QVERIFY(settings);
        QCOMPARE(formOf(settings)->asanaWorkspace->text(), QString());

        AsanaPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        QVERIFY(picker->isLoading()); // the window is not held while it loads
        QVERIFY(picker->message().contains(QLatin1String("Loading")));
        QVERIFY(!button(picker, QDialogButtonBox::Ok)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QCOMPARE(picker->message(), QString());
        QVERIFY(button(picker, QDialogButtonBox::Ok)->isEnabled());

        QListWidget *workspaces = listOf(picker, "asanaWorkspaces");
        QCOMPARE(shown(workspaces), (QStringList{QStringLiteral("Cairn Sim Workspace"), QStringLiteral("Personal Projects")}));
        QCOMPARE(workspaces->currentItem()->text(), QStringLiteral("Cairn Sim Workspace"));
        QListWidget *portfolios = listOf(picker, "asanaPortfolios");
        QCOMPARE(portfolios->count(), 131);
        QCOMPARE(portfolios->item(0)->text(), QStringLiteral("All projects of the workspace"));
        QCOMPARE(portfolios->currentRow(), 0);
        QCOMPARE(requestsTo(s, QStringLiteral("GET /asana/api/1.0/portfolios")), 2); // page 1 and next_page
        QCOMPARE(requestsTo(s, QStringLiteral("GET /asana/api/1.0/workspaces")), 1);
        QVERIFY(!portfolios->findItems(QStringLiteral("Someone else's portfolio"), Qt::MatchExactly).size());
        saveShot(picker, QStringLiteral("asana-picker"));

        // The search narrows the portfolios as the keys come ("All projects" stays).
        auto *search = picker->findChild<QLineEdit *>(QStringLiteral("asanaSearch"));
        QTest::keyClicks(search, QStringLiteral("roadmap"));
        QCOMPARE(shown(portfolios).size(), 1 + 13); // Roadmap, Roadmap 2 … Roadmap 13
        QTest::keyClicks(search, QStringLiteral(" 7"));
        QCOMPARE(shown(portfolios), (QStringList{QStringLiteral("All projects of the workspace"), QStringLiteral("Roadmap 7")}));
        QVERIFY(clickRow(portfolios, QStringLiteral("Roadmap 7")));
        QCOMPARE(picker->portfolioName(), QStringLiteral("Roadmap 7"));

        QTest::mouseClick(button(picker, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<AsanaPickerDialog *>());
        QCOMPARE(formOf(settings)->asanaWorkspace->text(), s.asana().workspaceGid());
        QCOMPARE(formOf(settings)->asanaPortfolio->text(), gidOf(s, QStringLiteral("Roadmap 7")));
        // Nothing is saved before Settings' own OK.
        QVERIFY(app.session.settings().value(QStringLiteral("asana.portfolio")).toString().isEmpty());
        QTest::mouseClick(formOf(settings)->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(app.session.settings().value(QStringLiteral("asana.workspace")).toString(), s.asana().workspaceGid());
        QCOMPARE(Settings(app.dir.path()).value(QStringLiteral("asana.portfolio")).toString(), gidOf(s, QStringLiteral("Roadmap 7")));
    }

    // The ids of Settings are chosen again; another workspace lists its own portfolios; Cancel
    // (while loading, or after choosing) leaves the boxes as they were; OK with "All projects"
    // empties the portfolio.
    void otherWorkspaceAndCancel()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        qputenv("CAIRN_ASANA_TOKEN", options().accessToken.toUtf8());
        App app(asanaAt(s));
        const QString launches = gidOf(s, QStringLiteral("Launches"));
        app.session.settings().setValue(QStringLiteral("asana.workspace"), s.asana().workspaceGid());
        app.session.settings().setValue(QStringLiteral("asana.portfolio"), launches);
        SettingsDialog *settings = openSettings(app.window);

        // Cancel while the workspaces are still loading: nothing changes, the late answer is dropped.
        sim::Fault slow;
        slow.path = QStringLiteral("/asana/api/1.0/workspaces");
        slow.delayMs = 2000;
        s.faults().add(slow);
        AsanaPickerDialog *picker = clickChoose(settings);
        QTest::qWait(200);
        QVERIFY(picker->isLoading());
        QPointer<AsanaPickerDialog> gone(picker);
        QTest::mouseClick(button(picker, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!gone);
        QTest::qWait(2500);
        QCOMPARE(formOf(settings)->asanaPortfolio->text(), launches);

        picker = clickChoose(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QListWidget *portfolios = listOf(picker, "asanaPortfolios");
        QCOMPARE(portfolios->currentItem()->text(), QStringLiteral("Launches"));
        QVERIFY(clickRow(listOf(picker, "asanaWorkspaces"), QStringLiteral("Personal Projects")));
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QCOMPARE(shown(portfolios), (QStringList{QStringLiteral("All projects of the workspace"), QStringLiteral("Personal goals")}));
        QVERIFY(clickRow(portfolios, QStringLiteral("Personal goals")));
        QTest::mouseClick(button(picker, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<AsanaPickerDialog *>());
        QCOMPARE(formOf(settings)->asanaWorkspace->text(), s.asana().workspaceGid());
        QCOMPARE(formOf(settings)->asanaPortfolio->text(), launches);

        picker = clickChoose(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QVERIFY(clickRow(listOf(picker, "asanaWorkspaces"), QStringLiteral("Personal Projects")));
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QCOMPARE(listOf(picker, "asanaPortfolios")->currentRow(), 0); // All projects
        QTest::mouseClick(button(picker, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<AsanaPickerDialog *>());
        QCOMPARE(formOf(settings)->asanaWorkspace->text(), s.asana().otherWorkspaceGid());
        QCOMPARE(formOf(settings)->asanaPortfolio->text(), QString());
        QTest::mouseClick(formOf(settings)->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(app.session.settings().value(QStringLiteral("asana.workspace")).toString(), s.asana().otherWorkspaceGid());
        QVERIFY(app.session.settings().value(QStringLiteral("asana.portfolio")).toString().isEmpty());
    }

    // No Asana account: one sentence, nothing requested, OK off; the boxes still take typing.
    void withoutAccountSaysSo()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        App app(asanaAt(s));
        SettingsDialog *settings = openSettings(app.window);
        AsanaPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QVERIFY(!picker->isLoading());
        QCOMPARE(picker->message(), QStringLiteral("Cairn is not signed in to Asana: add your Asana account under Accounts first."));
        QVERIFY(!button(picker, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!listOf(picker, "asanaWorkspaces")->isVisible());
        QCOMPARE(requestsTo(s, QStringLiteral("GET /asana")), 0);
        saveShot(picker, QStringLiteral("asana-picker-no-account"));
        QTest::mouseClick(button(picker, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<AsanaPickerDialog *>());
        QTest::keyClicks(formOf(settings)->asanaWorkspace, QStringLiteral("123"));
        QCOMPARE(formOf(settings)->asanaWorkspace->text(), QStringLiteral("123"));
    }

    // The picker on its own (as the welcome page opens it): its small API.
    void standalone()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        qputenv("CAIRN_ASANA_TOKEN", options().accessToken.toUtf8());
        App app(asanaAt(s));
        AsanaPickerDialog picker(app.session.engine(), QUrl(s.baseUrl().toString() + QStringLiteral("/asana")),
                                 s.asana().otherWorkspaceGid(), QString());
        QSignalSpy loaded(&picker, &AsanaPickerDialog::loaded);
        picker.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
        QCOMPARE(picker.workspace(), s.asana().otherWorkspaceGid());
        QCOMPARE(picker.workspaceName(), QStringLiteral("Personal Projects"));
        QCOMPARE(picker.portfolio(), QString());
        QCOMPARE(picker.portfolioName(), QStringLiteral("All projects of the workspace"));
    }
};

QTEST_MAIN(TestAsanaPicker)
#include "tst_asanapicker.moc"
