// Randomised convergence of Google Contacts (tests/support/Convergence.h): contacts and
// groups changed, faults on both listings, sync tokens expired by the server's clock.
// Reproduce with CAIRN_SEED=<seed printed>; soak with CAIRN_SEQUENCES=2000.
#include "Convergence.h"

#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {
const QString kConnectionsPath = QStringLiteral("/google/v1/people/me/connections");

std::optional<sim::Fault> randomFault(SyncHarness &h, QRandomGenerator &rng, QString *name)
{
    sim::Fault f = faultOn(rng, rng.bounded(4) == 0 ? QStringLiteral("/google/v1/contactGroups") : kConnectionsPath);
    const quint32 kind = rng.bounded(kCommonFaults + 3);
    if (kind < kCommonFaults) {
        makeCommonFault(rng, kind, &f, name);
        return f;
    }
    if (kind == kCommonFaults + 1) {
        h.sim().clock().advance(8 * 24 * 3600); // every sync token expires
        *name = QStringLiteral("expired token");
        return std::nullopt;
    }
    f.status = 200;
    if (kind == kCommonFaults) {
        f.body = "{\"connections\": [{\"resourceName\": 7}], \"nextSyncToken\": \"x\"}";
        *name = QStringLiteral("malformed");
    } else {
        f.body = "{\"connections\": [ {\"resourceName\": \"people/c1\"";
        *name = QStringLiteral("cut JSON");
    }
    return f;
}

int mutate(SyncHarness &h, QRandomGenerator &rng)
{
    auto &g = h.sim().google();
    int n = int(g.randomChanges(1 + int(rng.bounded(40))).size());
    if (rng.bounded(5) == 0) {
        const QStringList groups = g.userGroupNames();
        if (!groups.isEmpty() && rng.bounded(2))
            g.renameGroup(groups.at(int(rng.bounded(qsizetype(groups.size())))), QStringLiteral("Group %1").arg(rng.bounded(1000)));
        else
            g.addGroup(QStringLiteral("New group %1").arg(rng.bounded(1000)));
        ++n;
    }
    return n;
}
} // namespace

class TestGoogleConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheConvergesToTheService()
    {
        ConvergenceSource src;
        src.source = QStringLiteral("google");
        src.defaultSequences = 80;
        src.makeHarness = [](quint32 seed, QRandomGenerator &rng) {
            sim::Options o;
            o.seed = seed;
            o.contacts = 900 + int(rng.bounded(2200));
            o.expiredTokenAs410 = rng.bounded(2) == 0;
            // Eighty sequences: Google's 90 reads a minute would be met, and the harness's
            // short backoff cannot outlast its minute (Cairn under it: tests/sync/tst_ratelimitsync).
            o.noRateLimits();
            return std::make_unique<SyncHarness>(o);
        };
        src.mutate = &mutate;
        src.fault = &randomFault;
        src.randomMode = [](QRandomGenerator &rng) { return rng.bounded(3) == 0 ? SyncMode::Full : SyncMode::Auto; };
        src.compare = [](SyncHarness &h) { return h.compareGoogle(); };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || resource_name) FROM contacts")};
        const QString failure = runConvergence(src);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestGoogleConvergence)
#include "tst_googleconvergence.moc"
