#pragma once
#include "Error.h"
#include "OAuthConfig.h"
#include "TokenEndpoint.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

#include <QNetworkAccessManager>
class QOAuth2AuthorizationCodeFlow;

namespace cairn {

class Clock;
class LoopbackReplyHandler;

// The authorization-code flow for installed apps over QtNetworkAuth: a loopback redirect on
// 127.0.0.1 (a random port, or the fixed registered one), PKCE S256 added through
// setModifyParametersFunction (Qt 6.4 has none), a random `state` of our own (Qt 6.4's is
// seeded by the time) that is checked on the way back, and the service's refusal reported
// as an Error (Qt 6.4 only logs it). The browser is the caller's: it receives
// authorizeUrl() and opens it (or prints it).
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    OAuthFlow(OAuthConfig config, QByteArray clientSecret, QNetworkAccessManager *nam, const Clock *clock = nullptr,
              QObject *parent = nullptr);
    ~OAuthFlow() override;

    void setTimeout(std::chrono::milliseconds t) { m_timeout = t; }
    // Runs the whole flow; throws Error (refused, wrong state, timeout, cancelled).
    QCoro::Task<OAuthTokens> run();
    void cancel();

    QString redirectUri() const;

Q_SIGNALS:
    void authorizeUrl(const QUrl &url);
    void done(); // (internal) the flow ended, successfully or not

private:
    void fail(Error e);
    void onCallback(const QVariantMap &data);

    OAuthConfig m_config;
    QByteArray m_secret;
    QPointer<QNetworkAccessManager> m_nam;
    const Clock *m_clock;
    std::chrono::milliseconds m_timeout{10 * 60'000};
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    QTimer m_timer;
    QString m_state;
    QByteArray m_verifier;
    QJsonObject m_answer;
    std::optional<Error> m_error;
    bool m_finished = false;
};

// PKCE (RFC 7636): a verifier of 86 characters and its S256 challenge.
namespace pkce {
QByteArray newVerifier();
QByteArray challenge(const QByteArray &verifier);
QString randomState();
} // namespace pkce

} // namespace cairn
