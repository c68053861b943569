// Jira scenarios: a full sync of N issues, then a no-change incremental run, each a `cairn
// sync` child process against a cairn-sim child (calls, wall time, rows, RSS, database size).
#include "Bench.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

namespace bench {

namespace {
const QString kJira = QStringLiteral("jira");

QJsonObject syncOnce(const Options &o, SimProcess &sim, const QString &dataDir)
{
    const QString cairn = QDir(o.binDir).filePath(QStringLiteral("cairn"));
    sim.resetRequests();
    const ChildRun r = runChild(cairn, {QStringLiteral("sync"), QStringLiteral("--source"), kJira, QStringLiteral("--json"),
                                        QStringLiteral("--data-dir"), dataDir},
                                {{"CAIRN_JIRA_API_URL", (sim.baseUrl().toString() + QStringLiteral("/jira")).toUtf8()},
                                 {"CAIRN_JIRA_EMAIL", "bench@example.com"},
                                 {"CAIRN_JIRA_TOKEN", kSimToken}});
    if (r.exitCode != 0)
        std::fprintf(stderr, "cairn-bench: `cairn sync --source jira` exited %d: %s\n", r.exitCode, r.err.trimmed().constData());
    const QJsonObject j = QJsonDocument::fromJson(r.out).object().value(kJira).toObject();
    return QJsonObject{
        {QStringLiteral("wall_ms"), r.wallMs},
        {QStringLiteral("run_ms"), j.value(QLatin1String("duration_ms"))},
        {QStringLiteral("exit_code"), r.exitCode},
        {QStringLiteral("status"), j.value(QLatin1String("status"))},
        {QStringLiteral("mode"), j.value(QLatin1String("mode"))},
        {QStringLiteral("api_calls"), j.value(QLatin1String("api_calls"))},
        {QStringLiteral("server_requests"), sim.apiRequests()},
        {QStringLiteral("bytes"), j.value(QLatin1String("bytes"))},
        {QStringLiteral("rows_written"), j.value(QLatin1String("created")).toInt() + j.value(QLatin1String("updated")).toInt()},
        {QStringLiteral("peak_rss_kib"), r.maxRssKiB},
        {QStringLiteral("db_bytes"), databaseBytes(dataDir)},
    };
}

void run(const Options &o, Report &report)
{
    const int n = o.quick ? 5000 : 100000;
    SimProcess sim(o, 0, 1, {QStringLiteral("--jira-issues"), QString::number(n)});
    QTemporaryDir dir;
    const QString cairn = QDir(o.binDir).filePath(QStringLiteral("cairn"));
    const QList<QPair<QString, QString>> settings{{QStringLiteral("jira.configs"), QStringLiteral("bench")},
                                                  {QStringLiteral("jira.bench.site"), QStringLiteral("https://bench.atlassian.net")},
                                                  {QStringLiteral("jira.bench.jql"), QStringLiteral("project in (CAIRN, OPS, WEB)")}};
    for (const auto &kv : settings)
        runChild(cairn, {QStringLiteral("config"), QStringLiteral("set"), kv.first, kv.second, QStringLiteral("--data-dir"), dir.path()}, {});
    const QString name = QStringLiteral("jira %1 issues: ").arg(n);
    const QJsonObject full = syncOnce(o, sim, dir.path());
    report.add(QStringLiteral("sync"), name + QStringLiteral("first (full) sync"), full);
    const QJsonObject none = syncOnce(o, sim, dir.path());
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
