#pragma once
#include "Error.h"
#include "OAuthConfig.h"

#include <QByteArray>
#include <QCoroTask>
#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>

namespace cairn {

class HttpClient;

// What a token endpoint grants. The token you send and the token you receive are
// different variables: a refresh returns a new OAuthTokens, it never edits the old one.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the service sent none (no rotation, or none at all)
    QDateTime expiresAt;     // invalid: does not expire
    QString scope;
    QJsonObject extra;       // the rest of the answer (Asana's data, ...)

    static OAuthTokens fromAnswer(const QJsonObject &answer, const QDateTime &now);
};

// The token endpoint's answer to a form POST: JSON or form-encoded (GitHub without
// Accept: JSON), HTTP status kept. Network failures throw Error(Network).
struct TokenAnswer
{
    int status = 0;
    QJsonObject body;
    QString error() const { return body.value(QLatin1String("error")).toString(); }
    bool ok() const { return status >= 200 && status < 300 && error().isEmpty(); }
    static TokenAnswer parse(int status, const QByteArray &body);
};

namespace oauth {

QCoro::Task<TokenAnswer> postForm(HttpClient &http, QUrl url, QUrlQuery form);

// refresh_token grant. invalid_grant (expired, revoked, rotated away) throws Error(Auth)
// "needs sign-in"; any other refusal Error(Auth) with the service's words.
QCoro::Task<OAuthTokens> refresh(HttpClient &http, OAuthConfig config, QByteArray clientSecret,
                                 QByteArray refreshToken, QDateTime now);

// Revokes `token` where the service has a revoke endpoint; false when it has none. A source
// with its own way (SignInFacts::revoke: GitHub revokes as the OAuth app, with `clientSecret`
// from the keychain, and sends nothing without it) is revoked that way.
QCoro::Task<bool> revoke(HttpClient &http, OAuthConfig config, QByteArray token, QByteArray clientSecret = {});

// A one-line error for a refused token request (no token in it).
Error refusal(const OAuthConfig &config, const TokenAnswer &answer);

} // namespace oauth
} // namespace cairn
