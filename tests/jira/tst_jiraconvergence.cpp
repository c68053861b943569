// Randomised convergence of Jira (tests/support/Convergence.h): issues added, edited,
// transitioned, reassigned and deleted; faults on the search and the bulk fetch; full, partial
// and auto runs, with the server's clock moving on. Deletions are found by the id sweep (every
// jira.sweep_hours) or a full listing: the clean sync is a full one.
// Reproduce with CAIRN_SEED=<seed printed>; soak with CAIRN_SEQUENCES=2000.
#include "Convergence.h"
#include "JiraCompare.h"
#include "sim/jira/JiraService.h"

#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {
int mutate(SyncHarness &h, QRandomGenerator &rng)
{
    sim::JiraService &j = h.sim().jira();
    const QStringList keys = j.issueKeys();
    const QString key = keys.isEmpty() ? QString() : keys.at(int(rng.bounded(qsizetype(keys.size()))));
    switch (rng.bounded(7)) {
    case 0: return int(!j.addIssue().isEmpty());
    case 1:
    case 2: return int(j.editRandom(1 + int(rng.bounded(8))).size());
    case 3: return !key.isEmpty() && j.transitionIssue(key);
    case 4: return !key.isEmpty() && j.assignIssue(key, rng.bounded(2) ? j.myAccountId() : QString());
    case 5: return int(j.deleteRandom(1 + int(rng.bounded(3))).size());
    default:
        h.sim().clock().advance(qint64(rng.bounded(3 * 3600))); // time passes on the service
        return 0;
    }
}

std::optional<sim::Fault> randomFault(SyncHarness &h, QRandomGenerator &rng, QString *name)
{
    // Mostly the search; now and then the bulk fetch that confirms and fetches issues by id.
    const QString path = rng.bounded(4) == 0 ? QStringLiteral("/jira/rest/api/3/issue/bulkfetch") : QStringLiteral("/jira/rest/api/3/search/jql");
    return drawFault(h, rng, path,
                     {{.name = QStringLiteral("malformed"), .body = "{\"issues\": {\"not\": \"a list\"}}"},
                      {.name = QStringLiteral("cut JSON"), .body = "{\"issues\": [{\"id\": \"1\", \"key\": "}},
                     name);
}
} // namespace

class TestJiraConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheConvergesToTheService_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("sequences"); // 0: the default
        QTest::newRow("random") << -1 << 0;
        // Found here: a full listing resumed by a later run pages by offset; an issue that moved
        // meanwhile slipped between two pages and was marked deleted though alive (now the
        // unseen are confirmed by id first). At its 64th sequence, issues edited during the
        // pause landed before the offset and stayed stale (now a listing resumed by a later run
        // goes on from the `updated` of the last issue committed, not from its page token) ...
        QTest::newRow("seed 3: an issue slipped between two pages") << 3 << 64;
        // ... and an issue the listing saw before the pause, deleted since, stayed live (now an
        // id sweep follows a listing that spanned runs).
        QTest::newRow("seed 2: deleted during a paused listing") << 2 << 0;
    }

    void cacheConvergesToTheService()
    {
        QFETCH(int, seed);
        QFETCH(int, sequences);
        ConvergenceSource src;
        if (seed >= 0)
            src.seed = quint32(seed);
        src.source = QStringLiteral("jira");
        src.defaultSequences = sequences > 0 ? sequences : 40;
        src.options = [](sim::Options &o, QRandomGenerator &rng) { o.jiraIssues = 20 + int(rng.bounded(400)); };
        src.setUp = [](SyncHarness &h) { useJira(h); };
        src.mutate = &mutate;
        src.fault = &randomFault;
        src.cleanMode = SyncMode::Full;
        src.compare = [](SyncHarness &h) { return compareJira(h); };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || config || '/' || issue_id) FROM jira_issues")};
        src.kills = !src.seed; // killed mid-sync too (a kept seed replays its sequence as found: no kill draws)
        const QString failure = runConvergence(src);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestJiraConvergence)
#include "tst_jiraconvergence.moc"
