#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcInstance, "cairn.ui.instance")

namespace cairn {

namespace {
const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kAck = QByteArrayLiteral("ok\n");
constexpr int kWaitMs = 2000;
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QByteArray hash = QCryptographicHash::hash((user + QLatin1Char('\n') + dir).toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("cairn-") + QString::fromLatin1(hash.toHex().left(20));
}

bool SingleInstance::claim()
{
    if (m_server)
        return true;
    // Two processes starting at once: one looks and listens while the other waits here.
    QLockFile lock(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                       .filePath(m_name + QStringLiteral(".lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(kWaitMs))
        qCWarning(lcInstance) << "could not take" << lock.error() << "; going on without it";
    if (askRunningInstance())
        return false;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_name); // a socket file left by a crashed instance
    if (!server->listen(m_name)) {
        qCWarning(lcInstance) << "cannot listen on" << m_name << server->errorString()
                              << "; a second window will not be noticed";
        delete server;
        return true; // run anyway: a missing guard must not keep Cairn from starting
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::askRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kWaitMs))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(kWaitMs))
        return false;
    // A live instance answers; a hung one does not, and then we do not start a second window
    // on the same cache either: its socket still listens.
    while (socket.bytesAvailable() < kAck.size() && socket.waitForReadyRead(kWaitMs)) {
    }
    const bool acknowledged = socket.readAll().startsWith(kAck);
    if (!acknowledged)
        qCWarning(lcInstance) << "the running instance did not answer";
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            if (line == kRaise) {
                qCInfo(lcInstance) << "another Cairn was started on this data directory: showing the window";
                socket->write(kAck);
                socket->flush();
                Q_EMIT activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace cairn
