// Asana at size: 50 projects × 100 tasks. Prints the API calls and times of a full sync,
// a no-change partial sync (search off and on) and a partial sync after a few changes.
#include "AsanaCompare.h"
#include "SyncHarness.h"

#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
const QString kAsana = QStringLiteral("asana");

sim::Options opts(bool search)
{
    sim::Options o;
    o.contacts = 0;
    o.asanaProjects = 50;
    o.asanaTasksPerProject = 100;
    o.asanaSearch = search;
    o.seed = 3;
    // Counts every request: a refusal of Asana's 150 a minute (tests/sync/tst_ratelimitsync)
    // would add its retry, and a minute's wait.
    o.noRateLimits();
    return o;
}

struct Measured
{
    SyncRun run;
    int calls = 0;
    qint64 ms = 0;
};

Measured measure(SyncHarness &h, const char *label, SyncMode mode = SyncMode::Auto)
{
    h.resetRequests();
    QElapsedTimer t;
    t.start();
    Measured m;
    m.run = h.sync(kAsana, mode);
    m.ms = t.elapsed();
    m.calls = h.requests();
    qInfo().noquote() << QStringLiteral("asana 50x100 %1: mode=%2 status=%3 calls=%4 rows=%5 created=%6 updated=%7 "
                                        "deleted=%8 full=%9 partial=%10 skipped=%11 time=%12 ms")
                             .arg(QLatin1String(label), modeName(m.run.mode), statusName(m.run.status))
                             .arg(m.calls)
                             .arg(m.run.extra.value(QLatin1String("task_rows_fetched")).toInt())
                             .arg(m.run.created)
                             .arg(m.run.updated)
                             .arg(m.run.deleted)
                             .arg(m.run.extra.value(QLatin1String("projects_full")).toInt())
                             .arg(m.run.extra.value(QLatin1String("projects_partial")).toInt())
                             .arg(m.run.extra.value(QLatin1String("projects_skipped")).toInt())
                             .arg(m.ms);
    return m;
}
} // namespace

class TestAsanaScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyProjectsWithoutSearch()
    {
        SyncHarness h(opts(false));
        test::useAsana(h);
        const Measured full = measure(h, "full sync");
        QCOMPARE(full.run.status, RunStatus::Ok);
        QCOMPARE(full.run.created, 5000);
        // workspaces + users/me + search probe + projects + 50 × (events token + one page of 100)
        QCOMPARE(full.calls, 4 + 50 * 2);
        QCOMPARE(test::compareAsana(h), QString());

        const Measured idle = measure(h, "partial, no change");
        QCOMPARE(idle.run.mode, SyncMode::Partial);
        QVERIFY2(idle.calls <= 1 + 50, qPrintable(QString::number(idle.calls)));
        QCOMPARE(idle.run.extra.value(QLatin1String("task_rows_fetched")).toInt(), 0);

        auto &a = h.sim().asana();
        QCOMPARE(a.editRandomTasks(5).size(), 5);
        QCOMPARE(a.deleteRandomTasks(2).size(), 2);
        a.addProject(QStringLiteral("New project"), 40);
        const Measured changed = measure(h, "partial after 5 edits, 2 deletions, 1 new project");
        QCOMPARE(changed.run.status, RunStatus::Ok);
        QCOMPARE(changed.run.deleted, 2);
        QCOMPARE(changed.run.created, 40);
        QCOMPARE(test::compareAsana(h), QString());

        h.sim().clock().advance(7 * 3600);
        const Measured stale = measure(h, "partial, no change, tasks stale (7 h)");
        QCOMPARE(stale.run.status, RunStatus::Ok);
        // Only the overlap window (1 s before the last listing) is read again, and changes nothing.
        QVERIFY(stale.run.extra.value(QLatin1String("task_rows_fetched")).toInt() <= 5);
        QCOMPARE(stale.run.created + stale.run.updated + stale.run.deleted, 0);
        QCOMPARE(test::compareAsana(h), QString());
    }

    void fiftyProjectsWithSearch()
    {
        SyncHarness h(opts(true));
        test::useAsana(h);
        const Measured full = measure(h, "full sync (search on)");
        QCOMPARE(full.run.status, RunStatus::Ok);
        const Measured idle = measure(h, "partial, no change (search on)");
        QVERIFY2(idle.calls <= 3, qPrintable(QString::number(idle.calls)));
        QCOMPARE(idle.run.extra.value(QLatin1String("task_rows_fetched")).toInt(), 0);

        auto &a = h.sim().asana();
        a.editRandomTasks(5);
        a.deleteRandomTasks(2);
        a.addProject(QStringLiteral("New project"), 40);
        const Measured changed = measure(h, "partial after 5 edits, 2 deletions, 1 new project (search on)");
        QCOMPARE(changed.run.status, RunStatus::Ok);
        QCOMPARE(changed.run.updated, 5);
        QCOMPARE(changed.run.created, 40);
        // Search cannot see deletions: they arrive with the Events streams once tasks are stale.
        h.sim().clock().advance(7 * 3600);
        const Measured stale = measure(h, "partial, tasks stale (search on)");
        QCOMPARE(stale.run.deleted, 2);
        QCOMPARE(test::compareAsana(h), QString());
    }
};

QTEST_GUILESS_MAIN(TestAsanaScale)
#include "tst_asanascale.moc"
