// OAuth 2.0 authorization-code flow with PKCE, refresh and revoke, for any source
// (/oauth/<source>/{authorize,token,revoke}). Access tokens expire by the server clock. Each
// service registers its client (SimServiceDescriptor::oauth) under its id.
#pragma once

#include "sim/HttpTypes.h"
#include "sim/SimOptions.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <random>

namespace sim {

class SimClock;

struct OAuthClientConfig
{
    // The shared part, from the options: client id and secret, lifetime, rotation; a
    // service's own switches on top (SimServiceDescriptor::oauth).
    static OAuthClientConfig from(const Options &options);

    QString clientId;
    QString clientSecret;
    bool requireSecret = false;
    bool rotateRefreshTokens = false;
    int accessTokenLifetimeSeconds = 3600;
    bool refreshNeedsOffline = false; // Google: a refresh token only with access_type=offline
                                      // (others: always, Jira with the offline_access scope)
    bool deviceFlow = false;          // GitHub: /device_code, /device and the device grant
    int deviceIntervalSeconds = 1;    // polling interval the device flow asks for
    // Jira 3LO: /accessible-resources lists the cloud ids, with these scopes (none: no such endpoint).
    QStringList resourceScopes;
};

class OAuthService
{
public:
    OAuthService(SimClock &clock, quint32 seed);

    void registerSource(const QString &source, const OAuthClientConfig &config);
    bool hasSource(const QString &source) const { return m_sources.contains(source); }
    OAuthClientConfig &config(const QString &source) { return m_sources[source]; }
    void setStaticToken(const QString &token) { m_staticToken = token; }
    bool isStaticToken(const QString &token) const { return !m_staticToken.isEmpty() && token == m_staticToken; }

    // true: the static token, or an access token issued for this source, alive and unrevoked
    bool isValidAccessToken(const QString &source, const QString &token) const;
    // The scope its grant was given (space-separated, as asked for); nullopt for the static
    // token or an unknown one: every scope. (The services' write endpoints check it.)
    std::optional<QString> scopeOf(const QString &token) const;

    // /oauth/<source>/<action>
    HttpReply handle(const QString &source, const QString &action, const HttpRequest &request);

    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
    };
    // Issues a grant directly (tests): as if the code flow had just finished.
    Tokens issue(const QString &source, const QString &scope = QString());
    bool revoke(const QString &token); // access or refresh token: the whole grant dies

private:
    struct Code
    {
        QString source, clientId, redirectUri, challenge, method, scope;
        bool offline = false;
        qint64 expiresMs = 0;
    };
    struct Grant
    {
        QString source, clientId, scope;
        bool alive = true;
    };
    struct Device
    {
        QString source, clientId, scope, userCode;
        bool approved = false;
        qint64 expiresMs = 0;
        qint64 lastPollMs = 0;
        int interval = 1;
    };
    struct Access
    {
        int grant = -1;
        qint64 expiresMs = 0;
    };

    HttpReply authorize(const QString &source, const HttpRequest &request);
    HttpReply token(const QString &source, const HttpRequest &request);
    HttpReply revokeRequest(const HttpRequest &request);
    HttpReply deviceCode(const QString &source, const HttpRequest &request);
    HttpReply deviceApprove(const HttpRequest &request);
    HttpReply deviceToken(const QString &source, const QString &clientId, const QUrlQuery &form);
    HttpReply accessibleResources(const QString &source, const HttpRequest &request);
    QJsonObject newAccess(int grant, bool withRefresh);
    QString randomToken(const char *prefix, int bytes);

    SimClock &m_clock;
    std::mt19937 m_rng;
    QString m_staticToken;
    QHash<QString, OAuthClientConfig> m_sources;
    QHash<QString, Code> m_codes;
    QList<Grant> m_grants;
    QHash<QString, Access> m_access;       // access token -> grant
    QHash<QString, int> m_refresh;         // live refresh token -> grant
    QHash<QString, Device> m_devices;      // device code -> pending device authorization
};

} // namespace sim
