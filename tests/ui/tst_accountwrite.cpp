// Writing back switched per account in the Accounts dialog (issue 22), against the simulator,
// offscreen, with a real keychain: two Asana accounts of one person; the person ticks "Send
// changes made in Cairn to Asana" for both, makes a change in each, unticks the second — and
// the sync sends the first account's change only, while the second waits in the outbox until
// its box is ticked again.
#include "Account.h"
#include "AccountsDialog.h"
#include "LocalChanges.h"
#include "OAuthConfig.h"
#include "OAuthBrowser.h"
#include "Outbox.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignIn.h"
#include "SyncSession.h"
#include "WriterTransaction.h"

#include "sim/CloudSimulator.h"

#include <QCheckBox>
#include <QCoroTask>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace cairn;
using namespace cairn::test;

namespace {
const QString kAsana = QStringLiteral("asana");

} // namespace

class TestAccountWrite : public QObject
{
    Q_OBJECT

    TestSecrets m_secrets;

    // Sync now for Asana, every account in turn; true when each account's run ended ok.
    static bool syncEveryAccount(SyncSession &session, int accounts)
    {
        QSignalSpy finished(&session, &SyncSession::syncFinished);
        QSignalSpy done(&session, &SyncSession::sourceDone);
        session.syncNow(kAsana, SyncMode::Partial);
        if (!done.wait(60'000) || finished.count() != accounts)
            return false;
        for (const QList<QVariant> &signal : std::as_const(finished))
            if (signal.at(0).value<SyncRun>().status != RunStatus::Ok)
                return false;
        return true;
    }

    // Clicks the account's row in the list, as a person does.
    static bool selectRow(AccountsDialog &dialog, const QString &account)
    {
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("accountList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(1) != account)
                continue;
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            return list->currentItem() == item && item->isSelected();
        }
        return false;
    }

    // Clicks the check box on its box (not beside its text, which does nothing).
    static void clickCheck(QCheckBox *box)
    {
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
    }

    static QString rowText(AccountsDialog &dialog, const QString &account, int column)
    {
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("accountList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(1) == account)
                return list->topLevelItem(i)->text(column);
        return QStringLiteral("(no row)");
    }

    static void shoot(QWidget &w, const QString &name)
    {
        for (const QSize size : {QSize(520, 560), QSize(1000, 760)}) {
            w.resize(size);
            QTest::qWait(50);
            w.grab().save(QStringLiteral("/tmp/acctwrite-%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()));
        }
        w.resize(640, 600);
    }

    // Keeps a change of `account` as the window does; its id (0 when refused).
    static qint64 queued(LocalChanges &changes, const QString &account, const QString &task, const QString &name)
    {
        qint64 id = 0;
        bool over = false;
        changes.queue(kAsana, account, QStringLiteral("edit"), task, {{QStringLiteral("name"), name}}, nullptr,
                      [&](const OutboxChange &c) {
                          id = c.id;
                          over = true;
                      },
                      [&](const QString &) { over = true; });
        for (int i = 0; i < 100 && !over; ++i)
            QTest::qWait(50);
        return id;
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("CAIRN_ASANA_TOKEN");
        qunsetenv("CAIRN_ASANA_API_URL");
    }

    void cleanup()
    {
        m_secrets.forget();
    }

    void eachAccountSendsOnlyWhenItsBoxIsTicked()
    {
        sim::Options o;
        o.contacts = 1;
        o.asanaProjects = 1;
        o.asanaTasksPerProject = 4;
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        QTemporaryDir dir;
        SyncSession session(dir.path());
        session.settings().setValue(QStringLiteral("asana.api_url"), sim.baseUrl().toString() + QStringLiteral("/asana"));
        const QString work = uniqueAccount(QStringLiteral("a-work"));
        const QString home = uniqueAccount(QStringLiteral("b-home"));
        QVERIFY(m_secrets.signInWithToken(session.settings(), kAsana, work, o.accessToken.toUtf8()));
        QVERIFY(m_secrets.signInWithToken(session.settings(), kAsana, home, o.accessToken.toUtf8()));
        QSignalSpy opened(&session, &SyncSession::opened);
        session.open();
        QVERIFY(opened.wait(10'000));
        QVERIFY(syncEveryAccount(session, 2));

        AccountsDialog dialog(session.settings());
        dialog.resize(640, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *box = dialog.findChild<QGroupBox *>(QStringLiteral("writeBox"));
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("writeCheck"));
        auto *text = dialog.findChild<QLabel *>(QStringLiteral("writeText"));
        QVERIFY(box && check && text);
        QVERIFY(!box->isVisible()); // no account selected
        // Read-only is the default: the list says so for both, and so does the box.
        QCOMPARE(rowText(dialog, work, 5), QStringLiteral("read-only"));
        QCOMPARE(rowText(dialog, home, 5), QStringLiteral("read-only"));
        QVERIFY(selectRow(dialog, work));
        QVERIFY(box->isVisible());
        QCOMPARE(check->text(), QStringLiteral("Send changes made in Cairn to Asana"));
        QVERIFY(!check->isChecked());
        QVERIFY2(text->text().startsWith(QLatin1String("Read-only (the default)")), qPrintable(text->text()));
        QVERIFY(!text->text().contains(QLatin1String("outbox"))); // (nothing was switched off)
        shoot(dialog, QStringLiteral("readonly"));

        // Both ticked: each account's own switch, in cairn.ini.
        clickCheck(check);
        QVERIFY(check->isChecked());
        QVERIFY2(text->text().contains(QLatin1String("you make in Cairn are sent to Asana at the next sync")), qPrintable(text->text()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("writeSignInButton"))->isVisible()); // Asana's tokens write
        QCOMPARE(rowText(dialog, work, 5), QStringLiteral("sent"));
        QCOMPARE(rowText(dialog, home, 5), QStringLiteral("read-only"));
        shoot(dialog, QStringLiteral("on"));
        QVERIFY(selectRow(dialog, home));
        QVERIFY(!check->isChecked());
        clickCheck(check);
        {
            Settings reread(dir.path()); // as the next process reads it
            QCOMPARE(reread.value(QStringLiteral("accounts/asana/%1/write").arg(work)).toBool(), true);
            QCOMPARE(reread.value(QStringLiteral("accounts/asana/%1/write").arg(home)).toBool(), true);
            QVERIFY(!reread.value(QStringLiteral("asana.write")).isValid()); // the source's setting untouched
        }

        // A change in each account, kept as the window keeps it.
        LocalChanges changes(session.writer(), session.settings());
        const QStringList tasks = sim.asana().taskGids(sim.asana().projectGids().first());
        QVERIFY(tasks.size() >= 2);
        const qint64 fromWork = queued(changes, work, tasks.at(0), QStringLiteral("Renamed in the work account"));
        const qint64 fromHome = queued(changes, home, tasks.at(1), QStringLiteral("Renamed in the home account"));
        QVERIFY(fromWork && fromHome);

        // The second unticked: it says the change waits, and the window offers no more editing there.
        QVERIFY(selectRow(dialog, home));
        QSignalSpy switched(&dialog, &AccountsDialog::writingSwitched);
        clickCheck(check);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().at(1).toString(), home);
        QVERIFY(!check->isChecked());
        QVERIFY2(text->text().contains(QLatin1String("stay in the outbox")), qPrintable(text->text()));
        QCOMPARE(AccountStore::ownWriteSwitch(session.settings(), kAsana, home), std::optional<bool>(false));
        QCOMPARE(rowText(dialog, home, 5), QStringLiteral("read-only"));
        shoot(dialog, QStringLiteral("off"));
        QVERIFY(changes.writes(kAsana, work));
        QVERIFY(!changes.writes(kAsana, home));
        QVERIFY(!queued(changes, home, tasks.at(2), QStringLiteral("Not kept: read-only")));

        // The sync sends the first account's change only; the second waits, unsent.
        QVERIFY(syncEveryAccount(session, 2));
        QCOMPARE(sim.asana().apiWrites(tasks.at(0)).updated, 1);
        QCOMPARE(sim.asana().task(tasks.at(0))->name, QStringLiteral("Renamed in the work account"));
        QCOMPARE(sim.asana().apiWrites(tasks.at(1)).updated, 0);
        QCOMPARE(sim.asana().apiWrites(tasks.at(2)).updated, 0);
        const auto stateOf = [&session](qint64 id) {
            return test::write(session.writer(), [id](QSqlDatabase &db) { return OutboxRepo::get(db, id)->state; });
        };
        QCOMPARE(stateOf(fromWork), OutboxState::Done);
        QCOMPARE(stateOf(fromHome), OutboxState::Pending);

        // Ticked again: it goes with the next sync, once.
        QVERIFY(selectRow(dialog, home));
        clickCheck(check);
        QVERIFY(check->isChecked());
        QVERIFY(syncEveryAccount(session, 2));
        QCOMPARE(sim.asana().apiWrites(tasks.at(1)).updated, 1);
        QCOMPARE(sim.asana().task(tasks.at(1))->name, QStringLiteral("Renamed in the home account"));
        QCOMPARE(sim.asana().apiWrites(tasks.at(0)).updated, 1);
        QCOMPARE(stateOf(fromHome), OutboxState::Done);
    }

    // Google: a sign-in that granted reading only cannot write. Ticking the box says the
    // person will be asked to sign in again, and offers it; that sign-in asks for the scope
    // that writes — for this account only.
    void googleAsksToSignInAgainForTheScopeThatWrites()
    {
        sim::Options o;
        o.contacts = 2;
        o.oauthClientId = uniqueAccount(QStringLiteral("client"));
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        QTemporaryDir dir;
        Settings settings(dir.path());
        useSimOAuth(settings, QStringLiteral("google"), sim.baseUrl(), o.oauthClientId);
        const QString secretKey = OAuthConfig::forSource(settings, QStringLiteral("google")).clientSecretKey();
        keychainWrite(secretKey, "sim-client-secret");
        m_secrets.add(secretKey);

        AccountsDialog dialog(settings);
        dialog.setOpensBrowser(false);
        dialog.resize(640, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        OAuthBrowser browser;
        QStringList scopes;
        connect(&dialog, &AccountsDialog::authorizeUrlShown, this, [&](const QUrl &url) {
            scopes << QUrlQuery(url).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
            browser.visit(url);
        }, Qt::QueuedConnection);
        QSignalSpy done(&dialog, &AccountsDialog::finished);
        const QString account = uniqueAccount(QStringLiteral("g-dlg"));
        m_secrets.addAccount(QStringLiteral("google"), account);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountEdit"))->setText(account);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton); // Google, browser: the defaults
        QVERIFY(done.wait(60'000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.message()));
        const QString readOnly = QStringLiteral("https://www.googleapis.com/auth/contacts.readonly");
        const QString writes = QStringLiteral("https://www.googleapis.com/auth/contacts");
        QCOMPARE(scopes, QStringList{readOnly});

        QVERIFY(selectRow(dialog, account));
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("writeCheck"));
        auto *text = dialog.findChild<QLabel *>(QStringLiteral("writeText"));
        auto *again = dialog.findChild<QPushButton *>(QStringLiteral("writeSignInButton"));
        QCOMPARE(check->text(), QStringLiteral("Send changes made in Cairn to Google Contacts"));
        QVERIFY(!again->isVisible());
        clickCheck(check);
        QVERIFY(check->isChecked());
        QVERIFY2(text->text().contains(QLatin1String("You will be asked to sign in again to allow Cairn to make changes in Google Contacts")),
                 qPrintable(text->text()));
        QVERIFY(again->isVisible());
        shoot(dialog, QStringLiteral("google-sign-in-again"));

        done.clear();
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(done.wait(60'000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.message()));
        QCOMPARE(scopes, (QStringList{readOnly, writes}));
        // Signed in with it: nothing more to do, the account still selected, its switch kept.
        QVERIFY(check->isVisible() && check->isChecked());
        QVERIFY(!again->isVisible());
        QVERIFY2(!text->text().contains(QLatin1String("sign in again")), qPrintable(text->text()));
        QCOMPARE(AccountStore::ownWriteSwitch(settings, QStringLiteral("google"), account), std::optional<bool>(true));
        QCOMPARE(AccountStore(settings).find(QStringLiteral("google"), account)->extra.value(QStringLiteral("scope")).toString(), writes);
        QVERIFY(!settings.value(QStringLiteral("google.write")).toBool()); // the source's setting untouched
    }
};

QTEST_MAIN(TestAccountWrite)
#include "tst_accountwrite.moc"
