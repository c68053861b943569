#pragma once
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace cairn {

class Settings;

// A source's OAuth client and endpoints: the service's own by default, each overridable in
// cairn.ini (<source>.oauth.client_id — else the app built in, BuiltInOAuth.h —, .authorize_url, .token_url, .revoke_url, .device_url,
// .resources_url, .redirect_port, .scope) or the environment (CAIRN_<SOURCE>_CLIENT_ID,
// _AUTHORIZE_URL, _TOKEN_URL, _REVOKE_URL) — so a person can use their own OAuth client
// and the simulator can stand in. The client secret is not here: it is in the keychain
// (SecretStore key "<source>/_client.<client id>/client_secret": a secret belongs to its
// client) or CAIRN_<SOURCE>_CLIENT_SECRET.
struct OAuthConfig
{
    QString source;
    QString clientId;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;    // empty: the service has no revoke endpoint we can call; GitHub: the
                       // API's /applications, under which /{client_id}/token is DELETEd
    QUrl deviceUrl;    // GitHub's device flow
    QUrl resourcesUrl; // Jira 3LO: accessible-resources (cloud ids)
    QString scope;
    quint16 redirectPort = 0;  // 0: any free port (Google, GitHub); fixed where registered
    QVariantMap extraAuthorizeParameters; // access_type=offline, audience, prompt
    bool needsClientSecret = false;
    QByteArray builtInSecret; // the built-in app's secret, when its client id is the one in use

    // The configuration a sign-in of `account` of `source` uses: its scope is the one that
    // writes (SourceFacts::OAuth::writeScope) while writing back is on for that account
    // (AccountStore::writesBack; empty `account`: "default"), unless <source>.oauth.scope
    // was set by hand.
    static OAuthConfig forSource(const Settings &settings, const QString &source, const QString &account = QString());
    // The scopes `source` asks for while writing is on ("" when its read scope writes too).
    static QString writeScopeOf(const QString &source);
    // Whether an account's recorded grant (its `scope` in Account::extra, as the service
    // answered the sign-in) lacks a scope that writing needs: a sign-in again asks for it.
    // False when nothing was recorded (Cairn cannot tell) or the source needs no other scope.
    static bool lacksWriteScope(const QString &source, const QVariantMap &accountExtra);
    // How `source` can be signed in to, as its descriptor says (SignInFacts.h). A personal
    // token is either kind of token: a personal access token, or a site's API token.
    static bool supportsBrowserSignIn(const QString &source);
    static bool supportsDeviceFlow(const QString &source);
    static bool supportsPersonalToken(const QString &source);
    static bool supportsSiteToken(const QString &source); // site + e-mail + API token
    // Whether this build carries an OAuth app of its own for `source` (BuiltInOAuth.h).
    static bool hasBuiltInClient(const QString &source);
    static QString clientSecretKey(const QString &source, const QString &clientId);
    QString clientSecretKey() const { return clientSecretKey(source, clientId); }
    // One line when the configuration cannot be used (no client id, ...), else "".
    QString problem() const;
};

} // namespace cairn
