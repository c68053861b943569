// Randomised convergence: seeded sequences of service changes, injected faults and syncs in
// random modes; after one clean sync the cache must equal the service, the database must be
// intact, and every failed run must be recorded with its error.
// Reproduce with CAIRN_SEED=<seed printed>; soak with CAIRN_SEQUENCES=2000.
#include "SyncHarness.h"
#include "Sql.h"
#include "SyncRunsRepo.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
const QString kConnectionsPath = QStringLiteral("/google/v1/people/me/connections");

sim::Fault randomFault(QRandomGenerator &rng, QString *name)
{
    sim::Fault f;
    f.path = rng.bounded(4) == 0 ? QStringLiteral("/google/v1/contactGroups") : kConnectionsPath;
    f.after = int(rng.bounded(3));
    f.count = 1 + int(rng.bounded(3));
    switch (rng.bounded(9)) {
    case 0: f.status = 429; f.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")}); *name = QStringLiteral("429+Retry-After"); break;
    case 1: f.status = 429; *name = QStringLiteral("429"); break;
    case 2: f.status = 500; *name = QStringLiteral("500"); break;
    case 3: f.status = 502; *name = QStringLiteral("502"); break;
    case 4: f.status = 503; *name = QStringLiteral("503"); break;
    case 5: f.truncate = true; *name = QStringLiteral("truncated"); break;
    case 6: f.drop = true; f.count = 2 + int(rng.bounded(6)); *name = QStringLiteral("dropped"); break;
    case 7: f.status = 200; f.body = "{\"connections\": [{\"resourceName\": 7}], \"nextSyncToken\": \"x\"}"; *name = QStringLiteral("malformed"); break;
    default: f.status = 200; f.body = "{\"connections\": [ {\"resourceName\": \"people/c1\""; *name = QStringLiteral("cut JSON"); break;
    }
    return f;
}

int env(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}
} // namespace

class TestGoogleConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheConvergesToTheService()
    {
        const quint32 seed = quint32(env("CAIRN_SEED", int(QRandomGenerator::global()->bounded(1'000'000))));
        const int sequences = env("CAIRN_SEQUENCES", 80);
        qInfo("convergence seed %u, %d sequences (reproduce: CAIRN_SEED=%u)", seed, sequences, seed);
        QRandomGenerator rng(seed);
        QMap<QString, int> faultCounts;
        int syncs = 0, failedRuns = 0, mutations = 0;

        std::unique_ptr<SyncHarness> h;
        for (int s = 0; s < sequences; ++s) {
            if (s % 20 == 0) { // a fresh service and cache now and then; otherwise state carries over
                sim::Options o;
                o.seed = seed + quint32(s);
                o.contacts = 900 + int(rng.bounded(2200));
                o.expiredTokenAs410 = rng.bounded(2) == 0;
                h = std::make_unique<SyncHarness>(o);
            }
            auto &g = h->sim().google();
            const int steps = 2 + int(rng.bounded(6));
            for (int step = 0; step < steps; ++step) {
                switch (rng.bounded(6)) {
                case 0:
                case 1: {
                    const int n = 1 + int(rng.bounded(40));
                    mutations += int(g.randomChanges(n).size());
                    if (rng.bounded(5) == 0) {
                        const QStringList groups = g.userGroupNames();
                        if (!groups.isEmpty() && rng.bounded(2))
                            g.renameGroup(groups.at(int(rng.bounded(qsizetype(groups.size())))), QStringLiteral("Group %1").arg(rng.bounded(1000)));
                        else
                            g.addGroup(QStringLiteral("New group %1").arg(rng.bounded(1000)));
                        ++mutations;
                    }
                    break;
                }
                case 2: {
                    QString name;
                    h->sim().faults().add(randomFault(rng, &name));
                    ++faultCounts[name];
                    break;
                }
                case 3:
                    if (rng.bounded(4) == 0) {
                        h->sim().clock().advance(8 * 24 * 3600); // expire every sync token
                        ++faultCounts[QStringLiteral("expired token")];
                    }
                    break;
                default: {
                    const SyncMode mode = rng.bounded(3) == 0 ? SyncMode::Full : SyncMode::Auto;
                    const SyncRun run = h->sync(QStringLiteral("google"), mode);
                    ++syncs;
                    if (run.status != QLatin1String("ok")) {
                        ++failedRuns;
                        QCOMPARE(run.status, QStringLiteral("failed"));
                        QVERIFY2(!run.error.isEmpty() && !run.error.contains(QLatin1Char('\n')), qPrintable(run.error));
                        QSqlDatabase db = h->reader();
                        const SyncRun recorded = SyncRunsRepo::list(db, QStringLiteral("google"), 1).first();
                        QCOMPARE(recorded.id, run.id);
                        QCOMPARE(recorded.error, run.error);
                    }
                }
                }
            }
            h->sim().faults().clear();
            const SyncRun clean = h->sync();
            ++syncs;
            QVERIFY2(clean.status == QLatin1String("ok"), qPrintable(QStringLiteral("seed %1 sequence %2: %3").arg(seed).arg(s).arg(clean.error)));
            const QString diff = h->compareGoogle();
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("seed %1 sequence %2: %3").arg(seed).arg(s).arg(diff)));
            QSqlDatabase db = h->reader();
            sql::Statement integrity(db, QStringLiteral("PRAGMA quick_check"));
            integrity.exec();
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
            integrity.query().finish();
            sql::Statement dupes(db, QStringLiteral("SELECT count(*) - count(DISTINCT resource_name) FROM contacts"));
            dupes.exec();
            QVERIFY(dupes.next());
            QCOMPARE(dupes.value(0).toInt(), 0);
        }
        QStringList faults;
        int total = 0;
        for (auto it = faultCounts.cbegin(); it != faultCounts.cend(); ++it) {
            faults << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            total += it.value();
        }
        qInfo("%d sequences, %d syncs (%d failed as they should), %d mutations, %d faults: %s", sequences, syncs,
              failedRuns, mutations, total, qPrintable(faults.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestGoogleConvergence)
#include "tst_googleconvergence.moc"
