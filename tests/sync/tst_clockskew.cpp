// A local clock hours off misses no update (issue 9): every source goes by the service's
// times (Date headers, the newest updated time seen, sync tokens), never by the machine's.
// The first sync runs with the clock right; then the clock is 5 h ahead or 7 h behind while
// the service changes and incremental runs follow — after each, the cache equals the service.
#include "AsanaCompare.h"
#include "CompareSource.h"
#include "Convergence.h"
#include "GitHubCompare.h"
#include "JiraCompare.h"
#include "sim/asana/AsanaService.h"
#include "sim/github/GitHubService.h"
#include "sim/google/GoogleService.h"
#include "sim/jira/JiraService.h"

#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {
sim::Options optionsFor(const QString &source)
{
    sim::Options o;
    o.seed = 4242;
    o.contacts = source == QLatin1String("google") ? 300 : 0;
    if (source == QLatin1String("asana")) {
        o.asanaProjects = 3;
        o.asanaTasksPerProject = 40;
    } else if (source == QLatin1String("github")) {
        o.githubRepos = 2;
        o.githubPullsPerRepo = 40;
    } else if (source == QLatin1String("jira")) {
        o.jiraIssues = 200;
    }
    return o;
}

// Changes a partial run must bring: edits and additions everywhere, deletions where an
// incremental run carries them (Google's sync token, Asana's events).
int change(SyncHarness &h, const QString &source, int round)
{
    if (source == QLatin1String("google"))
        return int(h.sim().google().randomChanges(12).size());
    if (source == QLatin1String("asana")) {
        sim::AsanaService &a = h.sim().asana();
        const QString project = a.projectGids().first();
        int n = int(a.editRandomTasks(5).size()) + int(!a.addTask(project, QStringLiteral("Round %1").arg(round)).isEmpty());
        return n + int(a.deleteRandomTasks(1).size());
    }
    if (source == QLatin1String("github")) {
        sim::GitHubService &g = h.sim().github();
        const QString repo = g.repoNames().first();
        return int(g.editRandomPulls(repo, 4).size()) + int(g.addPull(repo) > 0) + int(g.addReview(repo, 3 + round));
    }
    sim::JiraService &j = h.sim().jira();
    return int(j.editRandom(6).size()) + int(!j.addIssue().isEmpty());
}

} // namespace

class TestClockSkew : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incrementalRunsMissNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("offsetHours");
        for (const char *source : {"google", "asana", "github", "jira"})
            for (int hours : {5, -7})
                QTest::addRow("%s, clock %+d h", source, hours) << QString::fromLatin1(source) << hours;
    }

    void incrementalRunsMissNothing()
    {
        QFETCH(QString, source);
        QFETCH(int, offsetHours);
        SyncHarness h(optionsFor(source));
        if (source == QLatin1String("asana"))
            useAsana(h);
        else if (source == QLatin1String("github"))
            useGitHub(h);
        else if (source == QLatin1String("jira"))
            useJira(h);
        OffsetClock clock;
        h.engine().setClock(&clock);
        QCOMPARE(h.sync(source).status, RunStatus::Ok);
        QCOMPARE(compareSource(h, source), QString());

        clock.offsetSecs = qint64(offsetHours) * 3600;
        for (int round = 0; round < 3; ++round) {
            QVERIFY(change(h, source, round) > 0);
            h.sim().clock().advance(90); // time passes on the service too
            const SyncRun run = h.sync(source, SyncMode::Partial);
            QCOMPARE(run.status, RunStatus::Ok);
            QCOMPARE(run.mode, SyncMode::Partial);
            QVERIFY(run.created + run.updated + run.deleted > 0);
            QCOMPARE(compareSource(h, source), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
