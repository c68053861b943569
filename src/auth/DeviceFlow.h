#pragma once
#include "OAuthConfig.h"
#include "TokenEndpoint.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <QNetworkAccessManager>

namespace cairn {

class Cancellation;
class Clock;

// GitHub's device flow (RFC 8628): ask for a user code, show it with the verification
// address, poll the token endpoint at the interval the service asks for
// (authorization_pending: wait; slow_down: wait 5 s longer; expired_token / access_denied:
// give up with a clear error). No client secret and no loopback listener.
class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    DeviceFlow(OAuthConfig config, QNetworkAccessManager *nam, const Clock *clock = nullptr, QObject *parent = nullptr);

    QCoro::Task<OAuthTokens> run(); // throws Error
    void cancel();

Q_SIGNALS:
    void userCode(const QString &code, const QUrl &verificationUri);

private:
    OAuthConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    const Clock *m_clock;
    Cancellation *m_cancel;
};

} // namespace cairn
