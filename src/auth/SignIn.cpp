#include "SignIn.h"
#include "Clock.h"
#include "DeviceFlow.h"
#include "Error.h"
#include "HttpClient.h"
#include "OAuthFlow.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignInFacts.h"
#include "TokenManager.h"
#include "Words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignIn, "cairn.auth")

namespace cairn {

namespace {

QString key(const Account &a, const char *kind)
{
    return SecretStore::key(a.source, a.id, QLatin1String(kind));
}

void checkSource(const QString &source)
{
    if (!Settings::sources().contains(source))
        throw Error(Error::Kind::Config, SignIn::tr("unknown source \"%1\" (%2)").arg(source, words::oneOf(Settings::sources())));
}

const SignInFacts &factsOf(const QString &source)
{
    static const SignInFacts none;
    const SignInFacts *f = SignInCatalog::find(source);
    return f ? *f : none;
}

} // namespace

SignIn::SignIn(Settings &settings, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nam(nam)
{
}

void SignIn::cancel()
{
    ++m_generation;
    Q_EMIT cancelRequested();
}

void SignIn::throwIfCancelled(int generation) const
{
    if (generation != m_generation)
        throw Error(Error::Kind::Cancelled, tr("the sign-in was stopped"));
}

Account SignIn::newAccount(const QString &source, const QString &id, Account::Kind kind) const
{
    checkSource(source);
    const QString problem = AccountStore::checkId(id);
    if (!problem.isEmpty())
        throw Error(Error::Kind::Config, problem);
    Account a;
    a.source = source;
    a.id = id;
    a.kind = kind;
    a.displayName = id;
    // Signed in again: what the person chose for the account stays (its switch of writing back).
    if (const std::optional<Account> before = AccountStore(m_settings).find(source, id))
        for (const QString &k : Account::chosenKeys())
            if (before->extra.contains(k))
                a.extra.insert(k, before->extra.value(k));
    return a;
}

QCoro::Task<> SignIn::checkKeychain(QString source, QString account)
{
    // Any read says whether a Secret Service answers (throws the "no keychain" Error).
    co_await SecretStore::read(SecretStore::key(source, account, QStringLiteral("token")));
}

QCoro::Task<> SignIn::storeClientSecret(QString source, QByteArray secret)
{
    checkSource(source);
    co_await SecretStore::write(OAuthConfig::forSource(m_settings, source).clientSecretKey(), secret);
}

QCoro::Task<Account> SignIn::withBrowser(QString source, QString accountId)
{
    const Account account = newAccount(source, accountId, Account::Kind::OAuth);
    const OAuthConfig config = OAuthConfig::forSource(m_settings, source, accountId);
    if (!config.problem().isEmpty())
        throw Error(Error::Kind::Config, config.problem());
    co_await checkKeychain(source, accountId);
    QByteArray secret = TokenManager::clientSecret(config);
    if (secret.isEmpty()) {
        const std::optional<QByteArray> stored = co_await SecretStore::read(config.clientSecretKey());
        secret = stored.value_or(QByteArray());
    }
    if (secret.isEmpty() && config.needsClientSecret)
        throw Error(Error::Kind::Config, tr("%1 needs the OAuth client secret of your app: enter it in Accounts, or use "
                                            "`cairn login %2 --client-secret-stdin`")
                                             .arg(Settings::displayName(source), source));
    OAuthFlow flow(config, secret, m_nam, m_clock);
    flow.setTimeout(m_timeout);
    connect(&flow, &OAuthFlow::authorizeUrl, this, &SignIn::openBrowser);
    connect(this, &SignIn::cancelRequested, &flow, &OAuthFlow::cancel);
    OAuthTokens tokens = co_await flow.run();
    Account saved = account;
    if (factsOf(source).completeAccount) { // what else the account needs of the service (Jira: its site)
        HttpClient http(m_nam);
        const Account completed = co_await factsOf(source).completeAccount(http, config, account, tokens.accessToken);
        saved = completed;
    }
    const Account done = co_await saveOAuth(saved, tokens);
    co_return done;
}

QCoro::Task<Account> SignIn::withDevice(QString source, QString accountId)
{
    const Account account = newAccount(source, accountId, Account::Kind::OAuth);
    if (!OAuthConfig::supportsDeviceFlow(source))
        throw Error(Error::Kind::Config, tr("%1 has no device sign-in").arg(Settings::displayName(source)));
    const OAuthConfig config = OAuthConfig::forSource(m_settings, source, accountId);
    if (config.clientId.isEmpty())
        throw Error(Error::Kind::Config, config.problem());
    co_await checkKeychain(source, accountId);
    DeviceFlow flow(config, m_nam, m_clock);
    connect(&flow, &DeviceFlow::userCode, this, &SignIn::userCode);
    connect(this, &SignIn::cancelRequested, &flow, &DeviceFlow::cancel);
    const OAuthTokens tokens = co_await flow.run();
    const Account done = co_await saveOAuth(account, tokens);
    co_return done;
}

QCoro::Task<Account> SignIn::saveOAuth(Account account, OAuthTokens tokens)
{
    const int generation = m_generation;
    const QJsonObject data = tokens.extra.value(QLatin1String("data")).toObject(); // Asana: the user
    const QString who = data.value(QLatin1String("email")).toString();
    if (!who.isEmpty())
        account.displayName = who;
    // A refresh token when there is one; else the (long-lived) access token itself.
    const bool refreshable = !tokens.refreshToken.isEmpty();
    co_await SecretStore::write(key(account, refreshable ? "refresh_token" : "access_token"),
                                               refreshable ? tokens.refreshToken : tokens.accessToken);
    const char *stale = refreshable ? "access_token" : "refresh_token";
    co_await SecretStore::remove(key(account, stale));
    co_await SecretStore::remove(key(account, "token"));
    if (!tokens.scope.isEmpty())
        account.extra.insert(QStringLiteral("scope"), tokens.scope);
    account.status = QStringLiteral("signed-in");
    throwIfCancelled(generation);
    AccountStore(m_settings).save(account);
    TokenManager::remember(account, tokens);
    qCInfo(lcSignIn) << "signed in" << account.source << account.id << (refreshable ? "with a refresh token" : "");
    co_return account;
}

QCoro::Task<Account> SignIn::withToken(QString source, QString accountId, QByteArray token)
{
    const int generation = m_generation;
    Account account = newAccount(source, accountId, Account::Kind::Token);
    token = token.trimmed();
    if (token.isEmpty())
        throw Error(Error::Kind::Config, tr("the token is empty"));
    if (!OAuthConfig::supportsPersonalToken(source))
        throw Error(Error::Kind::Config, tr("%1 has no personal tokens: sign in with the browser").arg(Settings::displayName(source)));
    co_await SecretStore::write(key(account, "token"), token);
    for (const char *stale : {"refresh_token", "access_token"}) {
        co_await SecretStore::remove(key(account, stale));
    }
    throwIfCancelled(generation);
    AccountStore(m_settings).save(account);
    TokenManager::forget(account);
    co_return account;
}

QCoro::Task<Account> SignIn::withSiteToken(QString source, QString accountId, QString site, QString email, QByteArray token)
{
    const int generation = m_generation;
    Account account = newAccount(source, accountId, Account::Kind::Basic);
    const QString name = Settings::displayName(source);
    if (!factsOf(source).has(SignInFacts::SiteToken))
        throw Error(Error::Kind::Config, tr("%1 takes no site and e-mail address: use --token-stdin alone").arg(name));
    const QUrl siteUrl = QUrl::fromUserInput(site.trimmed());
    if (!siteUrl.isValid() || siteUrl.host().isEmpty() || !HttpClient::isAllowedScheme(siteUrl))
        throw Error(Error::Kind::Config, tr("the %1 site must be an https address, like %2").arg(name, factsOf(source).siteExample));
    if (!email.contains(u'@'))
        throw Error(Error::Kind::Config, tr("the e-mail address of the %1 account is missing").arg(name));
    if (token.trimmed().isEmpty())
        throw Error(Error::Kind::Config, tr("the token is empty"));
    co_await SecretStore::write(key(account, "token"), token.trimmed());
    account.extra.insert(QStringLiteral("site"), siteUrl.toString());
    account.extra.insert(QStringLiteral("email"), email.trimmed());
    account.displayName = email.trimmed();
    throwIfCancelled(generation);
    AccountStore(m_settings).save(account);
    co_return account;
}

QCoro::Task<bool> SignIn::signOut(QString source, QString accountId)
{
    AccountStore store(m_settings);
    const std::optional<Account> found = store.find(source, accountId);
    if (!found)
        throw Error(Error::Kind::Config, tr("no account \"%1\" for %2").arg(accountId, Settings::displayName(source)));
    const Account account = *found;
    bool revoked = false;
    if (account.kind == Account::Kind::OAuth) {
        // A source that revokes an access token as the app (GitHub: with the client secret) gets a
        // current one from the token manager (refreshed if need be). The others revoke the
        // refresh token, which takes the whole grant with it.
        const OAuthConfig config = OAuthConfig::forSource(m_settings, source);
        std::optional<QByteArray> token;
        QByteArray clientSecret;
        if (factsOf(source).revokesAccessToken) {
            const std::optional<QByteArray> secret = co_await SecretStore::read(config.clientSecretKey());
            clientSecret = secret.value_or(QByteArray());
            if (!clientSecret.isEmpty()) {
                TokenManager tokens(m_settings, account, m_nam, nullptr);
                try {
                    const QByteArray header = co_await tokens.authorization();
                    if (header.startsWith("Bearer "))
                        token = header.mid(7);
                } catch (const Error &e) {
                    qCWarning(lcSignIn) << "no access token to revoke for" << source << accountId << e.message;
                }
            }
        } else {
            std::optional<QByteArray> refresh = co_await SecretStore::read(key(account, "refresh_token"));
            token = refresh;
            if (!token) {
                std::optional<QByteArray> access = co_await SecretStore::read(key(account, "access_token"));
                token = access;
            }
        }
        if (token) {
            HttpClient http(m_nam);
            try {
                revoked = co_await oauth::revoke(http, config, *token, clientSecret);
            } catch (const Error &e) {
                qCWarning(lcSignIn) << "could not revoke the token of" << source << accountId << e.message;
            }
        }
    }
    for (const QString &kind : Account::secretKinds()) {
        co_await SecretStore::remove(SecretStore::key(source, accountId, kind));
    }
    TokenManager::forget(account);
    store.remove(source, accountId);
    co_return revoked;
}

} // namespace cairn
