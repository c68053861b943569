// What the scenarios of Asana, GitHub and Jira share: a sync as a `cairn sync` child process
// against the cairn-sim child (calls, wall time, rows, peak RSS, database size), and the
// network floor of a run — the very API GETs it made (the simulator's request log), fetched
// again by a bare QNetworkAccessManager and thrown away.
#include "Bench.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>

namespace bench {

void configureChild(const Options &o, const QString &dataDir, const QList<QPair<QString, QString>> &settings)
{
    const QString cairn = QDir(o.binDir).filePath(QStringLiteral("cairn"));
    for (const auto &kv : settings)
        runChild(cairn, {QStringLiteral("config"), QStringLiteral("set"), kv.first, kv.second, QStringLiteral("--data-dir"), dataDir}, {});
}

QJsonObject syncChild(const Options &o, SimProcess &sim, const QString &source, const QString &mode, const QString &dataDir)
{
    const QString cairn = QDir(o.binDir).filePath(QStringLiteral("cairn"));
    const QByteArray upper = source.toUpper().toLatin1();
    sim.resetRequests();
    const ChildRun r = runChild(cairn, {QStringLiteral("sync"), QStringLiteral("--source"), source, QStringLiteral("--mode"), mode,
                                        QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir},
                                {{"CAIRN_" + upper + "_API_URL", (sim.baseUrl().toString() + u'/' + source).toUtf8()},
                                 {"CAIRN_JIRA_EMAIL", "bench@example.com"},
                                 {"CAIRN_" + upper + "_TOKEN", kSimToken}});
    if (r.exitCode != 0)
        std::fprintf(stderr, "cairn-bench: `cairn sync --source %s` exited %d: %s\n", qPrintable(source), r.exitCode,
                     r.err.trimmed().constData());
    const QJsonObject j = QJsonDocument::fromJson(r.out).object().value(source).toObject();
    QJsonObject out{
        {QStringLiteral("wall_ms"), r.wallMs},
        {QStringLiteral("run_ms"), j.value(QLatin1String("duration_ms"))},
        {QStringLiteral("exit_code"), r.exitCode},
        {QStringLiteral("status"), j.value(QLatin1String("status"))},
        {QStringLiteral("mode"), j.value(QLatin1String("mode"))},
        {QStringLiteral("api_calls"), j.value(QLatin1String("api_calls"))},
        {QStringLiteral("server_requests"), sim.apiRequests()},
        {QStringLiteral("bytes"), j.value(QLatin1String("bytes"))},
        {QStringLiteral("rows_written"), j.value(QLatin1String("created")).toInt() + j.value(QLatin1String("updated")).toInt()
                                             + j.value(QLatin1String("deleted")).toInt()},
        {QStringLiteral("skipped"), j.value(QLatin1String("skipped"))},
        {QStringLiteral("peak_rss_kib"), r.maxRssKiB},
        {QStringLiteral("peak_rss_reset"), true}, // the child's own peak (ru_maxrss)
        {QStringLiteral("db_bytes"), databaseBytes(dataDir)},
    };
    for (const char *key : {"projects_full", "projects_partial", "projects_skipped"})
        if (j.contains(QLatin1String(key)))
            out.insert(QLatin1String(key), j.value(QLatin1String(key)));
    return out;
}

QJsonObject replayFloor(SimProcess &sim, const QStringList &log, int inFlight)
{
    QNetworkAccessManager nam;
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    int next = 0;
    int running = 0;
    int refused = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (running < inFlight && next < log.size()) {
            QUrl url = sim.baseUrl();
            const QString &entry = log.at(next++);
            const qsizetype q = entry.indexOf(u'?');
            url.setPath(entry.left(q));
            if (q >= 0)
                url.setQuery(entry.mid(q + 1), QUrl::StrictMode);
            QNetworkRequest req(url);
            req.setRawHeader("Authorization", "Bearer " + kSimToken);
            req.setRawHeader("Accept", "application/json");
            QNetworkReply *reply = nam.get(req);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                bytes += reply->readAll().size();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                refused += status >= 400 && status != 412; // Asana's first events call is a 412
                reply->deleteLater();
                --running;
                if (next >= log.size() && running == 0)
                    loop.quit();
                else
                    launch();
            });
        }
    };
    if (log.isEmpty())
        return {{QStringLiteral("wall_ms"), 0}, {QStringLiteral("api_calls"), 0}, {QStringLiteral("bytes"), 0}};
    launch();
    loop.exec();
    return {{QStringLiteral("wall_ms"), t.elapsed()},
            {QStringLiteral("refused"), refused}, // e.g. a search API the workspace does not offer
            {QStringLiteral("api_calls"), int(log.size())},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("in_flight"), inFlight}};
}

QJsonObject syncWithFloor(const Options &o, SimProcess &sim, const QString &source, const QString &mode,
                          const QString &dataDir, const QString &name, Report &report, int inFlight)
{
    sim.admin("POST", QStringLiteral("/_admin/requests/log"));
    QJsonObject run = syncChild(o, sim, source, mode, dataDir);
    QStringList log;
    for (const QJsonValue &v : sim.admin("GET", QStringLiteral("/_admin/requests/log")).value(QLatin1String("log")).toArray())
        log << v.toString();
    const QJsonObject floor = replayFloor(sim, log, inFlight);
    report.add(QStringLiteral("sync"), name + QStringLiteral(" — network floor"), floor);
    run.insert(QStringLiteral("x_floor"), run.value(QLatin1String("run_ms")).toDouble()
                                              / qMax(1.0, floor.value(QLatin1String("wall_ms")).toDouble()));
    run.insert(QStringLiteral("floor_ms"), floor.value(QLatin1String("wall_ms")));
    report.add(QStringLiteral("sync"), name, run);
    return run;
}

} // namespace bench
