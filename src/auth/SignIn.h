#pragma once
#include "Account.h"
#include "TokenEndpoint.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

#include <QNetworkAccessManager>

namespace cairn {

class Clock;
class Settings;

// Adding, re-authorising and removing accounts — the same steps for the window and the
// command line. Each method checks the keychain first (so a missing Secret Service is said
// before the browser opens), stores the secrets there, the account (no secret) in cairn.ini,
// and throws a one-line Error on failure.
class SignIn : public QObject
{
    Q_OBJECT
public:
    SignIn(Settings &settings, QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setClock(const Clock *clock) { m_clock = clock; }
    void setTimeout(std::chrono::milliseconds t) { m_timeout = t; }

    // OAuth in the browser (authorization code + PKCE, loopback redirect).
    QCoro::Task<Account> withBrowser(QString source, QString account);
    // The OAuth device flow (GitHub's): userCode() tells what to enter where.
    QCoro::Task<Account> withDevice(QString source, QString account);
    // A personal access token (SignInFacts::PersonalToken).
    QCoro::Task<Account> withToken(QString source, QString account, QByteArray token);
    // A site + e-mail + API token (HTTP Basic; SignInFacts::SiteToken: Jira Cloud).
    QCoro::Task<Account> withSiteToken(QString source, QString account, QString site, QString email, QByteArray token);
    // Revokes where the service can, deletes the keychain entries and the account.
    // Returns whether the service confirmed the revocation.
    QCoro::Task<bool> signOut(QString source, QString account);
    // The user's own OAuth client secret for `source` (of its configured client id), into the keychain.
    QCoro::Task<> storeClientSecret(QString source, QByteArray secret);

    // Stops what is under way: a browser or device sign-in ends with Error::Kind::Cancelled;
    // an attempt waiting on the keychain saves no account when the keychain answers later.
    void cancel();

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    void userCode(const QString &code, const QUrl &verificationUri);
    void cancelRequested();

private:
    QCoro::Task<> checkKeychain(QString source, QString account);
    QCoro::Task<Account> saveOAuth(Account account, OAuthTokens tokens);
    Account newAccount(const QString &source, const QString &id, Account::Kind kind) const;

    Settings &m_settings;
    QPointer<QNetworkAccessManager> m_nam;
    const Clock *m_clock = nullptr;
    std::chrono::milliseconds m_timeout{10 * 60'000};
    int m_generation = 0; // cancel() moves it on: an older attempt saves nothing
    void throwIfCancelled(int generation) const;
};

} // namespace cairn
