#include "ServiceApi.h"

#include <QJsonDocument>
#include "Json.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace cairn {

QUrl ServiceApi::endpoint(const QString &path) const
{
    QUrl url = m_base;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QCoro::Task<HttpResponse> ServiceApi::get(QUrl url, QList<QPair<QByteArray, QByteArray>> headers)
{
    HttpRequest req;
    req.url = url;
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    req.headers.append(headers);
    HttpResponse r = co_await m_http.send(req);
    co_return r;
}

QCoro::Task<HttpResponse> ServiceApi::write(QByteArray method, QUrl url, std::optional<QJsonObject> body, bool resendable)
{
    HttpRequest req;
    req.method = method;
    req.url = url;
    req.resendable = resendable;
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (body) {
        req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        req.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    HttpResponse r = co_await m_http.send(req);
    co_return r;
}

QCoro::Task<HttpResponse> ServiceApi::getOk(QUrl url, QList<QPair<QByteArray, QByteArray>> headers)
{
    HttpResponse r = co_await get(url, headers);
    if (!r.ok())
        throw m_mapError(r);
    co_return r;
}

QCoro::Task<QJsonObject> ServiceApi::getJson(QUrl url)
{
    const HttpResponse r = co_await getOk(url);
    co_return parseObject(r.body);
}

QCoro::Task<std::optional<QJsonObject>> ServiceApi::getItem(QUrl url)
{
    const HttpResponse r = co_await get(url);
    if (r.status == 404)
        co_return std::nullopt;
    if (!r.ok())
        throw errorFor(r);
    co_return parseObject(r.body);
}

QJsonObject ServiceApi::parseObject(const QByteArray &body) const
{
    return json::parseObject(body, m_what);
}

std::optional<Error> PageLoopGuard::check(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    if (m_seen.contains(token))
        return Error(Error::Kind::BadResponse,
                     QCoreApplication::translate("cairn::ServiceApi",
                                                 "%1 handed out the same next page twice in one listing (it would never end); stopped after %n page(s)",
                                                 nullptr, int(m_seen.size()))
                         .arg(m_what));
    m_seen.insert(token);
    return std::nullopt;
}

void PageLoopGuard::see(const QString &token)
{
    if (std::optional<Error> e = check(token))
        throw *e;
}

bool isPlausibleCursorTime(const QDateTime &itemTime, const QDateTime &serverNow)
{
    if (!itemTime.isValid())
        return false;
    const QDateTime limit = serverNow.isValid() ? serverNow.addSecs(kFutureMarginSecs)
                                                : QDateTime::currentDateTimeUtc().addDays(1);
    return itemTime <= limit;
}

QDateTime serverTimeOf(const HttpResponse &r)
{
    QByteArray date = r.header("Date").trimmed();
    if (date.isEmpty())
        return {};
    // The header changes once a second and a listing gets many answers a second; parsing it
    // (QLocale with a format) cost a tenth of a GitHub sync's thread. The last one is kept.
    thread_local QByteArray lastHeader;
    thread_local QDateTime lastTime;
    if (date == lastHeader)
        return lastTime;
    const QByteArray header = date;
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(date.replace(" GMT", "")),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    else
        t = QDateTime();
    lastHeader = header;
    lastTime = t;
    return t;
}

} // namespace cairn
