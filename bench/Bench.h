#pragma once
// cairn-bench: shared types and helpers of the performance scenarios (bench/README.md).
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bench {

// One line of a result table. `kind` picks the table: "sync" (wall time, calls, bytes, rows,
// RSS, database size), "latency" (n, median, p95, max) or "ratio" (Cairn, naive client and
// network floor of one sync with the simulator's latency). Metrics go to the JSON as they are.
struct Row
{
    QString kind;
    QString scenario;
    QJsonObject metrics;
};

// One target of the issue: met, or how far off. Never asserted.
struct Target
{
    QString name;
    QString limit;
    QString measured;
    bool met = false;
};

struct Options
{
    bool quick = false;
    QString json = QStringLiteral("bench-results.json");
    QStringList only; // scenario groups to run; empty: all
    QString binDir;   // where cairn and cairn-sim live (next to cairn-bench)
    double latencyScale = 0.25; // the latency scenarios: the simulator's --latency
};

struct Report
{
    QList<Row> rows;
    QList<Target> targets;
    QJsonObject meta;
    void add(const QString &kind, const QString &scenario, const QJsonObject &metrics);
    void target(const QString &name, const QString &limit, const QString &measured, bool met);
};

// A group of scenarios of one source (or of the window). Each source adds one function.
struct ScenarioGroup
{
    QString name;
    QString description;
    std::function<void(const Options &, Report &)> run;
};
QList<ScenarioGroup> googleScenarios();
QList<ScenarioGroup> windowScenarios();
QList<ScenarioGroup> jiraScenarios();
QList<ScenarioGroup> asanaScenarios();
QList<ScenarioGroup> gitHubScenarios();
QList<ScenarioGroup> latencyScenarios(); // latency-google, latency-asana, latency-github, latency-jira

// `cairn-sim` as a child process on loopback; its admin API, called synchronously.
class SimProcess
{
public:
    SimProcess(const Options &o, int contacts, quint32 seed = 1, const QStringList &extraArgs = {});
    ~SimProcess();
    QUrl baseUrl() const { return m_base; }             // http://127.0.0.1:PORT
    QUrl googleUrl() const;                             // .../google
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    int apiRequests();                                  // GET /_admin/requests total
    void resetRequests() { admin("DELETE", QStringLiteral("/_admin/requests")); }
    qint64 startupMs() const { return m_startupMs; }

private:
    QProcess m_proc;
    QUrl m_base;
    qint64 m_startupMs = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

// One untimed pass over the Google pages of a full listing, as the network floor does: the
// simulator serialises each contact on its first listing, so a warm pass comes first.
void warmGoogle(QNetworkAccessManager &nam, const QUrl &googleUrl);

inline const QByteArray kSimToken = QByteArrayLiteral("cairn-sim-token");

// Memory of this process, in KiB, from /proc/self/status.
qint64 vmHwmKiB();
qint64 vmRssKiB();
// Resets VmHWM to the current RSS (echo 5 > /proc/self/clear_refs); false where refused.
bool resetPeakRss();

// cairn.sqlite + -wal (+ -shm) in a data directory, bytes.
qint64 databaseBytes(const QString &dataDir);

// A child process run to its end with wait4(): exit status, its stdout, and its peak RSS.
struct ChildRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 maxRssKiB = 0;
    qint64 wallMs = 0;
};
ChildRun runChild(const QString &program, const QStringList &args, const QList<QPair<QByteArray, QByteArray>> &env);

// `cairn config set` of each pair in a data directory (a child `cairn`).
void configureChild(const Options &o, const QString &dataDir, const QList<QPair<QString, QString>> &settings);
// `cairn sync --source S --mode M --json` as a child against `sim`: wall and run time, calls
// (client and server), bytes, rows written, unchanged, peak RSS, database size.
QJsonObject syncChild(const Options &o, SimProcess &sim, const QString &source, const QString &mode, const QString &dataDir);
// The network floor of a run: the API GETs of `log` ("path?query"), `inFlight` at a time,
// with a bare QNetworkAccessManager, bodies thrown away.
QJsonObject replayFloor(SimProcess &sim, const QStringList &log, int inFlight);
// syncChild() with the simulator logging its GETs, then their replay: adds the floor row and
// the run's row (x_floor = the run's own duration / floor) to the report; returns the run.
QJsonObject syncWithFloor(const Options &o, SimProcess &sim, const QString &source, const QString &mode,
                          const QString &dataDir, const QString &name, Report &report, int inFlight);

// Statistics over samples in ms.
double median(QList<double> v);
double percentile(QList<double> v, double p);
double maxOf(const QList<double> &v);

// Runs the event loop until `done()` or `timeoutMs` passed; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

inline double mib(qint64 bytes) { return double(bytes) / (1024.0 * 1024.0); }
QString fmt(double v, int decimals = 1);

} // namespace bench
