// Issue 17, item 2: a packager bakes an OAuth app into the build (cmake
// -DCAIRN_<SOURCE>_OAUTH_CLIENT_ID=… -DCAIRN_<SOURCE>_OAUTH_CLIENT_SECRET=…). This test is
// built with its own copy of src/auth/BuiltInOAuth.cpp and its own table of such values
// (tests/auth/builtin/BuiltInOAuthClients.inc, tests/CMakeLists.txt), and signs in with the baked app against the simulator, with nothing
// in cairn.ini or the keychain about the client.
#include "BuiltInOAuth.h"
#include "OAuthBrowser.h"
#include "OAuthConfig.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignIn.h"
#include "sim/CloudSimulator.h"

#include <QCoroTask>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

class TestBuiltInOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBakedAppIsTheDefault()
    {
        QVERIFY(OAuthConfig::hasBuiltInClient(QStringLiteral("google")));
        QVERIFY(OAuthConfig::hasBuiltInClient(QStringLiteral("github")));
        QVERIFY(!OAuthConfig::hasBuiltInClient(QStringLiteral("asana"))); // this build bakes none for Asana
        QTemporaryDir dir;
        Settings settings(dir.path());
        OAuthConfig google = OAuthConfig::forSource(settings, QStringLiteral("google"));
        QCOMPARE(google.clientId, QStringLiteral("baked-google-client"));
        QCOMPARE(google.builtInSecret, QByteArray("baked-google-secret"));
        QVERIFY(google.problem().isEmpty());
        QVERIFY(!OAuthConfig::forSource(settings, QStringLiteral("asana")).problem().isEmpty());
        // A person's own app wins, and the baked secret is not sent for it.
        settings.setValue(QStringLiteral("google.oauth.client_id"), QStringLiteral("my-own-app"));
        google = OAuthConfig::forSource(settings, QStringLiteral("google"));
        QCOMPARE(google.clientId, QStringLiteral("my-own-app"));
        QVERIFY(google.builtInSecret.isEmpty());
    }

    void signsInWithTheBakedApp()
    {
        sim::Options o;
        o.contacts = 1;
        o.oauthClientId = QStringLiteral("baked-google-client");
        o.oauthClientSecret = QStringLiteral("baked-google-secret");
        o.requireClientSecret = true; // so that the baked secret must be the one sent
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        QTemporaryDir dir;
        Settings settings(dir.path());
        useSimOAuth(settings, QStringLiteral("google"), sim.baseUrl(), o.oauthClientId);
        settings.remove(QStringLiteral("google.oauth.client_id")); // the endpoints only
        QNetworkAccessManager nam;
        SignIn signIn(settings, &nam);
        OAuthBrowser browser;
        connect(&signIn, &SignIn::openBrowser, this, [&browser](const QUrl &url) { browser.visit(url); }, Qt::QueuedConnection);
        const QString account = uniqueAccount(QStringLiteral("baked"));
        const Account a = QCoro::waitFor(signIn.withBrowser(QStringLiteral("google"), account));
        QCOMPARE(a.source, QStringLiteral("google"));
        QVERIFY(keychainRead(SecretStore::key(QStringLiteral("google"), account, QStringLiteral("refresh_token"))).has_value());
        QVERIFY(!keychainRead(OAuthConfig::clientSecretKey(QStringLiteral("google"), o.oauthClientId)).has_value());
        QCoro::waitFor(signIn.signOut(QStringLiteral("google"), account));
    }
};

QTEST_MAIN(TestBuiltInOAuth)
#include "tst_builtinoauth.moc"
