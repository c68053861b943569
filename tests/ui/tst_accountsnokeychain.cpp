// The Accounts dialog when no Secret Service answers: it says so, saves nothing, offers to
// keep the token for this session only, and then works from memory — no file anywhere.
// (The session bus points nowhere for this whole process: see main() below.)
#include "AccountsDialog.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TokenManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {
QTemporaryDir *home = nullptr;

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestAccountsNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysSoAndOffersSessionOnly()
    {
        SecretStore::setRetries(2, std::chrono::milliseconds(50));
        Settings settings(home->filePath(QStringLiteral("data")));
        AccountsDialog dialog(settings);
        auto *sourceCombo = dialog.findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        sourceCombo->setCurrentIndex(sourceCombo->findData(QStringLiteral("asana")));
        auto *methodCombo = dialog.findChild<QComboBox *>(QStringLiteral("methodCombo"));
        methodCombo->setCurrentIndex(methodCombo->findText(QStringLiteral("Personal access token")));
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QStringLiteral("memory-only-token"));
        auto *sessionOnly = dialog.findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        QSignalSpy done(&dialog, &AccountsDialog::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(done.wait(30'000));
        QCOMPARE(done.last().first().toBool(), false);
        QVERIFY2(dialog.message().startsWith(QLatin1String("No keychain (Secret Service) is available: ")), qPrintable(dialog.message()));
        QVERIFY(!sessionOnly->isHidden());
        QVERIFY(AccountStore(settings).all().isEmpty());
        QVERIFY(!anyFileContains(home->path(), "memory-only-token"));

        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30'000);
        QVERIFY2(done.last().first().toBool(), qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QLatin1String("for this session only")));
        QVERIFY(SecretStore::isSessionOnly());
        // The account works from memory ...
        const Account a = *AccountStore(settings).find(QStringLiteral("asana"), QStringLiteral("default"));
        QNetworkAccessManager nam;
        TokenManager tokens(settings, a, &nam, nullptr);
        QCOMPARE(QCoro::waitFor(tokens.authorization()), QByteArray("Bearer memory-only-token"));
        // ... and the token is in no file: not the settings, not a keychain fallback.
        QVERIFY(!anyFileContains(home->path(), "memory-only-token"));
    }
};

int main(int argc, char **argv)
{
    // No Secret Service for this process, and a home of its own to search for stray files.
    QTemporaryDir dir;
    home = &dir;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.filePath(QStringLiteral("no-bus")).toLocal8Bit());
    qunsetenv("DISPLAY");
    qputenv("HOME", dir.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("share")).toLocal8Bit());
    QApplication app(argc, argv);
    TestAccountsNoKeychain t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_accountsnokeychain.moc"
