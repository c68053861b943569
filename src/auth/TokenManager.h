#pragma once
#include "Account.h"
#include "HttpClient.h"
#include "OAuthConfig.h"
#include "TokenEndpoint.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace cairn {

class Clock;
class Settings;

// The credentials of one account for HttpClient (docs/architecture.md §1.5):
//  - oauth: the access token lives in memory only (shared by the process), refreshed a
//    minute before it expires; after a 401 one refresh and one retry; a rotated refresh
//    token is saved to the keychain each time; a refused refresh marks the account
//    "needs sign-in" and throws Error(Auth), so the run ends with that status.
//  - token: a personal access token from the keychain, as a bearer token.
//  - basic: Jira's e-mail + API token (see BasicCredentials).
class TokenManager final : public Authenticator
{
public:
    TokenManager(Settings &settings, Account account, QNetworkAccessManager *nam, const Clock *clock);

    QCoro::Task<QByteArray> authorization() override;
    QCoro::Task<bool> refreshAfterUnauthorized() override;

    // After a sign-in: the fresh access token, so the first sync needs no refresh.
    static void remember(const Account &account, const OAuthTokens &tokens);
    static void forget(const Account &account);
    // The environment's, else the built-in app's; may be empty (then the keychain's is used).
    static QByteArray clientSecret(const OAuthConfig &config);

private:
    QCoro::Task<> refreshNow();
    Error needsSignIn(const QString &why) const;

    Settings &m_settings;
    Account m_account;
    QPointer<QNetworkAccessManager> m_nam;
    const Clock *m_clock;
    QByteArray m_static; // token / basic: read once per run
};

// Jira Cloud's site + e-mail + API token: HTTP Basic (named so as not to clash with a
// BasicAuth in src/net).
class BasicCredentials final : public Authenticator
{
public:
    BasicCredentials(QString email, QByteArray apiToken) : m_email(std::move(email)), m_token(std::move(apiToken)) {}
    QCoro::Task<QByteArray> authorization() override;

private:
    QString m_email;
    QByteArray m_token;
};

} // namespace cairn
