#pragma once
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace cairn::test {

// A server as hostile as a real one can be, between Cairn and the simulator: on 127.0.0.1, it
// passes requests on to `upstream` unless told to misbehave. Only loopback: every redirect it
// sends points at another loopback origin (another port, or 127.0.0.2), never off the machine.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Pass,          // forward to the upstream, answer what it answered
        Redirect,      // 302 to the same path on another origin (the Catcher's)
        EndlessBody,   // 200, chunked, never ends (bounded by kEndlessCap bytes sent)
        SlowBody,      // 200, Content-Length 1 MB, one byte a second
        ReplayListing, // a GET to a path seen before with another query: the first answer again
        Unavailable,   // 503 with Retry-After: 300
        FutureDates,   // forward, with the first item's "updated_at" of a listing moved to 2030
        ForeignLink,   // forward, with the Link header's pages moved to the redirect origin
    };
    static constexpr qint64 kEndlessCap = 1LL * 1024 * 1024 * 1024; // it stops by itself

    explicit HostileServer(QUrl upstream, QObject *parent = nullptr);
    ~HostileServer() override;

    void setMode(Mode m) { m_mode = m; }
    // Misbehave only on requests whose path contains `part` (others pass); "" = all.
    void setTarget(const QString &part) { m_target = part; }
    void setRedirectTo(const QUrl &origin) { m_redirectTo = origin; }
    QUrl url() const;
    int requests() const { return m_requests; }
    qint64 bytesSent() const { return m_sent; }

    // Another origin that only records what reaches it (and answers 200 {}).
    class Catcher : public QTcpServer
    {
    public:
        explicit Catcher(const QHostAddress &address = QHostAddress::LocalHost);
        QUrl origin() const;
        QList<QByteArray> received; // each request's head (request line and headers)
    };

private:
    void onConnection();
    void serve(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
               const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    void forward(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, const QByteArray &replayKey);
    void endless(QTcpSocket *socket);
    void slow(QTcpSocket *socket);

    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QUrl m_upstream;
    QUrl m_redirectTo;
    Mode m_mode = Mode::Pass;
    QString m_target;
    int m_requests = 0;
    qint64 m_sent = 0;
    struct Answer
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    QHash<QByteArray, QByteArray> m_firstQuery; // path → the query of its first request
    QHash<QByteArray, Answer> m_firstAnswer;     // path → the answer to it
};

} // namespace cairn::test
