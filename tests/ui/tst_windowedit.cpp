// Changing Asana tasks in the window (issue 22), driven as a person does it: a real window
// over a real cache and the built-in simulator over loopback. Read-only (the default) shows no
// editing and queues nothing; Edit, then Esc, writes nothing; an edit made offline shows at
// once in the pane and the list, marked pending, and lands on the simulator with Sync now; an
// edit of a field someone changed in Asana too shows both values and is resolved by a click
// (Keep mine: sent again over theirs; Take theirs: the change dropped, theirs shown); a comment
// and a new task are queued the same way; Delete… asks, hides the task until Sync now deletes
// it in Asana, and Undo brings it back; a change Asana refuses is sent again by Try again.
// Screenshots of the editor, a conflict, a delete and a refusal at a small and a large window
// size: build/screenshots/edit-*.png.
#include "WindowDriver.h"
#include "WindowFixture.h"
#include "WriterTransaction.h"

#include "asana/AsanaTasksModel.h"
#include "asana/ProjectsPage.h"
#include "asana/TaskDetailView.h"
#include "asana/TaskPane.h"
#include "ChangeDialog.h"
#include "ChangeStatus.h"
#include "ConflictView.h"
#include "Outbox.h"
#include "StoreWriter.h"
#include "sim/asana/AsanaService.h"
#include "sim/CloudSimulator.h"
#include "sim/FaultPlan.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QToolBar>

using namespace cairn;

namespace {
const QString kAsana = QStringLiteral("asana");
}

class TestWindowEdit : public QObject
{
    Q_OBJECT

    uitest::DemoWindow m_app;

    MainWindow &window() { return *m_app.window; }
    TasksPage *tasks() { return window().page<ProjectsPage>()->tasks(); }
    TaskPane *pane() { return tasks()->pane(); }
    AsanaTasksModel *model() { return tasks()->model(); }

    // The list's row of a task, clicked; its Asana id.
    QString clickRow(int row)
    {
        QTableView *table = tasks()->table();
        const QModelIndex index = model()->index(row, AsanaTasksModel::Name);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return model()->gidAt(row);
    }
    int rowOf(const QString &gid)
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->gidAt(r) == gid)
                return r;
        return -1;
    }
    QString listedName(const QString &gid) { return model()->index(rowOf(gid), AsanaTasksModel::Name).data().toString(); }

    // The task as the simulator (Asana) has it.
    sim::ATask simTask(const QString &gid)
    {
        sim::ATask t;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) {
            if (const sim::ATask *found = s.asana().task(gid))
                t = *found;
        });
        return t;
    }
    int apiUpdates(const QString &gid)
    {
        int n = 0;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) { n = s.asana().apiWrites(gid).updated; });
        return n;
    }
    sim::AsanaService::ApiWrites simWrites(const QString &gid)
    {
        sim::AsanaService::ApiWrites w;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) { w = s.asana().apiWrites(gid); });
        return w;
    }
    bool activeAgain() { return uitest::activeAgain(window()); }
    QMessageBox *deleteQuestion() { return uitest::deleteQuestion(window()); }
    // Someone else changes the task in Asana: a PUT over loopback, as Asana's own apps send it.
    bool changeInAsana(const QString &gid, const QJsonObject &data)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_app.demo.baseUrl().toString() + QStringLiteral("/asana/api/1.0/tasks/") + gid));
        request.setRawHeader("Authorization", "Bearer " + m_app.demo.accessToken().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.put(request, QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(10'000) && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }
    // Every change in the outbox, as the store has it.
    QList<OutboxChange> outbox() { return test::write(m_app.session->writer(), [](QSqlDatabase &db) { return OutboxRepo::list(db, kAsana); }); }
    QList<OutboxChange> openChanges() { return uitest::openOf(outbox()); }
    // Sync now on the tool bar; waits until Asana's run is over and the window has refreshed.
    bool syncNow() { return uitest::syncNowAndWait(window(), *m_app.session, kAsana); }
    void setWriting(bool on)
    {
        m_app.session->settings().setValue(QStringLiteral("asana.write"), on);
        tasks()->reload(); // (the window reads the switch whenever it shows a task)
    }
    // The edit form's name box, after a click on Edit.
    QLineEdit *editName()
    {
        QTest::mouseClick(pane()->editButton(), Qt::LeftButton);
        return pane()->form() ? qobject_cast<QLineEdit *>(pane()->form()->editor(QStringLiteral("name"))) : nullptr;
    }
    void typeName(QLineEdit *name, const QString &text)
    {
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, text);
    }
    void shoot(const QString &state)
    {
        const QString dir = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        for (const QSize size : {QSize(820, 600), QSize(1440, 900)}) {
            window().resize(size);
            QTest::qWait(150);
            QVERIFY(window().grab().save(dir + QStringLiteral("/edit-%1-%2x%3.png").arg(state).arg(size.width()).arg(size.height())));
        }
        window().resize(1180, 720);
        QTest::qWait(100);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        QVERIFY(uitest::clickPage(window(), kAsana));
        QTRY_VERIFY(model()->rowCount() > 5);
    }

    // Read-only (the default): no Edit, no comment box, no New task, and no key reaches the outbox.
    void readOnlyShowsNoEditing()
    {
        setWriting(false);
        clickRow(0);
        QVERIFY(tasks()->selectedItemId() != 0);
        QVERIFY(!pane()->editButton()->isVisible());
        QVERIFY(!pane()->commentBox()->isVisible());
        QVERIFY(!tasks()->newTaskButton()->isVisible());
        QVERIFY(!pane()->changeStatus()->isVisible());
        for (const QKeySequence &keys : {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_N)}) {
            QTest::keySequence(tasks()->table(), keys);
            QTest::qWait(50);
        }
        QVERIFY(!pane()->isEditing());
        QVERIFY(!window().findChild<ChangeDialog *>());
        QVERIFY(outbox().isEmpty());
        // Switched on, the same task offers its editing.
        setWriting(true);
        QVERIFY(pane()->editButton()->isVisible());
        QVERIFY(pane()->commentBox()->isVisible());
        QVERIFY(tasks()->newTaskButton()->isVisible());
    }

    // Esc leaves the task as it was: nothing in the outbox, nothing in the cache.
    void escCancelsAnEdit()
    {
        setWriting(true);
        const QString gid = clickRow(0);
        const QString before = listedName(gid);
        QTest::keyClick(tasks()->table(), Qt::Key_F2); // the shortcut, from the list
        QVERIFY(pane()->isEditing());
        QVERIFY(!pane()->editButton()->isVisible());
        auto *name = qobject_cast<QLineEdit *>(pane()->form()->editor(QStringLiteral("name")));
        QVERIFY(name && name->hasFocus());
        QCOMPARE(name->text(), before);
        typeName(name, QStringLiteral("Never kept"));
        QTest::keyClick(name, Qt::Key_Escape);
        QVERIFY(!pane()->isEditing());
        QVERIFY(pane()->editButton()->isVisible());
        QTest::qWait(400);
        QVERIFY(outbox().isEmpty());
        QVERIFY(!pane()->view()->toPlainText().contains(QLatin1String("Never kept")));
        QCOMPARE(listedName(gid), before);
        QCOMPARE(simTask(gid).name, before);
    }

    // Offline: shown at once, marked pending, kept; online again, Sync now lands it.
    void anEditMadeOfflineLandsWithSyncNow()
    {
        setWriting(true);
        if (!tasks()->showCompletedBox()->isChecked()) // to see the task in the list once completed
            QTest::mouseClick(tasks()->showCompletedBox(), Qt::LeftButton, {}, QPoint(8, tasks()->showCompletedBox()->height() / 2));
        QVERIFY(tasks()->showCompletedBox()->isChecked());
        const QString gid = clickRow(1);
        const QString before = simTask(gid).name;
        const bool wasCompleted = simTask(gid).completed;
        const QByteArray online = qgetenv("CAIRN_ASANA_API_URL");
        qputenv("CAIRN_ASANA_API_URL", "http://127.0.0.1:9/asana/api/1.0"); // nothing listens there
        const auto backOnline = qScopeGuard([online] { qputenv("CAIRN_ASANA_API_URL", online); });

        QLineEdit *name = editName();
        QVERIFY(name);
        typeName(name, QStringLiteral("Renamed on the train"));
        auto *completed = qobject_cast<QCheckBox *>(pane()->form()->editor(QStringLiteral("completed")));
        QVERIFY(completed);
        QTest::mouseClick(completed, Qt::LeftButton, {}, QPoint(8, completed->height() / 2));
        QCOMPARE(completed->isChecked(), !wasCompleted);
        shoot(QStringLiteral("editing"));
        QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves
        QTRY_VERIFY(!pane()->isEditing());
        QVERIFY2(pane()->errorLine()->isHidden(), qPrintable(pane()->errorLine()->text()));

        // At once, with no network: the pane and the list show it, marked pending.
        QTRY_VERIFY(pane()->view()->toPlainText().contains(QLatin1String("Renamed on the train")));
        QVERIFY(pane()->changeStatus()->isVisible());
        const QLabel *line = pane()->changeStatus()->findChild<QLabel *>(QStringLiteral("changeLine"));
        QVERIFY(line && line->text().contains(QLatin1String("pending")));
        QTRY_COMPARE(listedName(gid), QStringLiteral("Renamed on the train"));
        const int row = rowOf(gid);
        QCOMPARE(model()->openChangesAt(row), std::optional(OutboxState::Pending));
        QVERIFY(!model()->index(row, AsanaTasksModel::Name).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model()->index(row, AsanaTasksModel::Name).data(Qt::ToolTipRole).toString().contains(QLatin1String("Pending")));
        QList<OutboxChange> open = openChanges();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().action, QStringLiteral("edit"));
        QCOMPARE(open.first().item, gid);
        QCOMPARE(open.first().state, OutboxState::Pending);
        QCOMPARE(open.first().fields, (QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed on the train")},
                                                   {QStringLiteral("completed"), !wasCompleted}}));

        // Sync now while Asana cannot be reached: the run fails, the change waits, still shown.
        QVERIFY(syncNow());
        QCOMPARE(simTask(gid).name, before);
        QCOMPARE(openChanges().size(), 1);
        QCOMPARE(listedName(gid), QStringLiteral("Renamed on the train"));
        QVERIFY(pane()->view()->toPlainText().contains(QLatin1String("Renamed on the train")));

        // Online again: Sync now sends it, then syncs.
        qputenv("CAIRN_ASANA_API_URL", online);
        QVERIFY(syncNow());
        QCOMPARE(simTask(gid).name, QStringLiteral("Renamed on the train"));
        QCOMPARE(simTask(gid).completed, !wasCompleted);
        QCOMPARE(apiUpdates(gid), 1);
        QVERIFY(openChanges().isEmpty());
        QCOMPARE(outbox().last().state, OutboxState::Done);
        QTRY_VERIFY(!model()->openChangesAt(rowOf(gid)));
        QCOMPARE(listedName(gid), QStringLiteral("Renamed on the train"));
        QVERIFY(!pane()->changeStatus()->isVisible());
    }

    // The same field changed in Asana meanwhile: both values side by side; Keep mine sends mine
    // over theirs with the next sync, Take theirs drops mine.
    void aConflictIsResolvedByAClick()
    {
        setWriting(true);
        const QString gid = clickRow(2);
        QLineEdit *name = editName();
        QVERIFY(name);
        typeName(name, QStringLiteral("Mine"));
        QTest::mouseClick(pane()->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(listedName(gid), QStringLiteral("Mine"));
        QVERIFY(changeInAsana(gid, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
        QVERIFY(syncNow());
        QCOMPARE(simTask(gid).name, QStringLiteral("Theirs")); // nothing overwritten
        ConflictView *conflict = pane()->conflictView();
        QTRY_VERIFY(conflict->isVisible());
        QCOMPARE(conflict->findChild<QLabel *>(QStringLiteral("mine-name"))->text(), QStringLiteral("Mine"));
        QCOMPARE(conflict->findChild<QLabel *>(QStringLiteral("theirs-name"))->text(), QStringLiteral("Theirs"));
        QCOMPARE(model()->openChangesAt(rowOf(gid)), std::optional(OutboxState::Conflict));
        QCOMPARE(openChanges().first().state, OutboxState::Conflict);
        shoot(QStringLiteral("conflict"));

        QTest::mouseClick(conflict->keepMineButton(QStringLiteral("name")), Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible());
        QCOMPARE(openChanges().first().state, OutboxState::Pending);
        QVERIFY(pane()->changeStatus()->isVisible());
        QVERIFY(syncNow());
        QCOMPARE(simTask(gid).name, QStringLiteral("Mine"));
        QVERIFY(openChanges().isEmpty());

        // Again, and Asana's value kept this time.
        const int updates = apiUpdates(gid);
        name = editName();
        QVERIFY(name);
        typeName(name, QStringLiteral("Mine again"));
        QTest::keyClick(name, Qt::Key_Enter, Qt::ControlModifier);
        QTRY_COMPARE(listedName(gid), QStringLiteral("Mine again"));
        QVERIFY(changeInAsana(gid, {{QStringLiteral("name"), QStringLiteral("Theirs again")}}));
        QVERIFY(syncNow());
        QTRY_VERIFY(conflict->isVisible());
        QTest::mouseClick(conflict->takeTheirsButton(QStringLiteral("name")), Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible());
        QVERIFY(openChanges().isEmpty());
        QTRY_COMPARE(listedName(gid), QStringLiteral("Theirs again"));
        QVERIFY(pane()->view()->toPlainText().contains(QLatin1String("Theirs again")));
        QVERIFY(!model()->openChangesAt(rowOf(gid)));
        QVERIFY(syncNow());
        QCOMPARE(simTask(gid).name, QStringLiteral("Theirs again"));
        QCOMPARE(apiUpdates(gid), updates + 1); // theirs only: Cairn wrote nothing of the second edit
        QCOMPARE(listedName(gid), QStringLiteral("Theirs again"));
    }

    // Choosing another task while editing keeps what was typed (as Asana does); a task the
    // list now hides (completed, completed tasks hidden) stays in the pane.
    void leavingAnEditKeepsIt()
    {
        setWriting(true);
        if (tasks()->showCompletedBox()->isChecked())
            QTest::mouseClick(tasks()->showCompletedBox(), Qt::LeftButton, {}, QPoint(8, tasks()->showCompletedBox()->height() / 2));
        QVERIFY(!tasks()->showCompletedBox()->isChecked());
        const qsizetype before = outbox().size();
        const QString first = clickRow(3);
        QLineEdit *name = editName();
        QVERIFY(name);
        typeName(name, QStringLiteral("Typed, then left"));
        const QString second = clickRow(4);
        QVERIFY(second != first);
        QVERIFY(!pane()->isEditing());
        QTRY_COMPARE(outbox().size(), before + 1);
        QCOMPARE(outbox().last().item, first);
        QCOMPARE(outbox().last().fields.value(QLatin1String("name")).toString(), QStringLiteral("Typed, then left"));
        QTRY_COMPARE(listedName(first), QStringLiteral("Typed, then left"));

        // Completed here: the list hides it, the pane keeps showing it, marked pending.
        const qint64 id = tasks()->selectedItemId();
        QVERIFY(editName());
        auto *completed = qobject_cast<QCheckBox *>(pane()->form()->editor(QStringLiteral("completed")));
        QVERIFY(completed && !completed->isChecked());
        QTest::mouseClick(completed, Qt::LeftButton, {}, QPoint(8, completed->height() / 2));
        QTest::mouseClick(pane()->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(rowOf(second), -1);
        QTest::qWait(600); // the window's own reload after the write
        QCOMPARE(pane()->view()->taskId(), id);
        QVERIFY(pane()->view()->toPlainText().contains(QLatin1String("Completed")));
        QVERIFY(pane()->changeStatus()->isVisible());
        QVERIFY(syncNow());
        QVERIFY(simTask(first).name == QStringLiteral("Typed, then left") && simTask(second).completed);
        QVERIFY(openChanges().isEmpty());
    }

    // Delete…: asked first, naming the task and Asana; the list hides it at once, the pane
    // keeps it with its pending line, Undo brings it back; the Delete key on the list asks the
    // same, and Sync now deletes it in Asana.
    void aTaskIsDeletedAfterAsking()
    {
        setWriting(true);
        const QString gid = clickRow(5);
        const qint64 id = tasks()->selectedItemId();
        const QString name = listedName(gid);
        QVERIFY(pane()->deleteButton()->isVisible());
        QTest::mouseClick(pane()->deleteButton(), Qt::LeftButton);
        QMessageBox *box = deleteQuestion();
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Delete “%1” from Asana? It is deleted there at the next sync.").arg(name));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
        QVERIFY(activeAgain());
        QTRY_COMPARE(openChanges().size(), 1);
        QCOMPARE(openChanges().first().action, QStringLiteral("delete"));
        QTRY_COMPARE(rowOf(gid), -1);
        QTest::qWait(300);
        QCOMPARE(pane()->view()->taskId(), id); // still in the pane, marked pending
        QVERIFY(pane()->view()->toPlainText().contains(name));
        QVERIFY(!pane()->view()->toPlainText().contains(QLatin1String("Deleted in Asana")));
        QCOMPARE(pane()->changeStatus()->findChild<QLabel *>(QStringLiteral("changeLine"))->text(),
                 QStringLiteral("Deleted: pending, goes to Asana with the next sync"));
        QVERIFY(!pane()->editButton()->isVisible() && !pane()->commentBox()->isVisible());
        shoot(QStringLiteral("delete-pending"));

        QTest::mouseClick(pane()->changeStatus()->findChild<QPushButton *>(QStringLiteral("undoDelete")), Qt::LeftButton);
        QTRY_VERIFY(openChanges().isEmpty());
        QTRY_VERIFY(rowOf(gid) >= 0);
        QTRY_COMPARE(tasks()->selectedItemId(), id);
        QVERIFY(pane()->editButton()->isVisible());

        tasks()->table()->setFocus();
        QTest::keyClick(tasks()->table(), Qt::Key_Delete);
        QVERIFY((box = deleteQuestion()));
        QTest::keyClick(box, Qt::Key_Return); // (Delete is the default)
        QVERIFY(activeAgain());
        QTRY_COMPARE(openChanges().size(), 1);
        QTRY_COMPARE(rowOf(gid), -1);
        QVERIFY(syncNow());
        QVERIFY(openChanges().isEmpty());
        QVERIFY(simTask(gid).deleted);
        QCOMPARE(simWrites(gid).deleted, 1);
        QCOMPARE(rowOf(gid), -1);
    }

    // A change Asana refuses (a 400 on its write): the pane says so; Try again sends it with
    // the next Sync now, where it lands.
    void aRefusedChangeIsSentAgainWithTryAgain()
    {
        setWriting(true);
        const QString gid = clickRow(6);
        const QString before = simTask(gid).name;
        sim::Fault refusal;
        refusal.method = "PUT";
        refusal.path = QStringLiteral("/asana/api/1.0/tasks/") + gid;
        refusal.status = 400;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) { s.faults().add(refusal); });
        QLineEdit *name = editName();
        QVERIFY(name);
        typeName(name, QStringLiteral("Refused once"));
        QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(listedName(gid), QStringLiteral("Refused once"));
        QVERIFY(syncNow());
        QCOMPARE(simTask(gid).name, before);
        QTRY_COMPARE(openChanges().size(), 1);
        QCOMPARE(openChanges().first().state, OutboxState::Failed);
        QTRY_COMPARE(model()->openChangesAt(rowOf(gid)), std::optional(OutboxState::Failed));
        auto *retry = pane()->changeStatus()->findChild<QPushButton *>(QStringLiteral("retryChange"));
        QTRY_VERIFY(retry && retry->isVisible());
        QVERIFY(pane()->changeStatus()->findChild<QLabel *>(QStringLiteral("changeLine"))->text().contains(QLatin1String("refused")));
        QCOMPARE(listedName(gid), QStringLiteral("Refused once")); // still shown: nothing lost
        shoot(QStringLiteral("refused"));

        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(openChanges().first().state, OutboxState::Pending);
        QTRY_VERIFY(!pane()->changeStatus()->findChild<QPushButton *>(QStringLiteral("retryChange")));
        QVERIFY(syncNow());
        QCOMPARE(simTask(gid).name, QStringLiteral("Refused once"));
        QVERIFY(openChanges().isEmpty());
        QTRY_VERIFY(!model()->openChangesAt(rowOf(gid)));
        QVERIFY(!pane()->changeStatus()->isVisible());
    }

    // A comment and a new task: queued the same way, in Asana after Sync now.
    void aCommentAndANewTaskAreQueued()
    {
        setWriting(true);
        const QString gid = clickRow(0);
        QPlainTextEdit *box = pane()->commentBox();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("Looks good to me"));
        QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(box->toPlainText().isEmpty());
        QList<OutboxChange> open = openChanges();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().action, QStringLiteral("comment"));
        QCOMPARE(open.first().fields.value(QLatin1String("text")).toString(), QStringLiteral("Looks good to me"));
        QVERIFY(pane()->changeStatus()->isVisible());

        QTest::mouseClick(tasks()->newTaskButton(), Qt::LeftButton);
        ChangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window().findChild<ChangeDialog *>()));
        QVERIFY(!dialog->okButton()->isEnabled()); // a task needs a name
        auto *name = qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("name")));
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Write the report"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(openChanges().size(), 2);
        const OutboxChange create = openChanges().last();
        QCOMPARE(create.action, QStringLiteral("create"));
        QCOMPARE(create.fields.value(QLatin1String("name")).toString(), QStringLiteral("Write the report"));
        QTRY_VERIFY(rowOf(create.item) >= 0); // listed at once, under Cairn's id
        QTRY_COMPARE(model()->gidAt(tasks()->table()->currentIndex().row()), create.item);

        QVERIFY(syncNow());
        QVERIFY(openChanges().isEmpty());
        int stories = 0;
        QString made;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) {
            stories = s.asana().apiWrites(gid).stories;
            made = s.asana().taskByExternalGid(create.clientId);
        });
        QCOMPARE(stories, 1);
        QVERIFY(!made.isEmpty());
        QCOMPARE(simTask(made).name, QStringLiteral("Write the report"));
        QTRY_VERIFY(rowOf(made) >= 0); // under Asana's id now
        QCOMPARE(rowOf(create.item), -1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestWindowEdit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowedit.moc"
