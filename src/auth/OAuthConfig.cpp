#include "OAuthConfig.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QCoreApplication>

namespace cairn {

namespace {

struct Defaults
{
    const char *authorize, *token, *revoke, *device, *resources, *scope;
    quint16 port;
    bool secret;
};

Defaults defaultsOf(const QString &source)
{
    // docs/api-notes.md, "Auth" of each service.
    if (source == QLatin1String("google"))
        return {"https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token",
                "https://oauth2.googleapis.com/revoke", "", "",
                "https://www.googleapis.com/auth/contacts.readonly", 0, false};
    if (source == QLatin1String("asana"))
        return {"https://app.asana.com/-/oauth_authorize", "https://app.asana.com/-/oauth_token",
                "https://app.asana.com/-/oauth_revoke", "", "", "default", 47321, true};
    if (source == QLatin1String("github"))
        return {"https://github.com/login/oauth/authorize", "https://github.com/login/oauth/access_token",
                "https://api.github.com/applications", // + /{client_id}/token, see oauth::revoke
                "https://github.com/login/device/code", "", "repo", 0, true};
    if (source == QLatin1String("jira"))
        return {"https://auth.atlassian.com/authorize", "https://auth.atlassian.com/oauth/token", "", "",
                "https://api.atlassian.com/oauth/token/accessible-resources",
                "read:jira-work read:jira-user offline_access", 47322, true};
    return {"", "", "", "", "", "", 0, false};
}

QString env(const QString &source, const char *suffix)
{
    return qEnvironmentVariable(Settings::envName(source, suffix).toLatin1().constData());
}

QUrl url(const Settings &s, const QString &source, const char *key, const char *envSuffix, const char *fallback)
{
    const QString fromEnv = envSuffix ? env(source, envSuffix) : QString();
    if (!fromEnv.isEmpty())
        return QUrl(fromEnv);
    return QUrl(s.value(QStringLiteral("%1.oauth.%2").arg(source, QLatin1String(key)), QString::fromLatin1(fallback)).toString());
}

} // namespace

QString OAuthConfig::clientSecretKey(const QString &source, const QString &clientId)
{
    return SecretStore::key(source, QStringLiteral("_client.") + clientId, QStringLiteral("client_secret"));
}

OAuthConfig OAuthConfig::forSource(const Settings &s, const QString &source)
{
    const Defaults d = defaultsOf(source);
    OAuthConfig c;
    c.source = source;
    c.clientId = env(source, "CLIENT_ID");
    if (c.clientId.isEmpty())
        c.clientId = s.value(source + QStringLiteral(".oauth.client_id")).toString();
    c.authorizeUrl = url(s, source, "authorize_url", "AUTHORIZE_URL", d.authorize);
    c.tokenUrl = url(s, source, "token_url", "TOKEN_URL", d.token);
    c.revokeUrl = url(s, source, "revoke_url", "REVOKE_URL", d.revoke);
    c.deviceUrl = url(s, source, "device_url", "DEVICE_URL", d.device);
    c.resourcesUrl = url(s, source, "resources_url", "RESOURCES_URL", d.resources);
    c.scope = s.value(source + QStringLiteral(".oauth.scope"), QString::fromLatin1(d.scope)).toString();
    c.redirectPort = quint16(s.value(source + QStringLiteral(".oauth.redirect_port"), d.port).toUInt());
    c.needsClientSecret = d.secret;
    if (source == QLatin1String("google"))
        c.extraAuthorizeParameters.insert(QStringLiteral("access_type"), QStringLiteral("offline"));
    if (source == QLatin1String("jira")) {
        c.extraAuthorizeParameters.insert(QStringLiteral("audience"), QStringLiteral("api.atlassian.com"));
        c.extraAuthorizeParameters.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
    }
    return c;
}

QString OAuthConfig::problem() const
{
    if (clientId.isEmpty())
        return QCoreApplication::translate("cairn::OAuthConfig",
                                           "no OAuth client id for %1: register an OAuth app with the service and set %2.oauth.client_id")
            .arg(Settings::displayName(source), source);
    if (!authorizeUrl.isValid() || !tokenUrl.isValid() || authorizeUrl.isEmpty() || tokenUrl.isEmpty())
        return QCoreApplication::translate("cairn::OAuthConfig", "the OAuth endpoints of %1 are not set").arg(Settings::displayName(source));
    return {};
}

} // namespace cairn
