// Asana scenarios (issue 8): P projects × T tasks — a full sync (with its network floor), a
// partial sync with no change, and a partial sync after 1 % of the tasks changed; each a
// `cairn sync` child process against a cairn-sim child.
#include "Bench.h"

#include <QTemporaryDir>

namespace bench {

namespace {
const QString kAsana = QStringLiteral("asana");

void run(const Options &o, Report &report)
{
    const int projects = o.quick ? 50 : 500;
    const int tasks = o.quick ? 100 : 200;
    SimProcess sim(o, 0, 1, {QStringLiteral("--asana-projects"), QString::number(projects),
                             QStringLiteral("--asana-tasks"), QString::number(tasks)});
    QTemporaryDir dir;
    const QString name = QStringLiteral("asana %1×%2 tasks: ").arg(projects).arg(tasks);
    // A full sync crawls 4 projects at once (AsanaSyncer's bounded concurrency): so does its floor.
    const QJsonObject full = syncWithFloor(o, sim, kAsana, QStringLiteral("full"), dir.path(), name + QStringLiteral("full sync"),
                                           report, 4);
    const double x = full.value(QLatin1String("x_floor")).toDouble();
    report.target(QStringLiteral("asana %1×%2 full sync ≤ 1.3 × network floor").arg(projects).arg(tasks), QStringLiteral("1.3"),
                  fmt(x, 2), x <= 1.3);

    const QJsonObject none = syncChild(o, sim, kAsana, QStringLiteral("partial"), dir.path());
    report.add(QStringLiteral("sync"), name + QStringLiteral("partial, no change"), none);
    // The project list (100 a page) and one events call per project; no task rows.
    const int listPages = (projects + 99) / 100;
    const int calls = none.value(QLatin1String("server_requests")).toInt();
    report.target(QStringLiteral("asana %1 projects partial, no change ≤ %2 calls (list + 1 event call per project), 0 rows")
                      .arg(projects).arg(listPages + projects),
                  QString::number(listPages + projects),
                  QStringLiteral("%1 calls, %2 rows").arg(calls).arg(none.value(QLatin1String("rows_written")).toInt()),
                  calls <= listPages + projects && none.value(QLatin1String("rows_written")).toInt() == 0);

    const int changed = projects * tasks / 100;
    sim.admin("POST", QStringLiteral("/_admin/asana/mutate"),
              {{QStringLiteral("op"), QStringLiteral("edit_task")}, {QStringLiteral("count"), changed}});
    const QJsonObject some = syncChild(o, sim, kAsana, QStringLiteral("partial"), dir.path());
    report.add(QStringLiteral("sync"), name + QStringLiteral("partial after 1 % of tasks changed (%1)").arg(changed), some);
}
} // namespace

QList<ScenarioGroup> asanaScenarios()
{
    return {{kAsana, QStringLiteral("Asana: 500 projects × 200 tasks (50 × 100 with --quick): full, partial with no change, "
                                    "partial after 1 % changed"),
             &run}};
}

} // namespace bench
