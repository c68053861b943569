// A hostile server between the real `cairn` and `cairn-sim`, for every source: redirects to
// another origin, an endless body, a body one byte a second, a next page that loops, a long
// Retry-After, a pull request dated years ahead. Each sync must end soon with one line, keep
// its credentials at home, stay small, and leave the cache as it was.
#include "HostileServer.h"
#include "ProcessHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cairn::test;

namespace {

const QStringList kSources{QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")};

// The part of each source's listing path that the looping server answers again and again.
QString listingPathOf(const QString &source)
{
    if (source == QLatin1String("google"))
        return QStringLiteral("/people/me/connections");
    if (source == QLatin1String("asana"))
        return QStringLiteral("/tasks");
    if (source == QLatin1String("github"))
        return QStringLiteral("/repos/octo-org/website/pulls");
    return QStringLiteral("/search/jql");
}

// The path of each source's pages of items: GitHub's come from GraphQL (its REST listing path
// is only the change check, and Link pages of the repository picker).
QString pagesPathOf(const QString &source)
{
    return source == QLatin1String("github") ? QStringLiteral("/github/graphql") : listingPathOf(source);
}

// One finished `cairn` process: how it ended and what it cost.
struct Outcome
{
    int exitCode = -1;
    bool finished = false;
    qint64 ms = 0;
    qint64 peakRssKb = 0;
    QByteArray err;
    QByteArray out;
    bool cacheUnchanged = false;
};

qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

class TestHostileServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProcessHarness> m_h;
    std::unique_ptr<HostileServer> m_server;
    QTemporaryDir m_dirs;

    QString dataDir(const QString &source) const { return m_dirs.filePath(source); }

    QProcessEnvironment environment(const QString &source) const
    {
        QProcessEnvironment env = m_h->environment();
        env.insert(QStringLiteral("CAIRN_DATA_DIR"), dataDir(source));
        const QString upper = source.toUpper();
        env.insert(QStringLiteral("CAIRN_%1_API_URL").arg(upper), m_server->url().toString() + u'/' + source);
        env.insert(QStringLiteral("CAIRN_%1_TOKEN").arg(upper), QStringLiteral("cairn-sim-token"));
        env.insert(QStringLiteral("CAIRN_JIRA_EMAIL"), QStringLiteral("me@example.com"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false")); // stderr: what a person reads
        return env;
    }

    // Runs `cairn args` for each source at once (each its own data folder), spinning the event
    // loop (the hostile server lives in this process), up to `timeoutMs`.
    QHash<QString, Outcome> runAll(const QStringList &sources, const QStringList &args, int timeoutMs = 150'000)
    {
        QHash<QString, std::shared_ptr<QProcess>> running;
        QHash<QString, Outcome> outcomes;
        QHash<QString, QElapsedTimer> clocks;
        for (const QString &source : sources) {
            auto p = std::make_shared<QProcess>();
            p->setProcessEnvironment(environment(source));
            QStringList a = args;
            a.replaceInStrings(QStringLiteral("{source}"), source);
            p->start(ProcessHarness::binary("cairn"), a);
            p->waitForStarted(10'000);
            running.insert(source, p);
            clocks[source].start();
        }
        QElapsedTimer overall;
        overall.start();
        while (overall.elapsed() < timeoutMs) {
            bool any = false;
            for (auto it = running.begin(); it != running.end(); ++it) {
                if (it.value()->state() == QProcess::NotRunning) {
                    if (!outcomes.contains(it.key()) || !outcomes[it.key()].finished) {
                        Outcome &o = outcomes[it.key()];
                        o.finished = true;
                        o.ms = clocks[it.key()].elapsed();
                        o.exitCode = it.value()->exitStatus() == QProcess::NormalExit ? it.value()->exitCode() : -1;
                    }
                    continue;
                }
                any = true;
                outcomes[it.key()].peakRssKb = std::max(outcomes[it.key()].peakRssKb, peakRssKb(it.value()->processId()));
            }
            if (!any)
                break;
            QTest::qWait(50);
        }
        for (auto it = running.begin(); it != running.end(); ++it) {
            if (it.value()->state() != QProcess::NotRunning) {
                it.value()->kill();
                it.value()->waitForFinished(5000);
            }
            outcomes[it.key()].err = it.value()->readAllStandardError();
            outcomes[it.key()].out = it.value()->readAllStandardOutput();
        }
        return outcomes;
    }

    // A full sync of every source at once through the server misbehaving as `mode` on every
    // request; each outcome says whether that source's cache is as it was before.
    QHash<QString, Outcome> fullSyncsThrough(HostileServer::Mode mode)
    {
        m_server->setMode(mode);
        m_server->setTarget(QString());
        QHash<QString, QByteArray> before;
        for (const QString &source : kSources)
            before.insert(source, exportOf(source));
        auto outcomes = runAll(kSources, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("{source}"),
                                          QStringLiteral("--mode"), QStringLiteral("full")});
        m_server->setMode(HostileServer::Mode::Pass);
        for (const QString &source : kSources)
            outcomes[source].cacheUnchanged = exportOf(source) == before.value(source);
        return outcomes;
    }

    Outcome run(const QString &source, const QStringList &args, int timeoutMs = 150'000)
    {
        return runAll({source}, args, timeoutMs).value(source);
    }

    QByteArray exportOf(const QString &source)
    {
        const Outcome o = run(source, {QStringLiteral("export"), QStringLiteral("--source"), source, QStringLiteral("--format"),
                                       QStringLiteral("json")});
        return o.exitCode == 0 ? o.out : QByteArray("export failed: ") + o.err;
    }

    // The one line a failed command says, which must also be all it says.
    static QString oneLine(const Outcome &o)
    {
        const QByteArray err = o.err.trimmed();
        if (err.isEmpty() || err.contains('\n'))
            return QStringLiteral("<not one line: %1>").arg(QString::fromUtf8(err));
        return QString::fromUtf8(err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dirs.isValid());
        // Two pages or more of each listing.
        m_h = std::make_unique<ProcessHarness>(QStringList{
            QStringLiteral("--contacts"), QStringLiteral("1100"), QStringLiteral("--asana-projects"), QStringLiteral("1"),
            QStringLiteral("--asana-tasks"), QStringLiteral("150"), QStringLiteral("--github-repos"), QStringLiteral("1"),
            QStringLiteral("--github-pulls"), QStringLiteral("150"), QStringLiteral("--jira-issues"), QStringLiteral("250")});
        m_server = std::make_unique<HostileServer>(m_h->simUrl());
        for (const QString &source : kSources) {
            QVERIFY(QDir().mkpath(dataDir(source)));
            const auto config = [&](const QString &key, const QString &value) {
                return run(source, {QStringLiteral("config"), QStringLiteral("set"), key, value}).exitCode;
            };
            if (source == QLatin1String("github"))
                QCOMPARE(config(QStringLiteral("github.repos"), QStringLiteral("octo-org/website")), 0);
            if (source == QLatin1String("jira")) {
                QCOMPARE(config(QStringLiteral("jira.configs"), QStringLiteral("main")), 0);
                QCOMPARE(config(QStringLiteral("jira.main.jql"), QStringLiteral("project in (CAIRN, OPS, WEB)")), 0);
            }
        }
        // Each cache filled once through an honest server.
        m_server->setMode(HostileServer::Mode::Pass);
        const auto first = runAll(kSources, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("{source}")});
        for (const QString &source : kSources)
            QVERIFY2(first.value(source).exitCode == 0, qPrintable(source + u' ' + QString::fromUtf8(first.value(source).err)));
    }

    void redirectToAnotherOriginCarriesNoCredentials_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("another port") << QStringLiteral("127.0.0.1");
        QTest::newRow("another host") << QStringLiteral("127.0.0.2");
    }

    void redirectToAnotherOriginCarriesNoCredentials()
    {
        QFETCH(QString, address);
        HostileServer::Catcher catcher{QHostAddress(address)};
        m_server->setRedirectTo(catcher.origin());
        const auto outcomes = fullSyncsThrough(HostileServer::Mode::Redirect);
        for (const QString &source : kSources) {
            const Outcome o = outcomes.value(source);
            QVERIFY2(o.finished && o.exitCode == 1, qPrintable(source + QStringLiteral(": exit %1").arg(o.exitCode)));
            const QString line = oneLine(o);
            QVERIFY2(line.contains(QLatin1String("redirected to another address")), qPrintable(source + u' ' + line));
            QVERIFY2(line.contains(m_server->url().host() + u':' + QString::number(m_server->url().port())), qPrintable(line));
            QVERIFY2(line.contains(catcher.origin().host() + u':' + QString::number(catcher.origin().port())), qPrintable(line));
            QVERIFY2(o.cacheUnchanged, qPrintable(source));
        }
        // Nothing reached the other origin: no token, no Basic e-mail:token, no request at all.
        QVERIFY2(catcher.received.isEmpty(), catcher.received.value(0).constData());
    }

    void nextPageOnAnotherOriginIsNotFollowed()
    {
        // GitHub pages by Link header: one naming another server is not followed.
        const QString source = QStringLiteral("github");
        HostileServer::Catcher catcher;
        m_server->setRedirectTo(catcher.origin());
        m_server->setMode(HostileServer::Mode::ForeignLink);
        m_server->setTarget(listingPathOf(source));
        const QByteArray before = exportOf(source);
        const Outcome o = run(source, {QStringLiteral("sync"), QStringLiteral("--source"), source, QStringLiteral("--mode"),
                                       QStringLiteral("full")});
        m_server->setMode(HostileServer::Mode::Pass);
        m_server->setTarget(QString());
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(oneLine(o).contains(QLatin1String("another server")), qPrintable(oneLine(o)));
        QVERIFY2(catcher.received.isEmpty(), catcher.received.value(0).constData());
        QCOMPARE(exportOf(source), before);
    }

    void endlessBodyIsCutOff()
    {
        const auto outcomes = fullSyncsThrough(HostileServer::Mode::EndlessBody);
        for (const QString &source : kSources) {
            const Outcome o = outcomes.value(source);
            qInfo("%s: endless body: %lld ms, peak RSS %lld MB", qPrintable(source), o.ms, o.peakRssKb / 1024);
            QVERIFY2(o.finished && o.exitCode == 1, qPrintable(source + QStringLiteral(": exit %1").arg(o.exitCode)));
            QVERIFY2(oneLine(o).contains(QLatin1String("larger than 64 MiB")), qPrintable(source + u' ' + oneLine(o)));
            QVERIFY2(o.peakRssKb < 300 * 1024, qPrintable(source + QStringLiteral(": %1 MB").arg(o.peakRssKb / 1024)));
            QVERIFY2(o.cacheUnchanged, qPrintable(source));
        }
    }

    void slowBodyMeetsTheDeadline()
    {
        const auto outcomes = fullSyncsThrough(HostileServer::Mode::SlowBody);
        for (const QString &source : kSources) {
            const Outcome o = outcomes.value(source);
            qInfo("%s: one byte a second: %lld ms", qPrintable(source), o.ms);
            QVERIFY2(o.finished, qPrintable(source + QStringLiteral(": still running after %1 ms").arg(o.ms)));
            QVERIFY2(o.ms < 120'000, qPrintable(source + QStringLiteral(": %1 ms").arg(o.ms)));
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(oneLine(o).contains(QLatin1String("to send one answer")), qPrintable(source + u' ' + oneLine(o)));
            QVERIFY2(o.cacheUnchanged, qPrintable(source));
        }
    }

    void loopingNextPageEnds()
    {
        QHash<QString, QByteArray> before;
        for (const QString &source : kSources)
            before.insert(source, exportOf(source));
        for (const QString &source : kSources) {
            m_server->setMode(HostileServer::Mode::ReplayListing);
            m_server->setTarget(pagesPathOf(source));
            const int requestsBefore = m_server->requests();
            const Outcome o = run(source, {QStringLiteral("sync"), QStringLiteral("--source"), source, QStringLiteral("--mode"),
                                           QStringLiteral("full")});
            m_server->setMode(HostileServer::Mode::Pass);
            m_server->setTarget(QString());
            qInfo("%s: looping next page: %lld ms, %d requests", qPrintable(source), o.ms, m_server->requests() - requestsBefore);
            QVERIFY2(o.finished && o.exitCode == 1, qPrintable(source + QStringLiteral(": exit %1").arg(o.exitCode)));
            QVERIFY2(oneLine(o).contains(QLatin1String("same next page twice")), qPrintable(source + u' ' + oneLine(o)));
            QVERIFY2(m_server->requests() - requestsBefore < 50, qPrintable(source));
            QCOMPARE(exportOf(source), before.value(source));
        }
    }

    void longRetryAfterIsNotWaitedOut()
    {
        m_server->setMode(HostileServer::Mode::Unavailable);
        m_server->setTarget(QString());
        const int requestsBefore = m_server->requests();
        const auto outcomes = runAll(kSources, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("{source}")});
        m_server->setMode(HostileServer::Mode::Pass);
        for (const QString &source : kSources) {
            const Outcome o = outcomes.value(source);
            qInfo("%s: 503 with Retry-After 300: %lld ms", qPrintable(source), o.ms);
            QVERIFY2(o.finished && o.ms < 20'000, qPrintable(source + QStringLiteral(": %1 ms").arg(o.ms)));
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(oneLine(o).contains(QLatin1String("5 min")), qPrintable(source + u' ' + oneLine(o)));
        }
        // Asked once (Google two listings at once), never again after the refusal.
        QVERIFY2(m_server->requests() - requestsBefore <= 2 * int(kSources.size()),
                 qPrintable(QString::number(m_server->requests() - requestsBefore)));
    }

    void futureDateMovesNoWatermark()
    {
        // GitHub answers one listing with a pull dated 2030; the pull is kept, but the next
        // incremental run must still see an edit made after it.
        const QString source = QStringLiteral("github");
        m_server->setMode(HostileServer::Mode::FutureDates);
        m_server->setTarget(pagesPathOf(source));
        m_h->admin("POST", QStringLiteral("/_admin/github/mutate"),
                   {{QStringLiteral("op"), QStringLiteral("edit_pull")}, {QStringLiteral("repo"), QStringLiteral("octo-org/website")},
                    {QStringLiteral("number"), 3}});
        Outcome o = run(source, {QStringLiteral("sync"), QStringLiteral("--source"), source});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(exportOf(source).contains("\"2030-01-01T00:00:00"));
        m_server->setMode(HostileServer::Mode::Pass);
        m_server->setTarget(QString());
        QTest::qWait(1100); // a later second than the first edit (updated_at has whole seconds)
        m_h->admin("POST", QStringLiteral("/_admin/github/mutate"),
                   {{QStringLiteral("op"), QStringLiteral("edit_pull")}, {QStringLiteral("repo"), QStringLiteral("octo-org/website")},
                    {QStringLiteral("number"), 7}});
        o = run(source, {QStringLiteral("sync"), QStringLiteral("--source"), source, QStringLiteral("--mode"), QStringLiteral("partial")});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const auto updatedOf = [](const QJsonArray &pulls) {
            for (const QJsonValue &v : pulls)
                if (v[QLatin1String("number")].toInt() == 7)
                    return QDateTime::fromString(v[QLatin1String("updated_at")].toString(), Qt::ISODate);
            return QDateTime();
        };
        const QDateTime truth = updatedOf(m_h->admin("GET", QStringLiteral("/_admin/truth/github")).value(QLatin1String("pulls")).toArray());
        QVERIFY(truth.isValid());
        QCOMPARE(updatedOf(QJsonDocument::fromJson(exportOf(source)).array()), truth); // the edit after the lie is in the cache
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
