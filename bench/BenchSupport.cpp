// cairn-bench: the simulator child process, memory probes, child runs and statistics.
#include "Bench.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace bench {

void Report::add(const QString &kind, const QString &scenario, const QJsonObject &metrics)
{
    rows.append(Row{kind, scenario, metrics});
}

void Report::target(const QString &name, const QString &limit, const QString &measured, bool met)
{
    targets.append(Target{name, limit, measured, met});
}

SimProcess::SimProcess(const Options &o, int contacts, quint32 seed, const QStringList &extraArgs)
    : m_nam(std::make_unique<QNetworkAccessManager>())
{
    const QString program = QDir(o.binDir).filePath(QStringLiteral("cairn-sim"));
    if (!QFileInfo(program).isExecutable())
        qFatal("cairn-bench: %s not found (build the cairn-sim target)", qPrintable(program));
    QElapsedTimer t;
    t.start();
    m_proc.setProcessChannelMode(QProcess::SeparateChannels);
    m_proc.setReadChannel(QProcess::StandardOutput);
    // Without the services' rate limits (docs/simulator.md): a minute's wait for Asana's 150
    // requests would be measured instead of Cairn.
    m_proc.start(program, QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QString::number(seed),
                           QStringLiteral("--contacts"), QString::number(contacts), QStringLiteral("--no-rate-limits")} + extraArgs);
    if (!m_proc.waitForStarted(10'000))
        qFatal("cairn-bench: cannot start %s", qPrintable(program));
    while (!m_proc.canReadLine()) {
        if (!m_proc.waitForReadyRead(120'000))
            qFatal("cairn-bench: cairn-sim printed no address: %s", m_proc.readAllStandardError().constData());
    }
    const QByteArray line = m_proc.readLine().trimmed();
    if (!line.startsWith("listening "))
        qFatal("cairn-bench: unexpected first line of cairn-sim: %s", line.constData());
    m_base = QUrl(QString::fromLatin1(line.mid(10)));
    m_startupMs = t.elapsed();
}

SimProcess::~SimProcess()
{
    m_proc.terminate();
    if (!m_proc.waitForFinished(5000)) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

QUrl SimProcess::googleUrl() const
{
    QUrl u = m_base;
    u.setPath(QStringLiteral("/google"));
    return u;
}

QJsonObject SimProcess::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200)
        qWarning("cairn-bench: admin %s %s answered %d: %s", method.constData(), qPrintable(path), status,
                 answer.left(200).constData());
    return QJsonDocument::fromJson(answer).object();
}

int SimProcess::apiRequests()
{
    return admin("GET", QStringLiteral("/_admin/requests")).value(QLatin1String("total")).toInt();
}

namespace {
qint64 statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
} // namespace

qint64 vmHwmKiB() { return statusKiB("VmHWM"); }
qint64 vmRssKiB() { return statusKiB("VmRSS"); }

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    if (f.write("5") != 1)
        return false;
    f.close();
    return vmHwmKiB() <= vmRssKiB() + 64;
}

qint64 databaseBytes(const QString &dataDir)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(QDir(dataDir).filePath(QStringLiteral("cairn.sqlite") + QLatin1String(suffix))).size();
    return total;
}

ChildRun runChild(const QString &program, const QStringList &args, const QList<QPair<QByteArray, QByteArray>> &env)
{
    ChildRun result;
    QTemporaryDir tmp;
    const QByteArray outPath = QDir(tmp.path()).filePath(QStringLiteral("out")).toLocal8Bit();
    const QByteArray errPath = QDir(tmp.path()).filePath(QStringLiteral("err")).toLocal8Bit();

    QList<QByteArray> argStore{program.toLocal8Bit()};
    for (const QString &a : args)
        argStore << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    QList<QByteArray> envStore;
    for (char **e = environ; *e; ++e) {
        const QByteArray kv(*e);
        bool overridden = false;
        for (const auto &p : env)
            overridden = overridden || kv.startsWith(p.first + '=');
        if (!overridden)
            envStore << kv;
    }
    for (const auto &p : env)
        envStore << p.first + '=' + p.second;
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        result.err = "posix_spawn failed";
        return result;
    }
    int status = 0;
    struct rusage ru = {};
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {
    }
    result.wallMs = t.elapsed();
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.maxRssKiB = ru.ru_maxrss; // KiB on Linux
    QFile out(QString::fromLocal8Bit(outPath));
    if (out.open(QIODevice::ReadOnly))
        result.out = out.readAll();
    QFile err(QString::fromLocal8Bit(errPath));
    if (err.open(QIODevice::ReadOnly))
        result.err = err.readAll();
    return result;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    // nearest rank
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(v.size())));
    return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

double maxOf(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

QString fmt(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace bench
