// Several accounts of one source in the window: "Sync now" (and the schedule, which calls
// the same SyncSession::syncNow) syncs every account in turn, each into its own rows; one that
// needs sign-in does not stop the others; the sidebar shows the account that needs attention
// and lists every account in its tooltip.
#include "Account.h"
#include "OAuthBrowser.h"
#include "ReadConnection.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignIn.h"
#include "SourceRegistry.h"
#include "SourcesModel.h"
#include "SyncSession.h"

#include "sim/CloudSimulator.h"

#include <QApplication>
#include <QCoroTask>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

class TestMultiAccount : public QObject
{
    Q_OBJECT

    TestSecrets m_secrets;

private Q_SLOTS:
    void init()
    {
        qunsetenv("CAIRN_ASANA_TOKEN");
        qunsetenv("CAIRN_ASANA_API_URL");
    }

    void cleanup()
    {
        m_secrets.forget();
    }

    void syncNowSyncsEveryAccount()
    {
        sim::Options o;
        o.contacts = 1;
        o.asanaProjects = 2;
        o.asanaTasksPerProject = 5;
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        QTemporaryDir dir;
        SyncSession session(dir.path());
        session.settings().setValue(QStringLiteral("asana.api_url"), sim.baseUrl().toString() + QStringLiteral("/asana"));
        const QString good = uniqueAccount(QStringLiteral("work"));
        const QString bad = uniqueAccount(QStringLiteral("home"));
        QVERIFY(m_secrets.signInWithToken(session.settings(), QStringLiteral("asana"), good, o.accessToken.toUtf8()));
        QVERIFY(m_secrets.signInWithToken(session.settings(), QStringLiteral("asana"), bad, "a-token-the-service-refuses"));

        QSignalSpy opened(&session, &SyncSession::opened);
        session.open();
        QVERIFY(opened.wait(10'000));
        QSignalSpy finished(&session, &SyncSession::syncFinished);
        QSignalSpy done(&session, &SyncSession::sourceDone);
        session.syncNow(QStringLiteral("asana"), SyncMode::Full);
        QVERIFY(session.isSyncing(QStringLiteral("asana")));
        QVERIFY(done.wait(60'000));
        QCOMPARE(done.first().at(1).value<RunStatus>(), RunStatus::Failed);
        QVERIFY(!session.isSyncing(QStringLiteral("asana")));
        QCOMPARE(finished.count(), 2);
        QHash<QString, RunStatus> statusOf;
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            const auto run = signal.at(0).value<SyncRun>();
            statusOf.insert(run.account, run.status);
        }
        QCOMPARE(statusOf.value(good), RunStatus::Ok);
        QCOMPARE(statusOf.value(bad), RunStatus::NeedsSignIn);

        // Each account's rows are its own: the good one has every task, the other none.
        ReadConnection reader(session.databasePath());
        QVERIFY(reader.ensureOpen());
        auto tasksOf = [&reader](const QString &account) {
            QSqlQuery q(reader.db());
            q.prepare(QStringLiteral("SELECT count(*) FROM asana_tasks WHERE account=? AND deleted_at IS NULL"));
            q.addBindValue(account);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(tasksOf(good), 10);
        QCOMPARE(tasksOf(bad), 0);

        // The sidebar: the account that needs sign-in speaks for the source; the tooltip
        // names both.
        SourcesModel sources(reader, SourceRegistry::implemented());
        sources.setAccountsFrom(&session.settings());
        sources.reload();
        QCOMPARE(sources.badge(QStringLiteral("asana")), SourcesModel::Badge::NeedsSignIn);
        const QString tip = sources.data(sources.index(sources.rowOf(QStringLiteral("asana"))), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(good) && tip.contains(bad), qPrintable(tip));

        // Signed out of the refused account: the next sync is all ok, and so is the badge.
        AccountStore(session.settings()).remove(QStringLiteral("asana"), bad);
        finished.clear();
        done.clear();
        session.syncNow(QStringLiteral("asana"), SyncMode::Partial);
        QVERIFY(done.wait(60'000));
        QCOMPARE(done.first().at(1).value<RunStatus>(), RunStatus::Ok);
        QCOMPARE(finished.count(), 1);
        sources.reload();
        QCOMPARE(sources.badge(QStringLiteral("asana")), SourcesModel::Badge::Synced);
    }
};

QTEST_MAIN(TestMultiAccount)
#include "tst_multiaccount.moc"
