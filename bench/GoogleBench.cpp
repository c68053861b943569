// cairn-bench: Google Contacts — full sync, no-change and 1 % incremental syncs against a
// cairn-sim child process, the network floor, and a full sync in a fresh `cairn` process.
#include "Bench.h"

#include "google/GoogleApi.h"
#include "HttpClient.h"
#include "Settings.h"
#include "StoreWriter.h"
#include "SyncEngine.h"

#include <QCoroTask>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdio>

namespace bench {
namespace {

const QString kGoogle = QStringLiteral("google");

// ---- the network floor: the same requests, bodies thrown away ----------------------------

struct FloorPass
{
    qint64 ms = 0;
    int calls = 0;
    qint64 bytes = 0;
};

QByteArray get(QNetworkAccessManager &nam, const QUrl &url, int *status)
{
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Authorization", "Bearer " + kSimToken);
    QNetworkReply *reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

// The top-level nextPageToken of a People page: the simulator writes it after the
// connections array, so a search from the end finds it without parsing the page.
QString nextPageToken(const QByteArray &body)
{
    static const QByteArray key = QByteArrayLiteral("\"nextPageToken\":\"");
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0 || at < body.lastIndexOf(']'))
        return {};
    const qsizetype from = at + key.size();
    const qsizetype end = body.indexOf('"', from);
    return end < 0 ? QString() : QString::fromLatin1(body.mid(from, end - from));
}

// The connections pages of a full listing (URL built by GoogleApi::connectionsUrl itself, so
// the parameters are the client's) and the one contact-groups page the sync also asks for.
FloorPass floorPass(QNetworkAccessManager &nam, const QUrl &google)
{
    cairn::HttpClient unused(&nam);
    const cairn::google::GoogleApi api(unused, google);
    FloorPass pass;
    QElapsedTimer t;
    t.start();
    QString pageToken;
    for (;;) {
        int status = 0;
        const QByteArray body = get(nam, api.connectionsUrl(QString(), pageToken), &status);
        ++pass.calls;
        pass.bytes += body.size();
        if (status != 200)
            qFatal("cairn-bench: floor request answered %d", status);
        pageToken = nextPageToken(body);
        if (pageToken.isEmpty())
            break;
    }
    QUrl groups = google;
    groups.setPath(google.path() + QStringLiteral("/v1/contactGroups"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(cairn::google::GoogleApi::kPageSize));
    q.addQueryItem(QStringLiteral("groupFields"), QStringLiteral("name,groupType,metadata"));
    groups.setQuery(q);
    int status = 0;
    pass.bytes += get(nam, groups, &status).size();
    ++pass.calls;
    pass.ms = t.elapsed();
    return pass;
}

// ---- Cairn in this process: SyncEngine + StoreWriter thread, a fresh data dir -----------

struct InProcess
{
    explicit InProcess(const QUrl &google)
        : settings(dir.path())
        , writer(settings.databasePath())
        , engine(settings, writer, nam)
    {
        settings.setValue(QStringLiteral("google.api_url"), google.toString());
        writer.open().waitForFinished();
        engine.setAuthenticator(kGoogle, std::make_shared<cairn::BearerToken>(kSimToken));
    }
    QTemporaryDir dir;
    cairn::Settings settings;
    cairn::StoreWriter writer;
    QNetworkAccessManager nam;
    cairn::SyncEngine engine;
};

QJsonObject measureSync(SimProcess &sim, InProcess &p, cairn::SyncMode mode)
{
    sim.resetRequests();
    const bool reset = resetPeakRss();
    const qint64 rssBefore = vmRssKiB();
    QElapsedTimer t;
    t.start();
    const cairn::SyncRun run = QCoro::waitFor(p.engine.run(kGoogle, mode));
    const qint64 wall = t.elapsed();
    if (run.status != cairn::RunStatus::Ok)
        std::fprintf(stderr, "cairn-bench: sync %s: %s\n", qPrintable(cairn::statusName(run.status)), qPrintable(run.error));
    return QJsonObject{
        {QStringLiteral("wall_ms"), wall},
        {QStringLiteral("run_ms"), run.durationMs()},
        {QStringLiteral("status"), cairn::statusName(run.status)},
        {QStringLiteral("mode"), cairn::modeName(run.mode)},
        {QStringLiteral("api_calls"), run.apiCalls},
        {QStringLiteral("server_requests"), sim.apiRequests()},
        {QStringLiteral("pages"), run.pages},
        {QStringLiteral("bytes"), run.bytes},
        {QStringLiteral("created"), run.created},
        {QStringLiteral("updated"), run.updated},
        {QStringLiteral("deleted"), run.deleted},
        {QStringLiteral("skipped"), run.skipped},
        {QStringLiteral("rows_written"), run.created + run.updated + run.deleted},
        {QStringLiteral("rss_before_kib"), rssBefore},
        {QStringLiteral("peak_rss_kib"), vmHwmKiB()},
        {QStringLiteral("peak_rss_reset"), reset}, // false: the peak is of the whole process so far
        {QStringLiteral("db_bytes"), databaseBytes(p.dir.path())},
    };
}

// A full sync by `cairn sync` in its own process: its peak RSS is the sync's alone.
QJsonObject childFullSync(const Options &o, SimProcess &sim)
{
    QTemporaryDir dir;
    const QString cairn = QDir(o.binDir).filePath(QStringLiteral("cairn"));
    sim.resetRequests();
    const ChildRun r = runChild(cairn,
                                {QStringLiteral("sync"), QStringLiteral("--source"), kGoogle, QStringLiteral("--mode"),
                                 QStringLiteral("full"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()},
                                {{"CAIRN_GOOGLE_API_URL", sim.googleUrl().toString().toUtf8()}, {"CAIRN_GOOGLE_TOKEN", kSimToken}});
    if (r.exitCode != 0)
        std::fprintf(stderr, "cairn-bench: `cairn sync` exited %d: %s\n", r.exitCode, r.err.trimmed().constData());
    const QJsonObject g = QJsonDocument::fromJson(r.out).object().value(kGoogle).toObject();
    const int rows = g.value(QLatin1String("created")).toInt() + g.value(QLatin1String("updated")).toInt()
        + g.value(QLatin1String("deleted")).toInt();
    return QJsonObject{
        {QStringLiteral("wall_ms"), r.wallMs}, // the whole process: start, open, sync, exit
        {QStringLiteral("run_ms"), g.value(QLatin1String("duration_ms"))},
        {QStringLiteral("exit_code"), r.exitCode},
        {QStringLiteral("status"), g.value(QLatin1String("status"))},
        {QStringLiteral("api_calls"), g.value(QLatin1String("api_calls"))},
        {QStringLiteral("server_requests"), sim.apiRequests()},
        {QStringLiteral("bytes"), g.value(QLatin1String("bytes"))},
        {QStringLiteral("rows_written"), rows},
        {QStringLiteral("peak_rss_kib"), r.maxRssKiB},
        {QStringLiteral("peak_rss_reset"), true},
        {QStringLiteral("db_bytes"), databaseBytes(dir.path())},
    };
}

QString label(int n)
{
    return n % 1000 == 0 ? QStringLiteral("%1k").arg(n / 1000) : QString::number(n);
}

struct SizeResult
{
    int n = 0;
    double ratio = 0;
    qint64 childRssKiB = 0;
    qint64 inProcessRssKiB = 0;
    int noChangeCalls = 0;
};

SizeResult runSize(const Options &o, Report &report, int n)
{
    const QString name = QStringLiteral("google %1 ").arg(label(n));
    std::fprintf(stderr, "cairn-bench: %s: starting cairn-sim…\n", qPrintable(name.trimmed()));
    SimProcess sim(o, n);
    QNetworkAccessManager nam;

    // Warm the simulator (it serialises each contact on its first listing), untimed.
    floorPass(nam, sim.googleUrl());
    QList<double> floorMs;
    FloorPass floor;
    for (int i = 0; i < 3; ++i) {
        floor = floorPass(nam, sim.googleUrl());
        floorMs << double(floor.ms);
    }
    const double floorMedian = median(floorMs);
    report.add(QStringLiteral("sync"), name + QStringLiteral("network floor"),
               {{QStringLiteral("wall_ms"), floorMedian},
                {QStringLiteral("samples_ms"), QJsonArray{floorMs[0], floorMs[1], floorMs[2]}},
                {QStringLiteral("api_calls"), floor.calls},
                {QStringLiteral("bytes"), floor.bytes},
                {QStringLiteral("sim_startup_ms"), sim.startupMs()}});

    SizeResult out;
    out.n = n;
    InProcess p(sim.googleUrl());
    std::fprintf(stderr, "cairn-bench: %s: full sync…\n", qPrintable(name.trimmed()));
    QJsonObject full = measureSync(sim, p, cairn::SyncMode::Full);
    out.ratio = full.value(QLatin1String("wall_ms")).toDouble() / qMax(1.0, floorMedian);
    out.inProcessRssKiB = full.value(QLatin1String("peak_rss_kib")).toInteger();
    full.insert(QStringLiteral("x_floor"), out.ratio);
    report.add(QStringLiteral("sync"), name + QStringLiteral("full sync"), full);

    std::fprintf(stderr, "cairn-bench: %s: full sync in a child `cairn sync`…\n", qPrintable(name.trimmed()));
    QJsonObject child = childFullSync(o, sim);
    out.childRssKiB = child.value(QLatin1String("peak_rss_kib")).toInteger();
    child.insert(QStringLiteral("x_floor"), child.value(QLatin1String("run_ms")).toDouble() / qMax(1.0, floorMedian));
    report.add(QStringLiteral("sync"), name + QStringLiteral("full sync (child cairn)"), child);

    const QJsonObject none = measureSync(sim, p, cairn::SyncMode::Partial);
    out.noChangeCalls = none.value(QLatin1String("api_calls")).toInt();
    report.add(QStringLiteral("sync"), name + QStringLiteral("incremental, no change"), none);

    const int changes = qMax(1, n / 100);
    const QJsonObject mutated = sim.admin("POST", QStringLiteral("/_admin/google/mutate"),
                                          {{QStringLiteral("op"), QStringLiteral("random")}, {QStringLiteral("count"), changes}});
    QJsonObject inc = measureSync(sim, p, cairn::SyncMode::Partial);
    inc.insert(QStringLiteral("changes_requested"), changes);
    inc.insert(QStringLiteral("changes_made"), mutated.value(QLatin1String("changed")).toArray().size());
    report.add(QStringLiteral("sync"), name + QStringLiteral("incremental, 1 % changed"), inc);
    return out;
}

void runGoogle(const Options &o, Report &report)
{
    const QList<int> sizes = o.quick ? QList<int>{1000, 5000} : QList<int>{10000, 100000};
    QList<SizeResult> results;
    for (int n : sizes)
        results << runSize(o, report, n);

    for (const SizeResult &r : results) {
        report.target(QStringLiteral("google %1 full sync ≤ 1.3 × floor").arg(label(r.n)), QStringLiteral("≤ 1.30×"),
                      QStringLiteral("%1×").arg(fmt(r.ratio, 2)), r.ratio <= 1.3);
        report.target(QStringLiteral("google %1 no-change incremental = 2 calls").arg(label(r.n)), QStringLiteral("2"),
                      QString::number(r.noChangeCalls), r.noChangeCalls == 2);
    }
    const SizeResult &small = results.first();
    const SizeResult &big = results.last();
    const double childMiB = double(big.childRssKiB) / 1024.0;
    report.target(QStringLiteral("google %1 full sync peak RSS (child cairn) ≤ 200 MB").arg(label(big.n)),
                  QStringLiteral("≤ 200 MiB"), QStringLiteral("%1 MiB").arg(fmt(childMiB)), childMiB <= 200);
    const double inMiB = double(big.inProcessRssKiB) / 1024.0;
    report.target(QStringLiteral("google %1 full sync peak RSS (bench process) ≤ 200 MB").arg(label(big.n)),
                  QStringLiteral("≤ 200 MiB"), QStringLiteral("%1 MiB").arg(fmt(inMiB)), inMiB <= 200);
    // Flat in N: ten times the contacts may cost at most a quarter more peak memory.
    const double growth = double(big.childRssKiB) / double(qMax<qint64>(1, small.childRssKiB));
    report.target(QStringLiteral("peak RSS flat in N (child, %1 vs %2)").arg(label(big.n), label(small.n)),
                  QStringLiteral("≤ 1.25×"),
                  QStringLiteral("%1× (%2 → %3 MiB)")
                      .arg(fmt(growth, 2), fmt(double(small.childRssKiB) / 1024.0), fmt(childMiB)),
                  growth <= 1.25);
}

} // namespace

void warmGoogle(QNetworkAccessManager &nam, const QUrl &googleUrl)
{
    floorPass(nam, googleUrl);
}

QList<ScenarioGroup> googleScenarios()
{
    return {{QStringLiteral("google"),
             QStringLiteral("Google Contacts: floor, full, child full, no-change and 1 % incremental (10k, 100k)"),
             runGoogle}};
}

} // namespace bench
