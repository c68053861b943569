// OAuth code flow with PKCE, refresh, rotation and revoke against the simulator.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace simtest;

namespace {
const QString kConnections = QStringLiteral("/google/v1/people/me/connections");
const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/callback");
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-verifier-long-enough");

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

class TestSimOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::CloudSimulator> start(bool rotate = false)
    {
        sim::Options o;
        o.contacts = 5;
        o.rotateRefreshTokens = rotate;
        auto s = std::make_unique<sim::CloudSimulator>(o);
        if (s->listenLocal() == 0)
            qFatal("cannot listen");
        return s;
    }

    // authorize -> code (checks the redirect and the state)
    QString authorize(Http &http, const QString &state = QStringLiteral("st@te 1/2"))
    {
        const Response r = http.get(QStringLiteral("/oauth/google/authorize"),
                                    query({{"response_type", "code"}, {"client_id", "cairn-desktop"}, {"redirect_uri", kRedirect},
                                           {"state", state}, {"scope", "https://www.googleapis.com/auth/contacts.readonly"},
                                           {"code_challenge", challengeOf(kVerifier)}, {"code_challenge_method", "S256"},
                                           {"access_type", "offline"}}));
        if (r.status != 302)
            return {};
        const QUrl to(QString::fromLatin1(r.header("Location")));
        if (to.host() != QLatin1String("127.0.0.1") || to.port() != 53682 || to.path() != QLatin1String("/callback"))
            return {};
        const QUrlQuery q(to);
        if (q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state)
            return {};
        return q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

    Response exchange(Http &http, const QString &code, const QString &verifier = kVerifier)
    {
        return http.postForm(QStringLiteral("/oauth/google/token"),
                             query({{"grant_type", "authorization_code"}, {"code", code}, {"redirect_uri", kRedirect},
                                    {"client_id", "cairn-desktop"}, {"code_verifier", verifier}}));
    }

    Response refresh(Http &http, const QString &token)
    {
        return http.postForm(QStringLiteral("/oauth/google/token"),
                             query({{"grant_type", "refresh_token"}, {"refresh_token", token}, {"client_id", "cairn-desktop"}}));
    }

private Q_SLOTS:
    void codeFlowWithPkce()
    {
        auto s = start();
        Http anon(s->baseUrl(), QString());
        const QString code = authorize(anon);
        QVERIFY(!code.isEmpty());
        const Response t = exchange(anon, code);
        QCOMPARE(t.status, 200);
        const QJsonObject tokens = t.json();
        QCOMPARE(tokens["token_type"].toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens["expires_in"].toInt(), 3600);
        QVERIFY(!tokens["refresh_token"].toString().isEmpty());
        QCOMPARE(tokens["scope"].toString(), QStringLiteral("https://www.googleapis.com/auth/contacts.readonly"));
        Http api(s->baseUrl(), tokens["access_token"].toString());
        QCOMPARE(api.get(kConnections, query({{"personFields", "names"}})).status, 200);
        // a code is single use
        QCOMPARE(exchange(anon, code).json()["error"].toString(), QStringLiteral("invalid_grant"));
        // access tokens expire by the server clock
        s->clock().advance(3601);
        QCOMPARE(api.get(kConnections, query({{"personFields", "names"}})).status, 401);
        const Response r = refresh(anon, tokens["refresh_token"].toString());
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QStringLiteral("refresh_token")));
        api.setToken(r.json()["access_token"].toString());
        QCOMPARE(api.get(kConnections, query({{"personFields", "names"}})).status, 200);
    }

    void wrongVerifierAndBadRequests()
    {
        auto s = start();
        Http anon(s->baseUrl(), QString());
        const Response bad = exchange(anon, authorize(anon), QStringLiteral("not-the-verifier"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json()["error"].toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(exchange(anon, QStringLiteral("made-up")).json()["error"].toString(), QStringLiteral("invalid_grant"));
        // redirect_uri must equal the authorize one
        const Response mismatch = anon.postForm(QStringLiteral("/oauth/google/token"),
            query({{"grant_type", "authorization_code"}, {"code", authorize(anon)}, {"redirect_uri", "http://127.0.0.1:1/other"},
                   {"client_id", "cairn-desktop"}, {"code_verifier", kVerifier}}));
        QCOMPARE(mismatch.status, 400);
        // unknown client, non-loopback redirect
        QCOMPARE(anon.get(QStringLiteral("/oauth/google/authorize"),
                          query({{"response_type", "code"}, {"client_id", "someone-else"}, {"redirect_uri", kRedirect}})).status, 400);
        QCOMPARE(anon.get(QStringLiteral("/oauth/google/authorize"),
                          query({{"response_type", "code"}, {"client_id", "cairn-desktop"}, {"redirect_uri", "https://evil.example/cb"}})).status, 400);
        QCOMPARE(anon.get(QStringLiteral("/oauth/google/authorize"),
                          query({{"response_type", "code"}, {"client_id", "cairn-desktop"}, {"redirect_uri", "http://localhost:8080/"}})).status, 302);
        QCOMPARE(anon.postForm(QStringLiteral("/oauth/google/token"), query({{"grant_type", "password"}, {"client_id", "cairn-desktop"}})).status, 400);
        QCOMPARE(anon.postForm(QStringLiteral("/oauth/google/token"), query({{"grant_type", "refresh_token"}, {"client_id", "x"}})).status, 401);
    }

    void rotationAndRevoke()
    {
        auto s = start(true);
        Http anon(s->baseUrl(), QString());
        const QJsonObject first = exchange(anon, authorize(anon)).json();
        const QString refresh1 = first["refresh_token"].toString();
        const Response r = refresh(anon, refresh1);
        QCOMPARE(r.status, 200);
        const QString refresh2 = r.json()["refresh_token"].toString();
        QVERIFY(!refresh2.isEmpty());
        QVERIFY(refresh2 != refresh1);
        QCOMPARE(refresh(anon, refresh1).json()["error"].toString(), QStringLiteral("invalid_grant"));

        Http api(s->baseUrl(), r.json()["access_token"].toString());
        QCOMPARE(api.get(kConnections, query({{"personFields", "names"}})).status, 200);
        QCOMPARE(anon.postForm(QStringLiteral("/oauth/google/revoke"), query({{"token", refresh2}})).status, 200);
        QCOMPARE(api.get(kConnections, query({{"personFields", "names"}})).status, 401);
        QCOMPARE(refresh(anon, refresh2).status, 400);
        QCOMPARE(anon.postForm(QStringLiteral("/oauth/google/revoke"), query({{"token", "unknown"}})).status, 400);

        // revoking an access token kills it too
        const auto direct = s->oauth().issue(QStringLiteral("google"));
        Http api2(s->baseUrl(), direct.accessToken);
        QCOMPARE(api2.get(kConnections, query({{"personFields", "names"}})).status, 200);
        QCOMPARE(anon.postForm(QStringLiteral("/oauth/google/revoke"), query({{"token", direct.accessToken}})).status, 200);
        QCOMPARE(api2.get(kConnections, query({{"personFields", "names"}})).status, 401);
        // the static token is unaffected
        Http fixed(s->baseUrl());
        QCOMPARE(fixed.get(kConnections, query({{"personFields", "names"}})).status, 200);
    }

    void deviceFlowAndAccessibleResources()
    {
        auto s = start();
        Http anon(s->baseUrl(), QString());
        // GitHub's device flow: code, pending until the person approves, then tokens (rotating).
        const QJsonObject codes = anon.postForm(QStringLiteral("/oauth/github/device_code"),
                                                query({{"client_id", "cairn-desktop"}, {"scope", "repo"}})).json();
        const QString device = codes["device_code"].toString();
        QVERIFY(!device.isEmpty());
        QCOMPARE(codes["user_code"].toString().size(), 9);
        auto poll = [&] {
            return anon.postForm(QStringLiteral("/oauth/github/token"),
                                 query({{"client_id", "cairn-desktop"}, {"device_code", device},
                                        {"grant_type", "urn:ietf:params:oauth:grant-type:device_code"}}));
        };
        QCOMPARE(poll().json()["error"].toString(), QStringLiteral("authorization_pending"));
        QCOMPARE(poll().json()["error"].toString(), QStringLiteral("slow_down")); // polled at once again
        const QUrl verify(codes["verification_uri"].toString());
        QCOMPARE(anon.get(verify.path(), query({{"user_code", "WRONG-CODE"}})).status, 404);
        QCOMPARE(anon.get(verify.path(), query({{"user_code", codes["user_code"].toString()}})).status, 200);
        const Response granted = poll();
        QCOMPARE(granted.status, 200);
        QVERIFY(!granted.json()["refresh_token"].toString().isEmpty());
        QCOMPARE(poll().json()["error"].toString(), QStringLiteral("incorrect_device_code")); // used up
        // Asana and GitHub web flows want the client secret.
        QCOMPARE(anon.postForm(QStringLiteral("/oauth/asana/token"),
                               query({{"grant_type", "refresh_token"}, {"refresh_token", "x"}, {"client_id", "cairn-desktop"}})).status, 401);
        // Jira 3LO: the sites a token may use, only with a valid token.
        const auto jira = s->oauth().issue(QStringLiteral("jira"));
        QCOMPARE(anon.get(QStringLiteral("/oauth/jira/accessible-resources")).status, 401);
        Http withToken(s->baseUrl(), jira.accessToken);
        const Response sites = withToken.get(QStringLiteral("/oauth/jira/accessible-resources"));
        QCOMPARE(sites.status, 200);
        QCOMPARE(QJsonDocument::fromJson(sites.body).array().first().toObject()["id"].toString().size(), 36);
        // A Google token is no Jira token.
        Http google(s->baseUrl(), s->oauth().issue(QStringLiteral("google")).accessToken);
        QCOMPARE(google.get(QStringLiteral("/oauth/jira/accessible-resources")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSimOAuth)
#include "tst_simoauth.moc"
