// The real binaries under a real rate limit: `cairn-sim` with Jira's burst limit set low (a
// second's window, so the real waits stay short) and `cairn sync` against it — the run ends
// with the cache equal to the service, it met the limit, and it sent nothing before a
// Retry-After had passed. And `cairn-sim` refuses a limit that is not a number.
#include "ProcessHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using cairn::test::ProcessHarness;

class TestRateLimitCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jiraSyncUnderTheBurstLimit()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--jira-issues"), QStringLiteral("400"),
                          QStringLiteral("--no-rate-limits"), QStringLiteral("--jira-burst-limit"), QStringLiteral("2")});
        h.setEnv(QStringLiteral("CAIRN_JIRA_API_URL"), h.simUrl().toString() + QStringLiteral("/jira"));
        h.setEnv(QStringLiteral("CAIRN_JIRA_TOKEN"), QStringLiteral("cairn-sim-token"));
        h.setEnv(QStringLiteral("CAIRN_JIRA_EMAIL"), QStringLiteral("me@example.com"));
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("jira.configs"), QStringLiteral("main")}).exitCode, 0);
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("jira.main.jql"),
                          QStringLiteral("project in (CAIRN, OPS, WEB)")}).exitCode, 0);

        QElapsedTimer t;
        t.start();
        const auto sync = h.cairn({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("jira"), QStringLiteral("--json")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const QJsonObject limits = h.admin("GET", QStringLiteral("/_admin/requests"))[QStringLiteral("rate_limits")][QStringLiteral("jira")].toObject();
        const int limited = limits[QStringLiteral("limited")].toInt();
        qInfo("cairn sync under 2 requests a second per endpoint: %d answered 429, %lld ms", limited, t.elapsed());
        QVERIFY2(limited > 0, "the limit was never met");
        QCOMPARE(limits[QStringLiteral("early")].toInt(), 0);
        QVERIFY(t.elapsed() >= 1000); // a Retry-After of a second, waited out at least once

        QSet<QString> live;
        for (const QJsonValue &v : h.admin("GET", QStringLiteral("/_admin/truth/jira"))[QStringLiteral("issues")].toArray())
            if (!v[QStringLiteral("deleted")].toBool())
                live.insert(v[QStringLiteral("key")].toString());
        const auto exported = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("jira"), QStringLiteral("--format"),
                                       QStringLiteral("json")});
        QCOMPARE(exported.exitCode, 0);
        QSet<QString> cached;
        for (const QJsonValue &v : QJsonDocument::fromJson(exported.out).array())
            if (!v[QStringLiteral("deleted")].toBool())
                cached.insert(v[QStringLiteral("key")].toString());
        QCOMPARE(cached.size(), 400);
        QCOMPARE(cached, live);
    }

    void simRefusesABadLimit()
    {
        QProcess sim;
        sim.start(ProcessHarness::binary("cairn-sim"), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--asana-rate-limit"),
                                                        QStringLiteral("lots")});
        QVERIFY(sim.waitForFinished(10'000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY2(sim.readAllStandardError().contains("--asana-rate-limit must be a number"), "no usage message");
    }
};

QTEST_GUILESS_MAIN(TestRateLimitCli)
#include "tst_ratelimitcli.moc"
