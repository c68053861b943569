// Randomised convergence of GitLab (tests/support/Convergence.h): merge requests opened,
// edited, commented, approved, reviews requested, closed, merged, reopened, deleted; faults on
// every request of a project (the project, its pages, approvals, the confirmation by iid):
// 429s, 5xx, a 403, cut and malformed answers, dropped connections; Cairn killed mid-sync; full,
// partial and auto runs. Deletions are found by a full listing (docs/architecture.md §4): the
// clean sync is a full one.
// Reproduce with CAIRN_SEED=<seed printed>; soak with CAIRN_SEQUENCES=2000.
#include "Convergence.h"
#include "GitLabCompare.h"

#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {
int mutate(SyncHarness &h, QRandomGenerator &rng)
{
    sim::GitLabService &g = h.sim().service<sim::GitLabService>();
    const QStringList projects = g.projectPaths();
    const QString project = projects.at(int(rng.bounded(qsizetype(projects.size()))));
    QList<int> open, closed;
    for (const sim::GLMergeRequest &m : g.project(project)->mergeRequests) {
        if (m.deleted)
            continue;
        if (m.state == QLatin1String("opened"))
            open << m.iid;
        else if (m.state == QLatin1String("closed"))
            closed << m.iid;
    }
    const int iid = open.isEmpty() ? 0 : open.at(int(rng.bounded(qsizetype(open.size()))));
    static const char *const users[] = {"cairn-user", "ada.lovelace", "grace_h", "linus", "marie.c", "hanako"};
    const QString user = QLatin1String(users[rng.bounded(6)]);
    switch (rng.bounded(11)) {
    case 0: return g.addMergeRequest(project) > 0;
    case 1:
    case 2: return int(g.editRandom(project, 1 + int(rng.bounded(6))).size());
    case 3: return iid > 0 && g.closeMergeRequest(project, iid, rng.bounded(2) == 0);
    case 4: return iid > 0 && g.approve(project, iid, user);
    case 5: return iid > 0 && g.requestReview(project, iid, user);
    case 6: return iid > 0 && g.comment(project, iid);
    case 7: return iid > 0 && g.deleteMergeRequest(project, iid);
    case 8: return !closed.isEmpty() && g.reopenMergeRequest(project, closed.at(int(rng.bounded(qsizetype(closed.size())))));
    case 9: { // several in the same instant (the cursor's ties)
        h.sim().clock().freeze(true);
        int n = 0;
        for (int i = 0; i < 1 + int(rng.bounded(4)); ++i)
            n += g.addMergeRequest(project) > 0;
        n += int(g.editRandom(project, int(rng.bounded(3))).size());
        h.sim().clock().freeze(false);
        return n;
    }
    default: return iid > 0 && g.editMergeRequest(project, iid);
    }
}

std::optional<sim::Fault> randomFault(SyncHarness &h, QRandomGenerator &rng, QString *name)
{
    const QStringList projects = h.sim().service<sim::GitLabService>().projectPaths();
    const sim::GLProject *p = h.sim().service<sim::GitLabService>().project(projects.at(int(rng.bounded(qsizetype(projects.size())))));
    // By id: its pages, approvals and the confirmation; by path: the project itself.
    const QString path = rng.bounded(4) == 0 ? QStringLiteral("/gitlab/api/v4/projects/") + p->path
                                             : QStringLiteral("/gitlab/api/v4/projects/%1").arg(p->id);
    return drawFault(h, rng, path,
                     {{.name = QStringLiteral("429+RateLimit-Reset"), .status = 429,
                       .headers = {{QByteArrayLiteral("RateLimit-Reset"), QByteArray::number(h.sim().clock().nowMs() / 1000)}}},
                      {.name = QStringLiteral("malformed"), .body = "{\"message\": \"not a list\"}"},
                      {.name = QStringLiteral("cut JSON"), .body = "[{\"id\": 310000001, \"iid\": 1, \"title\": "},
                      // (A refused token ends a run "needs-sign-in", not "failed": tst_gitlabsync has those.)
                      {.name = QStringLiteral("403"), .status = 403, .body = R"({"message":"403 Forbidden"})"}},
                     name);
}
} // namespace

class TestGitLabConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheConvergesToTheService()
    {
        ConvergenceSource src{.source = QStringLiteral("gitlab"), .defaultSequences = 50};
        src.options = [](sim::Options &o, QRandomGenerator &rng) {
            setOption(o, QStringLiteral("gitlab-projects"), 2 + int(rng.bounded(2)));
            setOption(o, QStringLiteral("gitlab-merge-requests"), 10 + int(rng.bounded(200)));
            // (GitLab's 2 000 a minute would make a long soak wait out real minutes; the limit
            // has tests of its own in tst_gitlabsync, on the simulator's time.)
            setOption(o, QStringLiteral("gitlab-rate-limit"), 0);
        };
        src.setUp = [](SyncHarness &h) { useGitLab(h); };
        src.mutate = &mutate;
        src.fault = &randomFault;
        src.cleanMode = SyncMode::Full;
        src.compare = [](SyncHarness &h) { return compareGitLab(h); };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || project_id || '!' || iid) FROM gitlab_merge_requests")};
        src.kills = true;
        const QString failure = runConvergence(src);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestGitLabConvergence)
#include "tst_gitlabconvergence.moc"
