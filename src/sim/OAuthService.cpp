#include "sim/OAuthService.h"

#include "sim/SimClock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sim {

namespace {
HttpReply oauthError(int status, const QString &error, const QString &description)
{
    HttpReply r = HttpReply::json(status, {{QStringLiteral("error"), error},
                                           {QStringLiteral("error_description"), description}});
    r.addHeader("Cache-Control", "no-store");
    return r;
}

bool isLoopbackRedirect(const QUrl &u)
{
    return u.isValid() && u.scheme() == QLatin1String("http")
           && (u.host() == QLatin1String("127.0.0.1") || u.host() == QLatin1String("localhost")
               || u.host() == QLatin1String("[::1]") || u.host() == QLatin1String("::1"))
           && u.fragment().isEmpty();
}
} // namespace

OAuthClientConfig OAuthClientConfig::from(const Options &o)
{
    OAuthClientConfig c;
    c.clientId = o.oauthClientId;
    c.clientSecret = o.oauthClientSecret;
    c.rotateRefreshTokens = o.rotateRefreshTokens;
    c.accessTokenLifetimeSeconds = o.accessTokenLifetimeSeconds;
    return c;
}

OAuthService::OAuthService(SimClock &clock, quint32 seed)
    : m_clock(clock)
    , m_rng(seed ^ 0x5eed0a17u)
{
}

void OAuthService::registerSource(const QString &source, const OAuthClientConfig &config)
{
    m_sources.insert(source, config);
}

QString OAuthService::randomToken(const char *prefix, int bytes)
{
    QByteArray raw;
    for (int i = 0; i < bytes; i += 4) {
        const quint32 v = m_rng();
        raw.append(reinterpret_cast<const char *>(&v), 4);
    }
    return QString::fromLatin1(prefix)
           + QString::fromLatin1(raw.left(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OAuthService::isValidAccessToken(const QString &source, const QString &token) const
{
    if (token.isEmpty())
        return false;
    if (!m_staticToken.isEmpty() && token == m_staticToken)
        return true;
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd())
        return false;
    const Grant &g = m_grants[it->grant];
    return g.alive && g.source == source && m_clock.nowMs() < it->expiresMs;
}

std::optional<QString> OAuthService::scopeOf(const QString &token) const
{
    const auto it = m_access.constFind(token);
    if (isStaticToken(token) || it == m_access.constEnd())
        return std::nullopt;
    return m_grants[it->grant].scope;
}

HttpReply OAuthService::handle(const QString &source, const QString &action, const HttpRequest &request)
{
    if (!m_sources.contains(source))
        return HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("Unknown OAuth source."));
    if (action == QLatin1String("authorize") && request.method == "GET")
        return authorize(source, request);
    if (action == QLatin1String("token") && request.method == "POST")
        return token(source, request);
    if (action == QLatin1String("revoke") && request.method == "POST")
        return revokeRequest(request);
    const OAuthClientConfig &cfg = m_sources[source];
    if (cfg.deviceFlow && action == QLatin1String("device_code") && request.method == "POST")
        return deviceCode(source, request);
    if (cfg.deviceFlow && action == QLatin1String("device") && request.method == "GET")
        return deviceApprove(request);
    if (!cfg.resourceScopes.isEmpty() && action == QLatin1String("accessible-resources") && request.method == "GET")
        return accessibleResources(source, request);
    return HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("Unknown OAuth endpoint."));
}

HttpReply OAuthService::authorize(const QString &source, const HttpRequest &r)
{
    const OAuthClientConfig &cfg = m_sources[source];
    const QString clientId = r.queryValue(QStringLiteral("client_id"));
    if (clientId != cfg.clientId)
        return HttpReply::html(400, QStringLiteral("Error 401: invalid_client"), QStringLiteral("The OAuth client was not found."));
    const QUrl redirect(r.queryValue(QStringLiteral("redirect_uri")), QUrl::StrictMode);
    if (!isLoopbackRedirect(redirect))
        return HttpReply::html(400, QStringLiteral("Error 400: redirect_uri_mismatch"),
                               QStringLiteral("redirect_uri must be a loopback address: http://127.0.0.1:PORT/ or http://localhost:PORT/."));
    if (r.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return HttpReply::html(400, QStringLiteral("Error 400: invalid_request"), QStringLiteral("response_type must be code."));
    Code code;
    code.source = source;
    code.clientId = clientId;
    code.redirectUri = r.queryValue(QStringLiteral("redirect_uri"));
    code.challenge = r.queryValue(QStringLiteral("code_challenge"));
    code.method = r.queryValue(QStringLiteral("code_challenge_method"));
    if (code.method.isEmpty() && !code.challenge.isEmpty())
        code.method = QStringLiteral("plain");
    if (!code.challenge.isEmpty() && code.method != QLatin1String("S256") && code.method != QLatin1String("plain"))
        return HttpReply::html(400, QStringLiteral("Error 400: invalid_request"), QStringLiteral("Unsupported code_challenge_method."));
    code.scope = r.queryValue(QStringLiteral("scope"));
    code.offline = !cfg.refreshNeedsOffline || r.queryValue(QStringLiteral("access_type")) == QLatin1String("offline");
    code.expiresMs = m_clock.nowMs() + 10 * 60 * 1000;
    const QString value = randomToken("4/0A", 30);
    m_codes.insert(value, code);

    QUrl to = redirect;
    QUrlQuery q(to);
    q.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (r.hasQuery(QStringLiteral("state")))
        q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(r.queryValue(QStringLiteral("state")))));
    if (!code.scope.isEmpty())
        q.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(code.scope)));
    to.setQuery(q);
    return HttpReply::redirect(to);
}

QJsonObject OAuthService::newAccess(int grant, bool withRefresh)
{
    const OAuthClientConfig &cfg = m_sources[m_grants[grant].source];
    const QString access = randomToken("ya29.sim-", 48);
    m_access.insert(access, {grant, m_clock.nowMs() + qint64(cfg.accessTokenLifetimeSeconds) * 1000});
    QJsonObject o{{QStringLiteral("access_token"), access},
                  {QStringLiteral("expires_in"), cfg.accessTokenLifetimeSeconds},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (!m_grants[grant].scope.isEmpty())
        o.insert(QStringLiteral("scope"), m_grants[grant].scope);
    if (withRefresh) {
        const QString refresh = randomToken("1//0sim-", 48);
        m_refresh.insert(refresh, grant);
        o.insert(QStringLiteral("refresh_token"), refresh);
    }
    return o;
}

HttpReply OAuthService::token(const QString &source, const HttpRequest &r)
{
    const OAuthClientConfig &cfg = m_sources[source];
    const QUrlQuery form = r.form();
    auto value = [&form](const char *key) { return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded); };
    QString clientId = value("client_id");
    QString secret = value("client_secret");
    const QByteArray basic = r.header("Authorization");
    if (basic.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(basic.mid(6).trimmed());
        clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(pair.indexOf(':'))));
        secret = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(pair.indexOf(':') + 1)));
    }
    if (clientId != cfg.clientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("The OAuth client was not found."));
    const QString grantType = value("grant_type");
    const bool deviceGrant = grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code");
    if (((cfg.requireSecret && !deviceGrant) || !secret.isEmpty()) && secret != cfg.clientSecret)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));

    QJsonObject answer;
    if (grantType == QLatin1String("authorization_code")) {
        const QString codeText = value("code");
        const auto it = m_codes.find(codeText);
        if (it == m_codes.end())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Malformed auth code."));
        const Code code = *it;
        m_codes.erase(it); // single use, even when the exchange fails
        if (code.source != source || code.clientId != clientId || m_clock.nowMs() > code.expiresMs)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Bad Request"));
        if (value("redirect_uri") != code.redirectUri)
            return oauthError(400, QStringLiteral("redirect_uri_mismatch"), QStringLiteral("Bad Request"));
        if (!code.challenge.isEmpty()) {
            const QString verifier = value("code_verifier");
            const QString computed = code.method == QLatin1String("S256")
                ? QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                : verifier;
            if (verifier.isEmpty() || computed != code.challenge)
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Bad Request"));
        }
        m_grants.append({source, clientId, code.scope, true});
        answer = newAccess(int(m_grants.size() - 1), code.offline);
    } else if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = value("refresh_token");
        const auto it = m_refresh.find(refresh);
        if (it == m_refresh.end() || !m_grants[*it].alive || m_grants[*it].source != source)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Token has been expired or revoked."));
        const int grant = *it;
        if (cfg.rotateRefreshTokens)
            m_refresh.erase(it);
        answer = newAccess(grant, cfg.rotateRefreshTokens);
    } else if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code") && cfg.deviceFlow) {
        return deviceToken(source, clientId, form);
    } else if (grantType.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("Missing required parameter: grant_type"));
    } else {
        return oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Invalid grant_type: ") + grantType);
    }
    HttpReply reply = HttpReply::json(200, answer);
    reply.addHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    reply.addHeader("Pragma", "no-cache");
    return reply;
}

bool OAuthService::revoke(const QString &token)
{
    int grant = -1;
    if (m_access.contains(token))
        grant = m_access.value(token).grant;
    else if (m_refresh.contains(token))
        grant = m_refresh.value(token);
    if (grant < 0 || !m_grants[grant].alive)
        return false;
    m_grants[grant].alive = false;
    return true;
}

HttpReply OAuthService::revokeRequest(const HttpRequest &r)
{
    QString token = r.form().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        token = r.queryValue(QStringLiteral("token"));
    if (!revoke(token))
        return oauthError(400, QStringLiteral("invalid_token"), QStringLiteral("Token expired or revoked"));
    return HttpReply::json(200, {});
}

// GitHub's device flow: POST device_code -> user_code; the person approves at the
// verification URI (here GET /oauth/<source>/device?user_code=...); the app polls the token
// endpoint with the device grant: authorization_pending, slow_down, expired_token.
HttpReply OAuthService::deviceCode(const QString &source, const HttpRequest &r)
{
    const OAuthClientConfig &cfg = m_sources[source];
    const QUrlQuery form = r.form();
    if (form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != cfg.clientId)
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("The OAuth client was not found."));
    Device d;
    d.source = source;
    d.clientId = cfg.clientId;
    d.scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    static const char letters[] = "BCDFGHJKLMNPQRSTVWXZ";
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            d.userCode += u'-';
        d.userCode += QLatin1Char(letters[m_rng() % 20]);
    }
    d.expiresMs = m_clock.nowMs() + 15 * 60 * 1000;
    d.interval = cfg.deviceIntervalSeconds;
    const QString device = randomToken("dev-", 30);
    m_devices.insert(device, d);
    const QString host = QString::fromLatin1(r.header("Host"));
    return HttpReply::json(200, {{QStringLiteral("device_code"), device},
                                 {QStringLiteral("user_code"), d.userCode},
                                 {QStringLiteral("verification_uri"),
                                  QStringLiteral("http://%1/oauth/%2/device").arg(host, source)},
                                 {QStringLiteral("expires_in"), 900},
                                 {QStringLiteral("interval"), d.interval}});
}

HttpReply OAuthService::deviceApprove(const HttpRequest &r)
{
    const QString code = r.queryValue(QStringLiteral("user_code")).toUpper();
    for (auto it = m_devices.begin(); it != m_devices.end(); ++it) {
        if (it->userCode == code && m_clock.nowMs() < it->expiresMs) {
            it->approved = true;
            return HttpReply::html(200, QStringLiteral("Congratulations, you're all set!"),
                                   QStringLiteral("Your device is now connected."));
        }
    }
    return HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("Unknown or expired code."));
}

HttpReply OAuthService::deviceToken(const QString &source, const QString &clientId, const QUrlQuery &form)
{
    const auto it = m_devices.find(form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded));
    if (it == m_devices.end() || it->source != source || it->clientId != clientId)
        return oauthError(400, QStringLiteral("incorrect_device_code"), QStringLiteral("The device_code provided is not valid."));
    const qint64 now = m_clock.nowMs();
    if (now > it->expiresMs) {
        m_devices.erase(it);
        return oauthError(400, QStringLiteral("expired_token"), QStringLiteral("The device_code has expired."));
    }
    if (!it->approved) {
        // Real time, not the server clock: polling too fast is about the app's own timer.
        const qint64 real = QDateTime::currentMSecsSinceEpoch();
        const bool tooFast = it->lastPollMs > 0 && real - it->lastPollMs < qint64(it->interval) * 1000 - 200;
        it->lastPollMs = real;
        if (tooFast) {
            it->interval += 5;
            HttpReply slow = oauthError(400, QStringLiteral("slow_down"), QStringLiteral("Too many requests have been made in the same timeframe."));
            return slow;
        }
        return oauthError(400, QStringLiteral("authorization_pending"), QStringLiteral("The authorization request is still pending."));
    }
    const Device d = *it;
    m_devices.erase(it);
    m_grants.append({source, d.clientId, d.scope, true});
    return HttpReply::json(200, newAccess(int(m_grants.size() - 1), m_sources[source].rotateRefreshTokens));
}

// Jira 3LO: the sites (cloud ids) the token may use.
HttpReply OAuthService::accessibleResources(const QString &source, const HttpRequest &r)
{
    if (!isValidAccessToken(source, r.bearerToken()))
        return HttpReply::json(401, {{QStringLiteral("code"), 401}, {QStringLiteral("message"), QStringLiteral("Unauthorized")}});
    const QString host = QString::fromLatin1(r.header("Host"));
    const QJsonArray sites{QJsonObject{{QStringLiteral("id"), QStringLiteral("11111111-2222-4333-8444-555555555555")},
                                       {QStringLiteral("url"), QStringLiteral("http://%1/%2").arg(host, source)},
                                       {QStringLiteral("name"), QStringLiteral("cairn-sim")},
                                       {QStringLiteral("scopes"), QJsonArray::fromStringList(m_sources[source].resourceScopes)}}};
    return HttpReply::rawJson(200, QJsonDocument(sites).toJson(QJsonDocument::Compact));
}

OAuthService::Tokens OAuthService::issue(const QString &source, const QString &scope)
{
    const OAuthClientConfig &cfg = m_sources[source];
    m_grants.append({source, cfg.clientId, scope, true});
    const QJsonObject o = newAccess(int(m_grants.size() - 1), true);
    return {o.value(QStringLiteral("access_token")).toString(), o.value(QStringLiteral("refresh_token")).toString()};
}

} // namespace sim
