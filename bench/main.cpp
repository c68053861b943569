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
    groups << googleScenarios() << windowScenarios() << asanaScenarios() << gitHubScenarios() << jiraScenarios();

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
                                  QStringLiteral("Run only this group (%1); repeatable.").arg(names.join(QStringLiteral(", "))),
                                  QStringLiteral("group"));
    parser.addOptions({quick, json, only});
    parser.process(app);

    Options o;
    o.quick = parser.isSet(quick);
    o.json = parser.value(json);
    o.only = parser.values(only);
    o.binDir = QCoreApplication::applicationDirPath();
    for (const QString &g : std::as_const(o.only))
        if (!names.contains(g)) {
            std::fprintf(stderr, "cairn-bench: unknown group %s (%s)\n", qPrintable(g), qPrintable(names.join(QStringLiteral(", "))));
            return 2;
        }

    Report report;
    report.meta = {{QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                   {QStringLiteral("quick"), o.quick},
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
