// Randomised convergence of Asana (tests/support/Convergence.h): tasks added, edited,
// completed, moved and deleted, projects added, completed and archived; faults on the project,
// task and events endpoints, refused event tokens (412), tokens dead after 24 h of server time;
// full, partial and auto runs, with the task search on or off.
// Reproduce with CAIRN_SEED=<seed printed>; soak with CAIRN_SEQUENCES=2000.
#include "AsanaCompare.h"
#include "Convergence.h"
#include "QueuedChanges.h"
#include "Sql.h"
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

// Issue 22: a change made in Cairn (as `cairn edit|create|comment|delete` makes it), on a task
// or project the cache has; returns 1 when one was queued.
int localChange(SyncHarness &h, QRandomGenerator &rng)
{
    QSqlDatabase db = h.reader();
    QStringList tasks, projects;
    {
        sql::Statement q(db, QStringLiteral("SELECT gid FROM asana_tasks WHERE deleted_at IS NULL AND gid NOT LIKE '%-%' ORDER BY gid"));
        for (q.exec(); q.next();)
            tasks << q.value(0).toString();
        sql::Statement p(db, QStringLiteral("SELECT gid FROM asana_projects WHERE deleted_at IS NULL ORDER BY gid"));
        for (p.exec(); p.next();)
            projects << p.value(0).toString();
    }
    QString action = QStringLiteral("edit"), item;
    QJsonObject fields;
    const quint32 what = rng.bounded(10);
    if (what < 2 && !projects.isEmpty()) {
        action = QStringLiteral("create");
        fields = {{QStringLiteral("name"), QStringLiteral("Local %1").arg(rng.bounded(100000))},
                  {QStringLiteral("projects"), QJsonArray{pick(rng, projects)}}};
        if (rng.bounded(2))
            fields.insert(QStringLiteral("due_on"), QStringLiteral("2027-01-%1").arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0')));
    } else if (tasks.isEmpty()) {
        return 0;
    } else {
        item = pick(rng, tasks);
        if (what == 2) {
            action = QStringLiteral("comment");
            fields = {{QStringLiteral("text"), QStringLiteral("Note %1").arg(rng.bounded(100000))}};
        } else if (what == 3) {
            action = QStringLiteral("delete");
        } else {
            switch (rng.bounded(4)) {
            case 0: fields.insert(QStringLiteral("name"), QStringLiteral("Renamed %1").arg(rng.bounded(100000))); break;
            case 1: fields.insert(QStringLiteral("notes"), QStringLiteral("Notes %1").arg(rng.bounded(100000))); break;
            case 2: fields.insert(QStringLiteral("completed"), rng.bounded(2) == 0); break;
            default: fields.insert(QStringLiteral("due_on"), rng.bounded(3) ? QJsonValue(QStringLiteral("2027-02-%1").arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))) : QJsonValue());
            }
        }
    }
    queueChange(h, QStringLiteral("asana"), action, item, fields);
    // Now and then someone changes the same task in Asana before Cairn sends: a conflict when
    // it is the same field, a merge when another.
    if (action == QLatin1String("edit") && rng.bounded(3) == 0)
        h.sim().asana().editTask(item);
    return 1;
}

// A create done: made on Asana once, by its external id, and in the cache under Asana's id.
QString checkCreate(SyncHarness &h, const OutboxChange &c)
{
    const sim::AsanaService &a = h.sim().asana();
    const QString gid = a.taskByExternalGid(c.clientId);
    if (gid.isEmpty() || gid != c.item)
        return QStringLiteral("Asana has %1 for its external id, the outbox %2").arg(gid, c.item);
    if (a.apiWrites(gid).created != 1)
        return QStringLiteral("made %1 times").arg(a.apiWrites(gid).created);
    return {};
}

std::optional<sim::Fault> randomFault(SyncHarness &h, QRandomGenerator &rng, QString *name)
{
    static const QStringList paths{QStringLiteral("/asana/api/1.0/tasks"), QStringLiteral("/asana/api/1.0/projects"),
                                   QStringLiteral("/asana/api/1.0/events")};
    const QString path = pick(rng, paths);
    return drawFault(
        h, rng, path,
        {{.name = QStringLiteral("malformed"), .body = "{\"data\": {\"not\": \"a list\"}}"},
         {.name = QStringLiteral("412 event token"), .status = 412, .body = "{\"errors\":[{\"message\":\"Sync token invalid or too old\"}],\"sync\":\"de4d70k3n\"}",
          .path = QStringLiteral("/asana/api/1.0/events")},
         // every event token is older than 24 h
         {.name = QStringLiteral("event tokens dead (25 h)"), .act = [](SyncHarness &h) { h.sim().clock().advance(25 * 3600); }},
         {.name = QStringLiteral("search switched"),
          .act = [](SyncHarness &h) { h.sim().asana().setSearchEnabled(!h.sim().asana().searchEnabled()); }}},
        name);
}
// A service of random size (2 to `projects` + 1 projects of `fewest` to `fewest + tasks - 1`
// tasks), the task search on or off, and the harness pointed at it.
std::unique_ptr<SyncHarness> asanaHarness(quint32 seed, QRandomGenerator &rng, int projects, int fewest, int tasks)
{
    sim::Options o;
    o.seed = seed;
    o.contacts = 0;
    o.asanaProjects = 2 + int(rng.bounded(projects));
    o.asanaTasksPerProject = fewest + int(rng.bounded(tasks));
    o.asanaSearch = rng.bounded(2) == 0;
    // Sixty sequences in a minute: Asana's 150 a minute would make it a quarter of an hour of
    // waiting (Cairn under it: tests/sync/tst_ratelimitsync).
    o.noRateLimits();
    auto h = std::make_unique<SyncHarness>(o);
    useAsana(*h);
    return h;
}

// With the task search on, a project that is not stale is covered by the one search call and
// its Events stream waits until it is (asana.stale_hours, 6): deletions arrive within that
// time. The clean sync comes after it.
void letDeletionsArrive(SyncHarness &h)
{
    if (h.sim().asana().searchEnabled())
        h.sim().clock().advance(7 * 3600);
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
        src.makeHarness = [](quint32 seed, QRandomGenerator &rng) { return asanaHarness(seed, rng, 4, 10, 140); };
        src.mutate = &mutate;
        src.fault = &randomFault;
        src.beforeClean = &letDeletionsArrive;
        src.compare = [](SyncHarness &h) { return compareAsana(h); };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || gid) FROM asana_tasks"),
                                QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || gid) FROM asana_projects")};
        src.kills = !src.seed; // killed mid-sync too (a kept seed replays its sequence as found: no kill draws)
        const QString failure = runConvergence(src);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // Issue 22: the same, with changes made in Cairn among Asana's own — edits, creates,
    // comments, deletes — and faults on the writes too (a cut answer: made on Asana, the answer
    // lost). After the clean sync every change is applied once or held as a conflict (or
    // refused: its task was deleted), none lost; resolved, the cache equals Asana.
    void localChangesLandOnce()
    {
        ConvergenceSource src;
        src.source = QStringLiteral("asana");
        src.defaultSequences = 40;
        src.makeHarness = [](quint32 seed, QRandomGenerator &rng) {
            auto h = asanaHarness(seed, rng, 3, 5, 60);
            h->settings().setValue(QStringLiteral("asana.write"), true);
            return h;
        };
        src.mutate = [](SyncHarness &h, QRandomGenerator &rng) {
            return rng.bounded(2) == 0 ? localChange(h, rng) : mutate(h, rng);
        };
        // Half the faults on the writes: a cut answer or a dropped connection after Asana made
        // the change (the answer lost), a 5xx, a 429.
        src.fault = [](SyncHarness &h, QRandomGenerator &rng, QString *name) -> std::optional<sim::Fault> {
            if (rng.bounded(2))
                return randomFault(h, rng, name);
            static const char *const methods[] = {"POST", "PUT", "DELETE"};
            return methodFault(rng, QStringLiteral("/asana/api/1.0/tasks"), methods[rng.bounded(3)], name);
        };
        src.beforeClean = &letDeletionsArrive;
        QMap<QString, int> outcomes;
        src.compare = [&outcomes](SyncHarness &h) {
            return compareAfterWrites(h, QStringLiteral("asana"), [&h](const OutboxChange &c) { return checkCreate(h, c); },
                                      [](SyncHarness &h) { return compareAsana(h); }, &outcomes);
        };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || gid) FROM asana_tasks")};
        src.kills = true;
        src.writeMethods = {"POST", "PUT", "DELETE"};
        const QString failure = runConvergence(src);
        qInfo("local changes: %s", qPrintable(outcomesLine(outcomes)));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestAsanaConvergence)
#include "tst_asanaconvergence.moc"
