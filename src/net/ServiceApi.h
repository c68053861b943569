#pragma once
#include "Error.h"
#include "HttpClient.h"

#include <QCoroTask>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <optional>

namespace cairn {

// What every source's API wrapper shares: the service's base URL, JSON requests through the
// shared HttpClient (retry policy, auth, cancellation, counters), and turning a response the
// service refused into the service's own one-line error. A source's Api class holds one.
class ServiceApi
{
public:
    using ErrorMapper = Error (*)(const HttpResponse &);

    // `what` names the service in messages ("Google People"); `mapError` reads its error body.
    ServiceApi(HttpClient &http, QUrl base, QString what, ErrorMapper mapError)
        : m_http(http), m_base(std::move(base)), m_what(std::move(what)), m_mapError(mapError) {}

    HttpClient &http() const { return m_http; }
    const QUrl &base() const { return m_base; }
    const QString &what() const { return m_what; }

    // The base URL with `path` appended to its path (the query is the caller's).
    QUrl endpoint(const QString &path) const;

    // GET with Accept: application/json and any extra headers; any status comes back.
    // (Coroutine parameters by value: references would dangle across suspension.)
    QCoro::Task<HttpResponse> get(QUrl url, QList<QPair<QByteArray, QByteArray>> headers = {});
    // As get(), but a status outside 2xx throws the service's error.
    QCoro::Task<HttpResponse> getOk(QUrl url, QList<QPair<QByteArray, QByteArray>> headers = {});
    // A write (POST, PUT, PATCH, DELETE) with a JSON body when given; any status comes back.
    // `resendable`: as HttpRequest's (false: not sent again after a cut or a 5xx).
    QCoro::Task<HttpResponse> write(QByteArray method, QUrl url, std::optional<QJsonObject> body, bool resendable);
    // As getOk(), the body parsed as a JSON object (Error(BadResponse) if it is not one).
    QCoro::Task<QJsonObject> getJson(QUrl url);
    // As getJson(), with a 404 read as "not there" (nullopt): one item by its id.
    QCoro::Task<std::optional<QJsonObject>> getItem(QUrl url);

    Error errorFor(const HttpResponse &r) const { return m_mapError(r); }
    QJsonObject parseObject(const QByteArray &body) const;

private:
    HttpClient &m_http;
    QUrl m_base;
    QString m_what;
    ErrorMapper m_mapError;
};

// A listing's page tokens (or next-page addresses). One the service hands out twice in the
// same listing means it is going round in circles, and the listing would never end: that is
// an error naming the service, not one more page. reset() when a listing starts over.
class PageLoopGuard
{
public:
    explicit PageLoopGuard(QString what) : m_what(std::move(what)) {}
    void reset() { m_seen.clear(); }
    // The error when `token` was handed out before in this listing ("" never is).
    std::optional<Error> check(const QString &token);
    // As check(), thrown.
    void see(const QString &token);

private:
    QString m_what;
    QSet<QString> m_seen;
};

// How far past the service's own clock (its Date header) an item's time may lie and still
// move a cursor. A time further ahead is not believed as a watermark (the item is stored; the
// cursor stays): one bogus date in 2030 would hide every real edit until a full listing.
constexpr qint64 kFutureMarginSecs = 5 * 60;
// Whether `itemTime` may move a cursor, judged by `serverNow` (the answer's Date) or, without
// one, the local clock with a day's leeway (local clocks can be hours off).
bool isPlausibleCursorTime(const QDateTime &itemTime, const QDateTime &serverNow);

// The server's clock from the response's Date header (RFC 7231 IMF-fixdate), or invalid.
// Sources take time filters from the server, never from the local clock (docs/architecture.md §4).
QDateTime serverTimeOf(const HttpResponse &r);

} // namespace cairn
