#include "sim/CloudSimulator.h"

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
    , m_limits(o, m_clock)
    , m_latency(o.latency, o.seed)
    , m_google(std::make_unique<GoogleService>(o, m_clock))
    , m_asana(std::make_unique<AsanaService>(o, m_clock))
    , m_github(std::make_unique<GitHubService>(o, m_clock))
    , m_jira(std::make_unique<JiraService>(o, m_clock))
    , m_gitlab(std::make_unique<GitLabService>(o, m_clock)) // gitlab: registered in sim/Services.cpp once it exists
    , m_oauth(std::make_unique<OAuthService>(m_clock, o.seed))
{
    m_oauth->setStaticToken(o.accessToken);
    OAuthClientConfig google;
    google.clientId = o.oauthClientId;
    google.clientSecret = o.oauthClientSecret;
    google.requireSecret = o.requireClientSecret;
    google.rotateRefreshTokens = o.rotateRefreshTokens;
    google.accessTokenLifetimeSeconds = o.accessTokenLifetimeSeconds;
    google.refreshNeedsOffline = true;
    m_oauth->registerSource(QStringLiteral("google"), google);
    // The other services' sign-in, as docs/api-notes.md describes it: Asana wants the client
    // secret; GitHub (as a GitHub App) and Jira rotate refresh tokens; GitHub has the device
    // flow, Jira the accessible-resources list of cloud ids.
    OAuthClientConfig asana = google;
    asana.refreshNeedsOffline = false;
    asana.requireSecret = true;
    m_oauth->registerSource(QStringLiteral("asana"), asana);
    OAuthClientConfig github = asana;
    github.rotateRefreshTokens = true;
    github.deviceFlow = true;
    m_oauth->registerSource(QStringLiteral("github"), github);
    OAuthClientConfig jira = asana;
    jira.rotateRefreshTokens = true;
    jira.accessibleResources = true;
    m_oauth->registerSource(QStringLiteral("jira"), jira);
    OAuthClientConfig gitlab = asana; // gitlab: registered in sim/Services.cpp once it exists
    gitlab.requireSecret = false; // gitlab: registered in sim/Services.cpp once it exists
    gitlab.rotateRefreshTokens = true; // gitlab: registered in sim/Services.cpp once it exists
    gitlab.accessTokenLifetimeSeconds = 7200; // gitlab: registered in sim/Services.cpp once it exists
    m_oauth->registerSource(QStringLiteral("gitlab"), gitlab); // gitlab: registered in sim/Services.cpp once it exists
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

QJsonObject CloudSimulator::groundTruth(const QString &source) const
{
    if (source == QLatin1String("google"))
        return m_google->groundTruth();
    if (source == QLatin1String("asana"))
        return m_asana->groundTruth();
    if (source == QLatin1String("github"))
        return m_github->groundTruth();
    if (source == QLatin1String("jira"))
        return m_jira->groundTruth();
    if (source == QLatin1String("gitlab")) // gitlab: registered in sim/Services.cpp once it exists
        return m_gitlab->groundTruth(); // gitlab: registered in sim/Services.cpp once it exists
    return {};
}

bool CloudSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest req = copyRequest(request);
    if (GitLabService::isAdminPath(req.path)) { // gitlab: registered in sim/Services.cpp once it exists
        write(socket, m_gitlab->admin(req), req.header("Connection").toLower() == "close", false); // gitlab: registered in sim/Services.cpp once it exists
        return true; // gitlab: registered in sim/Services.cpp once it exists
    } // gitlab: registered in sim/Services.cpp once it exists
    if (req.path.startsWith(QLatin1String("/_admin/")) || req.path == QLatin1String("/_admin")) {
        const bool close = req.header("Connection").toLower() == "close";
        write(socket, handleAdmin(req), close, false);
        return true;
    }
    ++m_total;
    ++m_counts[QString::fromLatin1(req.method) + u' ' + req.path];
    if (m_logging && req.method == "GET")
        m_log << (req.query.isEmpty() ? req.path : req.path + u'?' + req.query.toString(QUrl::FullyEncoded));
    // The in-flight limits refuse at once; an admitted request holds its place until its
    // answer is written (serve) or its client is gone.
    if (const auto service = RateLimits::serviceOf(req.path)) {
        if (const std::optional<HttpReply> busy = m_limits.arrive(*service, req)) {
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
            else if (const auto service = RateLimits::serviceOf(req.path))
                m_limits.leave(*service, req);
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
    const std::optional<RateLimits::Service> service = RateLimits::serviceOf(req.path);
    if (fault && fault->drop) {
        socket->abort();
        if (service)
            m_limits.leave(*service, req);
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
            if (guard)
                write(guard, reply, close, truncate);
            if (service)
                m_limits.leave(*service, req);
        });
        return;
    }
    write(socket, reply, close, truncate);
    if (service)
        m_limits.leave(*service, req);
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
    if (req.path.startsWith(QLatin1String("/asana/"))) {
        if (fault.status == 429)
            return AsanaService::error(429, QStringLiteral("You've made too many requests and hit a rate limit. Please retry after the given amount of time."));
        return AsanaService::error(fault.status, fault.status >= 500
                                                     ? QStringLiteral("Server Error (phrase: sim flaky otter %1)").arg(fault.status)
                                                     : QStringLiteral("Injected fault."));
    }
    if (req.path.startsWith(QLatin1String("/github/")))
        return GitHubService::error(fault.status, fault.status == 403 || fault.status == 429
                                                      ? QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")
                                                      : QStringLiteral("Injected fault."));
    if (req.path.startsWith(QLatin1String("/gitlab/"))) // gitlab: registered in sim/Services.cpp once it exists
        return GitLabService::faultReply(fault.status); // gitlab: registered in sim/Services.cpp once it exists
    if (req.path.startsWith(QLatin1String("/jira/")))
        return JiraService::error(fault.status, fault.status == 429 ? QStringLiteral("Rate limit exceeded.")
                                                                    : QStringLiteral("Injected fault."));
    QString status = QStringLiteral("UNKNOWN");
    QString message = QStringLiteral("Injected fault.");
    switch (fault.status) {
    case 400: status = QStringLiteral("INVALID_ARGUMENT"); message = QStringLiteral("Request contains an invalid argument."); break;
    case 401: status = QStringLiteral("UNAUTHENTICATED"); message = QStringLiteral("Request had invalid authentication credentials."); break;
    case 403: status = QStringLiteral("PERMISSION_DENIED"); message = QStringLiteral("The caller does not have permission"); break;
    case 404: status = QStringLiteral("NOT_FOUND"); message = QStringLiteral("Requested entity was not found."); break;
    case 429: status = QStringLiteral("RESOURCE_EXHAUSTED");
        message = QStringLiteral("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'people.googleapis.com'.");
        break;
    case 500: status = QStringLiteral("INTERNAL"); message = QStringLiteral("Internal error encountered."); break;
    case 502: status = QStringLiteral("UNAVAILABLE"); message = QStringLiteral("Bad Gateway"); break;
    case 503: status = QStringLiteral("UNAVAILABLE"); message = QStringLiteral("The service is currently unavailable."); break;
    case 504: status = QStringLiteral("DEADLINE_EXCEEDED"); message = QStringLiteral("Deadline exceeded."); break;
    default: break;
    }
    Q_UNUSED(req);
    return HttpReply::googleError(fault.status, status, message);
}

HttpReply CloudSimulator::route(const HttpRequest &req)
{
    if (req.path.startsWith(QLatin1String("/google-photos/")))
        return GoogleService::photo(req);
    if (req.path.startsWith(QLatin1String("/google/"))) {
        if (!m_oauth->isValidAccessToken(QStringLiteral("google"), req.bearerToken())) {
            HttpReply r = HttpReply::googleError(
                401, QStringLiteral("UNAUTHENTICATED"),
                QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, login "
                               "cookie or other valid authentication credential. See "
                               "https://developers.google.com/identity/sign-in/web/devconsole-project."));
            r.addHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
            return r;
        }
        if (std::optional<HttpReply> refused = m_limits.admit(RateLimits::Service::Google, req))
            return *refused;
        return m_google->handle(req);
    }
    if (req.path.startsWith(QLatin1String("/asana/api/1.0/")) || req.path == QLatin1String("/asana/api/1.0")) {
        if (!m_oauth->isValidAccessToken(QStringLiteral("asana"), req.bearerToken()))
            return AsanaService::error(401, QStringLiteral("Not Authorized"));
        if (std::optional<HttpReply> refused = m_limits.admit(RateLimits::Service::Asana, req))
            return *refused;
        return m_asana->handle(req);
    }
    if (req.path.startsWith(QLatin1String("/github/applications/")) && req.method == "DELETE") {
        const QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts); // github, applications, id, token
        if (parts.size() == 4 && parts[3] == QLatin1String("token"))
            return m_oauth->revokeGitHubApplicationToken(parts[2], req);
    }
    if (req.path.startsWith(QLatin1String("/github/"))) {
        // GitHub takes "Bearer TOKEN" and the older "token TOKEN".
        QString token = req.bearerToken();
        const QByteArray auth = req.header("Authorization").trimmed();
        if (token.isEmpty() && auth.toLower().startsWith("token "))
            token = QString::fromLatin1(auth.mid(6).trimmed());
        if (token.isEmpty() && auth.isEmpty()) // no credentials at all
            return GitHubService::error(401, QStringLiteral("Requires authentication"),
                                        QStringLiteral("https://docs.github.com/rest"));
        if (!m_oauth->isValidAccessToken(QStringLiteral("github"), token))
            return GitHubService::error(401, QStringLiteral("Bad credentials"));
        if (std::optional<HttpReply> refused = m_limits.admit(RateLimits::Service::GitHub, req))
            return *refused;
        return m_github->handle(req);
    }
    if (req.path.startsWith(QLatin1String("/jira/rest/api/3/"))) {
        if (!jiraAuthorized(req))
            return JiraService::error(401, QStringLiteral("Client must be authenticated to access this resource."));
        if (std::optional<HttpReply> refused = m_limits.admit(RateLimits::Service::Jira, req))
            return *refused;
        HttpReply reply = m_jira->handle(req);
        m_limits.charge(RateLimits::Service::Jira, req, reply);
        return reply;
    }
    if (req.path.startsWith(QLatin1String("/gitlab/"))) // gitlab: registered in sim/Services.cpp once it exists
        return m_gitlab->handle(req, *m_oauth); // gitlab: registered in sim/Services.cpp once it exists
    if (req.path.startsWith(QLatin1String("/oauth/"))) {
        const QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts); // oauth, source, action
        if (parts.size() == 3)
            return m_oauth->handle(parts[1], parts[2], req);
    }
    return HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("No such endpoint: ") + req.path);
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
