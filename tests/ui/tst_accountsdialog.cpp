// The Accounts dialog against the simulator, offscreen: each kind of account added from the
// window (browser sign-in, GitHub device code, personal token, Jira site + e-mail + API
// token), found in the keychain, listed with its status; re-authorise and remove.
#include "AccountsDialog.h"
#include "OAuthBrowser.h"
#include "SecretStore.h"
#include "Settings.h"
#include "sim/CloudSimulator.h"
#include "OAuthConfig.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

    QStringList m_keys;

private Q_SLOTS:
    void cleanup()
    {
        for (const QString &k : std::as_const(m_keys))
            keychainRemove(k);
        m_keys.clear();
    }

    void addEachKindOfAccount_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("method"); // text of the method combo entry
        QTest::addColumn<QString>("secretKind");
        QTest::newRow("google browser") << "google" << "Sign in with the browser" << "refresh_token";
        QTest::newRow("github device") << "github" << "Sign in with a code (device)" << "refresh_token";
        QTest::newRow("asana browser") << "asana" << "Sign in with the browser" << "refresh_token";
        QTest::newRow("asana token") << "asana" << "Personal access token" << "token";
        QTest::newRow("github token") << "github" << "Personal access token" << "token";
        QTest::newRow("jira api token") << "jira" << "Site, e-mail and API token" << "token";
        QTest::newRow("jira oauth") << "jira" << "Sign in with the browser" << "refresh_token";
    }

    void addEachKindOfAccount()
    {
        QFETCH(QString, source);
        QFETCH(QString, method);
        QFETCH(QString, secretKind);
        sim::Options o;
        o.contacts = 1;
        o.oauthClientId = uniqueAccount(QStringLiteral("client")); // its own client secret key
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        QTemporaryDir dir;
        Settings settings(dir.path());
        useSimOAuth(settings, source, sim.baseUrl(), o.oauthClientId);
        const QString secretKey = OAuthConfig::forSource(settings, source).clientSecretKey();
        keychainWrite(secretKey, "sim-client-secret");
        m_keys << secretKey;

        AccountsDialog dialog(settings);
        dialog.setOpensBrowser(false);
        OAuthBrowser browser;
        connect(&dialog, &AccountsDialog::authorizeUrlShown, this, [&](const QUrl &url) {
            if (!url.path().endsWith(QLatin1String("/device"))) {
                browser.visit(url);
                return;
            }
            const auto m = QRegularExpression(QStringLiteral("<b>([A-Z-]+)</b>")).match(dialog.message());
            QUrl approve = url; // the person types the code shown in the dialog
            approve.setQuery(QStringLiteral("user_code=") + m.captured(1));
            browser.visit(approve);
        }, Qt::QueuedConnection);

        const QString account = uniqueAccount(QStringLiteral("dlg"));
        m_keys << SecretStore::key(source, account, secretKind);
        auto *sourceCombo = dialog.findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        auto *methodCombo = dialog.findChild<QComboBox *>(QStringLiteral("methodCombo"));
        sourceCombo->setCurrentIndex(sourceCombo->findData(source));
        const int m = methodCombo->findText(method);
        QVERIFY(m >= 0);
        methodCombo->setCurrentIndex(m);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountEdit"))->setText(account);
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QStringLiteral("dialog-token-") + account);
        dialog.findChild<QLineEdit *>(QStringLiteral("siteEdit"))->setText(QStringLiteral("https://example.atlassian.net"));
        dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("me@example.com"));
        QSignalSpy done(&dialog, &AccountsDialog::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(done.wait(60'000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QLatin1String("Signed in")));

        const std::optional<QByteArray> secret = keychainRead(SecretStore::key(source, account, secretKind));
        QVERIFY(secret && !secret->isEmpty());
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("accountList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), account);
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("signed in"));
        // The form forgets the token once it is in the keychain; cairn.ini never saw it.
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text().isEmpty());
        QFile ini(settings.filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(*secret));
    }

    void removeSignsOut()
    {
        sim::Options o;
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        QTemporaryDir dir;
        Settings settings(dir.path());
        AccountsDialog dialog(settings);
        const QString account = uniqueAccount(QStringLiteral("dlg-rm"));
        m_keys << SecretStore::key(QStringLiteral("asana"), account, QStringLiteral("token"));
        auto *sourceCombo = dialog.findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        sourceCombo->setCurrentIndex(sourceCombo->findData(QStringLiteral("asana")));
        auto *methodCombo = dialog.findChild<QComboBox *>(QStringLiteral("methodCombo"));
        methodCombo->setCurrentIndex(methodCombo->findText(QStringLiteral("Personal access token")));
        dialog.findChild<QLineEdit *>(QStringLiteral("accountEdit"))->setText(account);
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QStringLiteral("tok"));
        QSignalSpy done(&dialog, &AccountsDialog::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(done.wait(30'000));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("accountList"));
        list->setCurrentItem(list->topLevelItem(0));
        // Confirm the question box as a person would.
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30'000);
        QVERIFY(done.last().first().toBool());
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!keychainRead(SecretStore::key(QStringLiteral("asana"), account, QStringLiteral("token"))));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
