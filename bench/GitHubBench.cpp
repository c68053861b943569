// GitHub scenarios (issues 8 and 23): the first sync of one repository of 5 000 pull requests
// and of 20 repositories × 2 000, each followed by a no-change sync (one conditional request
// per repository, all 304, free). Reported per scenario: the calls the client made and the
// quota they spent on the service (REST requests + GraphQL points, counted by the simulator).
#include "Bench.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace bench {

namespace {
const QString kGitHub = QStringLiteral("github");

// REST requests and GraphQL points the simulator charged so far.
int quotaUsed(SimProcess &sim)
{
    const QJsonObject q = sim.admin("GET", QStringLiteral("/_admin/truth/github")).value(QLatin1String("quota_used")).toObject();
    return q.value(QLatin1String("core")).toInt() + q.value(QLatin1String("graphql")).toInt();
}

void scenario(const Options &o, Report &report, int repos, int pulls)
{
    // The benchmark measures what a sync spends, not waiting for a reset: the hourly limit is
    // far above 5 000 here, and the reserve of the quota budget with it.
    SimProcess sim(o, 0, 1, {QStringLiteral("--github-repos"), QString::number(repos), QStringLiteral("--github-pulls"),
                             QString::number(pulls), QStringLiteral("--github-rate-limit"), QStringLiteral("1000000")});
    QStringList names;
    for (const QJsonValue &r : sim.admin("GET", QStringLiteral("/_admin/truth/github")).value(QLatin1String("repos")).toArray())
        names << r.toObject().value(QLatin1String("full_name")).toString();
    QTemporaryDir dir;
    configureChild(o, dir.path(), {{QStringLiteral("github.repos"), names.join(u',')}});
    const QString name = QStringLiteral("github %1×%2 pulls: ").arg(repos).arg(pulls);

    int before = quotaUsed(sim);
    QJsonObject full = syncChild(o, sim, kGitHub, QStringLiteral("full"), dir.path());
    const int spent = quotaUsed(sim) - before;
    full.insert(QStringLiteral("quota_spent"), spent);
    report.add(QStringLiteral("sync"), name + QStringLiteral("first sync"), full);
    const int perRepo = (spent + repos - 1) / repos;
    // Issue 23: one repository ≤ 5 % of the hour (250 of 5 000); 20 repositories ≤ 10 % each.
    const int limit = repos == 1 ? 250 : 500;
    report.target(QStringLiteral("github %1×%2 first sync ≤ %3 requests/points a repository").arg(repos).arg(pulls).arg(limit),
                  QString::number(limit), QString::number(perRepo), perRepo <= limit);
    std::printf("%sfirst sync: %d calls, %d quota (REST requests + GraphQL points), %lld ms\n", qPrintable(name),
                full.value(QLatin1String("api_calls")).toInt(), spent, qint64(full.value(QLatin1String("wall_ms")).toDouble()));

    before = quotaUsed(sim);
    QJsonObject none = syncChild(o, sim, kGitHub, QStringLiteral("partial"), dir.path());
    const int idleSpent = quotaUsed(sim) - before;
    none.insert(QStringLiteral("quota_spent"), idleSpent);
    report.add(QStringLiteral("sync"), name + QStringLiteral("no change (ETags)"), none);
    const int calls = none.value(QLatin1String("server_requests")).toInt();
    report.target(QStringLiteral("github %1 repositories no change = %1 free conditional calls").arg(repos), QString::number(repos),
                  QStringLiteral("%1 (quota %2)").arg(calls).arg(idleSpent), calls == repos && idleSpent == 0);
    std::printf("%sno change: %d calls, %d quota\n", qPrintable(name), calls, idleSpent);
}

void run(const Options &o, Report &report)
{
    scenario(o, report, 1, o.quick ? 1000 : 5000);
    scenario(o, report, o.quick ? 5 : 20, o.quick ? 300 : 2000);
}
} // namespace

QList<ScenarioGroup> gitHubScenarios()
{
    return {{kGitHub, QStringLiteral("GitHub: 1 × 5 000 pulls and 20 × 2 000 (1 × 1 000 and 5 × 300 with --quick): first sync, no change"),
             &run}};
}

} // namespace bench
