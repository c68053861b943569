// Changing Google contacts in the window (issue 22), driven as a person does it: a real window
// over a real cache and the built-in simulator over loopback. Read-only shows no editing and
// queues nothing; an edit made offline shows at once in the pane and the list, marked pending,
// and lands on the simulator with Sync now; a field someone changed in Google too shows both
// values and Keep mine sends mine over theirs; Delete… asks, hides the contact from the list
// until Sync now deletes it in Google, and Undo brings it back; contact groups are ticked in a
// list; a change Google refuses is discarded by a click; New contact is queued the same way.
// Screenshots of the editor, a conflict, a delete and a refusal at a small and a large window
// size: build/screenshots/contact-*.png.
#include "WindowDriver.h"
#include "WindowFixture.h"
#include "WriterTransaction.h"

#include "ChangeDialog.h"
#include "ChangeStatus.h"
#include "ConflictView.h"
#include "Outbox.h"
#include "StoreWriter.h"
#include "google/ContactDetailView.h"
#include "google/ContactPane.h"
#include "google/ContactsModel.h"
#include "google/ContactsPage.h"
#include "sim/CloudSimulator.h"
#include "sim/FaultPlan.h"
#include "sim/google/GoogleService.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QToolBar>

using namespace cairn;

namespace {
const QString kGoogle = QStringLiteral("google");
}

class TestContactEdit : public QObject
{
    Q_OBJECT

    uitest::DemoWindow m_app;

    MainWindow &window() { return *m_app.window; }
    ContactsPage *contacts() { return window().findChild<ContactsPage *>(); }
    ContactPane *pane() { return contacts()->pane(); }
    ContactsModel *model() { return contacts()->model(); }

    // The list's row of a contact, clicked; its resource name.
    QString clickRow(int row)
    {
        QTableView *table = contacts()->table();
        const QModelIndex index = model()->index(row, ContactsModel::Name);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return model()->resourceNameAt(row);
    }
    int rowOf(const QString &name)
    {
        model()->fetchAll();
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->resourceNameAt(r) == name)
                return r;
        return -1;
    }
    QString listedName(const QString &name) { return model()->index(rowOf(name), ContactsModel::Name).data().toString(); }

    // The contact as the simulator (Google) has it.
    sim::GContact simContact(const QString &name)
    {
        sim::GContact c;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) {
            if (const sim::GContact *found = s.google().contact(name))
                c = *found;
        });
        return c;
    }
    QString api(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_app.demo.baseUrl().toString() + QStringLiteral("/google/v1/") + path));
        request.setRawHeader("Authorization", "Bearer " + m_app.demo.accessToken().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(10'000) && reply->error() == QNetworkReply::NoError;
        const QString etag = ok ? QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("etag")).toString() : QString();
        reply->deleteLater();
        return etag;
    }
    // Someone else changes the contact's note in Google: people.updateContact over loopback
    // with the etag it has now, as Google's own apps send it.
    bool changeNoteInGoogle(const QString &name, const QString &note)
    {
        const QString etag = api("GET", name + QStringLiteral("?personFields=names"));
        return !etag.isEmpty()
            && !api("PATCH", name + QStringLiteral(":updateContact?updatePersonFields=biographies"),
                    {{QStringLiteral("etag"), etag}, {QStringLiteral("biographies"), QJsonArray{QJsonObject{{QStringLiteral("value"), note}}}}})
                    .isEmpty();
    }
    sim::GoogleService::ApiWrites simWrites(const QString &name)
    {
        sim::GoogleService::ApiWrites w;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) { w = s.google().apiWrites(name); });
        return w;
    }
    bool activeAgain() { return uitest::activeAgain(window()); }
    QMessageBox *deleteQuestion() { return uitest::deleteQuestion(window()); }
    QList<OutboxChange> outbox() { return test::write(m_app.session->writer(), [](QSqlDatabase &db) { return OutboxRepo::list(db, kGoogle); }); }
    QList<OutboxChange> openChanges() { return uitest::openOf(outbox()); }
    // Sync now on the tool bar; waits until Google's run is over and the window has refreshed.
    bool syncNow() { return uitest::syncNowAndWait(window(), *m_app.session, kGoogle); }
    void setWriting(bool on)
    {
        m_app.session->settings().setValue(QStringLiteral("google.write"), on);
        contacts()->reload(); // (the window reads the switch whenever it shows a contact)
    }
    // The editor of a field, after a click on Edit.
    template<typename Editor> Editor *editField(const QString &field)
    {
        if (!pane()->isEditing())
            QTest::mouseClick(pane()->editButton(), Qt::LeftButton);
        return pane()->form() ? qobject_cast<Editor *>(pane()->form()->editor(field)) : nullptr;
    }
    void shoot(const QString &state)
    {
        const QString dir = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        for (const QSize size : {QSize(820, 600), QSize(1440, 900)}) {
            window().resize(size);
            QTest::qWait(150);
            QVERIFY(window().grab().save(dir + QStringLiteral("/contact-%1-%2x%3.png").arg(state).arg(size.width()).arg(size.height())));
        }
        window().resize(1180, 720);
        QTest::qWait(100);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        QVERIFY(uitest::clickPage(window(), kGoogle));
        QVERIFY(contacts());
        QTRY_VERIFY(model()->rowCount() > 5);
    }

    // google.write off: no Edit, no New contact, and no key reaches the outbox.
    void readOnlyShowsNoEditing()
    {
        setWriting(false);
        clickRow(0);
        QVERIFY(contacts()->selectedContactId() != 0);
        QVERIFY(!pane()->editButton()->isVisible());
        QVERIFY(!contacts()->newContactButton()->isVisible());
        for (const QKeySequence &keys : {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_N)}) {
            QTest::keySequence(contacts()->table(), keys);
            QTest::qWait(50);
        }
        QVERIFY(!pane()->isEditing());
        QVERIFY(!window().findChild<ChangeDialog *>());
        QVERIFY(outbox().isEmpty());
        setWriting(true);
        QVERIFY(pane()->editButton()->isVisible());
        QVERIFY(contacts()->newContactButton()->isVisible());
        // F2 from the list opens the editor on the given name; Esc leaves the contact as it was.
        QTest::keyClick(contacts()->table(), Qt::Key_F2);
        QVERIFY(pane()->isEditing());
        auto *given = qobject_cast<QLineEdit *>(pane()->form()->editor(QStringLiteral("givenName")));
        QVERIFY(given && given->hasFocus());
        QTest::keyClicks(given, QStringLiteral("Never kept"));
        QTest::keyClick(given, Qt::Key_Escape);
        QVERIFY(!pane()->isEditing());
        QTest::qWait(300);
        QVERIFY(outbox().isEmpty());
        QVERIFY(!contacts()->detail()->shownName().contains(QLatin1String("Never kept")));
    }

    // Offline: shown at once, marked pending, kept; online again, Sync now lands it.
    void anEditMadeOfflineLandsWithSyncNow()
    {
        setWriting(true);
        const QString name = clickRow(1);
        const QString before = simContact(name).givenName;
        const QByteArray online = qgetenv("CAIRN_GOOGLE_API_URL");
        QVERIFY(!online.isEmpty());
        qputenv("CAIRN_GOOGLE_API_URL", "http://127.0.0.1:9/google"); // nothing listens there
        const auto backOnline = qScopeGuard([online] { qputenv("CAIRN_GOOGLE_API_URL", online); });

        auto *given = editField<QLineEdit>(QStringLiteral("givenName"));
        QVERIFY(given);
        QTest::keyClick(given, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(given, QStringLiteral("Augusta"));
        auto *phones = editField<QPlainTextEdit>(QStringLiteral("phones"));
        QVERIFY(phones);
        phones->setFocus();
        phones->moveCursor(QTextCursor::End);
        QTest::keyClick(phones, Qt::Key_Return);
        QTest::keyClicks(phones, QStringLiteral("+44 20 7946 0018"));
        auto *note = editField<QPlainTextEdit>(QStringLiteral("note"));
        note->setFocus();
        QTest::keyClick(note, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(note, QStringLiteral("Met on the train"));
        shoot(QStringLiteral("editing"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves
        QTRY_VERIFY(!pane()->isEditing());
        QVERIFY2(pane()->errorLine()->isHidden(), qPrintable(pane()->errorLine()->text()));

        // At once, with no network: the pane and the list show it, marked pending.
        QTRY_VERIFY(contacts()->detail()->shownName().startsWith(QLatin1String("Augusta")));
        QVERIFY(contacts()->detail()->shownText().contains(QLatin1String("Met on the train")));
        QVERIFY(contacts()->detail()->shownText().contains(QLatin1String("+44 20 7946 0018")));
        QVERIFY(pane()->changeStatus()->isVisible());
        const QLabel *line = pane()->changeStatus()->findChild<QLabel *>(QStringLiteral("changeLine"));
        QVERIFY(line && line->text().contains(QLatin1String("pending")));
        QTRY_VERIFY(listedName(name).startsWith(QLatin1String("Augusta")));
        const int row = rowOf(name);
        QCOMPARE(model()->openChangesAt(row), std::optional(OutboxState::Pending));
        QVERIFY(!model()->index(row, ContactsModel::Name).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model()->index(row, ContactsModel::Name).data(Qt::ToolTipRole).toString().contains(QLatin1String("Pending")));
        const QList<OutboxChange> open = openChanges();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().action, QStringLiteral("edit"));
        QCOMPARE(open.first().item, name);
        QCOMPARE(open.first().fields.value(QLatin1String("givenName")).toString(), QStringLiteral("Augusta"));
        QCOMPARE(open.first().fields.value(QLatin1String("note")).toString(), QStringLiteral("Met on the train"));
        QVERIFY(open.first().fields.value(QLatin1String("phones")).toArray().contains(QStringLiteral("+44 20 7946 0018")));

        // Sync now while Google cannot be reached: the change waits, still shown.
        QVERIFY(syncNow());
        QCOMPARE(simContact(name).givenName, before);
        QCOMPARE(openChanges().size(), 1);
        QVERIFY(listedName(name).startsWith(QLatin1String("Augusta")));

        // Online again: Sync now sends it, then syncs.
        qputenv("CAIRN_GOOGLE_API_URL", online);
        QVERIFY(syncNow());
        QCOMPARE(simContact(name).givenName, QStringLiteral("Augusta"));
        QCOMPARE(simContact(name).biography, QStringLiteral("Met on the train"));
        QVERIFY(openChanges().isEmpty());
        QTRY_VERIFY(!model()->openChangesAt(rowOf(name)));
        QVERIFY(listedName(name).startsWith(QLatin1String("Augusta")));
        QVERIFY(!pane()->changeStatus()->isVisible());
    }

    // The note changed in Google meanwhile: both values side by side; Keep mine sends mine over
    // theirs with the next sync.
    void aConflictIsResolvedByKeepMine()
    {
        setWriting(true);
        const QString name = clickRow(2);
        auto *note = editField<QPlainTextEdit>(QStringLiteral("note"));
        QVERIFY(note);
        note->setFocus();
        QTest::keyClick(note, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(note, QStringLiteral("Mine"));
        QTest::mouseClick(pane()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!pane()->isEditing());
        QVERIFY(changeNoteInGoogle(name, QStringLiteral("Theirs")));
        QVERIFY(syncNow());
        QCOMPARE(simContact(name).biography, QStringLiteral("Theirs")); // nothing overwritten
        ConflictView *conflict = pane()->conflictView();
        QTRY_VERIFY(conflict->isVisible());
        QCOMPARE(conflict->findChild<QLabel *>(QStringLiteral("mine-note"))->text(), QStringLiteral("Mine"));
        QCOMPARE(conflict->findChild<QLabel *>(QStringLiteral("theirs-note"))->text(), QStringLiteral("Theirs"));
        QCOMPARE(model()->openChangesAt(rowOf(name)), std::optional(OutboxState::Conflict));
        shoot(QStringLiteral("conflict"));

        QTest::mouseClick(conflict->keepMineButton(QStringLiteral("note")), Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible());
        QCOMPARE(openChanges().first().state, OutboxState::Pending);
        QVERIFY(syncNow());
        QCOMPARE(simContact(name).biography, QStringLiteral("Mine"));
        QVERIFY(openChanges().isEmpty());
        QTRY_VERIFY(contacts()->detail()->shownText().contains(QLatin1String("Mine")));
        QVERIFY(!model()->openChangesAt(rowOf(name)));
    }

    // Delete…: asked first, naming the contact and Google Contacts; the list hides it at once,
    // the pane keeps it with its pending line, and Undo brings it back with nothing sent. The
    // Delete key on the list asks the same; Sync now deletes it in Google.
    void aContactIsDeletedAfterAsking()
    {
        setWriting(true);
        const QString name = clickRow(3);
        const qint64 id = contacts()->selectedContactId();
        const QString shown = contacts()->detail()->shownName();
        QVERIFY(!shown.isEmpty());
        QVERIFY(pane()->deleteButton()->isVisible());

        // Asked, and Cancel keeps it.
        QTest::mouseClick(pane()->deleteButton(), Qt::LeftButton);
        QMessageBox *box = deleteQuestion();
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Delete “%1” from Google Contacts? It is deleted there at the next sync.").arg(shown));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(activeAgain());
        QTest::qWait(200);
        QVERIFY(openChanges().isEmpty());

        // Asked again, Delete: pending, out of the list, still in the pane.
        QTest::mouseClick(pane()->deleteButton(), Qt::LeftButton);
        QVERIFY((box = deleteQuestion()));
        QVERIFY(box->grab().save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/contact-delete-question.png")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
        QVERIFY(activeAgain());
        QTRY_COMPARE(openChanges().size(), 1);
        QCOMPARE(openChanges().first().action, QStringLiteral("delete"));
        QCOMPARE(openChanges().first().item, name);
        QTRY_COMPARE(rowOf(name), -1);
        QTest::qWait(300);
        QCOMPARE(contacts()->detail()->shownName(), shown);
        QVERIFY(pane()->changeStatus()->isVisible());
        const QLabel *line = pane()->changeStatus()->findChild<QLabel *>(QStringLiteral("changeLine"));
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("Deleted: pending, goes to Google Contacts with the next sync"));
        QVERIFY(!pane()->editButton()->isVisible());
        QVERIFY(!pane()->deleteButton()->isVisible());
        QVERIFY(!contacts()->detail()->shownText().contains(QLatin1String("kept here for history")));
        shoot(QStringLiteral("delete-pending"));

        // Undo: listed and selected again, nothing sent.
        auto *undo = pane()->changeStatus()->findChild<QPushButton *>(QStringLiteral("undoDelete"));
        QVERIFY(undo && undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY(openChanges().isEmpty());
        QTRY_VERIFY(rowOf(name) >= 0);
        QTRY_COMPARE(contacts()->selectedContactId(), id);
        QVERIFY(pane()->editButton()->isVisible());
        QVERIFY(!pane()->changeStatus()->isVisible());
        QVERIFY(syncNow());
        QVERIFY(!simContact(name).deleted);
        QCOMPARE(simWrites(name).deleted, 0);
        QVERIFY(rowOf(name) >= 0);

        // The Delete key on the list; Enter takes the question's default, Delete.
        contacts()->table()->setFocus();
        QTest::keyClick(contacts()->table(), Qt::Key_Delete);
        QVERIFY((box = deleteQuestion()));
        QVERIFY(box->text().contains(shown));
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY(activeAgain());
        QTRY_COMPARE(openChanges().size(), 1);
        QTRY_COMPARE(rowOf(name), -1);
        QVERIFY(syncNow());
        QVERIFY(openChanges().isEmpty());
        QVERIFY(simContact(name).deleted);
        QCOMPARE(simWrites(name).deleted, 1);
        QCOMPARE(rowOf(name), -1);
        QVERIFY(!pane()->changeStatus()->isVisible());
    }

    // The contact's groups ticked in a list of those the cache knows; Save sends `groups`, and
    // after Sync now its memberships in Google are exactly those ticked.
    void groupsAreTickedInTheEditor()
    {
        setWriting(true);
        model()->fetchAll();
        int row = 4; // a contact in a group besides My Contacts (it stays there: Google's own list)
        while (row < 40 && simContact(model()->resourceNameAt(row)).groupIds.size() < 2)
            ++row;
        const QString name = clickRow(row);
        QVERIFY(simContact(name).groupIds.size() >= 2);
        auto *list = editField<QListWidget>(QStringLiteral("groups"));
        QVERIFY(list);
        QVERIFY(list->count() >= 3); // My Contacts, Starred and the account's own groups
        QListWidgetItem *tick = nullptr, *untick = nullptr;
        QStringList ticked;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            if (item->checkState() == Qt::Checked)
                ticked << item->data(Qt::UserRole).toString();
            if (!untick && item->checkState() == Qt::Checked && item->data(Qt::UserRole) != QStringLiteral("contactGroups/myContacts"))
                untick = item;
            if (!tick && item->checkState() == Qt::Unchecked && i >= 2) // one of the account's own
                tick = item;
        }
        QVERIFY(tick && untick);
        QStringList inGoogle;
        for (const QString &g : simContact(name).groupIds)
            inGoogle << QStringLiteral("contactGroups/") + g;
        inGoogle.sort();
        ticked.sort();
        QCOMPARE(ticked, inGoogle); // the editor shows Google's memberships

        // The Delete key edits text in the editor: no question.
        auto *given = qobject_cast<QLineEdit *>(pane()->form()->editor(QStringLiteral("givenName")));
        given->setFocus();
        given->setCursorPosition(0);
        QTest::keyClick(given, Qt::Key_Delete);
        QTest::qWait(100);
        QVERIFY(!deleteQuestion());
        QTest::keyClick(given, Qt::Key_Z, Qt::ControlModifier); // (the name as it was)

        for (QListWidgetItem *item : {tick, untick}) { // a click on its name, then Space
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            QTest::keyClick(list, Qt::Key_Space);
        }
        QCOMPARE(tick->checkState(), Qt::Checked);
        QCOMPARE(untick->checkState(), Qt::Unchecked);
        QStringList expected = ticked;
        expected.removeAll(untick->data(Qt::UserRole).toString());
        expected << tick->data(Qt::UserRole).toString();
        expected.sort();
        const QString tickedName = tick->text();
        shoot(QStringLiteral("groups"));
        QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves
        QTRY_VERIFY(!pane()->isEditing());
        QVERIFY2(pane()->errorLine()->isHidden(), qPrintable(pane()->errorLine()->text()));
        QCOMPARE(openChanges().size(), 1);
        QCOMPARE(openChanges().first().fields, (QJsonObject{{QStringLiteral("groups"), QJsonArray::fromStringList(expected)}}));
        QTRY_VERIFY(contacts()->detail()->shownText().contains(tickedName));

        QVERIFY(syncNow());
        QVERIFY(openChanges().isEmpty());
        QStringList memberships;
        for (const QString &g : simContact(name).groupIds)
            memberships << QStringLiteral("contactGroups/") + g;
        memberships.sort();
        QCOMPARE(memberships, expected);
        QVERIFY(contacts()->detail()->shownText().contains(tickedName));
    }

    // A change Google refuses (a 400 on its write): the pane says so with Try again and
    // Discard; Discard shows Google's values again, in the pane and the list, with nothing
    // written to Google and nothing left in the outbox.
    void aRefusedChangeIsDiscarded()
    {
        setWriting(true);
        const QString name = clickRow(5);
        const QString given = simContact(name).givenName;
        const int updates = simWrites(name).updated;
        sim::Fault refusal;
        refusal.method = "PATCH";
        refusal.path = QStringLiteral("/google/v1/") + name + QStringLiteral(":updateContact");
        refusal.status = 400;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) { s.faults().add(refusal); });

        auto *edit = editField<QLineEdit>(QStringLiteral("givenName"));
        QVERIFY(edit);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("Refused"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(listedName(name).startsWith(QLatin1String("Refused")));
        QVERIFY(syncNow());
        QTRY_COMPARE(openChanges().size(), 1);
        QCOMPARE(openChanges().first().state, OutboxState::Failed);
        QTRY_COMPARE(model()->openChangesAt(rowOf(name)), std::optional(OutboxState::Failed));
        auto *discard = pane()->changeStatus()->findChild<QPushButton *>(QStringLiteral("discardChange"));
        QTRY_VERIFY(discard && discard->isVisible());
        QVERIFY(pane()->changeStatus()->findChild<QPushButton *>(QStringLiteral("retryChange"))->isVisible());
        QVERIFY(pane()->changeStatus()->findChild<QLabel *>(QStringLiteral("changeLine"))->text().contains(QLatin1String("refused")));
        shoot(QStringLiteral("refused"));

        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_VERIFY(openChanges().isEmpty());
        QTRY_VERIFY(contacts()->detail()->shownName().startsWith(given));
        QTRY_VERIFY(listedName(name).startsWith(given));
        QVERIFY(!model()->openChangesAt(rowOf(name)));
        QVERIFY(!pane()->changeStatus()->isVisible());
        QVERIFY(syncNow());
        QCOMPARE(simContact(name).givenName, given);
        QCOMPARE(simWrites(name).updated, updates);
        QVERIFY(listedName(name).startsWith(given));
        QVERIFY(openChanges().isEmpty());
    }

    // New contact: a dialog, queued, listed at once, made in Google with Sync now.
    void aNewContactIsQueued()
    {
        setWriting(true);
        QTest::mouseClick(contacts()->newContactButton(), Qt::LeftButton);
        ChangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window().findChild<ChangeDialog *>()));
        auto *given = qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("givenName")));
        QTRY_VERIFY(given && given->hasFocus());
        QTest::keyClicks(given, QStringLiteral("Grace"));
        auto *family = qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("familyName")));
        family->setFocus();
        QTest::keyClicks(family, QStringLiteral("Hopper"));
        auto *emails = qobject_cast<QPlainTextEdit *>(dialog->form()->editor(QStringLiteral("emails")));
        emails->setFocus();
        QTest::keyClicks(emails, QStringLiteral("grace@example.org"));
        QTest::keyClick(emails, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(openChanges().size(), 1);
        const OutboxChange create = openChanges().first();
        QCOMPARE(create.action, QStringLiteral("create"));
        QCOMPARE(create.account, QStringLiteral("default")); // the selected contact's
        QCOMPARE(create.fields.value(QLatin1String("givenName")).toString(), QStringLiteral("Grace"));
        QCOMPARE(create.fields.value(QLatin1String("emails")).toArray(), QJsonArray{QStringLiteral("grace@example.org")});
        QTRY_VERIFY(rowOf(create.item) >= 0); // listed at once, under Cairn's name
        QCOMPARE(listedName(create.item), QStringLiteral("Grace Hopper"));

        QVERIFY(syncNow());
        QVERIFY(openChanges().isEmpty());
        QStringList made;
        m_app.demo.withSimulator([&](sim::CloudSimulator &s) { made = s.google().contactsWithClientData(QStringLiteral("cairn.change"), create.clientId); });
        QCOMPARE(made.size(), 1);
        QCOMPARE(simContact(made.first()).givenName, QStringLiteral("Grace"));
        QTRY_VERIFY(rowOf(made.first()) >= 0); // under Google's name now
        QCOMPARE(rowOf(create.item), -1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestContactEdit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contactedit.moc"
