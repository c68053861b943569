// The secret scan, with the real programs: `cairn login` for Google (browser flow, the
// "browser" follows the printed address) and Asana (client secret from stdin, fixed port),
// syncs (one of them after the server clock passed the token's hour: refresh in a new
// process), every read-only command, sign-out. Afterwards no token or secret appears in the
// database, cairn.ini, any other file of the data directory, the logs (stderr) or any
// command's output — and the refresh tokens are in the keychain, found by secret-tool.
#include "AuthTest.h"
#include "OAuthBrowser.h"
#include "ProcessHarness.h"
#include "SecretStore.h"

#include "OAuthConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

class TestSecretScan : public QObject
{
    Q_OBJECT

    QProcessEnvironment m_env;
    QList<QByteArray> m_output; // everything every command printed, stdout and stderr

    Run cairn(const QStringList &args, const QByteArray &input = {})
    {
        const Run r = runCairn(ProcessHarness::binary("cairn"), m_env, args, input);
        m_output << r.out << r.err;
        return r;
    }

    // `cairn login SOURCE --no-browser`: read the address it prints, visit it, wait.
    Run loginWithBrowser(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(ProcessHarness::binary("cairn"), QStringList{QStringLiteral("login")} + args + QStringList{QStringLiteral("--no-browser")});
        p.waitForStarted(10'000);
        p.write(input);
        p.closeWriteChannel();
        QByteArray out;
        QUrl address;
        while (address.isEmpty() && p.waitForReadyRead(30'000)) {
            out += p.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("http://") && out.contains(line + '\n'))
                    address = QUrl::fromEncoded(line.trimmed());
        }
        OAuthBrowser browser;
        const int status = address.isEmpty() ? 0 : browser.visit(address);
        p.waitForFinished(60'000);
        Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, out + p.readAllStandardOutput(), p.readAllStandardError()};
        m_output << r.out << r.err;
        if (status != 200)
            r.exitCode = -2;
        return r;
    }

private Q_SLOTS:
    void noSecretLeaves()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("40"), QStringLiteral("--asana-projects"), QStringLiteral("2"),
                          QStringLiteral("--asana-tasks"), QStringLiteral("4")});
        m_env = h.environment();
        m_env.remove(QStringLiteral("CAIRN_GOOGLE_TOKEN")); // the accounts' own tokens, nothing else
        m_env.insert(QStringLiteral("CAIRN_ASANA_API_URL"), h.simUrl().toString() + QStringLiteral("/asana"));
        const QString google = uniqueAccount(QStringLiteral("scan-g"));
        const QString asana = uniqueAccount(QStringLiteral("scan-a"));
        for (const QString &source : {QStringLiteral("google"), QStringLiteral("asana")}) {
            const QString base = h.simUrl().toString() + QStringLiteral("/oauth/") + source;
            for (const auto &kv : {qMakePair(QStringLiteral("client_id"), QStringLiteral("cairn-desktop")),
                                   qMakePair(QStringLiteral("authorize_url"), base + QStringLiteral("/authorize")),
                                   qMakePair(QStringLiteral("token_url"), base + QStringLiteral("/token")),
                                   qMakePair(QStringLiteral("revoke_url"), base + QStringLiteral("/revoke"))})
                QCOMPARE(cairn({QStringLiteral("config"), QStringLiteral("set"), source + QStringLiteral(".oauth.") + kv.first, kv.second}).exitCode, 0);
        }
        QCOMPARE(cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("asana.oauth.redirect_port"),
                        QString::number(freeLoopbackPort())}).exitCode, 0);

        const Run g = loginWithBrowser({QStringLiteral("google"), QStringLiteral("--account"), google});
        QVERIFY2(g.exitCode == 0, g.err.constData());
        const Run a = loginWithBrowser({QStringLiteral("asana"), QStringLiteral("--account"), asana, QStringLiteral("--client-secret-stdin")},
                                       "sim-client-secret\n");
        QVERIFY2(a.exitCode == 0, a.err.constData());

        const Run first = cairn({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject runs = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(runs.value(QLatin1String("google")).toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(runs.value(QLatin1String("asana")).toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        // An hour later on the server: each new process refreshes from the keychain.
        h.admin("POST", QStringLiteral("/_admin/clock"), {{QStringLiteral("advance_seconds"), 3700}});
        const int refreshes = h.requests(QStringLiteral("POST /oauth/google/token"));
        const Run second = cairn({QStringLiteral("sync")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(h.requests(QStringLiteral("POST /oauth/google/token")), refreshes + 1);
        for (const QStringList &args : {QStringList{QStringLiteral("status"), QStringLiteral("--json")}, QStringList{QStringLiteral("history")},
                                        QStringList{QStringLiteral("accounts")}, QStringList{QStringLiteral("config"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("search"), QStringLiteral("a")},
                                        QStringList{QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("google")}})
            QCOMPARE(cairn(args).exitCode, 0);

        // The secrets, as the keychain holds them: found there ...
        const QByteArray googleRefresh = keychainRead(SecretStore::key(QStringLiteral("google"), google, QStringLiteral("refresh_token"))).value_or(QByteArray());
        const QByteArray asanaRefresh = keychainRead(SecretStore::key(QStringLiteral("asana"), asana, QStringLiteral("refresh_token"))).value_or(QByteArray());
        QVERIFY(googleRefresh.startsWith("1//0sim-"));
        QVERIFY(asanaRefresh.startsWith("1//0sim-"));
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), SecretStore::service()});
        QVERIFY(tool.waitForFinished(30'000));
        const QByteArray listed = tool.readAllStandardOutput();
        QVERIFY(listed.contains("secret = " + googleRefresh));
        QVERIFY(listed.contains("secret = " + asanaRefresh));
        QVERIFY(listed.contains("secret = sim-client-secret"));
        // ... and nowhere else: access tokens (ya29.sim-), refresh tokens (1//0sim-), the
        // authorization codes (4/0A), the client secret.
        const QList<QByteArray> secrets{googleRefresh, asanaRefresh, "ya29.sim-", "1//0sim-", "4/0A", "4%2F0A", "sim-client-secret"};
        QCOMPARE(fileContaining(h.dataDir(), secrets), QString());
        for (const QByteArray &printed : std::as_const(m_output))
            for (const QByteArray &s : secrets)
                QVERIFY2(!printed.contains(s), (s.left(10) + " printed by a command").constData());

        // Sign-out revokes and deletes.
        QCOMPARE(cairn({QStringLiteral("logout"), QStringLiteral("google"), QStringLiteral("--account"), google}).exitCode, 0);
        QCOMPARE(cairn({QStringLiteral("logout"), QStringLiteral("asana"), QStringLiteral("--account"), asana}).exitCode, 0);
        QCOMPARE(h.requests(QStringLiteral("POST /oauth/google/revoke")), 1);
        QVERIFY(!keychainRead(SecretStore::key(QStringLiteral("google"), google, QStringLiteral("refresh_token"))));
        QVERIFY(!keychainRead(SecretStore::key(QStringLiteral("asana"), asana, QStringLiteral("refresh_token"))));
        keychainRemove(OAuthConfig::clientSecretKey(QStringLiteral("asana"), QStringLiteral("cairn-desktop")));
        const Run after = cairn({QStringLiteral("accounts"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
