// The keychain: a real round trip through the Secret Service (CI runs inside
// dbus-run-session with gnome-keyring; without one this test fails, it does not skip), and
// a `cairn` with no Secret Service at all: one clear line, a non-zero exit, no file written;
// with --session-only the token stays in memory and the sync still runs.
#include "AuthTest.h"
#include "OAuthBrowser.h"
#include "ProcessHarness.h"
#include "SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>
#include <QRegularExpression>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {
// A `cairn` that finds no Secret Service: the session bus points nowhere, no display to
// autolaunch one, and a home of its own so that any file it wrote would be found.
QProcessEnvironment withoutKeychain(const QTemporaryDir &home, const QProcessEnvironment &base)
{
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("CAIRN_DATA_DIR"), home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("CAIRN_GOOGLE_TOKEN"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false")); // as under ctest
    return env;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next().mid(dir.size());
    return out;
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainRoundTrip()
    {
        const QString key = SecretStore::key(QStringLiteral("asana"), uniqueAccount(QStringLiteral("roundtrip")), QStringLiteral("token"));
        const Attempt<std::optional<QByteArray>> none = await(SecretStore::read(key));
        QVERIFY2(!none.error, qPrintable(none.error ? none.error->message : QString())); // no Secret Service: FAIL here
        QVERIFY(!none.value);
        const QByteArray secret = "rt-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        keychainWrite(key, secret);
        QCOMPARE(keychainRead(key), std::optional<QByteArray>(secret));
        // secret-tool (libsecret's own client) finds it under the service "Cairn".
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                                                   QStringLiteral("server"), SecretStore::service(), QStringLiteral("user"), key});
        QVERIFY(tool.waitForFinished(30'000));
        const QByteArray found = tool.readAllStandardOutput() + tool.readAllStandardError();
        QVERIFY2(found.contains("secret = " + secret + '\n'), found.constData());
        keychainWrite(key, secret + "-2");
        QCOMPARE(keychainRead(key), std::optional<QByteArray>(secret + "-2"));
        keychainRemove(key);
        QVERIFY(!keychainRead(key));
        keychainRemove(key); // removing what is not there is no error
    }

    void noSecretServiceSaysSoAndWritesNothing()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = withoutKeychain(home, QProcessEnvironment::systemEnvironment());
        const QByteArray token = "pat-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const Run r = runCairn(ProcessHarness::binary("cairn"), env,
                               {QStringLiteral("login"), QStringLiteral("asana"), QStringLiteral("--token-stdin")}, token + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("cairn: No keychain (Secret Service) is available: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.err.contains("--session-only"));
        QVERIFY(!r.out.contains(token) && !r.err.contains(token));
        QCOMPARE(fileContaining(home.path(), {token}), QString());
        QCOMPARE(filesUnder(home.filePath(QStringLiteral("data"))), QStringList()); // not even an account entry
        // `cairn accounts` agrees: nothing was added.
        const Run list = runCairn(ProcessHarness::binary("cairn"), env, {QStringLiteral("accounts"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }

    void sessionOnlySyncsWithoutWritingTheToken()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--asana-projects"), QStringLiteral("2"),
                          QStringLiteral("--asana-tasks"), QStringLiteral("3")});
        QTemporaryDir home;
        QProcessEnvironment env = withoutKeychain(home, h.environment());
        env.insert(QStringLiteral("CAIRN_ASANA_API_URL"), h.simUrl().toString() + QStringLiteral("/asana"));
        const Run r = runCairn(ProcessHarness::binary("cairn"), env,
                               {QStringLiteral("login"), QStringLiteral("asana"), QStringLiteral("--token-stdin"),
                                QStringLiteral("--session-only")},
                               "cairn-sim-token\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // (not a terminal: tab-separated values under the JSON field names)
        // after the "Signed in" line
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^source\t.*")));
        QVERIFY2(header >= 0 && header + 1 < lines.size(), r.out.constData());
        const int created = int(lines[header].split(u'\t').indexOf(QStringLiteral("created")));
        QVERIFY2(created >= 0, r.out.constData());
        QCOMPARE(lines[header + 1].split(u'\t').value(created), QStringLiteral("6"));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/cairn.sqlite"))));
        QCOMPARE(fileContaining(home.path(), {"cairn-sim-token"}), QString());
        QVERIFY(!r.out.contains("cairn-sim-token") && !r.err.contains("cairn-sim-token"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
