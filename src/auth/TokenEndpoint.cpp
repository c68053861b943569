#include "TokenEndpoint.h"
#include "Error.h"
#include "HttpClient.h"
#include "Settings.h"
#include "SignInFacts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cairn {

OAuthTokens OAuthTokens::fromAnswer(const QJsonObject &a, const QDateTime &now)
{
    OAuthTokens t;
    t.accessToken = a.value(QLatin1String("access_token")).toString().toUtf8();
    t.refreshToken = a.value(QLatin1String("refresh_token")).toString().toUtf8();
    t.scope = a.value(QLatin1String("scope")).toString();
    const QJsonValue expires = a.value(QLatin1String("expires_in"));
    const qint64 seconds = expires.isString() ? expires.toString().toLongLong() : qint64(expires.toDouble());
    if (seconds > 0)
        t.expiresAt = now.addSecs(seconds);
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!QStringList{QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("id_token")}.contains(it.key()))
            t.extra.insert(it.key(), it.value());
    return t;
}

TokenAnswer TokenAnswer::parse(int status, const QByteArray &body)
{
    TokenAnswer a;
    a.status = status;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        a.body = doc.object();
    } else if (!body.trimmed().startsWith('<') && !body.trimmed().startsWith('[')) {
        const QUrlQuery q(QString::fromUtf8(body));
        for (const auto &item : q.queryItems(QUrl::FullyDecoded))
            a.body.insert(item.first, item.second);
    }
    return a;
}

namespace oauth {

QCoro::Task<TokenAnswer> postForm(HttpClient &http, QUrl url, QUrlQuery form)
{
    HttpRequest req;
    req.method = "POST";
    req.url = url;
    req.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    req.body = form.toString(QUrl::FullyEncoded).toUtf8();
    const HttpResponse r = co_await http.send(req);
    const TokenAnswer a = TokenAnswer::parse(r.status, r.body);
    co_return a;
}

Error refusal(const OAuthConfig &config, const TokenAnswer &a)
{
    const QString code = a.error().isEmpty() ? QStringLiteral("HTTP %1").arg(a.status) : a.error();
    const QString description = a.body.value(QLatin1String("error_description")).toString();
    Error e(Error::Kind::Auth,
            QCoreApplication::translate("cairn::oauth", "%1 refused the sign-in: %2%3")
                .arg(Settings::displayName(config.source), code,
                     description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description.left(200))),
            a.status);
    e.reason = code;
    return e;
}

QCoro::Task<OAuthTokens> refresh(HttpClient &http, OAuthConfig config, QByteArray clientSecret, QByteArray refreshToken,
                                 QDateTime now)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))));
    form.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(config.clientId)));
    if (!clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(clientSecret))));
    const TokenAnswer a = co_await postForm(http, config.tokenUrl, form);
    if (!a.ok() || a.body.value(QLatin1String("access_token")).toString().isEmpty()) {
        Error e = refusal(config, a);
        if (a.error() == QLatin1String("invalid_grant") || a.status == 401 || a.status == 400)
            e.message = QCoreApplication::translate("cairn::oauth", "the sign-in to %1 has expired or was revoked (%2); sign in again")
                            .arg(Settings::displayName(config.source), e.reason);
        throw e;
    }
    co_return OAuthTokens::fromAnswer(a.body, now);
}

QCoro::Task<bool> revoke(HttpClient &http, OAuthConfig config, QByteArray token, QByteArray clientSecret)
{
    if (config.revokeUrl.isEmpty() || token.isEmpty())
        co_return false;
    // The source's own way (GitHub: DELETE /applications/{client_id}/token, as the app).
    const SignInFacts *facts = SignInCatalog::find(config.source);
    if (facts && facts->revoke) {
        const bool revoked = co_await facts->revoke(http, config, token, clientSecret);
        co_return revoked;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(token))));
    form.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(config.clientId)));
    const TokenAnswer a = co_await postForm(http, config.revokeUrl, form);
    // 400 invalid_token: already dead, which is what we wanted.
    co_return a.ok() || a.error() == QLatin1String("invalid_token");
}

} // namespace oauth
} // namespace cairn
