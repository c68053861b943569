#include "TokenManager.h"
#include "Clock.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokens, "cairn.auth.tokens")

namespace cairn {

namespace {

struct Cached
{
    QByteArray token;
    QDateTime expiresAt;
};

// Access tokens of this process, by "<source>/<account>": memory only, never written.
QHash<QString, Cached> &accessTokens()
{
    static QHash<QString, Cached> tokens;
    return tokens;
}

QString cacheKey(const Account &a)
{
    return a.source + u'/' + a.id;
}

constexpr qint64 kRefreshMarginSeconds = 60;

} // namespace

TokenManager::TokenManager(Settings &settings, Account account, QNetworkAccessManager *nam, const Clock *clock)
    : m_settings(settings)
    , m_account(std::move(account))
    , m_nam(nam)
    , m_clock(clock ? clock : &Clock::system())
{
}

void TokenManager::remember(const Account &account, const OAuthTokens &tokens)
{
    accessTokens().insert(cacheKey(account), {tokens.accessToken, tokens.expiresAt});
}

void TokenManager::forget(const Account &account)
{
    accessTokens().remove(cacheKey(account));
}

QByteArray TokenManager::clientSecret(const OAuthConfig &config)
{
    const QByteArray fromEnv = qgetenv(Settings::envName(config.source, "CLIENT_SECRET").toLatin1().constData());
    return fromEnv.isEmpty() ? config.builtInSecret : fromEnv;
}

Error TokenManager::needsSignIn(const QString &why) const
{
    AccountStore(m_settings).setStatus(m_account.source, m_account.id, QStringLiteral("needs-sign-in"));
    forget(m_account);
    // The one account most people have is not named ("default"): only the source is.
    Error e(Error::Kind::Auth,
            m_account.id == QLatin1String("default")
                ? QCoreApplication::translate("cairn::TokenManager", "%1 needs sign-in: %2 (cairn login %3)")
                      .arg(Settings::displayName(m_account.source), why, m_account.source)
                : QCoreApplication::translate("cairn::TokenManager", "account \"%1\" of %2 needs sign-in: %3 (cairn login %4 --account %1)")
                      .arg(m_account.id, Settings::displayName(m_account.source), why, m_account.source));
    e.reason = QStringLiteral("needs-sign-in");
    return e;
}

QCoro::Task<QByteArray> TokenManager::authorization()
{
    if (m_account.needsSignIn()) // a refused refresh is not retried on every run
        throw needsSignIn(QCoreApplication::translate("cairn::TokenManager", "its sign-in was refused earlier"));
    if (m_account.kind != Account::Kind::OAuth) {
        if (m_static.isEmpty()) {
            const QString key = SecretStore::key(m_account.source, m_account.id, QStringLiteral("token"));
            const std::optional<QByteArray> token = co_await SecretStore::read(key);
            if (!token || token->isEmpty())
                throw needsSignIn(QCoreApplication::translate("cairn::TokenManager", "no token in the keychain"));
            if (m_account.kind == Account::Kind::Basic) {
                const QString email = m_account.extra.value(QStringLiteral("email")).toString();
                m_static = "Basic " + (email.toUtf8() + ':' + *token).toBase64();
            } else {
                m_static = "Bearer " + *token;
            }
        }
        co_return m_static;
    }
    const Cached cached = accessTokens().value(cacheKey(m_account));
    const bool fresh = !cached.token.isEmpty()
        && (!cached.expiresAt.isValid() || m_clock->now().secsTo(cached.expiresAt) > kRefreshMarginSeconds);
    if (!fresh) {
        co_await refreshNow();
    }
    co_return "Bearer " + accessTokens().value(cacheKey(m_account)).token;
}

QCoro::Task<bool> TokenManager::refreshAfterUnauthorized()
{
    if (m_account.kind != Account::Kind::OAuth)
        throw needsSignIn(QCoreApplication::translate("cairn::TokenManager", "the service refused the token"));
    qCInfo(lcTokens) << "401 from" << m_account.source << "- refreshing the access token of" << m_account.id;
    co_await refreshNow();
    co_return true;
}

QCoro::Task<> TokenManager::refreshNow()
{
    const QString refreshKey = SecretStore::key(m_account.source, m_account.id, QStringLiteral("refresh_token"));
    const std::optional<QByteArray> refreshToken = co_await SecretStore::read(refreshKey);
    if (!refreshToken || refreshToken->isEmpty()) {
        // Services without refresh tokens (a GitHub OAuth app) keep a long-lived access token.
        const QString accessKey = SecretStore::key(m_account.source, m_account.id, QStringLiteral("access_token"));
        const std::optional<QByteArray> access = co_await SecretStore::read(accessKey);
        if (!access || access->isEmpty() || accessTokens().value(cacheKey(m_account)).token == *access)
            throw needsSignIn(QCoreApplication::translate("cairn::TokenManager", "no usable token in the keychain"));
        accessTokens().insert(cacheKey(m_account), {*access, QDateTime()});
        co_return;
    }
    const OAuthConfig config = OAuthConfig::forSource(m_settings, m_account.source);
    QByteArray secret = clientSecret(config);
    if (secret.isEmpty()) {
        const std::optional<QByteArray> stored = co_await SecretStore::read(config.clientSecretKey());
        secret = stored.value_or(QByteArray());
    }
    HttpClient http(m_nam);
    http.setClock(m_clock);
    OAuthTokens tokens;
    try {
        OAuthTokens got = co_await oauth::refresh(http, config, secret, *refreshToken, m_clock->now());
        tokens = got;
    } catch (const Error &e) {
        if (e.kind != Error::Kind::Auth)
            throw; // the network, not the grant: the account stays signed in
        throw needsSignIn(e.message);
    }
    if (!tokens.refreshToken.isEmpty() && tokens.refreshToken != *refreshToken) {
        // Rotation (Jira, GitHub Apps): the old refresh token is dead from now on.
        co_await SecretStore::write(refreshKey, tokens.refreshToken);
        qCInfo(lcTokens) << "saved the rotated refresh token of" << m_account.source << m_account.id;
    }
    remember(m_account, tokens);
}

QCoro::Task<QByteArray> BasicCredentials::authorization()
{
    co_return "Basic " + (m_email.toUtf8() + ':' + m_token).toBase64();
}

} // namespace cairn
