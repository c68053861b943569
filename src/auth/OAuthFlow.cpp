#include "OAuthFlow.h"
#include "Clock.h"
#include "HttpClient.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include <functional>

Q_LOGGING_CATEGORY(lcOAuth, "cairn.auth.oauth")

namespace cairn {

namespace pkce {

namespace {
QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(b.data()),
                                         reinterpret_cast<quint32 *>(b.data()) + n / 4);
    return b;
}
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QByteArray newVerifier()
{
    return randomBytes(64).toBase64(kB64); // 86 characters of [A-Za-z0-9-_]
}

QByteArray challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kB64);
}

QString randomState()
{
    return QString::fromLatin1(randomBytes(24).toBase64(kB64));
}

} // namespace pkce

// The loopback listener. It also reads the token endpoint's answer itself: Qt 6.4 drops a
// refusal (a 400 with {"error":"invalid_grant"}) with a log line and never says so.
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    LoopbackReplyHandler(quint16 port, QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
    {
    }
    std::function<void(const TokenAnswer &)> onAnswer;
    std::function<void(const QUrl &from, const QUrl &to)> onRedirect;

    void networkReplyFinished(QNetworkReply *reply) override
    {
        if (reply->error() == QNetworkReply::InsecureRedirectError) {
            if (onRedirect)
                onRedirect(reply->url(), reply->url().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location")))));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const TokenAnswer answer = TokenAnswer::parse(status, reply->readAll());
        if (onAnswer)
            onAnswer(answer);
        if (answer.ok())
            Q_EMIT tokensReceived(answer.body.toVariantMap());
    }
};

OAuthFlow::OAuthFlow(OAuthConfig config, QByteArray clientSecret, QNetworkAccessManager *nam, const Clock *clock,
                     QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secret(std::move(clientSecret))
    , m_nam(nam)
    , m_clock(clock ? clock : &Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Error(Error::Kind::Auth, tr("no answer from the browser within %n minute(s); sign-in cancelled", nullptr,
                                         int(std::max<qint64>(1, m_timeout.count() / 60'000)))));
    });
}

OAuthFlow::~OAuthFlow() = default;

QString OAuthFlow::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

void OAuthFlow::fail(Error e)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(e);
    m_timer.stop();
    if (m_handler)
        m_handler->close();
    Q_EMIT done();
}

void OAuthFlow::cancel()
{
    fail(Error(Error::Kind::Cancelled, tr("sign-in cancelled")));
}

void OAuthFlow::onCallback(const QVariantMap &data)
{
    if (data.value(QStringLiteral("state")).toString() != m_state) {
        // Not the answer to our request: a request to the loopback address without our state
        // (a forged or stale redirect, a page or program poking the port). Its code is never
        // exchanged (Qt checks the state too), nor may it end the sign-in or speak for the
        // service: the real answer may still come.
        qCWarning(lcOAuth) << "ignored a request to the sign-in address without this sign-in's state";
        return;
    }
    const QString error = data.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        fail(Error(Error::Kind::Auth, tr("%1 refused the sign-in: %2").arg(Settings::displayName(m_config.source), error.left(100))));
        return;
    }
    if (data.value(QStringLiteral("code")).toString().isEmpty())
        fail(Error(Error::Kind::Auth, tr("the browser came back without an authorization code")));
}

QCoro::Task<OAuthTokens> OAuthFlow::run()
{
    // The token request carries the code, the PKCE verifier and maybe the client secret: only
    // over https (or to loopback), and never along a redirect to another origin. (Qt's flow
    // sends it itself, past HttpClient's checks.)
    for (const QUrl &endpoint : {m_config.authorizeUrl, m_config.tokenUrl})
        if (const QString problem = HttpClient::schemeProblem(endpoint); !problem.isEmpty())
            throw Error(Error::Kind::Config, problem);
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_handler = new LoopbackReplyHandler(m_config.redirectPort, this);
    if (!m_handler->isListening()) {
        throw Error(Error::Kind::Config, tr("cannot listen on 127.0.0.1 port %1 for the sign-in answer (in use?)")
                                             .arg(m_config.redirectPort));
    }
    m_handler->setCallbackPath(QStringLiteral("callback"));
    m_handler->setCallbackText(tr("Cairn is signed in. You can close this page."));
    m_handler->onAnswer = [this](const TokenAnswer &a) {
        if (a.ok())
            m_answer = a.body;
        else
            fail(oauth::refusal(m_config, a));
    };
    m_handler->onRedirect = [this](const QUrl &from, const QUrl &to) {
        fail(Error(Error::Kind::Auth, tr("the token endpoint %1 redirected to another address (%2); not followed, so the "
                                         "sign-in's secrets stay with it")
                                          .arg(from.host() + u':' + QString::number(from.port(from.scheme() == QLatin1String("https") ? 443 : 80)),
                                               to.scheme() + QStringLiteral("://") + to.host() + u':'
                                                   + QString::number(to.port(to.scheme() == QLatin1String("https") ? 443 : 80)))));
    };
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthFlow::onCallback);

    m_flow = new QOAuth2AuthorizationCodeFlow(m_nam, this);
    m_flow->setAuthorizationUrl(m_config.authorizeUrl);
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    if (!m_secret.isEmpty())
        m_flow->setClientIdentifierSharedKey(QString::fromUtf8(m_secret));
    m_flow->setScope(m_config.scope);
    m_flow->setReplyHandler(m_handler);
    m_state = pkce::randomState();
    m_flow->setState(m_state);
    m_verifier = pkce::newVerifier();
    const QByteArray challenge = pkce::challenge(m_verifier);
    const QVariantMap extra = m_config.extraAuthorizeParameters;
    const QByteArray verifier = m_verifier;
    m_flow->setModifyParametersFunction([challenge, verifier, extra](QAbstractOAuth::Stage stage,
                                                                     QMultiMap<QString, QVariant> *p) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            for (auto it = extra.begin(); it != extra.end(); ++it)
                p->insert(it.key(), it.value());
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            // Qt 6.4 hands the code on as the loopback request spelled it ("4%2F0A..." for
            // Google's "4/0A...") and percent-encodes it once more: decode it to the real code.
            const QString spelled = QUrl::fromPercentEncoding(p->value(QStringLiteral("code")).toByteArray());
            const QString code = QUrl::fromPercentEncoding(spelled.toUtf8());
            p->replace(QStringLiteral("code"), QUrl::toPercentEncoding(code));
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthFlow::authorizeUrl);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_handler->close();
        Q_EMIT done();
    });

    auto ended = qCoro(this, &OAuthFlow::done); // listening before anything can end the flow
    m_timer.start(m_timeout);
    m_flow->grant();
    co_await std::move(ended);
    if (m_error)
        throw *m_error;
    co_return OAuthTokens::fromAnswer(m_answer, m_clock->now());
}

} // namespace cairn
