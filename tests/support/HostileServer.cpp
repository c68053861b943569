#include "HostileServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace cairn::test {

namespace {

// Reads one HTTP/1.1 request off `buffer` when it is all there: the head, then a
// Content-Length body. False while more is to come.
bool takeRequest(QByteArray &buffer, QByteArray *method, QByteArray *target,
                 QList<QPair<QByteArray, QByteArray>> *headers, QByteArray *body)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype length = 0;
    headers->clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        headers->append({name, value});
    }
    if (buffer.size() < end + 4 + length)
        return false;
    *method = requestLine.value(0);
    *target = requestLine.value(1);
    *body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return true;
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n";
}

} // namespace

HostileServer::HostileServer(QUrl upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("HostileServer cannot listen");
}

HostileServer::~HostileServer() = default;

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            QByteArray method, target, body;
            QList<QPair<QByteArray, QByteArray>> headers;
            if (socket->property("served").toBool() || !takeRequest(*buffer, &method, &target, &headers, &body))
                return;
            socket->setProperty("served", true); // one request a connection: answers say Connection: close
            ++m_requests;
            serve(socket, method, target, headers, body);
        });
    }
}

void HostileServer::serve(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                          const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    const bool targeted = m_target.isEmpty() || QString::fromUtf8(path).contains(m_target);
    const Mode mode = targeted ? m_mode : Mode::Pass;
    switch (mode) {
    case Mode::Pass:
        forward(socket, method, target, headers, body, {});
        return;
    case Mode::Redirect: {
        QUrl to = m_redirectTo;
        to.setPath(QString::fromUtf8(path));
        socket->write(statusLine(302) + "Location: " + to.toEncoded() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    case Mode::EndlessBody:
        endless(socket);
        return;
    case Mode::Unavailable:
        socket->write(statusLine(503) + "Retry-After: 300\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n{}");
        socket->disconnectFromHost();
        return;
    case Mode::FutureDates:
        forward(socket, method, target, headers, body, QByteArrayLiteral("future"));
        return;
    case Mode::ForeignLink:
        forward(socket, method, target, headers, body, QByteArrayLiteral("link"));
        return;
    case Mode::SlowBody:
        slow(socket);
        return;
    case Mode::ReplayListing: {
        const QByteArray key = method + ' ' + path;
        // A GET's query, or a POST's body (GraphQL: the same query after another cursor).
        const QByteArray query = method == "POST" ? body : target.mid(path.size());
        if ((method == "GET" || method == "POST") && m_firstAnswer.contains(key) && m_firstQuery.value(key) != query) {
            const Answer &a = m_firstAnswer[key];
            QByteArray head = statusLine(a.status);
            for (const auto &h : a.headers)
                head += h.first + ": " + h.second + "\r\n";
            head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n";
            socket->write(head + a.body);
            socket->disconnectFromHost();
            return;
        }
        if (!m_firstQuery.contains(key))
            m_firstQuery.insert(key, query);
        forward(socket, method, target, headers, body, m_firstQuery.value(key) == query ? key : QByteArray());
        return;
    }
    }
}

void HostileServer::forward(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                            const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                            const QByteArray &replayKey)
{
    QUrl url = m_upstream;
    url.setPath(QString());
    QNetworkRequest req(QUrl(url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash) + QString::fromUtf8(target)));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if (name != "connection" && name != "content-length" && name != "accept-encoding") // Host too: links name us
            req.setRawHeader(h.first, h.second);
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QPointer<QTcpSocket> to(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, to, replayKey] {
        reply->deleteLater();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        for (const auto &h : reply->rawHeaderPairs()) {
            const QByteArray name = h.first.toLower();
            if (name != "transfer-encoding" && name != "content-length" && name != "connection" && name != "content-encoding")
                a.headers.append(h);
        }
        if (replayKey == "future") {
            // A REST list: the first item's own updated_at (a pull's repositories have one too,
            // before it). Else GraphQL's first "updatedAt" (or any first "updated_at").
            QJsonDocument doc = QJsonDocument::fromJson(a.body);
            QJsonArray items = doc.array();
            if (!items.isEmpty() && items.first().toObject().contains(QLatin1String("updated_at"))) {
                QJsonObject first = items.first().toObject();
                first.insert(QStringLiteral("updated_at"), QStringLiteral("2030-01-01T00:00:00Z"));
                items.replace(0, first);
                a.body = QJsonDocument(items).toJson(QJsonDocument::Compact);
            } else {
                static const QRegularExpression updated(QStringLiteral("\"(updated_at|updatedAt)\"\\s*:\\s*\"[^\"]+\""));
                QString text = QString::fromUtf8(a.body);
                const QRegularExpressionMatch m = updated.match(text);
                if (m.hasMatch())
                    text.replace(m.capturedStart(), m.capturedLength(),
                                 QStringLiteral("\"%1\":\"2030-01-01T00:00:00Z\"").arg(m.captured(1)));
                a.body = text.toUtf8();
            }
        } else if (replayKey == "link") {
            for (auto &h : a.headers)
                if (h.first.compare("Link", Qt::CaseInsensitive) == 0)
                    h.second.replace(this->url().toEncoded(), m_redirectTo.toEncoded());
        } else if (!replayKey.isEmpty()) {
            m_firstAnswer.insert(replayKey, a);
        }
        if (!to)
            return;
        QByteArray head = statusLine(a.status ? a.status : 502);
        for (const auto &h : a.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n";
        to->write(head + a.body);
        to->disconnectFromHost();
    });
}

void HostileServer::endless(QTcpSocket *socket)
{
    socket->write(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    static const QByteArray chunk = QByteArray::number(1 << 20, 16) + "\r\n" + QByteArray(1 << 20, ' ') + "\r\n";
    const auto more = [this, socket] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 8 * chunk.size()
               && m_sent < kEndlessCap) {
            socket->write(chunk);
            m_sent += chunk.size();
        }
        if (m_sent >= kEndlessCap)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void HostileServer::slow(QTcpSocket *socket)
{
    socket->write(statusLine(200) + "Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n[");
    auto *timer = new QTimer(socket);
    QPointer<QTcpSocket> to(socket);
    int *ticks = new int(0);
    connect(timer, &QTimer::destroyed, [ticks] { delete ticks; });
    connect(timer, &QTimer::timeout, socket, [this, to, timer, ticks] {
        if (!to || to->state() != QAbstractSocket::ConnectedState || ++*ticks > 600) { // ten minutes at most
            timer->stop();
            return;
        }
        to->write(" ");
        ++m_sent;
    });
    timer->start(1000);
}

HostileServer::Catcher::Catcher(const QHostAddress &address)
{
    if (!listen(address, 0))
        qFatal("Catcher cannot listen on %s", qPrintable(address.toString()));
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray data = socket->readAll();
                received.append(data.left(data.indexOf("\r\n\r\n")));
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
                socket->disconnectFromHost();
            });
        }
    });
}

QUrl HostileServer::Catcher::origin() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(serverAddress().toString()).arg(serverPort()));
}

} // namespace cairn::test
