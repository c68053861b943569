#include "sim/HttpTypes.h"

#include "sim/SimClock.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

namespace sim {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QUrlQuery HttpRequest::form() const
{
    return parseFormEncoded(body);
}

QJsonObject HttpRequest::json(bool *ok) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    const bool good = err.error == QJsonParseError::NoError && doc.isObject();
    if (ok)
        *ok = good || body.trimmed().isEmpty();
    return doc.object();
}

QString HttpRequest::bearerToken() const
{
    const QByteArray auth = header("Authorization").trimmed();
    if (auth.size() < 7 || auth.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

QUrlQuery parseFormEncoded(QByteArray text)
{
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

HttpReply HttpReply::json(int status, const QJsonObject &o)
{
    return rawJson(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::rawJson(int status, QByteArray body)
{
    HttpReply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpReply HttpReply::adminError(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

HttpReply HttpReply::html(int status, const QString &title, const QString &text)
{
    HttpReply r;
    r.status = status;
    r.contentType = "text/html; charset=UTF-8";
    r.body = QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p></body></html>")
                 .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                 .toUtf8();
    return r;
}

HttpReply HttpReply::redirect(const QUrl &to)
{
    HttpReply r;
    r.status = 302;
    r.contentType = "text/html; charset=UTF-8";
    r.addHeader("Location", to.toEncoded());
    r.body = "<html><body>Moved</body></html>";
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray serializeHead(const HttpReply &reply, const QDateTime &date, bool close)
{
    QByteArray h;
    h.reserve(256);
    h += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    h += "Content-Type: " + reply.contentType + "\r\n";
    h += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    h += "Date: " + SimClock::httpDate(date) + "\r\n";
    h += "Server: cairn-sim\r\n";
    for (const auto &x : reply.headers)
        h += x.first + ": " + x.second + "\r\n";
    if (close)
        h += "Connection: close\r\n";
    h += "\r\n";
    return h;
}

PageParams PageParams::of(const HttpRequest &r, int defaultPerPage, int most)
{
    PageParams p;
    p.perPage = defaultPerPage;
    if (r.hasQuery(QStringLiteral("per_page")))
        p.perPage = std::clamp(r.queryValue(QStringLiteral("per_page")).toInt(), 1, most);
    if (r.hasQuery(QStringLiteral("page")))
        p.page = std::max(1, r.queryValue(QStringLiteral("page")).toInt());
    return p;
}

} // namespace sim
