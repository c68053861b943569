// Sign-in against the simulator, driven headlessly: the "browser" is a QNetworkAccessManager
// that follows the authorization server's redirect to Cairn's loopback listener. Secrets go
// to the real keychain (CI runs inside dbus-run-session with gnome-keyring).
#include "AuthTest.h"
#include "Clock.h"
#include "HostileServer.h"
#include "HttpClient.h"
#include "QueuedChanges.h"
#include "OAuthBrowser.h"
#include "OAuthFlow.h"
#include "SecretStore.h"
#include "SendOutbox.h"
#include "SignIn.h"
#include "Sources.h"
#include "SyncHarness.h"
#include "TokenManager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {
const QString kGoogle = QStringLiteral("google");
const QString kToken = QStringLiteral("POST /oauth/google/token");

sim::Options options(bool rotate = false)
{
    sim::Options o;
    o.contacts = 30;
    o.rotateRefreshTokens = rotate;
    o.oauthClientId = uniqueAccount(QStringLiteral("client")); // its own client secret key
    return o;
}

// A harness whose engine uses the accounts (not the harness's static token).
std::unique_ptr<SyncHarness> harness(const sim::Options &o = options())
{
    auto h = std::make_unique<SyncHarness>(o);
    h->engine().setAuthenticator(kGoogle, nullptr);
    for (const QString &s : Settings::sources())
        useSimOAuth(h->settings(), s, h->sim().baseUrl(), o.oauthClientId);
    return h;
}
} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

    TestSecrets m_secrets; // keychain entries to clean up

    // Signs in `account` to Google through the whole browser flow.
    Attempt<Account> signInGoogle(SyncHarness &h, SignIn &signIn, const QString &account)
    {
        OAuthBrowser browser;
        QObject::connect(&signIn, &SignIn::openBrowser, &signIn, [&browser](const QUrl &url) { browser.visit(url); },
                         Qt::QueuedConnection);
        m_secrets.addAccount(kGoogle, account);
        Q_UNUSED(h);
        return await(signIn.withBrowser(kGoogle, account));
    }

private Q_SLOTS:
    void cleanup() { m_secrets.forget(); }

    void browserFlowThenSync()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        QUrl seen;
        connect(&signIn, &SignIn::openBrowser, this, [&seen](const QUrl &u) { seen = u; });
        const QString account = uniqueAccount(QStringLiteral("flow"));
        const Attempt<Account> a = signInGoogle(*h, signIn, account);
        QVERIFY2(!a.error, qPrintable(a.error ? a.error->message : QString()));
        // The authorization request: PKCE S256, our random state, offline access, the scope.
        const QUrlQuery q(seen);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 32);
        QCOMPARE(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("https://www.googleapis.com/auth/contacts.readonly"));
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QCOMPARE(h->requests(kToken), 1);
        // The refresh token is in the keychain; the account in cairn.ini without it.
        const std::optional<QByteArray> refresh = keychainRead(SecretStore::key(kGoogle, account, QStringLiteral("refresh_token")));
        QVERIFY(refresh && refresh->startsWith("1//0sim-"));
        QFile ini(h->settings().filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray iniText = ini.readAll();
        QVERIFY(iniText.contains(account.toUtf8()));
        QVERIFY(!iniText.contains(*refresh));
        QVERIFY(!iniText.contains("ya29.sim-"));
        // The account syncs with it: the access token from the sign-in, no refresh needed.
        const SyncRun run = QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, account));
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.account, account);
        QCOMPARE(h->requests(kToken), 1);
        QCOMPARE(h->compareGoogle(account), QString());
    }

    // Issue 22: the sign-in asks for the scope that writes only while writing is on. A token of
    // the read-only scope is refused by Google when Cairn writes: the change waits, unsent and
    // not lost, until the person signs in again, now with the scope that writes.
    void writingAsksForTheScopeThatWrites()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        QStringList scopes;
        connect(&signIn, &SignIn::openBrowser, this, [&scopes](const QUrl &u) {
            scopes << QUrlQuery(u).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        });
        const QString account = uniqueAccount(QStringLiteral("writes"));
        Attempt<Account> a = signInGoogle(*h, signIn, account);
        QVERIFY2(!a.error, qPrintable(a.error ? a.error->message : QString()));
        QCOMPARE(QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, account)).status, RunStatus::Ok);

        h->settings().setValue(QStringLiteral("google.write"), true);
        const QString contact = h->sim().google().liveContactNames().first();
        const qint64 change = queueChange(*h, kGoogle, QStringLiteral("edit"), contact,
                                          {{QStringLiteral("note"), QStringLiteral("Written with the scope that writes")}}, account);
        const SyncRun refused = QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Auto, account));
        QCOMPARE(refused.status, RunStatus::NeedsSignIn);
        std::optional<OutboxChange> waiting;
        {
            QSqlDatabase db = h->reader();
            waiting = OutboxRepo::get(db, change);
        }
        QVERIFY(waiting && waiting->state != OutboxState::Done);

        a = signInGoogle(*h, signIn, account);
        QVERIFY2(!a.error, qPrintable(a.error ? a.error->message : QString()));
        QCOMPARE(scopes, (QStringList{QStringLiteral("https://www.googleapis.com/auth/contacts.readonly"),
                                      QStringLiteral("https://www.googleapis.com/auth/contacts")}));
        QCOMPARE(QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Auto, account)).status, RunStatus::Ok);
        {
            QSqlDatabase db = h->reader();
            QCOMPARE(OutboxRepo::get(db, change)->state, OutboxState::Done);
        }
        QCOMPARE(h->compareGoogle(account), QString());
        // A scope set by hand is asked for as it is.
        h->settings().setValue(QStringLiteral("google.oauth.scope"), QStringLiteral("https://www.googleapis.com/auth/contacts.other.readonly"));
        QCOMPARE(OAuthConfig::forSource(h->settings(), kGoogle).scope, QStringLiteral("https://www.googleapis.com/auth/contacts.other.readonly"));
    }

    // The rule of writing back per account: the account's own switch when it has one, else
    // the source's setting; an account not in the store (a token from the environment) follows
    // the source. Read back from cairn.ini as the next process reads it.
    void writingFollowsTheAccountThenTheSource()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        AccountStore store(settings);
        for (const QString &id : {QStringLiteral("work"), QStringLiteral("home")}) {
            Account a;
            a.source = kGoogle;
            a.id = id;
            store.save(a);
        }
        const auto on = [&dir](const QString &account) {
            Settings reread(dir.path());
            return AccountStore::writesBack(reread, kGoogle, account);
        };
        QVERIFY(!on(QStringLiteral("work")) && !on(QStringLiteral("home")) && !on(QStringLiteral("default"))); // read-only by default
        QVERIFY(!writingOn(settings, kGoogle, QStringLiteral("work")));
        settings.setValue(QStringLiteral("google.write"), true);
        QVERIFY(on(QStringLiteral("work")) && on(QStringLiteral("home")) && on(QStringLiteral("default")));
        QVERIFY(store.setWriteSwitch(kGoogle, QStringLiteral("work"), false)); // its own switch over the source's
        QVERIFY(!on(QStringLiteral("work")) && on(QStringLiteral("home")) && on(QStringLiteral("default")));
        QVERIFY(!writingOn(settings, kGoogle, QStringLiteral("work")));
        QVERIFY(writingOn(settings, kGoogle, QStringLiteral("home")));
        QVERIFY(writingOn(settings, kGoogle, QString())); // no account named: "default"
        settings.setValue(QStringLiteral("google.write"), false);
        QVERIFY(store.setWriteSwitch(kGoogle, QStringLiteral("home"), true));
        QVERIFY(!on(QStringLiteral("work")) && on(QStringLiteral("home")) && !on(QStringLiteral("default")));
        QVERIFY(store.setWriteSwitch(kGoogle, QStringLiteral("home"), std::nullopt)); // follows the source again
        QVERIFY(!on(QStringLiteral("home")));
        QCOMPARE(AccountStore::ownWriteSwitch(settings, kGoogle, QStringLiteral("home")), std::nullopt);
        QCOMPARE(AccountStore::ownWriteSwitch(settings, kGoogle, QStringLiteral("work")), std::optional<bool>(false));
        QVERIFY(!store.setWriteSwitch(kGoogle, QStringLiteral("nobody"), true)); // no such account: nothing written
        QVERIFY(!on(QStringLiteral("nobody")));
        // A source that cannot write does not, whatever its accounts say.
        Account gh;
        gh.source = QStringLiteral("github");
        gh.id = QStringLiteral("work");
        store.save(gh);
        QVERIFY(store.setWriteSwitch(gh.source, gh.id, true));
        QVERIFY(!writingOn(settings, gh.source, gh.id));
        // The source's setting that the rule falls back to is the one each writing source names.
        for (const SourceDescriptor *d : Sources::all())
            if (d->canWrite())
                QCOMPARE(d->writes.setting, d->id() + QStringLiteral(".write"));
    }

    // Each account's sign-in asks for the scope that writes only while writing is on for that
    // account; a new sign-in keeps the account's switch; the grant recorded tells whether the
    // account must sign in again before it can write.
    void eachAccountAsksForTheScopeItWritesWith()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        QStringList scopes;
        // (a SignIn of its own each time: signInGoogle's browser is gone after it)
        const auto signInAs = [&](const QString &account) {
            SignIn signIn(h->settings(), &nam);
            connect(&signIn, &SignIn::openBrowser, this, [&scopes](const QUrl &u) {
                scopes << QUrlQuery(u).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
            });
            const Attempt<Account> a = signInGoogle(*h, signIn, account);
            return a.error ? a.error->message : QString();
        };
        const QString readOnly = QStringLiteral("https://www.googleapis.com/auth/contacts.readonly");
        const QString writes = QStringLiteral("https://www.googleapis.com/auth/contacts");
        const QString work = uniqueAccount(QStringLiteral("work"));
        const QString home = uniqueAccount(QStringLiteral("home"));
        for (const QString &account : {work, home})
            QCOMPARE(signInAs(account), QString());
        QCOMPARE(scopes, (QStringList{readOnly, readOnly}));
        AccountStore store(h->settings());
        QVERIFY(OAuthConfig::lacksWriteScope(kGoogle, store.find(kGoogle, work)->extra));

        QVERIFY(store.setWriteSwitch(kGoogle, work, true));
        QVERIFY(store.setWriteSwitch(kGoogle, home, false));
        h->settings().setValue(QStringLiteral("google.write"), true); // the source's: home keeps its own "off"
        scopes.clear();
        for (const QString &account : {work, home})
            QCOMPARE(signInAs(account), QString());
        QCOMPARE(scopes, (QStringList{writes, readOnly}));
        QCOMPARE(AccountStore::ownWriteSwitch(h->settings(), kGoogle, work), std::optional<bool>(true));
        QCOMPARE(AccountStore::ownWriteSwitch(h->settings(), kGoogle, home), std::optional<bool>(false));
        QVERIFY(!OAuthConfig::lacksWriteScope(kGoogle, store.find(kGoogle, work)->extra));
        QVERIFY(OAuthConfig::lacksWriteScope(kGoogle, store.find(kGoogle, home)->extra));
        // An account signed in for the first time follows the source's setting.
        scopes.clear();
        const QString added = uniqueAccount(QStringLiteral("new"));
        QCOMPARE(signInAs(added), QString());
        QCOMPARE(scopes, QStringList{writes});
    }

    void forgedOrStatelessCallbacksAreIgnored()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        OAuthBrowser browser;
        int forgedCodeExchanges = -1;
        // Before the real answer, requests to the loopback address that are not it: an "error"
        // with no state (which must not speak for Google), the server's code with a forged
        // state, and one with no state at all. None may be exchanged or end the sign-in.
        connect(&signIn, &SignIn::openBrowser, this, [&](const QUrl &url) {
            const QUrl real = browser.redirectOf(url);
            QUrl callback = real;
            callback.setQuery(QStringLiteral("error=access_denied"));
            browser.visit(callback);
            QUrlQuery q(real);
            q.removeAllQueryItems(QStringLiteral("state"));
            callback.setQuery(q);
            browser.visit(callback);
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
            callback.setQuery(q);
            browser.visit(callback);
            forgedCodeExchanges = h->requests(kToken);
            browser.visit(real);
        }, Qt::QueuedConnection);
        const QString account = uniqueAccount(QStringLiteral("state"));
        m_secrets.addAccount(kGoogle, account);
        const Attempt<Account> a = await(signIn.withBrowser(kGoogle, account));
        QVERIFY2(!a.error, a.error ? qPrintable(a.error->message) : "");
        QCOMPARE(forgedCodeExchanges, 0); // the forged ones' code was never exchanged
        QCOMPARE(h->requests(kToken), 1);  // the real one's was, once
        QVERIFY(AccountStore(h->settings()).find(kGoogle, account));
    }

    void tokenEndpointOverPlainHttpIsRefusedBeforeTheBrowser()
    {
        auto h = harness();
        // http to a host that is not this machine: the code, the verifier and the client
        // secret would travel in clear. Refused before anything starts (no request is made).
        h->settings().setValue(QStringLiteral("google.oauth.token_url"), QStringLiteral("http://oauth.example.invalid/token"));
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        bool browserOpened = false;
        connect(&signIn, &SignIn::openBrowser, this, [&](const QUrl &) {
            browserOpened = true;
            signIn.cancel();
        }, Qt::QueuedConnection);
        const Attempt<Account> a = await(signIn.withBrowser(kGoogle, uniqueAccount(QStringLiteral("plain"))));
        QVERIFY(!browserOpened);
        QVERIFY(a.error);
        QVERIFY2(a.error->message.contains(QLatin1String("https is required")), qPrintable(a.error->message));
        QVERIFY2(a.error->message.contains(QLatin1String("oauth.example.invalid")), qPrintable(a.error->message));
    }

    void tokenEndpointRedirectToAnotherOriginIsNotFollowed()
    {
        auto h = harness();
        HostileServer redirecting(h->sim().baseUrl());
        HostileServer::Catcher catcher;
        redirecting.setRedirectTo(catcher.origin());
        redirecting.setMode(HostileServer::Mode::Redirect);
        redirecting.setTarget(QStringLiteral("/token"));
        QUrl tokenUrl = redirecting.url();
        tokenUrl.setPath(QStringLiteral("/oauth/google/token"));
        h->settings().setValue(QStringLiteral("google.oauth.token_url"), tokenUrl.toString());
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        OAuthBrowser browser;
        QObject::connect(&signIn, &SignIn::openBrowser, &signIn, [&browser](const QUrl &url) { browser.visit(url); },
                         Qt::QueuedConnection);
        const Attempt<Account> a = await(signIn.withBrowser(kGoogle, uniqueAccount(QStringLiteral("redirect"))));
        QVERIFY(a.error);
        QVERIFY2(a.error->message.contains(QLatin1String("redirected to another address")), qPrintable(a.error->message));
        QCOMPARE(redirecting.requests(), 1);
        QVERIFY2(catcher.received.isEmpty(), catcher.received.value(0).constData()); // no code, verifier or secret there
    }

    void wrongVerifierIsRejectedBySimulator()
    {
        // A code obtained by another flow (another PKCE verifier) injected into this one,
        // with this one's state: only PKCE tells them apart, and the simulator refuses it.
        auto h = harness();
        const quint16 port = freeLoopbackPort();
        h->settings().setValue(QStringLiteral("google.oauth.redirect_port"), port);
        QNetworkAccessManager nam;
        OAuthBrowser browser;
        const OAuthConfig config = OAuthConfig::forSource(h->settings(), kGoogle);
        QString stolenCode;
        {
            OAuthFlow first(config, {}, &nam);
            connect(&first, &OAuthFlow::authorizeUrl, this, [&](const QUrl &url) {
                stolenCode = QUrlQuery(browser.redirectOf(url)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                first.cancel();
            }, Qt::QueuedConnection);
            const Attempt<OAuthTokens> r = await(first.run());
            QVERIFY(r.error && r.error->kind == Error::Kind::Cancelled);
        }
        QVERIFY(!stolenCode.isEmpty());
        OAuthFlow second(config, {}, &nam);
        connect(&second, &OAuthFlow::authorizeUrl, this, [&](const QUrl &url) {
            QUrl to = browser.redirectOf(url); // the second flow's own redirect and state ...
            QUrlQuery q(to);
            q.removeAllQueryItems(QStringLiteral("code"));
            q.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(stolenCode))); // ... the other code
            to.setQuery(q);
            browser.visit(to);
        }, Qt::QueuedConnection);
        const Attempt<OAuthTokens> r = await(second.run());
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, Error::Kind::Auth);
        QCOMPARE(r.error->reason, QStringLiteral("invalid_grant"));
        QVERIFY2(!r.error->message.contains(QLatin1String("Malformed")), qPrintable(r.error->message)); // a known code, the wrong verifier
        QCOMPARE(h->requests(kToken), 1);
    }

    void expiryRefreshRetry()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        const QString account = uniqueAccount(QStringLiteral("expiry"));
        QVERIFY(!signInGoogle(*h, signIn, account).error);
        QCOMPARE(QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, account)).status, RunStatus::Ok);
        // The server's clock moves past the token's hour; Cairn's does not know: 401, one
        // refresh, one retry, and the run succeeds.
        h->sim().clock().advance(3601);
        h->sim().google().randomChanges(5); // something to fetch
        h->resetRequests();
        const SyncRun run = QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Partial, account));
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(h->requests(kToken), 1);
        qInfo("after expiry: %d API calls (one refused with 401, retried once), 1 token refresh, %lld ms",
              run.apiCalls, run.durationMs());
        QCOMPARE(h->compareGoogle(account), QString());
    }

    void refreshBeforeExpiry()
    {
        auto h = harness();
        ManualClock clock(QDateTime::currentDateTimeUtc());
        h->engine().setClock(&clock);
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        signIn.setClock(&clock);
        const QString account = uniqueAccount(QStringLiteral("early"));
        QVERIFY(!signInGoogle(*h, signIn, account).error);
        const SyncRun baseline = QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, account));
        QCOMPARE(baseline.status, RunStatus::Ok);
        // 59.5 minutes on both clocks: still valid for the server, but within Cairn's margin.
        clock.advance(3570 * 1000);
        h->sim().clock().advance(3570);
        h->resetRequests();
        const SyncRun run = QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, account));
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(h->requests(kToken), 1);
        QCOMPARE(run.apiCalls, baseline.apiCalls); // no 401 and no retry
    }

    void revokedMeansNeedsSignInOthersGoOn()
    {
        auto h = harness();
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        const QString revoked = uniqueAccount(QStringLiteral("revoked"));
        const QString fine = uniqueAccount(QStringLiteral("fine"));
        QVERIFY(!signInGoogle(*h, signIn, revoked).error);
        QVERIFY(!signInGoogle(*h, signIn, fine).error);
        const std::optional<QByteArray> refresh = keychainRead(SecretStore::key(kGoogle, revoked, QStringLiteral("refresh_token")));
        QVERIFY(refresh);
        QVERIFY(h->sim().oauth().revoke(QString::fromUtf8(*refresh))); // e.g. at myaccount.google.com
        const SyncRun bad = QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, revoked));
        QCOMPARE(bad.status, RunStatus::NeedsSignIn);
        QVERIFY2(bad.error.contains(revoked), qPrintable(bad.error));
        QCOMPARE(AccountStore(h->settings()).find(kGoogle, revoked)->status, QStringLiteral("needs-sign-in"));
        const SyncRun good = QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, fine));
        QCOMPARE(good.status, RunStatus::Ok);
        // The next run of the revoked account stops at once, without asking the service again.
        h->resetRequests();
        QCOMPARE(QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, revoked)).status, RunStatus::NeedsSignIn);
        QCOMPARE(h->requests(), 0);
        // Signing in again clears it.
        QVERIFY(!signInGoogle(*h, signIn, revoked).error);
        QCOMPARE(QCoro::waitFor(h->engine().run(kGoogle, SyncMode::Full, revoked)).status, RunStatus::Ok);
    }

    void rotationIsSaved()
    {
        auto h = harness(); // Jira and GitHub rotate refresh tokens
        QNetworkAccessManager nam;
        SignIn signIn(h->settings(), &nam);
        OAuthBrowser browser;
        connect(&signIn, &SignIn::openBrowser, this, [&browser](const QUrl &url) { browser.visit(url); }, Qt::QueuedConnection);
        const QString account = uniqueAccount(QStringLiteral("rotate"));
        const QString refreshKey = SecretStore::key(QStringLiteral("jira"), account, QStringLiteral("refresh_token"));
        const QString secretKey = OAuthConfig::forSource(h->settings(), QStringLiteral("jira")).clientSecretKey();
        m_secrets.add(refreshKey);
        m_secrets.add(secretKey);
        keychainWrite(secretKey, "sim-client-secret");
        const Attempt<Account> a = await(signIn.withBrowser(QStringLiteral("jira"), account));
        QVERIFY2(!a.error, qPrintable(a.error ? a.error->message : QString()));
        QCOMPARE(a.value.extra.value(QStringLiteral("cloud_id")).toString(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
        const QByteArray first = keychainRead(refreshKey).value_or(QByteArray());
        QVERIFY(!first.isEmpty());
        TokenManager tokens(h->settings(), a.value, &nam, nullptr);
        const Attempt<bool> refreshed = await(tokens.refreshAfterUnauthorized());
        QVERIFY2(!refreshed.error, qPrintable(refreshed.error ? refreshed.error->message : QString()));
        const QByteArray second = keychainRead(refreshKey).value_or(QByteArray());
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        // The old one is dead on the server: had the new one not been saved, the account
        // would be lost at the next refresh.
        HttpClient http(&nam);
        const Attempt<OAuthTokens> old = await(oauth::refresh(http, OAuthConfig::forSource(h->settings(), QStringLiteral("jira")),
                                                              "sim-client-secret", first, QDateTime::currentDateTimeUtc()));
        QVERIFY(old.error);
        QCOMPARE(old.error->kind, Error::Kind::Auth);
        const Attempt<OAuthTokens> current = await(oauth::refresh(http, OAuthConfig::forSource(h->settings(), QStringLiteral("jira")),
                                                                  "sim-client-secret", second, QDateTime::currentDateTimeUtc()));
        QVERIFY(!current.error);
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
