#pragma once
#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cairn {
class Settings;
}

namespace cairn::test {

// The "browser" of the sign-in tests: GETs the authorization address and follows the
// simulator's redirect to the app's loopback listener, as a person's browser would.
class OAuthBrowser
{
public:
    // Follows redirects to the end; the final HTTP status (0: no answer).
    int visit(const QUrl &url);
    // Only the first hop: the Location the authorization server redirects to.
    QUrl redirectOf(const QUrl &url);

private:
    int get(const QUrl &url, bool follow, QUrl *location);
    QNetworkAccessManager m_nam;
};

// Points `source`'s OAuth endpoints and client id at the simulator (cairn.ini keys). Tests
// give each simulator a client id of its own, so that their client secrets (keychain key per
// client) never meet when tests run in parallel.
void useSimOAuth(Settings &settings, const QString &source, const QUrl &simBase,
                 const QString &clientId = QStringLiteral("cairn-desktop"));
// A free TCP port on 127.0.0.1 right now (for the fixed-port redirects of Asana and Jira).
quint16 freeLoopbackPort();
// An account name no other test (or run) uses: the keychain is shared by the whole session.
QString uniqueAccount(const QString &prefix);
// The keychain entry, synchronously (std::nullopt when there is none). Throws cairn::Error.
std::optional<QByteArray> keychainRead(const QString &key);
void keychainRemove(const QString &key);
void keychainWrite(const QString &key, const QByteArray &secret);

// The keychain entries a test makes, taken out again by forget() (its cleanup()): the keychain
// is shared by the whole session.
class TestSecrets
{
public:
    void add(const QString &key) { m_keys << key; }
    void addAccount(const QString &source, const QString &account); // each kind of secret it may keep
    // Signs `account` of `source` in with a personal token (SignIn::withToken); true when it
    // was accepted into the keychain.
    bool signInWithToken(Settings &settings, const QString &source, const QString &account, const QByteArray &token);
    void forget();

private:
    QStringList m_keys;
};

} // namespace cairn::test
