// The window follows an account's switch of writing back (issue 22): Asana's writing is on for
// the source (the demo's asana.write) and for another account, and the person unticks "Send
// changes made in Cairn to Asana" for the tasks' account in Accounts… — the task pane at once
// offers no editing of that account's tasks; ticked again, it does. Against the built-in
// simulator, offscreen.
#include "Account.h"
#include "AccountsDialog.h"
#include "WindowDriver.h"
#include "WindowFixture.h"
#include "WriterTransaction.h"

#include "asana/AsanaTasksModel.h"
#include "asana/ProjectsPage.h"
#include "asana/TaskPane.h"
#include "ChangeDialog.h"
#include "Outbox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleOptionButton>
#include <QTreeWidget>

using namespace cairn;

namespace {
const QString kAsana = QStringLiteral("asana");
}

class TestWindowWriteSwitch : public QObject
{
    Q_OBJECT

    uitest::DemoWindow m_app;

    MainWindow &window() { return *m_app.window; }
    TasksPage *tasks() { return window().page<ProjectsPage>()->tasks(); }
    TaskPane *pane() { return tasks()->pane(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        QVERIFY(uitest::clickPage(window(), kAsana));
        QTRY_VERIFY(tasks()->model()->rowCount() > 5);
    }

    void untickingAnAccountTakesItsEditingAway()
    {
        QVERIFY(m_app.session->settings().value(QStringLiteral("asana.write")).toBool()); // the demo writes
        // The demo's token is account "default"; signed in, it is listed in Accounts. Another
        // account writes: what the pane offers is the task's own account's switch.
        AccountStore store(m_app.session->settings());
        for (const QString &id : {Account::defaultId(), QStringLiteral("other")}) {
            Account a;
            a.source = kAsana;
            a.id = id;
            a.kind = Account::Kind::Token;
            store.save(a);
        }
        QVERIFY(store.setWriteSwitch(kAsana, QStringLiteral("other"), true));

        QTableView *table = tasks()->table();
        const QModelIndex first = tasks()->model()->index(0, AsanaTasksModel::Name);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QVERIFY(tasks()->selectedItemId() != 0);
        QVERIFY(pane()->editButton()->isVisible());
        QVERIFY(tasks()->newTaskButton()->isVisible());

        AccountsDialog *dialog = window().openAccounts(kAsana);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("accountList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), Account::defaultId());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(0)).center());
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("writeCheck"));
        QVERIFY(check->isVisible());
        QVERIFY(check->isChecked()); // no switch of its own: as the source says
        QStyleOptionButton option;
        option.initFrom(check);
        const QPoint box = check->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, check).center();

        QTest::mouseClick(check, Qt::LeftButton, {}, box);
        QVERIFY(!check->isChecked());
        QTRY_VERIFY(!pane()->editButton()->isVisible());
        QVERIFY(!pane()->commentBox()->isVisible());
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY(!pane()->isEditing());
        // New task (shown: the other account writes) offers no project of this account: none here.
        QTest::mouseClick(tasks()->newTaskButton(), Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY(!window().findChild<ChangeDialog *>());
        QVERIFY(test::write(m_app.session->writer(), [](QSqlDatabase &db) { return OutboxRepo::list(db, kAsana); }).isEmpty());

        QTest::mouseClick(check, Qt::LeftButton, {}, box);
        QVERIFY(check->isChecked());
        QTRY_VERIFY(pane()->editButton()->isVisible());
        QVERIFY(tasks()->newTaskButton()->isVisible());
        QTest::mouseClick(tasks()->newTaskButton(), Qt::LeftButton);
        ChangeDialog *newTask = nullptr;
        QTRY_VERIFY((newTask = window().findChild<ChangeDialog *>()));
        QTest::mouseClick(newTask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!newTask->isVisible());
        dialog->close();
    }
};

QTEST_MAIN(TestWindowWriteSwitch)
#include "tst_windowwriteswitch.moc"
