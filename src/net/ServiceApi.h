#pragma once
#include "Error.h"
#include "HttpClient.h"

#include <QCoroTask>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

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
    // As getOk(), the body parsed as a JSON object (Error(BadResponse) if it is not one).
    QCoro::Task<QJsonObject> getJson(QUrl url);

    Error errorFor(const HttpResponse &r) const { return m_mapError(r); }
    QJsonObject parseObject(const QByteArray &body) const;

private:
    HttpClient &m_http;
    QUrl m_base;
    QString m_what;
    ErrorMapper m_mapError;
};

// The server's clock from the response's Date header (RFC 7231 IMF-fixdate), or invalid.
// Sources take time filters from the server, never from the local clock (docs/architecture.md §4).
QDateTime serverTimeOf(const HttpResponse &r);

} // namespace cairn
