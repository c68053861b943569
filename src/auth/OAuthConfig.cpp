#include "OAuthConfig.h"
#include "Account.h"
#include "BuiltInOAuth.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "SignInFacts.h"
#include "SourceFacts.h"

#include <QCoreApplication>

namespace cairn {

namespace {

// The endpoints, scope and port default as the settings table says (src/core/SettingsTable.cpp,
// from each source's descriptor); the rest of a source's sign-in is its SignInFacts.
const SignInFacts &factsOf(const QString &source)
{
    static const SignInFacts none;
    const SignInFacts *f = SignInCatalog::find(source);
    return f ? *f : none;
}

// The default of `<source>.oauth.<key>`.
QString fallbackOf(const QString &source, const char *key)
{
    return SettingsTable::defaultOf(QStringLiteral("%1.oauth.%2").arg(source, QLatin1String(key)));
}

QString env(const QString &source, const char *suffix)
{
    return qEnvironmentVariable(Settings::envName(source, suffix).toLatin1().constData());
}

QUrl url(const Settings &s, const QString &source, const char *key, const char *envSuffix)
{
    const QString fromEnv = envSuffix ? env(source, envSuffix) : QString();
    if (!fromEnv.isEmpty())
        return QUrl(fromEnv);
    return QUrl(s.value(QStringLiteral("%1.oauth.%2").arg(source, QLatin1String(key)), fallbackOf(source, key)).toString());
}

} // namespace

QString OAuthConfig::writeScopeOf(const QString &source)
{
    const SourceFacts *facts = SourceCatalog::find(source);
    return facts ? facts->oauth.writeScope : QString();
}

bool OAuthConfig::lacksWriteScope(const QString &source, const QVariantMap &accountExtra)
{
    const QString writeScope = writeScopeOf(source);
    const QString granted = accountExtra.value(QStringLiteral("scope")).toString();
    if (writeScope.isEmpty() || granted.isEmpty())
        return false;
    const QStringList has = granted.split(u' ', Qt::SkipEmptyParts);
    for (const QString &needed : writeScope.split(u' ', Qt::SkipEmptyParts))
        if (!has.contains(needed))
            return true;
    return false;
}

bool OAuthConfig::supportsBrowserSignIn(const QString &source)
{
    return factsOf(source).has(SignInFacts::Browser);
}

bool OAuthConfig::supportsDeviceFlow(const QString &source)
{
    return factsOf(source).has(SignInFacts::Device);
}

bool OAuthConfig::supportsPersonalToken(const QString &source)
{
    return factsOf(source).has(SignInFacts::PersonalToken) || factsOf(source).has(SignInFacts::SiteToken);
}

bool OAuthConfig::supportsSiteToken(const QString &source)
{
    return factsOf(source).has(SignInFacts::SiteToken);
}

bool OAuthConfig::hasBuiltInClient(const QString &source)
{
    return !builtInOAuthClient(source).clientId.isEmpty();
}

QString OAuthConfig::clientSecretKey(const QString &source, const QString &clientId)
{
    return SecretStore::key(source, QStringLiteral("_client.") + clientId, QStringLiteral("client_secret"));
}

OAuthConfig OAuthConfig::forSource(const Settings &s, const QString &source, const QString &account)
{
    OAuthConfig c;
    c.source = source;
    c.clientId = env(source, "CLIENT_ID");
    if (c.clientId.isEmpty())
        c.clientId = s.value(source + QStringLiteral(".oauth.client_id")).toString();
    const BuiltInOAuthClient builtIn = builtInOAuthClient(source);
    if (c.clientId.isEmpty())
        c.clientId = builtIn.clientId;
    if (!c.clientId.isEmpty() && c.clientId == builtIn.clientId)
        c.builtInSecret = builtIn.clientSecret;
    c.authorizeUrl = url(s, source, "authorize_url", "AUTHORIZE_URL");
    c.tokenUrl = url(s, source, "token_url", "TOKEN_URL");
    c.revokeUrl = url(s, source, "revoke_url", "REVOKE_URL");
    c.deviceUrl = url(s, source, "device_url", "DEVICE_URL");
    c.resourcesUrl = url(s, source, "resources_url", "RESOURCES_URL");
    c.scope = s.value(source + QStringLiteral(".oauth.scope"), fallbackOf(source, "scope")).toString();
    // Writing back switched on for the account asks for the scopes that write — unless the
    // scopes were set by hand.
    const QString writeScope = writeScopeOf(source);
    if (!writeScope.isEmpty() && c.scope == fallbackOf(source, "scope")
        && AccountStore::writesBack(s, source, account.isEmpty() ? Account::defaultId() : account))
        c.scope = writeScope;
    c.redirectPort = quint16(s.value(source + QStringLiteral(".oauth.redirect_port"), fallbackOf(source, "redirect_port")).toUInt());
    c.needsClientSecret = factsOf(source).needsClientSecret;
    c.extraAuthorizeParameters = factsOf(source).authorizeParameters;
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
