#pragma once
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace cairn {

class Settings;

// A source's OAuth client and endpoints: the service's own by default, each overridable in
// cairn.ini (<source>.oauth.client_id, .authorize_url, .token_url, .revoke_url, .device_url,
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

    static OAuthConfig forSource(const Settings &settings, const QString &source);
    static bool supportsBrowserSignIn(const QString &source) { return !source.isEmpty(); }
    static bool supportsDeviceFlow(const QString &source) { return source == QLatin1String("github"); }
    static bool supportsPersonalToken(const QString &source) { return source != QLatin1String("google"); }
    static QString clientSecretKey(const QString &source, const QString &clientId);
    QString clientSecretKey() const { return clientSecretKey(source, clientId); }
    // One line when the configuration cannot be used (no client id, ...), else "".
    QString problem() const;
};

} // namespace cairn
