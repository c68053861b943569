// Jira scenarios: a full sync of N issues (with its network floor), then a no-change
// incremental run, each a `cairn sync` child process against a cairn-sim child.
#include "Bench.h"

#include <QTemporaryDir>

namespace bench {

namespace {
const QString kJira = QStringLiteral("jira");

void run(const Options &o, Report &report)
{
    const int n = o.quick ? 5000 : 100000;
    SimProcess sim(o, 0, 1, {QStringLiteral("--jira-issues"), QString::number(n)});
    QTemporaryDir dir;
    configureChild(o, dir.path(), {{QStringLiteral("jira.configs"), QStringLiteral("bench")},
                                   {QStringLiteral("jira.bench.site"), QStringLiteral("https://bench.atlassian.net")},
                                   {QStringLiteral("jira.bench.jql"), QStringLiteral("project in (CAIRN, OPS, WEB)")}});
    const QString name = QStringLiteral("jira %1 issues: ").arg(n);
    // Jira pages with nextPageToken: one request after the other, as the sync does.
    const QJsonObject full = syncWithFloor(o, sim, kJira, QStringLiteral("full"), dir.path(), name + QStringLiteral("full sync"),
                                           report, 1);
    const double x = full.value(QLatin1String("x_floor")).toDouble();
    report.target(QStringLiteral("jira %1 full sync ≤ 1.3 × network floor").arg(n), QStringLiteral("1.3"), fmt(x, 2), x <= 1.3);
    const QJsonObject none = syncChild(o, sim, kJira, QStringLiteral("partial"), dir.path());
    report.add(QStringLiteral("sync"), name + QStringLiteral("no-change incremental"), none);
    const int calls = none.value(QLatin1String("server_requests")).toInt();
    report.target(QStringLiteral("jira %1 no-change incremental = 1 search call").arg(n), QStringLiteral("1"),
                  QString::number(calls), calls == 1);
}
} // namespace

QList<ScenarioGroup> jiraScenarios()
{
    return {{QStringLiteral("jira"), QStringLiteral("Jira: full sync of 100k issues (5k with --quick), then a no-change run"), &run}};
}

} // namespace bench
