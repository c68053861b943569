// Every kind of account against the simulator: GitHub's device flow, Asana's browser flow
// with a client secret and a fixed port, personal tokens, Jira's site + e-mail + API token,
// several accounts per source, and signing out (revoke + keychain entries gone).
#include "AuthTest.h"
#include "OAuthBrowser.h"
#include "SecretStore.h"
#include "SignIn.h"
#include "SyncHarness.h"
#include "TokenManager.h"
#include "AsanaCompare.h"

#include <QTest>
#include <QTimer>

using namespace cairn;
using namespace cairn::test;

namespace {
std::unique_ptr<SyncHarness> harness()
{
    sim::Options o;
    o.contacts = 10;
    o.asanaProjects = 2;
    o.asanaTasksPerProject = 5;
    o.oauthClientId = uniqueAccount(QStringLiteral("client")); // its own client secret key
    auto h = std::make_unique<SyncHarness>(o);
    h->engine().setAuthenticator(QStringLiteral("google"), nullptr);
    h->settings().setValue(QStringLiteral("asana.api_url"), h->sim().baseUrl().toString() + QStringLiteral("/asana"));
    for (const QString &s : Settings::sources())
        useSimOAuth(h->settings(), s, h->sim().baseUrl(), o.oauthClientId);
    return h;
}

QByteArray authorizationOf(Settings &settings, const Account &a, QNetworkAccessManager *nam)
{
    TokenManager t(settings, a, nam, nullptr);
    return await(t.authorization()).value;
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

    TestSecrets m_secrets; // keychain entries to clean up

    void forget(const QString &source, const QString &account)
    {
        m_secrets.addAccount(source, account);
    }

    // GitHub's device flow, approved only after Cairn has polled once (and heard "pending").
    Attempt<Account> deviceSignIn(SyncHarness &h, SignIn &signIn, const QString &account, QString *shown = nullptr)
    {
        OAuthBrowser browser;
        QTimer watch;
        connect(&signIn, &SignIn::userCode, this, [&](const QString &code, const QUrl &uri) {
            if (shown)
                *shown = code;
            connect(&watch, &QTimer::timeout, this, [&, code, uri] {
                if (h.requests(QStringLiteral("POST /oauth/github/token")) < 1)
                    return;
                watch.stop();
                QUrl approve = uri; // the code typed on the verification page
                approve.setQuery(QStringLiteral("user_code=") + code);
                browser.visit(approve);
            });
            watch.start(20);
        }, Qt::QueuedConnection);
        forget(QStringLiteral("github"), account);
        const Attempt<Account> a = await(signIn.withDevice(QStringLiteral("github"), account));
        disconnect(&signIn, &SignIn::userCode, this, nullptr);
        return a;
    }

private Q_SLOTS:
    void cleanup() { m_secrets.forget(); }

    void githubDeviceFlow()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        QString shown;
        const QString account = uniqueAccount(QStringLiteral("device"));
        const Attempt<Account> a = deviceSignIn(*h, signIn, account, &shown);
        QVERIFY2(!a.error, qPrintable(a.error ? a.error->message : QString()));
        QVERIFY(shown.contains(u'-'));
        QVERIFY(h->requests(QStringLiteral("POST /oauth/github/token")) >= 2); // pending at least once
        QVERIFY(keychainRead(SecretStore::key(QStringLiteral("github"), account, QStringLiteral("refresh_token"))));
        QCOMPARE(AccountStore(h->settings()).find(QStringLiteral("github"), account)->kind, Account::Kind::OAuth);
        // The access token from the flow is in memory and valid for the service.
        const QByteArray auth = authorizationOf(h->settings(), a.value, &nam);
        QVERIFY(auth.startsWith("Bearer ya29.sim-"));
        QVERIFY(h->sim().oauth().isValidAccessToken(QStringLiteral("github"), QString::fromUtf8(auth.mid(7))));
    }

    void githubSignOutRevokesAsTheApp()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        const QString revokePath = QStringLiteral("DELETE /github/applications/%1/token").arg(h->sim().options().oauthClientId);
        // Without the app's client secret (the device flow needs none) GitHub cannot be asked:
        // signed out here, nothing sent, said so.
        const QString plain = uniqueAccount(QStringLiteral("nosecret"));
        QVERIFY(!deviceSignIn(*h, signIn, plain).error);
        const QByteArray plainToken = authorizationOf(h->settings(), *AccountStore(h->settings()).find(QStringLiteral("github"), plain), &nam).mid(7);
        const Attempt<bool> notAsked = await(signIn.signOut(QStringLiteral("github"), plain));
        QVERIFY(!notAsked.error);
        QVERIFY(!notAsked.value);
        QCOMPARE(h->requests(revokePath), 0);
        QVERIFY(!keychainRead(SecretStore::key(QStringLiteral("github"), plain, QStringLiteral("refresh_token"))));
        QVERIFY(h->sim().oauth().isValidAccessToken(QStringLiteral("github"), QString::fromUtf8(plainToken)));

        // With it: DELETE /applications/{client_id}/token as the app; the grant is dead.
        const QString secretKey = OAuthConfig::forSource(h->settings(), QStringLiteral("github")).clientSecretKey();
        m_secrets.add(secretKey);
        keychainWrite(secretKey, "sim-client-secret");
        const QString account = uniqueAccount(QStringLiteral("revoked"));
        const Attempt<Account> a = deviceSignIn(*h, signIn, account);
        QVERIFY(!a.error);
        const QByteArray access = authorizationOf(h->settings(), a.value, &nam).mid(7);
        const Attempt<bool> out = await(signIn.signOut(QStringLiteral("github"), account));
        QVERIFY(!out.error);
        QVERIFY(out.value);
        QCOMPARE(h->requests(revokePath), 1);
        QVERIFY(!h->sim().oauth().isValidAccessToken(QStringLiteral("github"), QString::fromUtf8(access)));
        for (const QString &kind : Account::secretKinds())
            QVERIFY(!keychainRead(SecretStore::key(QStringLiteral("github"), account, kind)));
        QVERIFY(!AccountStore(h->settings()).find(QStringLiteral("github"), account));
    }

    void asanaBrowserWithSecretThenSync()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        const QString account = uniqueAccount(QStringLiteral("asana"));
        forget(QStringLiteral("asana"), account);
        const QString secretKey = OAuthConfig::forSource(h->settings(), QStringLiteral("asana")).clientSecretKey();
        m_secrets.add(secretKey);
        // Without the client secret Asana cannot be signed in to: said before the browser opens.
        int opened = 0;
        OAuthBrowser browser;
        connect(&signIn, &SignIn::openBrowser, this, [&](const QUrl &url) { ++opened; browser.visit(url); }, Qt::QueuedConnection);
        const Attempt<Account> refused = await(signIn.withBrowser(QStringLiteral("asana"), account));
        QVERIFY(refused.error && refused.error->message.contains(QLatin1String("client secret")));
        QCOMPARE(opened, 0);
        keychainWrite(secretKey, "sim-client-secret");
        const Attempt<Account> a = await(signIn.withBrowser(QStringLiteral("asana"), account));
        QVERIFY2(!a.error, qPrintable(a.error ? a.error->message : QString()));
        QCOMPARE(opened, 1);
        const SyncRun run = QCoro::waitFor(h->engine().run(QStringLiteral("asana"), SyncMode::Full, account));
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.created, 2 * 5);
    }

    void personalTokensAndSeveralAccounts()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        const QString one = uniqueAccount(QStringLiteral("pat1"));
        const QString two = uniqueAccount(QStringLiteral("pat2"));
        forget(QStringLiteral("asana"), one);
        forget(QStringLiteral("asana"), two);
        QVERIFY(!await(signIn.withToken(QStringLiteral("asana"), one, "cairn-sim-token")).error);
        QVERIFY(!await(signIn.withToken(QStringLiteral("asana"), two, "not-a-valid-token")).error);
        QCOMPARE(keychainRead(SecretStore::key(QStringLiteral("asana"), one, QStringLiteral("token"))), std::optional<QByteArray>("cairn-sim-token"));
        QCOMPARE(AccountStore(h->settings()).of(QStringLiteral("asana")).size(), 2);
        // Each account syncs on its own: the good one fills its own rows, the bad one needs sign-in.
        const SyncRun good = QCoro::waitFor(h->engine().run(QStringLiteral("asana"), SyncMode::Full, one));
        QCOMPARE(good.status, RunStatus::Ok);
        const SyncRun bad = QCoro::waitFor(h->engine().run(QStringLiteral("asana"), SyncMode::Full, two));
        QCOMPARE(bad.status, RunStatus::NeedsSignIn);
        QCOMPARE(AccountStore(h->settings()).find(QStringLiteral("asana"), two)->status, QStringLiteral("needs-sign-in"));
        QCOMPARE(AccountStore(h->settings()).find(QStringLiteral("asana"), one)->status, QStringLiteral("signed-in"));
        // Google has no personal tokens.
        QVERIFY(await(signIn.withToken(QStringLiteral("google"), one, "x")).error);
    }

    void jiraSiteEmailToken()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        const QString account = uniqueAccount(QStringLiteral("jira"));
        forget(QStringLiteral("jira"), account);
        QVERIFY(await(signIn.withSiteToken(QStringLiteral("jira"), account, QStringLiteral("http://example.atlassian.net"), QStringLiteral("me@example.com"), "t")).error);
        QVERIFY(await(signIn.withSiteToken(QStringLiteral("jira"), account, QStringLiteral("https://example.atlassian.net"), QStringLiteral("nobody"), "t")).error);
        const Attempt<Account> a = await(signIn.withSiteToken(QStringLiteral("jira"), account, QStringLiteral("https://example.atlassian.net"),
                                                              QStringLiteral("me@example.com"), "ATATT-api-token"));
        QVERIFY2(!a.error, qPrintable(a.error ? a.error->message : QString()));
        QCOMPARE(a.value.kind, Account::Kind::Basic);
        QCOMPARE(authorizationOf(h->settings(), a.value, &nam), "Basic " + QByteArray("me@example.com:ATATT-api-token").toBase64());
        QFile ini(h->settings().filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(text.contains("me@example.com"));
        QVERIFY(!text.contains("ATATT"));
    }

    void signOutRevokesAndDeletes()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        OAuthBrowser browser;
        connect(&signIn, &SignIn::openBrowser, this, [&](const QUrl &url) { browser.visit(url); }, Qt::QueuedConnection);
        const QString account = uniqueAccount(QStringLiteral("signout"));
        forget(QStringLiteral("google"), account);
        const Attempt<Account> a = await(signIn.withBrowser(QStringLiteral("google"), account));
        QVERIFY(!a.error);
        const QByteArray access = authorizationOf(h->settings(), a.value, &nam).mid(7);
        QVERIFY(h->sim().oauth().isValidAccessToken(QStringLiteral("google"), QString::fromUtf8(access)));
        const Attempt<bool> out = await(signIn.signOut(QStringLiteral("google"), account));
        QVERIFY(!out.error);
        QVERIFY(out.value);
        QCOMPARE(h->requests(QStringLiteral("POST /oauth/google/revoke")), 1);
        QVERIFY(!h->sim().oauth().isValidAccessToken(QStringLiteral("google"), QString::fromUtf8(access)));
        for (const QString &kind : Account::secretKinds())
            QVERIFY(!keychainRead(SecretStore::key(QStringLiteral("google"), account, kind)));
        QVERIFY(!AccountStore(h->settings()).find(QStringLiteral("google"), account));
        // Jira's token accounts have nothing to revoke: deleted here, said so.
        const QString jira = uniqueAccount(QStringLiteral("jira-out"));
        forget(QStringLiteral("jira"), jira);
        QVERIFY(!await(signIn.withSiteToken(QStringLiteral("jira"), jira, QStringLiteral("https://example.atlassian.net"), QStringLiteral("a@b.c"), "tok")).error);
        const Attempt<bool> jiraOut = await(signIn.signOut(QStringLiteral("jira"), jira));
        QVERIFY(!jiraOut.error);
        QVERIFY(!jiraOut.value);
        QVERIFY(!keychainRead(SecretStore::key(QStringLiteral("jira"), jira, QStringLiteral("token"))));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
