// The latency scenarios (issue 19): every source's first sync and no-change sync against the
// simulator with its real-world latency model (`cairn-sim --latency`, src/sim/Latency.h), by
// Cairn (a `cairn sync` child), by a naive serial client (NaiveClients.cpp), and the network
// floor of Cairn's own calls (LatencyFloor.cpp). bench/README.md, "Latency", says what each is.
#include "Latency.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace bench {

namespace {
using namespace latency;

struct Source
{
    QString name;   // google, asana, github, jira
    QString label;  // "google 2000 contacts"
    int contacts = 0;
    QStringList simArgs;
    QList<QPair<QString, QString>> settings;
    int inFlight = 1; // the service's concurrency limit, the floor's
    std::function<NaiveRun(SimProcess &)> naive;
};

// Of the answers in a journal: how many were under way at once at most.
int mostInFlight(const QList<Call> &calls)
{
    QList<std::pair<double, int>> edges;
    for (const Call &c : calls) {
        edges.append({c.atMs, +1});
        edges.append({c.atMs + c.delayMs, -1});
    }
    std::sort(edges.begin(), edges.end());
    int now = 0, most = 0;
    for (const auto &e : std::as_const(edges))
        most = std::max(most, now += e.second);
    return most;
}

QJsonObject floorMetrics(const Floor &f, double scale)
{
    return {{QStringLiteral("wall_ms"), f.ms},
            {QStringLiteral("lower_bound_ms"), f.lowerBoundMs},
            {QStringLiteral("longest_chain_ms"), f.longestChainMs},
            {QStringLiteral("serial_ms"), f.sumMs},
            {QStringLiteral("in_flight"), f.inFlight},
            {QStringLiteral("api_calls"), f.calls},
            {QStringLiteral("bytes"), f.bytes},
            {QStringLiteral("latency_scale"), scale},
            {QStringLiteral("floor_ms_at_scale_1"), scale > 0 ? f.ms / scale : 0.0}};
}

struct Measured
{
    double ms = 0;
    int calls = 0;
    qint64 bytes = 0;
};

// CAIRN_BENCH_JOURNALS=DIR: each journal with the floor's dependencies, as DIR/<name>.json.
void keepJournal(const QString &name, const QString &source, const QList<Call> &calls)
{
    const QString dir = qEnvironmentVariable("CAIRN_BENCH_JOURNALS");
    if (dir.isEmpty())
        return;
    const QList<QList<int>> deps = dependencies(source, calls);
    QJsonArray out;
    for (int i = 0; i < calls.size(); ++i) {
        QJsonArray d;
        for (int j : deps[i])
            d.append(j);
        const Call &c = calls[i];
        out.append(QJsonObject{{QStringLiteral("seq"), c.seq}, {QStringLiteral("at_ms"), c.atMs}, {QStringLiteral("method"), c.method},
                               {QStringLiteral("path"), c.path}, {QStringLiteral("query"), c.query.toString(QUrl::FullyDecoded).left(160)},
                               {QStringLiteral("status"), c.status}, {QStringLiteral("bytes"), c.bytes},
                               {QStringLiteral("delay_ms"), c.delayMs}, {QStringLiteral("after"), d}});
    }
    QString file = name;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    QFile f(QDir(dir).filePath(file + QStringLiteral(".json")));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(out).toJson());
}

// One of Cairn's syncs with the journal on: its row, its floor's row; returns the figures.
std::pair<Measured, Floor> cairnSync(const Options &o, SimProcess &sim, const Source &s, const QString &mode,
                                     const QString &dataDir, const QString &name, double scale, Report &report)
{
    startJournal(sim);
    QJsonObject run = syncChild(o, sim, s.name, mode, dataDir);
    const QList<Call> calls = takeJournal(sim);
    keepJournal(name + QStringLiteral(" Cairn"), s.name, calls);
    const Floor floor = floorOf(s.name, calls, s.inFlight);
    const Floor floor6 = floorOf(s.name, calls, 6);
    QJsonObject fm = floorMetrics(floor, scale);
    fm.insert(QStringLiteral("floor_ms_6_in_flight"), floor6.ms); // QNetworkAccessManager's HTTP/1.1 connections a host
    report.add(QStringLiteral("sync"), name + QStringLiteral(" — network floor"), fm);

    Measured m{run.value(QLatin1String("run_ms")).toDouble(), int(calls.size()), floor.bytes};
    run.insert(QStringLiteral("process_ms"), run.value(QLatin1String("wall_ms"))); // start, open, sync, exit
    run.insert(QStringLiteral("wall_ms"), m.ms);                                    // the sync itself
    run.insert(QStringLiteral("client_api_calls"), run.value(QLatin1String("api_calls")));
    run.insert(QStringLiteral("client_bytes"), run.value(QLatin1String("bytes")));
    run.insert(QStringLiteral("api_calls"), m.calls);
    run.insert(QStringLiteral("bytes"), double(m.bytes));
    run.insert(QStringLiteral("floor_ms"), floor.ms);
    run.insert(QStringLiteral("x_floor"), m.ms / std::max(1.0, floor.ms));
    run.insert(QStringLiteral("most_in_flight"), mostInFlight(calls));
    run.insert(QStringLiteral("latency_scale"), scale);
    report.add(QStringLiteral("sync"), name + QStringLiteral(", Cairn"), run);
    std::fprintf(stderr, "cairn-bench: %s: Cairn %.0f ms, %d calls; floor %.0f ms\n", qPrintable(name), m.ms, m.calls, floor.ms);
    return {m, floor};
}

Measured naiveRun(SimProcess &sim, const Source &s, const QString &name, const Floor &floor, const Measured &cairn, double scale,
                  Report &report)
{
    startJournal(sim);
    const NaiveRun n = s.naive(sim);
    const QList<Call> calls = takeJournal(sim);
    keepJournal(name + QStringLiteral(" naive"), s.name, calls);
    double serial = 0;
    for (const Call &c : calls)
        serial += c.delayMs;
    report.add(QStringLiteral("sync"), name + QStringLiteral(", naive serial client"),
               {{QStringLiteral("wall_ms"), double(n.wallMs)},
                {QStringLiteral("api_calls"), n.calls},
                {QStringLiteral("bytes"), double(n.bytes)},
                {QStringLiteral("items"), n.items},
                {QStringLiteral("failures"), n.failures},
                {QStringLiteral("x_floor"), double(n.wallMs) / std::max(1.0, floor.ms)},
                {QStringLiteral("x_cairn"), double(n.wallMs) / std::max(1.0, cairn.ms)},
                {QStringLiteral("own_network_ms"), serial}, // its calls' latencies, one after another
                {QStringLiteral("latency_scale"), scale}});
    std::fprintf(stderr, "cairn-bench: %s: naive %lld ms, %d calls (%d failed), %d items\n", qPrintable(name), n.wallMs, n.calls,
                 n.failures, n.items);
    return {double(n.wallMs), n.calls, n.bytes};
}

void summary(Report &report, const QString &name, const Measured &cairn, const Measured &naive, const Floor &floor, double scale)
{
    report.add(QStringLiteral("ratio"), name,
               {{QStringLiteral("cairn_ms"), cairn.ms},
                {QStringLiteral("naive_ms"), naive.ms},
                {QStringLiteral("floor_ms"), floor.ms},
                {QStringLiteral("cairn_x_floor"), cairn.ms / std::max(1.0, floor.ms)},
                {QStringLiteral("naive_x_cairn"), naive.ms / std::max(1.0, cairn.ms)},
                {QStringLiteral("cairn_calls"), cairn.calls},
                {QStringLiteral("naive_calls"), naive.calls},
                {QStringLiteral("cairn_bytes"), double(cairn.bytes)},
                {QStringLiteral("naive_bytes"), double(naive.bytes)},
                {QStringLiteral("floor_in_flight"), floor.inFlight},
                {QStringLiteral("latency_scale"), scale}});
}

QStringList gitHubRepos(SimProcess &sim)
{
    QStringList names;
    for (const QJsonValue &r : sim.admin("GET", QStringLiteral("/_admin/truth/github")).value(QLatin1String("repos")).toArray())
        names << r.toObject().value(QLatin1String("full_name")).toString();
    return names;
}

void runSource(const Options &o, Report &report, const Source &s)
{
    const double scale = o.latencyScale;
    std::fprintf(stderr, "cairn-bench: latency %s: starting cairn-sim…\n", qPrintable(s.label));
    SimProcess sim(o, s.contacts, 1, s.simArgs + QStringList{QStringLiteral("--latency"), QStringLiteral("0")});
    QTemporaryDir dir;
    QList<QPair<QString, QString>> settings = s.settings;
    if (s.name == QLatin1String("github")) // the simulator's repositories: known once it runs
        settings.append({QStringLiteral("github.repos"), gitHubRepos(sim).join(u',')});
    configureChild(o, dir.path(), settings);
    // Untimed, without latency: the simulator serialises some objects on their first listing.
    s.naive(sim);
    sim.admin("POST", QStringLiteral("/_admin/latency"), {{QStringLiteral("scale"), scale}});

    const QString first = QStringLiteral("latency %1: first sync").arg(s.label);
    const QString none = QStringLiteral("latency %1: no change").arg(s.label);
    const auto [cairnFirst, floorFirst] = cairnSync(o, sim, s, QStringLiteral("full"), dir.path(), first, scale, report);
    const auto [cairnNone, floorNone] = cairnSync(o, sim, s, QStringLiteral("partial"), dir.path(), none, scale, report);
    // The naive client keeps nothing between runs: its second run lists everything again.
    const Measured naiveFirst = naiveRun(sim, s, first, floorFirst, cairnFirst, scale, report);
    const Measured naiveNone = naiveRun(sim, s, none, floorNone, cairnNone, scale, report);
    summary(report, QStringLiteral("%1: first sync").arg(s.label), cairnFirst, naiveFirst, floorFirst, scale);
    summary(report, QStringLiteral("%1: no change").arg(s.label), cairnNone, naiveNone, floorNone, scale);
}

const QString kJql = QStringLiteral("project in (CAIRN, OPS, WEB)");

QList<Source> sources(const Options &o)
{
    const bool q = o.quick;
    QList<Source> out;
    Source google;
    google.name = QStringLiteral("google");
    google.contacts = q ? 1000 : 2000;
    google.label = QStringLiteral("google %1 contacts").arg(google.contacts);
    // Google publishes no concurrency limit (only per-minute quotas): 10 assumed. The listing
    // is one chain of page tokens and the groups one more, so any limit ≥ 2 gives this floor.
    google.inFlight = 10;
    google.naive = [](SimProcess &sim) { return naiveGoogle(sim.baseUrl()); };
    out << google;

    Source asana;
    asana.name = QStringLiteral("asana");
    const int projects = q ? 10 : 30, tasks = q ? 50 : 100;
    asana.label = QStringLiteral("asana %1×%2 tasks").arg(projects).arg(tasks);
    asana.simArgs = {QStringLiteral("--asana-projects"), QString::number(projects), QStringLiteral("--asana-tasks"), QString::number(tasks)};
    asana.inFlight = 50; // Asana: 50 GETs in flight (developers.asana.com, "Rate limits")
    asana.naive = [](SimProcess &sim) { return naiveAsana(sim.baseUrl()); };
    out << asana;

    Source github;
    github.name = QStringLiteral("github");
    const int repos = q ? 2 : 5, pulls = q ? 100 : 300;
    github.label = QStringLiteral("github %1×%2 pulls").arg(repos).arg(pulls);
    // The hourly limit far above what the naive clients spend (3 × 1 515 calls).
    github.simArgs = {QStringLiteral("--github-repos"), QString::number(repos), QStringLiteral("--github-pulls"), QString::number(pulls),
                      QStringLiteral("--github-rate-limit"), QStringLiteral("1000000")};
    github.inFlight = 100; // GitHub's secondary limit: 100 concurrent requests
    github.naive = [](SimProcess &sim) { return naiveGitHub(sim.baseUrl(), gitHubRepos(sim)); };
    out << github;

    Source jira;
    jira.name = QStringLiteral("jira");
    const int issues = q ? 1000 : 3000;
    jira.label = QStringLiteral("jira %1 issues").arg(issues);
    jira.simArgs = {QStringLiteral("--jira-issues"), QString::number(issues)};
    jira.settings = {{QStringLiteral("jira.configs"), QStringLiteral("bench")},
                     {QStringLiteral("jira.bench.site"), QStringLiteral("https://bench.atlassian.net")},
                     {QStringLiteral("jira.bench.jql"), kJql}};
    // Atlassian publishes no concurrency limit (only per-second burst limits, no numbers): 10
    // assumed. A search is one chain of page tokens, so any limit ≥ 2 gives this floor.
    jira.inFlight = 10;
    jira.naive = [](SimProcess &sim) { return naiveJira(sim.baseUrl(), kJql); };
    out << jira;
    return out;
}

} // namespace

QList<ScenarioGroup> latencyScenarios()
{
    QList<ScenarioGroup> groups;
    for (const QString &name : {QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")}) {
        groups.append({QStringLiteral("latency-") + name,
                       QStringLiteral("%1 with the simulator's latency: first and no-change sync by Cairn and by a naive serial client, "
                                      "the network floor").arg(name),
                       [name](const Options &o, Report &report) {
                           for (const Source &s : sources(o))
                               if (s.name == name)
                                   runSource(o, report, s);
                       }});
    }
    return groups;
}

} // namespace bench
