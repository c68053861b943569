// Asana sync against the simulator over loopback: after every scenario the cache must
// equal the service's ground truth (AsanaCompare).
#include "AsanaCompare.h"
#include "asana/AsanaRepo.h"
#include "SourceRegistry.h"
#include "asana/AsanaSyncer.h"
#include "SearchIndex.h"
#include "SyncHarness.h"
#include "SyncStateRepo.h"
#include "asana/AsanaState.h"
#include "sim/asana/AsanaService.h"

#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
const QString kAsana = QStringLiteral("asana");
const QString kTasks = QStringLiteral("GET /asana/api/1.0/tasks");
const QString kTask = QStringLiteral("GET /asana/api/1.0/tasks/%1");
const QString kEvents = QStringLiteral("GET /asana/api/1.0/events");
const QString kProjects = QStringLiteral("GET /asana/api/1.0/projects");

sim::Options opts(int projects, int tasks, bool search = false)
{
    sim::Options o;
    o.contacts = 0;
    o.asanaProjects = projects;
    o.asanaTasksPerProject = tasks;
    o.asanaSearch = search;
    o.seed = 7;
    // Not about rate limits (tests/sync/tst_ratelimitsync is): Asana's 150 a minute would
    // cost a real minute's wait in the larger cases.
    o.noRateLimits();
    return o;
}

int extra(const SyncRun &r, const char *key)
{
    return r.extra.value(QLatin1String(key)).toInt();
}

bool reassign(sim::AsanaService &a, const QString &task)
{
    return a.assignTask(task, a.task(task)->assigneeGid.isEmpty() ? a.meGid() : QString());
}

SyncRun syncOk(SyncHarness &h, SyncMode mode = SyncMode::Auto)
{
    const SyncRun run = h.sync(kAsana, mode);
    if (run.status != RunStatus::Ok)
        qWarning() << "asana run failed:" << run.error;
    return run;
}
} // namespace

class TestAsanaSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSyncFillsTheCache()
    {
        SyncHarness h(opts(5, 130));
        test::useAsana(h);
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.created, 5 * 130);
        QCOMPARE(extra(run, "projects_full"), 5);
        QCOMPARE(h.requests(kTasks), 10); // 130 tasks at 100 a page
        QCOMPARE(h.requests(kEvents), 5); // one 412 per project gives its token
        QCOMPARE(test::compareAsana(h), QString());
        QSqlDatabase db = h.reader();
        QVERIFY(SyncStateRepo::load(db, kAsana, QStringLiteral("default"), QStringLiteral("meta")).lastFullSyncAt.isValid());
        SyncState p = SyncStateRepo::load(db, kAsana, QStringLiteral("default"), asana::projectScope(h.sim().asana().projectGids().first()));
        QVERIFY(!asana::ProjectFields::read(&p).eventsToken.isEmpty());
        QVERIFY(!p.listingInProgress());
        // Full-text search sees tasks and projects.
        const AsanaTask any = AsanaRepo::tasks(db).first();
        QVERIFY(!SearchIndex::query(db, any.name.split(QLatin1Char(' ')).first()).isEmpty());
    }

    void partialDecisionTable_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("full");
        QTest::addColumn<int>("partial");
        QTest::addColumn<int>("skipped");
        QTest::newRow("nothing changed → skip") << "none" << 0 << 0 << 4;
        QTest::newRow("new project → full") << "new-project" << 1 << 0 << 4;
        QTest::newRow("project modified_at newer → full") << "edit-project" << 1 << 0 << 3;
        QTest::newRow("tasks stale (7 h) → modified_since") << "stale" << 0 << 4 << 0;
        QTest::newRow("task-only change → tasks of that project") << "edit-task" << 0 << 1 << 3;
    }
    void partialDecisionTable()
    {
        QFETCH(QString, change);
        QFETCH(int, full);
        QFETCH(int, partial);
        QFETCH(int, skipped);
        SyncHarness h(opts(4, 40));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &a = h.sim().asana();
        const QString p0 = a.projectGids().first();
        const qint64 projectModified = a.project(p0)->modifiedMs;
        if (change == QLatin1String("new-project"))
            a.addProject(QStringLiteral("Fresh project"), 12);
        else if (change == QLatin1String("edit-project"))
            QVERIFY(a.editProject(p0));
        else if (change == QLatin1String("stale"))
            h.sim().clock().advance(7 * 3600);
        else if (change == QLatin1String("edit-task")) {
            QVERIFY(a.editTask(a.taskGids(p0).at(3)));
            QVERIFY(a.completeTask(a.taskGids(p0).at(5)) || a.editTask(a.taskGids(p0).at(5)));
            QCOMPARE(a.project(p0)->modifiedMs, projectModified); // tasks do not move the project
        }
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Partial);
        QCOMPARE(extra(run, "projects_full"), full);
        QCOMPARE(extra(run, "projects_partial"), partial);
        QCOMPARE(extra(run, "projects_skipped"), skipped);
        QCOMPARE(test::compareAsana(h), QString());
        if (change == QLatin1String("none")) {
            QCOMPARE(h.requests(), 1 + 4); // projects + one Events call per project
            QCOMPARE(extra(run, "task_rows_fetched"), 0);
        }
        QSqlDatabase db = h.reader();
        const QDateTime fullAt = SyncStateRepo::load(db, kAsana, QStringLiteral("default"), QStringLiteral("meta")).lastFullSyncAt;
        QVERIFY(fullAt.isValid() && fullAt < run.finishedAt); // only the full run set it
    }

    void deletionsAndRemovalsArriveByEvents()
    {
        SyncHarness h(opts(3, 30));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &a = h.sim().asana();
        const QStringList projects = a.projectGids();
        const QStringList tasks0 = a.taskGids(projects[0]);
        QVERIFY(a.deleteTask(tasks0[0]));
        QVERIFY(a.deleteTask(tasks0[1]));
        QVERIFY(a.moveTask(tasks0[2], projects[0], projects[1], QStringLiteral("Doing")));
        QVERIFY(a.moveToSection(tasks0[3], projects[0], QStringLiteral("Done")));
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.deleted, 2);
        QCOMPARE(extra(run, "projects_full"), 0);
        QCOMPARE(test::compareAsana(h), QString());
        QSqlDatabase db = h.reader();
        QCOMPARE(AsanaRepo::counts(db).deletedTasks, 2); // soft: the rows stay
    }

    void deletionsFoundByAFullListing()
    {
        SyncHarness h(opts(3, 30));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        h.sim().asana().deleteRandomTasks(4);
        const SyncRun run = syncOk(h, SyncMode::Full);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Full);
        QCOMPARE(run.deleted, 4);
        QCOMPARE(test::compareAsana(h), QString());
    }

    void refusedTokenRecrawlsThatProject()
    {
        SyncHarness h(opts(3, 30));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &a = h.sim().asana();
        const QString p1 = a.projectGids().at(1);
        // The stream's token is no longer accepted: 412 with a new one.
        QFuture<void> breaking = h.writer().transact([p1](QSqlDatabase &db) {
            SyncState s = SyncStateRepo::load(db, kAsana, QStringLiteral("default"), asana::projectScope(p1));
            asana::ProjectFields f = asana::ProjectFields::read(&s);
            f.eventsToken = QStringLiteral("not-a-token");
            s.data = f.toJson();
            SyncStateRepo::save(db, s);
        });
        breaking.waitForFinished();
        a.deleteTask(a.taskGids(p1).first());
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(extra(run, "projects_full"), 1);
        QCOMPARE(run.deleted, 1); // found by the complete re-crawl
        QCOMPARE(test::compareAsana(h), QString());
        h.resetRequests();
        const SyncRun next = syncOk(h);
        QCOMPARE(extra(next, "projects_skipped"), 3); // the new token from the 412 was kept
        QCOMPARE(h.requests(kEvents), 3);
    }

    void deadTokensAfter25Hours()
    {
        SyncHarness h(opts(3, 30));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        h.sim().clock().advance(25 * 3600);
        h.sim().asana().deleteRandomTasks(2);
        h.resetRequests();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.mode, SyncMode::Partial);
        QCOMPARE(extra(run, "projects_full"), 3);
        QCOMPARE(run.deleted, 2);
        QCOMPARE(test::compareAsana(h), QString());
    }

    void searchFindsChangesInOneCall()
    {
        SyncHarness h(opts(6, 30, true));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        h.resetRequests();
        SyncRun run = syncOk(h);
        QVERIFY2(h.requests() <= 3, qPrintable(QString::number(h.requests())));
        QCOMPARE(extra(run, "task_rows_fetched"), 0);
        h.sim().asana().editRandomTasks(5);
        h.resetRequests();
        run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QVERIFY2(h.requests() <= 3, qPrintable(QString::number(h.requests())));
        QCOMPARE(run.updated, 5);
        QCOMPARE(test::compareAsana(h), QString());
    }

    void searchRefusedFallsBack()
    {
        SyncHarness h(opts(4, 30, true));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &a = h.sim().asana();
        a.setSearchEnabled(false); // 402 from now on
        a.editRandomTasks(3);
        a.deleteRandomTasks(1);
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.extra.value(QLatin1String("search")).toString(), QStringLiteral("refused"));
        QCOMPARE(test::compareAsana(h), QString());
        h.resetRequests();
        syncOk(h);
        QCOMPARE(h.requests(), 1 + 4); // refusal remembered: no search call until the next full sync
    }

    void rateLimitIsRetried()
    {
        SyncHarness h(opts(3, 30));
        test::useAsana(h);
        sim::Fault f;
        f.path = QStringLiteral("/asana/api/1.0/tasks");
        f.status = 429;
        f.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        f.count = 2;
        h.sim().faults().add(f);
        QElapsedTimer t;
        t.start();
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(extra(run, "retries"), 2);
        QVERIFY2(t.elapsed() >= 900, "Retry-After: 1 was not honoured"); // the two 429s hit parallel crawls
        QCOMPARE(test::compareAsana(h), QString());
    }

    void completedAndArchivedProjectsAreMarked()
    {
        SyncHarness h(opts(4, 10));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &a = h.sim().asana();
        const QStringList p = a.projectGids();
        QVERIFY(a.completeProject(p[0]));
        QVERIFY(a.archiveProject(p[1]));
        QVERIFY(a.deleteProject(p[2]));
        const SyncRun run = syncOk(h);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(test::compareAsana(h), QString());
    }

    void persistentFailureKeepsTheCache()
    {
        SyncHarness h(opts(3, 30));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        h.sim().asana().deleteRandomTasks(3);
        sim::Fault f;
        f.path = QStringLiteral("/asana/api/1.0/tasks");
        f.status = 500;
        f.count = 100;
        h.sim().faults().add(f);
        const SyncRun failed = h.sync(kAsana, SyncMode::Full);
        QCOMPARE(failed.status, RunStatus::Failed);
        QVERIFY2(failed.error.contains(QLatin1String("500")), qPrintable(failed.error));
        QSqlDatabase db = h.reader();
        QCOMPARE(AsanaRepo::counts(db).liveTasks, 90);
        h.sim().faults().clear();
        QCOMPARE(syncOk(h, SyncMode::Full).status, RunStatus::Ok);
        QCOMPARE(test::compareAsana(h), QString());
    }

    void interruptedCrawlResumesWithoutRefetching()
    {
        SyncHarness h(opts(1, 350));
        test::useAsana(h);
        sim::Fault f;
        f.path = QStringLiteral("/asana/api/1.0/tasks");
        f.drop = true;
        f.after = 2; // pages 1-2 pass, page 3 keeps failing
        f.count = 50;
        h.sim().faults().add(f);
        const SyncRun broken = h.sync(kAsana);
        QCOMPARE(broken.status, RunStatus::Failed);
        QCOMPARE(broken.created, 200);
        QSqlDatabase db = h.reader();
        const QString p0 = h.sim().asana().projectGids().first();
        const SyncState mid = SyncStateRepo::load(db, kAsana, QStringLiteral("default"), QStringLiteral("project:") + p0);
        QVERIFY(mid.listingInProgress());
        h.sim().faults().clear();
        // In between, tasks on the pages already listed change and go: the resumed listing
        // does not see them again; the Events since the crawl's token do.
        auto &a = h.sim().asana();
        const QStringList listed = a.taskGids(p0);
        QVERIFY(reassign(a, listed.at(0)));
        QVERIFY(a.editTask(listed.at(1)));
        QVERIFY(a.deleteTask(listed.at(2)));
        h.resetRequests();
        const SyncRun resumed = syncOk(h);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(h.requests(kTasks), 2); // pages 3 and 4 only
        QCOMPARE(h.requests(kTask.arg(listed.at(0))), 1);
        QCOMPARE(h.requests(kTask.arg(listed.at(1))), 1);
        QCOMPARE(resumed.created, 150);
        QCOMPARE(resumed.deleted, 1);
        QCOMPARE(test::compareAsana(h), QString());
    }

    // The same for a modified_since listing (a stale project's refresh) cut off and resumed.
    void interruptedRefreshResumesAndCatchesUp()
    {
        SyncHarness h(opts(1, 250));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        auto &a = h.sim().asana();
        const QString p0 = a.projectGids().first();
        const QStringList tasks = a.taskGids(p0);
        for (const QString &t : tasks)
            QVERIFY(a.editTask(t));
        h.sim().clock().advance(7 * 3600); // stale (asana.stale_hours 6): listed modified_since
        sim::Fault f;
        f.path = QStringLiteral("/asana/api/1.0/tasks");
        f.drop = true;
        f.after = 1; // page 1 passes, page 2 keeps failing
        f.count = 50;
        h.sim().faults().add(f);
        const SyncRun broken = h.sync(kAsana);
        QCOMPARE(broken.status, RunStatus::Failed);
        QCOMPARE(broken.updated, 100);
        QSqlDatabase db = h.reader();
        const SyncState mid = SyncStateRepo::load(db, kAsana, QStringLiteral("default"), QStringLiteral("project:") + p0);
        QVERIFY(mid.listingInProgress());
        QCOMPARE(mid.listingMode, SyncMode::Partial);
        h.sim().faults().clear();
        QVERIFY(reassign(a, tasks.at(0)));
        QVERIFY(a.deleteTask(tasks.at(1)));
        const SyncRun resumed = syncOk(h);
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.deleted, 1);
        QCOMPARE(test::compareAsana(h), QString());
    }

    void malformedPageIsAnErrorNotAnEmptyPage()
    {
        SyncHarness h(opts(2, 20));
        test::useAsana(h);
        QCOMPARE(syncOk(h).status, RunStatus::Ok);
        sim::Fault f;
        f.path = QStringLiteral("/asana/api/1.0/tasks");
        f.status = 200;
        f.body = QByteArrayLiteral("{\"data\": {\"not\": \"a list\"}, \"next_page\": null}");
        f.count = 10;
        h.sim().faults().add(f);
        const SyncRun run = h.sync(kAsana, SyncMode::Full);
        QCOMPARE(run.status, RunStatus::Failed);
        QVERIFY2(run.error.contains(QLatin1String("data")), qPrintable(run.error));
        QSqlDatabase db = h.reader();
        QCOMPARE(AsanaRepo::counts(db).liveTasks, 40);
    }

    // cairn sync --source asana --projects-only: the project list and nothing else.
    void projectsOnlyRefreshesTheListAlone()
    {
        SyncHarness h(opts(50, 10));
        test::useAsana(h);
        QCOMPARE(syncOk(h).mode, SyncMode::Full);
        sim::AsanaService &asana = h.sim().asana();
        const QStringList gids = asana.projectGids();
        const QString added = asana.addProject(QStringLiteral("Launch plan"), 5);
        QVERIFY(asana.editProject(gids[0]));
        QVERIFY(asana.completeProject(gids[1]));
        QVERIFY(asana.archiveProject(gids[2]));
        QCOMPARE(asana.editRandomTasks(5).size(), 5);
        h.resetRequests();
        h.engine().setSyncerFactory([&h](const QString &source) { // cairn sync --projects-only
            std::unique_ptr<Syncer> syncer = SourceRegistry::create(source, h.settings());
            syncer->setSwitch(QStringLiteral("projects-only")); // what the command line gives it
            return syncer;
        });
        const SyncRun run = QCoro::waitFor(h.engine().run(kAsana, SyncMode::Auto));
        h.engine().setSyncerFactory([&h](const QString &source) { return SourceRegistry::create(source, h.settings()); });
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.scope, QStringLiteral("projects"));
        QCOMPARE(run.mode, SyncMode::Partial);
        // One page of 50 projects, and the archived one read by itself (it left the list).
        QCOMPARE(h.requests(kProjects), 1);
        QCOMPARE(h.requests(), 2);
        QCOMPARE(h.requests(kTasks) + h.requests(kEvents), 0);
        QSqlDatabase db = h.reader();
        const QHash<QString, AsanaProject> cached = AsanaRepo::projectsByGid(db);
        QVERIFY(cached.contains(added) && cached[added].active());
        QCOMPARE(cached[gids[0]].name, asana.project(gids[0])->name);
        QVERIFY(cached[gids[1]].completed);
        QVERIFY(cached[gids[2]].archived);
        // The tasks were not asked for: the new project has none yet, the edits are not in.
        QVERIFY(test::compareAsana(h) != QString());
        const SyncRun next = syncOk(h, SyncMode::Partial);
        QCOMPARE(next.status, RunStatus::Ok);
        QCOMPARE(test::compareAsana(h), QString());
        // Not a full sync: the next auto run is still incremental.
        QCOMPARE(next.mode, SyncMode::Partial);
    }

    // asana.portfolio: the portfolio's projects are the scope; a project taken out of it
    // leaves the cache with the tasks only it held.
    void portfolioScope()
    {
        SyncHarness h(opts(6, 8));
        test::useAsana(h);
        sim::AsanaService &asana = h.sim().asana();
        h.settings().setValue(QStringLiteral("asana.portfolio"), asana.portfolioGid());
        const auto scope = [&asana] {
            const QStringList gids = asana.portfolioProjects();
            return QSet<QString>(gids.cbegin(), gids.cend());
        };
        QCOMPARE(scope().size(), 3);
        const SyncRun first = syncOk(h);
        QCOMPARE(first.mode, SyncMode::Full);
        QCOMPARE(extra(first, "projects_full"), 3);
        QCOMPARE(h.requests(QStringLiteral("GET /asana/api/1.0/portfolios/%1/items").arg(asana.portfolioGid())), 1);
        QCOMPARE(h.requests(kProjects), 0);
        QCOMPARE(test::compareAsana(h, scope()), QString());

        // No change: the portfolio's items and one events call per project.
        h.resetRequests();
        QCOMPARE(syncOk(h, SyncMode::Partial).created, 0);
        QCOMPARE(h.requests(), 1 + 3);

        // One project in, one out, a task edited in a project of the portfolio.
        const QStringList all = asana.projectGids();
        QString outside;
        for (const QString &g : all)
            if (!scope().contains(g))
                outside = g;
        const QString leaving = asana.portfolioProjects().first();
        QVERIFY(asana.addToPortfolio(outside));
        QVERIFY(asana.removeFromPortfolio(leaving));
        QVERIFY(asana.editTask(asana.taskGids(asana.portfolioProjects().first()).first()));
        QCOMPARE(syncOk(h, SyncMode::Partial).status, RunStatus::Ok);
        QCOMPARE(test::compareAsana(h, scope()), QString());
        QSqlDatabase db = h.reader();
        QVERIFY(AsanaRepo::projectsByGid(db).value(leaving).deleted);

        // Back to the whole workspace: a full run brings every project in.
        h.settings().remove(QStringLiteral("asana.portfolio"));
        const SyncRun widened = syncOk(h, SyncMode::Partial);
        QCOMPARE(widened.mode, SyncMode::Full);
        QCOMPARE(test::compareAsana(h), QString());

        // An unknown portfolio: one line, nothing lost.
        h.settings().setValue(QStringLiteral("asana.portfolio"), QStringLiteral("1200000000000404"));
        const int live = AsanaRepo::counts(db).liveTasks;
        const SyncRun refused = h.sync(kAsana, SyncMode::Partial);
        QCOMPARE(refused.status, RunStatus::Failed);
        QVERIFY2(refused.error.contains(QLatin1String("portfolio")) && !refused.error.contains(QLatin1Char('\n')),
                 qPrintable(refused.error));
        QCOMPARE(AsanaRepo::counts(db).liveTasks, live);
    }
};

QTEST_GUILESS_MAIN(TestAsanaSync)
#include "tst_asanasync.moc"
