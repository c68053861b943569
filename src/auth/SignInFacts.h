#pragma once
#include "Account.h"
#include "Catalog.h"
#include "OAuthConfig.h"

#include <QByteArray>
#include <QCoroTask>
#include <QString>
#include <QVariantMap>

namespace cairn {

class HttpClient;

// How one signs in to a source — given by the source's descriptor (src/sources/<name>/) through
// SignInCatalog; src/auth itself names no source. The OAuth endpoints' and scope's defaults are
// settings (<id>.oauth.*, SourceFacts::oauth); these are the rest.
struct SignInFacts
{
    enum Method {
        Browser = 0x1,       // OAuth in the browser: authorization code + PKCE, loopback redirect
        Device = 0x2,        // OAuth device flow: a code to enter on the service's site
        PersonalToken = 0x4, // a personal access token
        SiteToken = 0x8,     // a site, an e-mail address and an API token (HTTP Basic)
    };

    QString id;
    int methods = Browser;
    bool needsClientSecret = false;  // the token request carries the OAuth app's client secret
    QVariantMap authorizeParameters; // added to the authorization address (access_type=offline, …)
    // "https://example.atlassian.net": what a SiteToken site looks like, for its message.
    QString siteExample;

    // Sign-out revokes a current access token as the app (with the client secret) through
    // `revoke`, instead of the refresh token at the revoke endpoint (RFC 7009) — GitHub.
    bool revokesAccessToken = false;
    // The source's own revocation, instead of RFC 7009's form; true when the service confirmed it.
    QCoro::Task<bool> (*revoke)(HttpClient &http, OAuthConfig config, QByteArray token, QByteArray clientSecret) = nullptr;
    // After a browser sign-in: what the account needs of the service besides its tokens (Jira's
    // cloud id and site); throws cairn::Error.
    QCoro::Task<Account> (*completeAccount)(HttpClient &http, OAuthConfig config, Account account, QByteArray accessToken) = nullptr;

    bool has(Method m) const { return (methods & m) != 0; }
};

using SignInCatalog = Catalog<SignInFacts>;

} // namespace cairn
