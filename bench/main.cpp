// cairn-bench: runs the performance scenarios, prints the tables and the targets, writes JSON.
// Not a test: it asserts nothing (bench/README.md).
#include "Bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace bench {
namespace {

QString cell(const QJsonObject &m, const char *key, double scale = 1.0, int decimals = 0)
{
    const QJsonValue v = m.value(QLatin1String(key));
    return v.isUndefined() || v.isNull() ? QStringLiteral("—") : fmt(v.toDouble() * scale, decimals);
}

void line(const QStringList &cells, const QList<int> &widths)
{
    QString out;
    for (int i = 0; i < cells.size(); ++i)
        out += i == 0 ? cells[i].leftJustified(widths[i]) : QStringLiteral("  ") + cells[i].rightJustified(widths[i]);
    std::printf("%s\n", out.toUtf8().constData());
}

void printTables(const Report &r)
{
    const QList<int> sw{62, 8, 6, 6, 8, 7, 9, 7};
    std::printf("\nSyncs\n");
    line({QStringLiteral("scenario"), QStringLiteral("wall ms"), QStringLiteral("×floor"), QStringLiteral("calls"),
          QStringLiteral("MB down"), QStringLiteral("rows"), QStringLiteral("RSS MB"), QStringLiteral("DB MB")}, sw);
    for (const Row &row : r.rows) {
        if (row.kind != QLatin1String("sync"))
            continue;
        const QJsonObject &m = row.metrics;
        QString rss = cell(m, "peak_rss_kib", 1.0 / 1024.0, 0);
        if (m.contains(QLatin1String("peak_rss_kib")) && !m.value(QLatin1String("peak_rss_reset")).toBool())
            rss += QLatin1Char('*');
        const bool floor = row.scenario.endsWith(QLatin1String("floor"));
        line({row.scenario, cell(m, "wall_ms"), floor ? QStringLiteral("1.00") : cell(m, "x_floor", 1.0, 2),
              cell(m, "api_calls"), cell(m, "bytes", 1.0 / (1024.0 * 1024.0), 1), cell(m, "rows_written"), rss,
              cell(m, "db_bytes", 1.0 / (1024.0 * 1024.0), 1)},
             sw);
    }
    const QList<int> lw{58, 4, 9, 9, 9};
    std::printf("\nLatencies (ms)\n");
    line({QStringLiteral("scenario"), QStringLiteral("n"), QStringLiteral("median"), QStringLiteral("p95"),
          QStringLiteral("max")}, lw);
    for (const Row &row : r.rows) {
        if (row.kind != QLatin1String("latency"))
            continue;
        const QJsonObject &m = row.metrics;
        line({row.scenario, cell(m, "n"), cell(m, "median", 1, 1), cell(m, "p95", 1, 1), cell(m, "max", 1, 1)}, lw);
    }
    bool ratios = false;
    for (const Row &row : r.rows)
        ratios = ratios || row.kind == QLatin1String("ratio");
    if (ratios) {
        const QList<int> rw{40, 8, 8, 8, 7, 7, 11, 13};
        std::printf("\nWith latency (Cairn, naive serial client, network floor; ms at the scenario's latency scale)\n");
        line({QStringLiteral("scenario"), QStringLiteral("Cairn"), QStringLiteral("naive"), QStringLiteral("floor"),
              QStringLiteral("C/floor"), QStringLiteral("naive/C"), QStringLiteral("calls C/n"), QStringLiteral("MB C/n")}, rw);
        for (const Row &row : r.rows) {
            if (row.kind != QLatin1String("ratio"))
                continue;
            const QJsonObject &m = row.metrics;
            line({row.scenario, cell(m, "cairn_ms"), cell(m, "naive_ms"), cell(m, "floor_ms"), cell(m, "cairn_x_floor", 1, 2),
                  cell(m, "naive_x_cairn", 1, 1), cell(m, "cairn_calls") + u'/' + cell(m, "naive_calls"),
                  cell(m, "cairn_bytes", 1.0 / (1024.0 * 1024.0), 1) + u'/' + cell(m, "naive_bytes", 1.0 / (1024.0 * 1024.0), 1)},
                 rw);
        }
    }
    std::printf("\nTargets\n");
    const QList<int> tw{72, 10, 30, 6};
    for (const Target &t : r.targets)
        line({t.name, t.limit, t.measured, t.met ? QStringLiteral("met") : QStringLiteral("MISSED")}, tw);
    std::printf("\n(*: peak of the whole bench process so far — VmHWM could not be reset)\n");
    std::fflush(stdout);
}

QJsonObject toJson(const Report &r)
{
    QJsonArray rows, targets;
    for (const Row &row : r.rows) {
        QJsonObject o = row.metrics;
        o.insert(QStringLiteral("scenario"), row.scenario);
        o.insert(QStringLiteral("kind"), row.kind);
        rows.append(o);
    }
    for (const Target &t : r.targets)
        targets.append(QJsonObject{{QStringLiteral("target"), t.name}, {QStringLiteral("limit"), t.limit},
                                   {QStringLiteral("measured"), t.measured}, {QStringLiteral("met"), t.met}});
    return {{QStringLiteral("meta"), r.meta}, {QStringLiteral("rows"), rows}, {QStringLiteral("targets"), targets}};
}

// Offscreen font and window-hint chatter says nothing about performance.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("OpenType support missing"))
        || message.contains(QLatin1String("This plugin does not support")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace
} // namespace bench

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The bench configures the in-process syncs itself; a stray override would redirect them.
    qunsetenv("CAIRN_GOOGLE_API_URL");
    bench::previousHandler = qInstallMessageHandler(bench::quietHandler);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cairn-bench"));

    using namespace bench;
    QList<ScenarioGroup> groups;
    groups << googleScenarios() << windowScenarios() << asanaScenarios() << gitHubScenarios() << jiraScenarios()
           << latencyScenarios();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cairn performance scenarios against a cairn-sim child process."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Smoke run: small data sets (about a minute)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the results to FILE."), QStringLiteral("file"),
                                  QStringLiteral("bench-results.json"));
    QStringList names;
    for (const ScenarioGroup &g : groups)
        names << g.name;
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only this group (%1; latency: every latency-* group); repeatable.").arg(names.join(QStringLiteral(", "))),
                                  QStringLiteral("group"));
    const QCommandLineOption latencyScale(QStringLiteral("latency-scale"),
                                          QStringLiteral("Scale of the simulator's latency model in the latency-* groups "
                                                         "(1 = real-world delays; default 0.25)."),
                                          QStringLiteral("scale"), QStringLiteral("0.25"));
    parser.addOptions({quick, json, only, latencyScale});
    parser.process(app);

    Options o;
    o.quick = parser.isSet(quick);
    o.json = parser.value(json);
    o.only = parser.values(only);
    o.binDir = QCoreApplication::applicationDirPath();
    bool scaleOk = false;
    o.latencyScale = parser.value(latencyScale).toDouble(&scaleOk);
    if (!scaleOk || o.latencyScale <= 0 || o.latencyScale > 100) {
        std::fprintf(stderr, "cairn-bench: --latency-scale must be a number above 0 and at most 100\n");
        return 2;
    }
    // "latency" names every latency-* group.
    if (o.only.removeAll(QStringLiteral("latency")) > 0)
        for (const QString &g : std::as_const(names))
            if (g.startsWith(QLatin1String("latency-")))
                o.only << g;
    for (const QString &g : std::as_const(o.only))
        if (!names.contains(g)) {
            std::fprintf(stderr, "cairn-bench: unknown group %s (%s)\n", qPrintable(g), qPrintable(names.join(QStringLiteral(", "))));
            return 2;
        }

    Report report;
    report.meta = {{QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                   {QStringLiteral("quick"), o.quick},
                   {QStringLiteral("latency_scale"), o.latencyScale},
                   {QStringLiteral("cpus"), QThread::idealThreadCount()},
                   {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                   {QStringLiteral("os"), QSysInfo::prettyProductName()},
                   {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                   {QStringLiteral("platform"), QGuiApplication::platformName()}};
    QElapsedTimer total;
    total.start();
    for (const ScenarioGroup &g : std::as_const(groups)) {
        if (!o.only.isEmpty() && !o.only.contains(g.name))
            continue;
        std::fprintf(stderr, "cairn-bench: == %s: %s\n", qPrintable(g.name), qPrintable(g.description));
        g.run(o, report);
    }
    report.meta.insert(QStringLiteral("total_ms"), total.elapsed());
    printTables(report);
    std::printf("total %.1f s\n", double(total.elapsed()) / 1000.0);

    QFile out(o.json);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cairn-bench: cannot write %s\n", qPrintable(o.json));
        return 1;
    }
    out.write(QJsonDocument(toJson(report)).toJson());
    std::printf("results written to %s\n", qPrintable(o.json));
    return 0;
}
