#include "OAuthBrowser.h"
#include "Account.h"
#include "Error.h"
#include "SecretStore.h"
#include "SignIn.h"
#include "Settings.h"

#include <QCoroTask>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

namespace cairn::test {

int OAuthBrowser::get(const QUrl &url, bool follow, QUrl *location)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     follow ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (location)
        *location = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    return status;
}

int OAuthBrowser::visit(const QUrl &url)
{
    return get(url, true, nullptr);
}

QUrl OAuthBrowser::redirectOf(const QUrl &url)
{
    QUrl to;
    get(url, false, &to);
    return to;
}

void useSimOAuth(Settings &settings, const QString &source, const QUrl &simBase, const QString &clientId)
{
    const QString base = simBase.toString() + QStringLiteral("/oauth/") + source;
    settings.setValue(source + QStringLiteral(".oauth.client_id"), clientId);
    settings.setValue(source + QStringLiteral(".oauth.authorize_url"), base + QStringLiteral("/authorize"));
    settings.setValue(source + QStringLiteral(".oauth.token_url"), base + QStringLiteral("/token"));
    // GitHub revokes on its API host, as the app: DELETE /applications/{client_id}/token.
    settings.setValue(source + QStringLiteral(".oauth.revoke_url"),
                      source == QLatin1String("github") ? simBase.toString() + QStringLiteral("/github/applications")
                                                        : base + QStringLiteral("/revoke"));
    settings.setValue(source + QStringLiteral(".oauth.device_url"), base + QStringLiteral("/device_code"));
    settings.setValue(source + QStringLiteral(".oauth.resources_url"), base + QStringLiteral("/accessible-resources"));
    if (source == QLatin1String("asana") || source == QLatin1String("jira"))
        settings.setValue(source + QStringLiteral(".oauth.redirect_port"), freeLoopbackPort());
}

quint16 freeLoopbackPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString uniqueAccount(const QString &prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

std::optional<QByteArray> keychainRead(const QString &key)
{
    return QCoro::waitFor(SecretStore::read(key));
}

void keychainWrite(const QString &key, const QByteArray &secret)
{
    QCoro::waitFor(SecretStore::write(key, secret));
}

void keychainRemove(const QString &key)
{
    QCoro::waitFor(SecretStore::remove(key));
}

namespace {
QCoro::Task<bool> accepted(SignIn *in, QString source, QString account, QByteArray token)
{
    bool ok = false;
    try {
        co_await in->withToken(source, account, token);
        ok = true;
    } catch (const Error &) {
    }
    co_return ok;
}
} // namespace

void TestSecrets::addAccount(const QString &source, const QString &account)
{
    for (const QString &kind : Account::secretKinds())
        m_keys << SecretStore::key(source, account, kind);
}

bool TestSecrets::signInWithToken(Settings &settings, const QString &source, const QString &account, const QByteArray &token)
{
    addAccount(source, account);
    QNetworkAccessManager nam;
    SignIn in(settings, &nam);
    return QCoro::waitFor(accepted(&in, source, account, token));
}

void TestSecrets::forget()
{
    for (const QString &k : std::as_const(m_keys))
        keychainRemove(k);
    m_keys.clear();
}

} // namespace cairn::test
