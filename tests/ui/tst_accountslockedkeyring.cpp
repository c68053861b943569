// The Accounts dialog against a real gnome-keyring whose login keyring is locked. The test
// runs in a D-Bus session of its own (main() starts it: dbus-run-session, gnome-keyring-daemon
// unlocked with a password, then the collection locked with Secret Service's Lock call), so
// locking it cannot disturb other tests. Without a display the keyring's unlock prompt
// (gcr-prompter) cannot show: the Secret Service answers "Cannot create an item in a locked
// collection", as it does when the prompt is dismissed.
#include "AccountsDialog.h"
#include "ServiceCard.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TokenManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

// Locks the login collection of this session's Secret Service; true when it says so.
bool lockLogin()
{
    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"), {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                                          QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                                          QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                                          QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                          QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
    if (!gdbus.waitForFinished(10'000))
        return false;
    gdbus.start(QStringLiteral("gdbus"), {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                                          QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                                          QStringLiteral("/org/freedesktop/secrets/collection/login"), QStringLiteral("--method"),
                                          QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                                          QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    return gdbus.waitForFinished(10'000) && gdbus.readAllStandardOutput().contains("<true>");
}

} // namespace

class TestAccountsLockedKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The welcome page's card says the same, with Cancel in reach while it waits, and keeps
    // the sign-in for this session when asked — or tries the keyring again.
    void welcomeCardOnALockedKeyring()
    {
        QVERIFY2(lockLogin(), "could not lock the login keyring of this test's own session");
        SecretStore::setSessionOnly(false);
        SecretStore::setRetries(4, std::chrono::milliseconds(1000));
        QTemporaryDir dir;
        Settings settings(dir.path());
        QNetworkAccessManager nam;
        ServiceCard card(settings, &nam, QStringLiteral("github"));
        card.resize(560, 320);
        card.show();
        QTest::mouseClick(card.findChild<QPushButton *>(QStringLiteral("tokenButton")), Qt::LeftButton);
        QTest::keyClicks(card.findChild<QLineEdit *>(QStringLiteral("tokenEdit")), QStringLiteral("ghp-in-a-locked-keyring"));
        QElapsedTimer took;
        took.start();
        QTest::keyClick(card.findChild<QLineEdit *>(QStringLiteral("tokenEdit")), Qt::Key_Return);
        if (card.isBusy()) {
            QCOMPARE(card.step(), ServiceCard::Step::Waiting);
            QVERIFY(card.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!card.isBusy(), 30'000);
        QVERIFY2(took.elapsed() < 2500, qPrintable(QString::number(took.elapsed()))); // asked once
        QVERIFY2(card.message().contains(QStringLiteral("The keyring is locked — unlock it in the prompt, or keep this sign-in "
                                                        "for this session only.")),
                 qPrintable(card.message()));
        QCOMPARE(card.step(), ServiceCard::Step::Token); // the form again, to try once more
        auto *sessionOnly = card.findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        QVERIFY(sessionOnly->isVisible());
        QVERIFY(AccountStore(settings).all().isEmpty());
        const QString shots = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(card.grab().save(shots + QStringLiteral("/first-run-card-keychain-locked.png")));
        QSignalSpy signedIn(&card, &ServiceCard::signedIn);
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QVERIFY(signedIn.count() > 0 || signedIn.wait(30'000));
        QCOMPARE(card.step(), ServiceCard::Step::SignedIn);
        QVERIFY2(card.message().contains(QStringLiteral("Signed in to GitHub — for this session only.")),
                 qPrintable(card.message()));
        QNetworkAccessManager tokensNam;
        TokenManager tokens(settings, *AccountStore(settings).find(QStringLiteral("github"), QStringLiteral("default")), &tokensNam, nullptr);
        QCOMPARE(QCoro::waitFor(tokens.authorization()), QByteArray("Bearer ghp-in-a-locked-keyring"));
        SecretStore::setSessionOnly(false);
    }

    void lockedKeyringIsSaidOnceAndOffersSessionOnly()
    {
        QVERIFY2(lockLogin(), "could not lock the login keyring of this test's own session");
        SecretStore::setSessionOnly(false);
        // The retries a missing keychain gets (the service may still be starting): a locked one
        // must get none, or its unlock prompt comes back once per attempt.
        SecretStore::setRetries(4, std::chrono::milliseconds(1000));
        QTemporaryDir dir;
        Settings settings(dir.path());
        AccountsDialog dialog(settings);
        dialog.resize(640, 560);
        dialog.show();
        auto *source = dialog.findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        source->setCurrentIndex(source->findData(QStringLiteral("asana")));
        auto *method = dialog.findChild<QComboBox *>(QStringLiteral("methodCombo"));
        method->setCurrentIndex(method->findText(QStringLiteral("Personal access token")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit")), QStringLiteral("pat-in-a-locked-keyring"));
        auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *sessionOnly = dialog.findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        QSignalSpy done(&dialog, &AccountsDialog::finished);
        QElapsedTimer took;
        took.start();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        // While it waits for the keychain, Stop can be pressed.
        if (done.isEmpty()) {
            QVERIFY(dialog.isBusy());
            QVERIFY(stop->isEnabled());
            QVERIFY(stop->isVisible());
        }
        QVERIFY(done.count() > 0 || done.wait(30'000));
        QVERIFY2(took.elapsed() < 2500, qPrintable(QString::number(took.elapsed()))); // asked once, not 4 times over 6 s
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(dialog.message(), QStringLiteral("The keyring is locked — unlock it in the prompt, or keep this sign-in for this session only."));
        QVERIFY(sessionOnly->isVisible());
        QCOMPARE(sessionOnly->text(), QStringLiteral("Session &only"));
        QVERIFY(!stop->isEnabled());
        QVERIFY(AccountStore(settings).all().isEmpty());
        const QString dir2 = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
        QDir().mkpath(dir2);
        QVERIFY(dialog.grab().save(dir2 + QStringLiteral("/first-run-keychain-locked.png")));

        // Session only: signed in from memory, nothing written anywhere.
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30'000);
        QVERIFY2(done.last().first().toBool(), qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QLatin1String("for this session only")));
        const Account a = *AccountStore(settings).find(QStringLiteral("asana"), QStringLiteral("default"));
        QNetworkAccessManager nam;
        TokenManager tokens(settings, a, &nam, nullptr);
        QCOMPARE(QCoro::waitFor(tokens.authorization()), QByteArray("Bearer pat-in-a-locked-keyring"));
    }
};

int main(int argc, char **argv)
{
    // A D-Bus session, a home and a keyring of this test's own (see the top of the file).
    if (qEnvironmentVariableIsEmpty("CAIRN_TEST_OWN_KEYRING")) {
        QTemporaryDir home;
        QStringList args{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("echo -n locked-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
                                        "exec \"$0\" \"$@\""),
                         QString::fromLocal8Bit(argv[0])};
        for (int i = 1; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAIRN_TEST_OWN_KEYRING"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.remove(QStringLiteral("DISPLAY")); // no unlock prompt can show
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QStringLiteral("dbus-run-session"), args);
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit)
            return 1;
        return child.exitCode();
    }
    QApplication app(argc, argv);
    TestAccountsLockedKeyring t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_accountslockedkeyring.moc"
