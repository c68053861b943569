// Issue 17, item 3 (Jira): Settings › Jira configurations › Choose projects… lists the projects
// of the configuration's site — from the simulator over loopback, through the window's own
// engine and HttpClient —, a person ticks them (or writes a JQL under "Advanced") and OK has
// Jira check the JQL before it goes into the configuration: an invalid one is refused with
// Jira's message and the picker stays open. Without an account it says so; Cancel changes nothing.
#include "jira/JiraProjectPickerDialog.h"
#include "PickerTest.h"
#include "SettingsForm.h"
#include "ui_SettingsDialog.h" // (here too: AUTOUIC generates what a source includes)

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace cairn;
using namespace pickertest;

namespace {

const QString kParse = QStringLiteral("POST /jira/rest/api/3/jql/parse");

sim::Options options()
{
    sim::Options o;
    o.contacts = 0;
    o.jiraIssues = 30;
    o.jiraProjects = 130; // two pages of 100
    return o;
}

// The configuration "work" on example.atlassian.net with `jql`; its API is the simulator's.
QList<QPair<QString, QString>> jiraAt(const sim::CloudSimulator &s, const QString &jql)
{
    return {{QStringLiteral("jira.api_url"), s.baseUrl().toString() + QStringLiteral("/jira")},
            {QStringLiteral("jira.configs"), QStringLiteral("work")},
            {QStringLiteral("jira.work.site"), QStringLiteral("https://example.atlassian.net")},
            {QStringLiteral("jira.work.jql"), jql}};
}

// A click on the first configuration's name, then on Choose projects….
JiraProjectPickerDialog *clickChoose(SettingsDialog *settings)
{
    QTableWidget *table = formOf(settings)->jiraConfigs;
    if (table->rowCount() > 0)
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
    QPushButton *choose = formOf(settings)->chooseJira;
    if (!choose->isVisible())
        return nullptr;
    QTest::mouseClick(choose, Qt::LeftButton);
    return settings->findChild<JiraProjectPickerDialog *>();
}

template<typename W>
W *part(JiraProjectPickerDialog *p, const char *name)
{
    return p->findChild<W *>(QLatin1String(name));
}

QPushButton *button(JiraProjectPickerDialog *p, QDialogButtonBox::StandardButton which)
{
    return part<QDialogButtonBox>(p, "jiraButtons")->button(which);
}

void tick(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBoxCentre(view, index));
}

// A click on a checkbox's box (a wide checkbox is not clickable at its middle).
void clickCheckBox(QCheckBox *box)
{
    QStyleOptionButton opt;
    opt.initFrom(box);
    opt.text = box->text();
    QTest::mouseClick(box, Qt::LeftButton, {}, box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &opt, box).center());
}

// Replaces the JQL field's text, as a person does: select all, type.
void typeJql(JiraProjectPickerDialog *p, const QString &jql)
{
    auto *field = part<QLineEdit>(p, "jiraJql");
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, jql);
}

QString savedJql(const SettingsDialog *settings)
{
    const QTableWidgetItem *item = formOf(settings)->jiraConfigs->item(0, 2);
    return item ? item->text() : QString();
}

} // namespace

class TestJiraPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { unsetEnvironment({"CAIRN_JIRA_API_URL", "CAIRN_JIRA_TOKEN", "CAIRN_JIRA_EMAIL"}); }

    void cleanup() { cleanUp("CAIRN_JIRA_TOKEN"); }

    // Choose projects… → every project of the site (two pages), the JQL's ticked → search,
    // tick one more with the mouse → the JQL follows → OK: Jira checks it → the row → Settings OK.
    void pickProjects()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        qputenv("CAIRN_JIRA_TOKEN", options().accessToken.toUtf8());
        App app(jiraAt(s, QStringLiteral("project = CAIRN")));
        SettingsDialog *settings = openSettings(app.window);
        QVERIFY(settings);
        JiraProjectPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QVERIFY(picker->isLoading()); // the window is not held while it loads
        QVERIFY(picker->message().contains(QLatin1String("Loading")));
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QCOMPARE(picker->message(), QString());

        auto *view = part<QTreeView>(picker, "jiraProjects");
        QCOMPARE(view->model()->rowCount(), 130);
        QCOMPARE(requestsTo(s, QStringLiteral("GET /jira/rest/api/3/project/search")), 2);
        QStringList names = shownNames(view);
        QStringList byName = names;
        byName.sort(Qt::CaseInsensitive);
        QCOMPARE(names, byName);
        QCOMPARE(rowOf(view, QStringLiteral("Cairn Desktop")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(view->model()->index(rowOf(view, QStringLiteral("Cairn Desktop")).row(), 1).data().toString(), QStringLiteral("CAIRN"));
        auto *jql = part<QLineEdit>(picker, "jiraJql");
        QCOMPARE(jql->text(), QStringLiteral("project = CAIRN")); // the same projects: the JQL as written
        QVERIFY(jql->isReadOnly());
        auto *count = part<QLabel>(picker, "jiraCount");
        QCOMPARE(count->text(), QStringLiteral("Chosen: 1 · Shown: 130 of 130"));

        // Search as the keys come: by name or key.
        auto *search = part<QLineEdit>(picker, "jiraSearch");
        QTest::keyClicks(search, QStringLiteral("pipe"));
        QCOMPARE(view->model()->rowCount(), 11);
        QTest::keyClicks(search, QStringLiteral("line 2"));
        QCOMPARE(shownNames(view), QStringList{QStringLiteral("Mobile Pipeline 2")});
        tick(view, view->model()->index(0, 0));
        QCOMPARE(view->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(count->text(), QStringLiteral("Chosen: 2 · Shown: 1 of 130"));
        QCOMPARE(jql->text(), QStringLiteral("project in (CAIRN, MOBPI2) ORDER BY updated"));
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClicks(search, QStringLiteral("ops"));
        QVERIFY(rowOf(view, QStringLiteral("Operations")).isValid());
        tick(view, rowOf(view, QStringLiteral("Operations")));
        QCOMPARE(jql->text(), QStringLiteral("project in (CAIRN, MOBPI2, OPS) ORDER BY updated"));
        saveShot(picker, QStringLiteral("jira-picker"));

        QTest::mouseClick(button(picker, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!settings->findChild<JiraProjectPickerDialog *>(), 20'000);
        QCOMPARE(requestsTo(s, kParse), 1);
        QCOMPARE(savedJql(settings), QStringLiteral("project in (CAIRN, MOBPI2, OPS) ORDER BY updated"));
        QCOMPARE(app.session.settings().value(QStringLiteral("jira.work.jql")).toString(), QStringLiteral("project = CAIRN"));
        QTest::mouseClick(formOf(settings)->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(Settings(app.dir.path()).value(QStringLiteral("jira.work.jql")).toString(),
                 QStringLiteral("project in (CAIRN, MOBPI2, OPS) ORDER BY updated"));
    }

    // Advanced: a JQL Jira refuses stays in the field with Jira's words next to it, and the
    // picker stays open; an unbounded one too; a valid one goes into the configuration.
    void invalidJqlIsRefusedValidIsSaved()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        qputenv("CAIRN_JIRA_TOKEN", options().accessToken.toUtf8());
        App app(jiraAt(s, QStringLiteral("project = WEB")));
        SettingsDialog *settings = openSettings(app.window);
        JiraProjectPickerDialog *picker = clickChoose(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        clickCheckBox(part<QCheckBox>(picker, "jiraAdvanced"));
        QVERIFY(part<QCheckBox>(picker, "jiraAdvanced")->isChecked());
        QVERIFY(!part<QLineEdit>(picker, "jiraJql")->isReadOnly());
        QVERIFY(!part<QTreeView>(picker, "jiraProjects")->isEnabled());
        QSignalSpy checked(picker, &JiraProjectPickerDialog::checked);

        const QList<QPair<QString, QString>> refused{
            {QStringLiteral("project = NOPE ORDER BY updated"), QStringLiteral("The value 'NOPE' does not exist for the field 'project'.")},
            {QStringLiteral("project = "), QStringLiteral("Error in the JQL Query: Expecting a value after '='.")},
            {QStringLiteral("ORDER BY updated"),
             QStringLiteral("This JQL has no search restriction: add one, e.g. project = ABC, so that Cairn syncs a bounded set of issues.")}};
        for (const auto &[text, why] : refused) {
            typeJql(picker, text);
            checked.clear();
            QTest::mouseClick(button(picker, QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20'000);
            QVERIFY(!picker->isChecking());
            QVERIFY(picker->isVisible());
            QCOMPARE(picker->jqlProblem(), why);
            QVERIFY(part<QLabel>(picker, "jiraJqlProblem")->isVisible());
            QCOMPARE(part<QLineEdit>(picker, "jiraJql")->text(), text);
            QCOMPARE(savedJql(settings), QStringLiteral("project = WEB"));
        }
        QCOMPARE(requestsTo(s, kParse), 3);
        saveShot(picker, QStringLiteral("jira-picker-invalid-jql"));
        // Typing again clears Jira's complaint.
        typeJql(picker, QStringLiteral("project = OPS AND status = Done"));
        QCOMPARE(picker->jqlProblem(), QString());
        QTest::mouseClick(button(picker, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!settings->findChild<JiraProjectPickerDialog *>(), 20'000);
        QCOMPARE(savedJql(settings), QStringLiteral("project = OPS AND status = Done"));
        QPointer<SettingsDialog> closing(settings);
        QTest::mouseClick(formOf(settings)->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(app.session.settings().value(QStringLiteral("jira.work.jql")).toString(), QStringLiteral("project = OPS AND status = Done"));
        QTRY_VERIFY(!closing);

        // Opened again: a JQL that is not a list of projects opens under Advanced.
        settings = openSettings(app.window);
        picker = clickChoose(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QVERIFY(part<QCheckBox>(picker, "jiraAdvanced")->isChecked());
        QCOMPARE(picker->jql(), QStringLiteral("project = OPS AND status = Done"));
    }

    // Cancel while loading, or after ticking, leaves the configuration as it was.
    void cancelDiscards()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        qputenv("CAIRN_JIRA_TOKEN", options().accessToken.toUtf8());
        App app(jiraAt(s, QStringLiteral("project = CAIRN")));
        SettingsDialog *settings = openSettings(app.window);
        sim::Fault slow;
        slow.path = QStringLiteral("/jira/rest/api/3/project/search");
        slow.delayMs = 2000;
        s.faults().add(slow);
        JiraProjectPickerDialog *picker = clickChoose(settings);
        QTest::qWait(200);
        QVERIFY(picker->isLoading());
        QPointer<JiraProjectPickerDialog> gone(picker);
        QTest::keyClick(picker, Qt::Key_Escape);
        QTRY_VERIFY(!gone);
        QTest::qWait(2500); // the slow answer came meanwhile: nothing happens

        picker = clickChoose(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        auto *view = part<QTreeView>(picker, "jiraProjects");
        tick(view, rowOf(view, QStringLiteral("Web Site")));
        tick(view, rowOf(view, QStringLiteral("Cairn Desktop")));
        QCOMPARE(picker->chosenKeys(), QStringList{QStringLiteral("WEB")});
        QTest::mouseClick(button(picker, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<JiraProjectPickerDialog *>());
        QCOMPARE(savedJql(settings), QStringLiteral("project = CAIRN"));
        QCOMPARE(requestsTo(s, kParse), 0);
    }

    // No Jira account: one sentence, nothing requested. (No site to ask: Settings says so, below.)
    void withoutAccountSaysSo()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        App app(jiraAt(s, QStringLiteral("project = CAIRN")));
        SettingsDialog *settings = openSettings(app.window);
        JiraProjectPickerDialog *picker = clickChoose(settings);
        QVERIFY(picker);
        QVERIFY(!picker->isLoading());
        QCOMPARE(picker->message(), QStringLiteral("Cairn is not signed in to Jira: add your Jira account under Accounts first."));
        QVERIFY(!button(picker, QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(requestsTo(s, QStringLiteral("GET /jira")) + requestsTo(s, QStringLiteral("POST /jira")), 0);
        saveShot(picker, QStringLiteral("jira-picker-no-account"));
        QTest::mouseClick(button(picker, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<JiraProjectPickerDialog *>());
    }

    void withoutSiteSaysSo()
    {
        App bare({{QStringLiteral("jira.configs"), QStringLiteral("work")},
                              {QStringLiteral("jira.work.jql"), QStringLiteral("project = CAIRN")}});
        SettingsDialog *settings = openSettings(bare.window);
        QVERIFY(!clickChoose(settings));
        QCOMPARE(formOf(settings)->problemLabel->text(),
                 QStringLiteral("Type the site of the Jira configuration first, e.g. https://example.atlassian.net."));
        QVERIFY(formOf(settings)->problemLabel->isVisible());
    }

    void jqlOfKeys()
    {
        QCOMPARE(JiraProjectPickerDialog::jqlFor({QStringLiteral("ABC"), QStringLiteral("ORDER")}),
                 QStringLiteral("project in (ABC, \"ORDER\") ORDER BY updated"));
        QCOMPARE(JiraProjectPickerDialog::jqlFor({}), QString());
        QCOMPARE(JiraProjectPickerDialog::keysOf(QStringLiteral("project in (ABC, \"ORDER\") ORDER BY updated")),
                 (QStringList{QStringLiteral("ABC"), QStringLiteral("ORDER")}));
        QCOMPARE(JiraProjectPickerDialog::keysOf(QStringLiteral(" Project = abc ")), QStringList{QStringLiteral("ABC")});
        QCOMPARE(JiraProjectPickerDialog::keysOf(QStringLiteral("project in (A1, B2) order by updated desc")),
                 (QStringList{QStringLiteral("A1"), QStringLiteral("B2")}));
        QVERIFY(JiraProjectPickerDialog::keysOf(QStringLiteral("project = ABC AND status = Done")).isEmpty());
        QVERIFY(JiraProjectPickerDialog::keysOf(QStringLiteral("project in (ABC) ORDER BY created")).isEmpty());
        QVERIFY(JiraProjectPickerDialog::keysOf(QStringLiteral("project in (\"ABC)")).isEmpty());
    }
};

QTEST_MAIN(TestJiraPicker)
#include "tst_jirapicker.moc"
