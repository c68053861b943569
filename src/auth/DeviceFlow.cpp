#include "DeviceFlow.h"
#include "Cancellation.h"
#include "Clock.h"
#include "Error.h"
#include "HttpClient.h"
#include "Settings.h"

#include <QCoroSignal>
#include <QTimer>

namespace cairn {

DeviceFlow::DeviceFlow(OAuthConfig config, QNetworkAccessManager *nam, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(nam)
    , m_clock(clock ? clock : &Clock::system())
    , m_cancel(new Cancellation(this))
{
}

void DeviceFlow::cancel()
{
    m_cancel->cancel();
}

QCoro::Task<OAuthTokens> DeviceFlow::run()
{
    if (m_config.deviceUrl.isEmpty())
        throw Error(Error::Kind::Config, tr("%1 has no device sign-in").arg(Settings::displayName(m_config.source)));
    HttpClient http(m_nam);
    http.setCancellation(m_cancel);
    QUrlQuery ask;
    ask.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(m_config.clientId)));
    ask.addQueryItem(QStringLiteral("scope"), QString::fromUtf8(QUrl::toPercentEncoding(m_config.scope)));
    const TokenAnswer codes = co_await oauth::postForm(http, m_config.deviceUrl, ask);
    const QString deviceCode = codes.body.value(QLatin1String("device_code")).toString();
    const QString user = codes.body.value(QLatin1String("user_code")).toString();
    if (!codes.ok() || deviceCode.isEmpty() || user.isEmpty())
        throw oauth::refusal(m_config, codes);
    int interval = std::max(1, codes.body.value(QLatin1String("interval")).toInt(5));
    const qint64 expiresIn = std::max(60, codes.body.value(QLatin1String("expires_in")).toInt(900));
    Q_EMIT userCode(user, QUrl(codes.body.value(QLatin1String("verification_uri")).toString()));

    QUrlQuery poll;
    poll.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(m_config.clientId)));
    poll.addQueryItem(QStringLiteral("device_code"), QString::fromUtf8(QUrl::toPercentEncoding(deviceCode)));
    poll.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"));
    qint64 waited = 0;
    for (;;) {
        QTimer timer;
        timer.setSingleShot(true);
        connect(m_cancel, &Cancellation::cancelled, &timer, [&timer] { timer.start(0); });
        timer.start(interval * 1000);
        co_await qCoro(&timer, &QTimer::timeout);
        m_cancel->throwIfCancelled();
        waited += interval;
        const TokenAnswer a = co_await oauth::postForm(http, m_config.tokenUrl, poll);
        if (a.ok() && !a.body.value(QLatin1String("access_token")).toString().isEmpty())
            co_return OAuthTokens::fromAnswer(a.body, m_clock->now());
        if (a.error() == QLatin1String("authorization_pending") && waited < expiresIn)
            continue;
        if (a.error() == QLatin1String("slow_down") && waited < expiresIn) {
            interval += 5;
            continue;
        }
        if (a.error() == QLatin1String("expired_token") || waited >= expiresIn)
            throw Error(Error::Kind::Auth, tr("the code %1 expired before it was entered; start again").arg(user));
        throw oauth::refusal(m_config, a);
    }
}

} // namespace cairn
