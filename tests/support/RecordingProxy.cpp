#include "RecordingProxy.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <future>

namespace cairn::test {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
constexpr int kIdleMs = 120'000; // longer than any fault's delay

QByteArray headerOf(const Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// Reads until `enough` says the buffer holds what is wanted; false when the peer closed first,
// the proxy stops or nothing came for kIdleMs.
template<typename Enough>
bool readUntil(QTcpSocket &s, QByteArray &buffer, const std::atomic<bool> &stop, Enough enough)
{
    QElapsedTimer idle;
    idle.start();
    while (!enough()) {
        if (s.waitForReadyRead(100)) {
            buffer += s.readAll();
            idle.restart();
            continue;
        }
        buffer += s.readAll();
        if (enough())
            return true;
        if (stop || s.state() != QAbstractSocket::ConnectedState || idle.elapsed() > kIdleMs)
            return false;
    }
    return true;
}

// Hands each accepted descriptor over before Qt wraps it in a socket of the accepting thread.
class Acceptor : public QTcpServer
{
public:
    explicit Acceptor(std::function<void(qintptr)> take)
        : m_take(std::move(take))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_take(descriptor); }

private:
    std::function<void(qintptr)> m_take;
};

struct Head
{
    QByteArray raw;
    QByteArray firstLine;
    Headers headers;
};

// The head (up to the blank line) taken off the front of `buffer`.
bool readHead(QTcpSocket &s, QByteArray &buffer, const std::atomic<bool> &stop, Head &head)
{
    if (!readUntil(s, buffer, stop, [&] { return buffer.contains("\r\n\r\n"); }))
        return false;
    const qsizetype end = buffer.indexOf("\r\n\r\n") + 4;
    head.raw = buffer.left(end);
    buffer.remove(0, end);
    const QList<QByteArray> lines = head.raw.trimmed().split('\n');
    head.firstLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            head.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    return true;
}

} // namespace

QByteArray RecordingProxy::Exchange::requestHeader(const QByteArray &name) const
{
    return headerOf(requestHeaders, name);
}

QByteArray RecordingProxy::Exchange::responseHeader(const QByteArray &name) const
{
    return headerOf(responseHeaders, name);
}

RecordingProxy::RecordingProxy(const QUrl &upstream)
    : m_upstream(upstream)
{
    std::promise<quint16> port;
    std::future<quint16> listening = port.get_future();
    m_acceptor = std::thread([this, &port] {
        Acceptor server([this](qintptr fd) {
            QMutexLocker lock(&m_mutex);
            m_connections.emplace_back([this, fd] { serve(fd); }); // a socket of its own thread
        });
        server.setMaxPendingConnections(64);
        port.set_value(server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0);
        acceptLoop(&server);
    });
    const quint16 p = listening.get();
    if (p == 0)
        qFatal("RecordingProxy: cannot listen on 127.0.0.1");
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(p));
}

RecordingProxy::~RecordingProxy()
{
    m_stop = true;
    m_acceptor.join();
    std::vector<std::thread> connections;
    {
        QMutexLocker lock(&m_mutex);
        connections.swap(m_connections);
    }
    for (std::thread &t : connections)
        t.join();
}

QList<RecordingProxy::Exchange> RecordingProxy::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_exchanges, {});
}

void RecordingProxy::record(Exchange e)
{
    QMutexLocker lock(&m_mutex);
    m_exchanges.append(std::move(e));
}

void RecordingProxy::acceptLoop(QTcpServer *server)
{
    while (!m_stop)
        server->waitForNewConnection(100); // Acceptor::incomingConnection starts serve()
}

void RecordingProxy::serve(qintptr descriptor)
{
    QTcpSocket client;
    if (!client.setSocketDescriptor(descriptor))
        return;
    QTcpSocket upstream;
    QByteArray fromClient, fromUpstream;
    while (!m_stop) {
        Head request;
        if (!readHead(client, fromClient, m_stop, request))
            break;
        Exchange e;
        const QList<QByteArray> parts = request.firstLine.split(' ');
        e.method = parts.value(0);
        e.target = parts.value(1);
        e.requestHeaders = request.headers;
        const qsizetype length = headerOf(request.headers, "Content-Length").toLongLong();
        if (!readUntil(client, fromClient, m_stop, [&] { return fromClient.size() >= length; }))
            break;
        e.requestBody = fromClient.left(length);
        fromClient.remove(0, length);

        if (upstream.state() != QAbstractSocket::ConnectedState) {
            upstream.abort();
            fromUpstream.clear();
            upstream.connectToHost(m_upstream.host(), quint16(m_upstream.port()));
            if (!upstream.waitForConnected(10'000)) {
                record(std::move(e));
                break;
            }
        }
        upstream.write(request.raw + e.requestBody);
        upstream.flush();
        Head response;
        if (!readHead(upstream, fromUpstream, m_stop, response)) { // dropped by a fault
            record(std::move(e));
            break;
        }
        e.status = response.firstLine.split(' ').value(1).toInt();
        e.responseHeaders = response.headers;
        const QByteArray lengthText = headerOf(response.headers, "Content-Length");
        const bool noBody = e.status == 204 || e.status == 304 || e.status < 200;
        const qsizetype bodyLength = noBody ? 0 : lengthText.isEmpty() ? -1 : lengthText.toLongLong();
        e.complete = readUntil(upstream, fromUpstream, m_stop,
                               [&] { return bodyLength >= 0 && fromUpstream.size() >= bodyLength; });
        e.responseBody = bodyLength >= 0 ? fromUpstream.left(bodyLength) : fromUpstream;
        fromUpstream.remove(0, e.responseBody.size());
        if (bodyLength < 0)
            e.complete = true; // read to the end of the connection
        client.write(response.raw + e.responseBody);
        client.flush();
        const bool close = !e.complete || headerOf(response.headers, "Connection").compare("close", Qt::CaseInsensitive) == 0
                           || bodyLength < 0;
        record(std::move(e));
        if (close)
            break;
    }
    if (client.state() == QAbstractSocket::ConnectedState)
        client.waitForBytesWritten(5000);
    client.disconnectFromHost();
    upstream.abort();
}

} // namespace cairn::test
