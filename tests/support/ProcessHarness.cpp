#include "ProcessHarness.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace cairn::test {

QString ProcessHarness::binary(const char *name)
{
    return QStringLiteral(CAIRN_BIN_DIR "/") + QLatin1String(name);
}

ProcessHarness::ProcessHarness(const QStringList &simArguments)
{
    m_sim.setProgram(binary("cairn-sim"));
    m_sim.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + simArguments);
    m_sim.setProcessChannelMode(QProcess::SeparateChannels);
    m_sim.start();
    if (!m_sim.waitForStarted(10'000))
        qFatal("cairn-sim did not start");
    QByteArray line;
    while (!line.contains('\n') && m_sim.waitForReadyRead(30'000))
        line += m_sim.readAllStandardOutput();
    const QByteArray first = line.left(line.indexOf('\n')).trimmed();
    if (!first.startsWith("listening "))
        qFatal("cairn-sim said: %s", first.constData());
    m_simUrl = QUrl(QString::fromLatin1(first.mid(10)));
}

ProcessHarness::~ProcessHarness()
{
    m_sim.kill();
    m_sim.waitForFinished(5000);
}

QProcessEnvironment ProcessHarness::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAIRN_DATA_DIR"), m_data.path());
    env.insert(QStringLiteral("CAIRN_GOOGLE_API_URL"), m_simUrl.toString() + QStringLiteral("/google"));
    env.insert(QStringLiteral("CAIRN_GOOGLE_TOKEN"), QStringLiteral("cairn-sim-token"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;cairn.*.info=true"));
    env.insert(m_env);
    return env;
}

QJsonObject ProcessHarness::Result::json() const
{
    return QJsonDocument::fromJson(out).object();
}

std::unique_ptr<QProcess> ProcessHarness::startCairn(const QStringList &args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->start(binary("cairn"), args);
    p->waitForStarted(10'000);
    return p;
}

int ProcessHarness::killRuns(const QStringList &args, const QString &endpoint, int served, int jitterMs, int runs) const
{
    int kills = 0;
    for (int i = 0; i < runs; ++i) {
        const int before = requests(endpoint);
        auto p = startCairn(args);
        // (A loaded machine may take a while to start.)
        (void)QTest::qWaitFor([&] { return requests(endpoint) >= before + served || p->state() != QProcess::Running; }, 20000);
        QTest::qWait(int(QRandomGenerator::global()->bounded(jitterMs)));
        if (p->state() == QProcess::Running) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++kills;
        }
        p->waitForFinished();
    }
    return kills;
}

ProcessHarness::Result ProcessHarness::cairn(const QStringList &args, int timeoutMs, const QByteArray &input) const
{
    auto p = startCairn(args);
    p->write(input);
    p->closeWriteChannel();
    Result r;
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

QByteArray ProcessHarness::adminRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QNetworkAccessManager nam;
    QUrl url = m_simUrl;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

QJsonObject ProcessHarness::api(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token) const
{
    return QJsonDocument::fromJson(adminRaw(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                                            {{QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()}}))
        .object();
}

QJsonObject ProcessHarness::admin(const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    return QJsonDocument::fromJson(adminRaw(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()))
        .object();
}

int ProcessHarness::requests(const QString &endpoint) const
{
    return admin("GET", QStringLiteral("/_admin/requests"))
        .value(QLatin1String("by_endpoint")).toObject().value(endpoint).toInt();
}

} // namespace cairn::test
