// Randomised convergence of Asana (tests/support/Convergence.h): tasks added, edited,
// completed, moved and deleted, projects added, completed and archived; faults on the project,
// task and events endpoints, refused event tokens (412), tokens dead after 24 h of server time;
// full, partial and auto runs, with the task search on or off.
// Reproduce with CAIRN_SEED=<seed printed>; soak with CAIRN_SEQUENCES=2000.
#include "AsanaCompare.h"
#include "Convergence.h"
#include "sim/asana/AsanaService.h"

#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {
template<typename T>
T pick(QRandomGenerator &rng, const QList<T> &from)
{
    return from.at(int(rng.bounded(qsizetype(from.size()))));
}

int mutate(SyncHarness &h, QRandomGenerator &rng)
{
    sim::AsanaService &a = h.sim().asana();
    const QStringList projects = a.projectGids();
    if (projects.isEmpty())
        return int(!a.addProject(QStringLiteral("Fresh start"), 5).isEmpty());
    const QString project = pick(rng, projects);
    const QStringList tasks = a.taskGids(project);
    switch (rng.bounded(10)) {
    case 0:
    case 1: return int(a.editRandomTasks(1 + int(rng.bounded(8))).size());
    case 2: return int(!a.addTask(project, QStringLiteral("Task %1").arg(rng.bounded(10000))).isEmpty());
    case 3: return int(a.deleteRandomTasks(1 + int(rng.bounded(3))).size());
    case 4: return !tasks.isEmpty() && a.completeTask(pick(rng, tasks));
    case 5: {
        const QString to = pick(rng, projects);
        return !tasks.isEmpty() && to != project && a.moveTask(pick(rng, tasks), project, to);
    }
    case 6: return !tasks.isEmpty() && a.assignTask(pick(rng, tasks), rng.bounded(2) ? a.meGid() : QString());
    case 7: return int(!a.addProject(QStringLiteral("Project %1").arg(rng.bounded(10000)), int(rng.bounded(30))).isEmpty());
    case 8: return projects.size() > 1 && (rng.bounded(2) ? a.archiveProject(project) : a.completeProject(project));
    default: return a.editProject(project);
    }
}

std::optional<sim::Fault> randomFault(SyncHarness &h, QRandomGenerator &rng, QString *name)
{
    static const QStringList paths{QStringLiteral("/asana/api/1.0/tasks"), QStringLiteral("/asana/api/1.0/projects"),
                                   QStringLiteral("/asana/api/1.0/events")};
    const QString path = pick(rng, paths);
    sim::Fault f = faultOn(rng, path);
    const quint32 kind = rng.bounded(kCommonFaults + 4);
    if (kind < kCommonFaults) {
        makeCommonFault(rng, kind, &f, name);
        return f;
    }
    if (kind == kCommonFaults) {
        f.status = 200;
        f.body = "{\"data\": {\"not\": \"a list\"}}";
        *name = QStringLiteral("malformed");
    } else if (kind == kCommonFaults + 1) {
        f.path = QStringLiteral("/asana/api/1.0/events");
        f.status = 412;
        f.body = "{\"errors\":[{\"message\":\"Sync token invalid or too old\"}],\"sync\":\"de4d70k3n\"}";
        *name = QStringLiteral("412 event token");
    } else if (kind == kCommonFaults + 2) {
        h.sim().clock().advance(25 * 3600); // every event token is older than 24 h
        *name = QStringLiteral("event tokens dead (25 h)");
        return std::nullopt;
    } else {
        h.sim().asana().setSearchEnabled(!h.sim().asana().searchEnabled());
        *name = QStringLiteral("search switched");
        return std::nullopt;
    }
    return f;
}
} // namespace

class TestAsanaConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheConvergesToTheService_data()
    {
        QTest::addColumn<int>("seed");
        QTest::newRow("random") << -1;
        // Found here: a crawl (tokens dead) that failed on its first page left a fresh token
        // behind; the next run took it for a catch-up and never saw what was deleted before.
        QTest::newRow("seed 5: crawl failed before its first page") << 5;
        // Found on CI: a crawl cut off after its first page resumed in the next run; a task on that
        // page reassigned in between stayed stale until the run after (the Events were not read).
        QTest::newRow("seed 618799: listing resumed, its earlier pages changed") << 618799;
    }

    void cacheConvergesToTheService()
    {
        QFETCH(int, seed);
        ConvergenceSource src;
        if (seed >= 0)
            src.seed = quint32(seed);
        src.source = QStringLiteral("asana");
        src.defaultSequences = 60;
        src.makeHarness = [](quint32 seed, QRandomGenerator &rng) {
            sim::Options o;
            o.seed = seed;
            o.contacts = 0;
            o.asanaProjects = 2 + int(rng.bounded(4));
            o.asanaTasksPerProject = 10 + int(rng.bounded(140));
            o.asanaSearch = rng.bounded(2) == 0;
            // Sixty sequences in a minute: Asana's 150 a minute would make it a quarter of an
            // hour of waiting (Cairn under it: tests/sync/tst_ratelimitsync).
            o.noRateLimits();
            auto h = std::make_unique<SyncHarness>(o);
            useAsana(*h);
            return h;
        };
        src.mutate = &mutate;
        src.fault = &randomFault;
        // With the task search on, a project that is not stale is covered by the one search
        // call and its Events stream waits until it is (asana.stale_hours, 6): deletions arrive
        // within that time. The clean sync comes after it.
        src.beforeClean = [](SyncHarness &h) {
            if (h.sim().asana().searchEnabled())
                h.sim().clock().advance(7 * 3600);
        };
        src.compare = [](SyncHarness &h) { return compareAsana(h); };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || gid) FROM asana_tasks"),
                                QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || gid) FROM asana_projects")};
        const QString failure = runConvergence(src);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestAsanaConvergence)
#include "tst_asanaconvergence.moc"
