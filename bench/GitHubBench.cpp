// GitHub scenarios (issue 8): R repositories × Q pull requests — a full sync (with its
// network floor: GitHub asks clients to make requests one after another, so does the floor)
// and a no-change sync (one conditional request per repository, all 304).
#include "Bench.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace bench {

namespace {
const QString kGitHub = QStringLiteral("github");

void run(const Options &o, Report &report)
{
    const int repos = o.quick ? 5 : 20;
    const int pulls = o.quick ? 300 : 2000;
    // The primary limit (5 000/h) would stop a first sync of 40 000 review lists: the
    // benchmark measures speed, not waiting for the reset.
    SimProcess sim(o, 0, 1, {QStringLiteral("--github-repos"), QString::number(repos), QStringLiteral("--github-pulls"),
                             QString::number(pulls), QStringLiteral("--github-rate-limit"), QStringLiteral("1000000")});
    QStringList names;
    for (const QJsonValue &r : sim.admin("GET", QStringLiteral("/_admin/truth/github")).value(QLatin1String("repos")).toArray())
        names << r.toObject().value(QLatin1String("full_name")).toString();
    QTemporaryDir dir;
    configureChild(o, dir.path(), {{QStringLiteral("github.repos"), names.join(u',')}});
    const QString name = QStringLiteral("github %1×%2 pulls: ").arg(repos).arg(pulls);
    const QJsonObject full = syncWithFloor(o, sim, kGitHub, QStringLiteral("full"), dir.path(), name + QStringLiteral("full sync"),
                                           report, 1);
    const double x = full.value(QLatin1String("x_floor")).toDouble();
    report.target(QStringLiteral("github %1×%2 full sync ≤ 1.3 × network floor").arg(repos).arg(pulls), QStringLiteral("1.3"),
                  fmt(x, 2), x <= 1.3);
    const QJsonObject none = syncChild(o, sim, kGitHub, QStringLiteral("partial"), dir.path());
    report.add(QStringLiteral("sync"), name + QStringLiteral("no change (ETags)"), none);
    const int calls = none.value(QLatin1String("server_requests")).toInt();
    report.target(QStringLiteral("github %1 repositories no change = %1 conditional calls").arg(repos), QString::number(repos),
                  QString::number(calls), calls == repos);
}
} // namespace

QList<ScenarioGroup> gitHubScenarios()
{
    return {{kGitHub, QStringLiteral("GitHub: 20 repositories × 2 000 pulls (5 × 300 with --quick): full, no change"), &run}};
}

} // namespace bench
