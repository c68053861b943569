#include "sim/CloudSimulator.h"

#include "sim/Services.h"

#include <utility>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sim {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

HttpRequest copyRequest(const QHttpServerRequest &r)
{
    HttpRequest out;
    out.method = methodName(r.method());
    const QUrl url = r.url();
    out.path = url.path(QUrl::FullyDecoded);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    out.query = parseFormEncoded(query);
    out.headers = r.headers();
    out.body = r.body();
    return out;
}
} // namespace

CloudSimulator::CloudSimulator(const Options &o, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(o)
    , m_limits(m_clock)
    , m_latency(o.latency, o.seed)
    , m_oauth(std::make_unique<OAuthService>(m_clock, o.seed))
{
    m_oauth->setStaticToken(o.accessToken);
    const SimContext context{m_options, m_clock, *m_oauth, m_limits};
    for (const SimServiceDescriptor *d : Services::all()) {
        m_services.push_back(d->make(context));
        if (d->oauth)
            m_oauth->registerSource(d->id, d->oauth(o));
    }
}

CloudSimulator::~CloudSimulator() = default;

quint16 CloudSimulator::listenLocal(quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    return m_port;
}

QUrl CloudSimulator::baseUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

QJsonObject CloudSimulator::requestCounts() const
{
    QJsonObject by;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        by.insert(it.key(), it.value());
    return {{QStringLiteral("total"), m_total}, {QStringLiteral("by_endpoint"), by},
            {QStringLiteral("rate_limits"), m_limits.stats()}};
}

void CloudSimulator::resetRequestCounts()
{
    m_counts.clear();
    m_total = 0;
    m_limits.resetStats();
}

void CloudSimulator::startRequestLog()
{
    m_log.clear();
    m_logging = true;
}

QStringList CloudSimulator::takeRequestLog()
{
    m_logging = false;
    return std::exchange(m_log, QStringList());
}

QList<SimService *> CloudSimulator::services() const
{
    QList<SimService *> out;
    for (const auto &s : m_services)
        out << s.get();
    return out;
}

SimService *CloudSimulator::service(const QString &id) const
{
    for (const auto &s : m_services)
        if (s->id() == id)
            return s.get();
    return nullptr;
}

SimService *CloudSimulator::serviceFor(const QString &path) const
{
    for (const auto &s : m_services)
        for (const QString &prefix : s->prefixes())
            if (path.startsWith(prefix))
                return s.get();
    return nullptr;
}

SimService *CloudSimulator::apiServiceOf(const HttpRequest &request) const
{
    SimService *s = serviceFor(request.path);
    return s && s->isApiCall(request) ? s : nullptr;
}

QJsonObject CloudSimulator::groundTruth(const QString &source) const
{
    const SimService *s = service(source);
    return s ? s->groundTruth() : QJsonObject();
}

bool CloudSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest req = copyRequest(request);
    if (req.path.startsWith(QLatin1String("/_admin/")) || req.path == QLatin1String("/_admin")) {
        const bool close = req.header("Connection").toLower() == "close";
        write(socket, handleAdmin(req), close, false);
        return true;
    }
    if (m_clientGone) {
        socket->abort();
        return true;
    }
    ++m_total;
    ++m_counts[QString::fromLatin1(req.method) + u' ' + req.path];
    if (m_logging && req.method == "GET")
        m_log << (req.query.isEmpty() ? req.path : req.path + u'?' + req.query.toString(QUrl::FullyEncoded));
    // The in-flight limits refuse at once; an admitted request holds its place until its
    // answer is written (serve) or its client is gone.
    if (SimService *service = apiServiceOf(req)) {
        if (const std::optional<HttpReply> busy = service->arrive(req)) {
            write(socket, *busy, req.header("Connection").toLower() == "close", false);
            return true;
        }
    }
    const std::optional<Fault> fault = m_faults.take(req.method, req.path);
    if (fault && fault->delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, this, [this, req, guard, fault] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                serve(req, guard, fault);
            else if (SimService *service = apiServiceOf(req))
                service->leave(req);
        });
        return true;
    }
    serve(req, socket, fault);
    return true;
}

void CloudSimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    write(socket, HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("No such endpoint.")), false, false);
}

void CloudSimulator::serve(const HttpRequest &req, QTcpSocket *socket, const std::optional<Fault> &fault)
{
    // The request leaves the rate limits' in-flight count when its answer is written.
    SimService *service = apiServiceOf(req);
    const bool kill = fault && fault->onKill;
    if (kill && fault->killAfterApply)
        route(req); // made on the service; its answer never written
    if (kill)
        fault->onKill(req);
    if (m_clientGone || (fault && fault->drop) || kill) {
        socket->abort();
        if (service)
            service->leave(req);
        return;
    }
    HttpReply reply = fault && fault->status != 0 ? defaultFaultReply(req, *fault) : route(req);
    if (fault) {
        for (const auto &h : fault->headers)
            reply.headers.append(h);
    }
    const bool close = req.header("Connection").toLower() == "close";
    const bool truncate = fault && fault->truncate;
    const int delay = m_latency.answered(req, reply); // the answer's real-world latency (0: off)
    if (delay > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, guard, reply, close, truncate, service, req] {
            if (guard && m_clientGone)
                guard->abort();
            else if (guard)
                write(guard, reply, close, truncate);
            if (service)
                service->leave(req);
        });
        return;
    }
    write(socket, reply, close, truncate);
    if (service)
        service->leave(req);
}

HttpReply CloudSimulator::defaultFaultReply(const HttpRequest &req, const Fault &fault) const
{
    HttpReply r;
    r.status = fault.status;
    if (!fault.body.isEmpty()) {
        r.body = fault.body;
        const QByteArray t = fault.body.trimmed();
        if (!t.startsWith('{') && !t.startsWith('['))
            r.contentType = "text/plain; charset=UTF-8";
        return r;
    }
    // In the shape of the service the path belongs to — its API, or its sign-in under
    // /oauth/<id>/; any other path gets a plain JSON error.
    const SimService *service = serviceFor(req.path);
    if (!service && req.path.startsWith(QLatin1String("/oauth/")))
        service = this->service(req.path.section(u'/', 2, 2));
    if (service)
        return service->faultReply(fault.status);
    return HttpReply::json(fault.status, {{QStringLiteral("error"), QStringLiteral("Injected fault.")}});
}

HttpReply CloudSimulator::route(const HttpRequest &req)
{
    if (SimService *service = serviceFor(req.path))
        return service->answer(req);
    if (req.path.startsWith(QLatin1String("/oauth/"))) {
        const QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts); // oauth, source, action
        if (parts.size() == 3)
            return m_oauth->handle(parts[1], parts[2], req);
    }
    return SimService::noSuchEndpoint(req);
}

void CloudSimulator::write(QTcpSocket *socket, const HttpReply &reply, bool close, bool truncate)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray bytes = serializeHead(reply, m_clock.now(), close);
    if (truncate) {
        bytes += reply.body.left(reply.body.size() / 2);
        socket->write(bytes);
        socket->disconnectFromHost();
        return;
    }
    bytes += reply.body;
    socket->write(bytes);
    if (close)
        socket->disconnectFromHost();
}

} // namespace sim
