#pragma once
#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

class QTcpServer;

namespace cairn::test {

// An HTTP/1.1 proxy on 127.0.0.1 between `cairn` and `cairn-sim` that records every exchange
// as it went over the wire (the place Prism would take): request line, headers and body, the
// answer's status, headers and body. Bodies with Content-Length only (what both sides send);
// keep-alive works; an answer cut short by a fault is recorded as incomplete and the client's
// connection is closed too. Runs on threads of its own, so a test may block on a `cairn` run.
class RecordingProxy
{
public:
    struct Exchange
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> requestHeaders;
        QByteArray requestBody;
        int status = 0; // 0: no answer
        QList<QPair<QByteArray, QByteArray>> responseHeaders;
        QByteArray responseBody;
        bool complete = false;

        QByteArray requestHeader(const QByteArray &name) const;
        QByteArray responseHeader(const QByteArray &name) const;
    };

    explicit RecordingProxy(const QUrl &upstream);
    ~RecordingProxy();

    QUrl url() const { return m_url; } // http://127.0.0.1:PORT
    QList<Exchange> take();            // what was recorded so far, and forgets it

private:
    void acceptLoop(QTcpServer *server);
    void serve(qintptr descriptor);
    void record(Exchange e);

    QUrl m_upstream;
    QUrl m_url;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    QMutex m_mutex;
    std::vector<std::thread> m_connections; // guarded by m_mutex
    QList<Exchange> m_exchanges;            // guarded by m_mutex
};

} // namespace cairn::test
