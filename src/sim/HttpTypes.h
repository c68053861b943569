// Plain request/reply values of the simulator, copied out of the socket so a reply can be
// produced later (delay faults) and written as raw HTTP/1.1 bytes.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace sim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;   // "GET", "POST", ...
    QString path;        // decoded path without query
    QUrlQuery query;     // '+' already turned into spaces
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &key) const; // fully decoded, "" when absent
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    QUrlQuery form() const;                       // application/x-www-form-urlencoded body
    QJsonObject json(bool *ok = nullptr) const;   // JSON object body
    QString bearerToken() const;                  // "" when no Bearer authorization
};

// A page of a listing paged by number, as GitHub and GitLab take it: `per_page` (1 to
// `most`; `perPage` when absent) and `page` (from 1).
struct PageParams
{
    int perPage = 30;
    int page = 1;

    static PageParams of(const HttpRequest &r, int defaultPerPage, int most = 100);
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    HeaderList headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    static HttpReply json(int status, const QJsonObject &o);
    static HttpReply rawJson(int status, QByteArray body);
    static HttpReply html(int status, const QString &title, const QString &text);
    static HttpReply redirect(const QUrl &to);
    // The admin API's error form: {"error": message}.
    static HttpReply adminError(int status, const QString &message);
};

// A string field of an admin request body ("" when missing).
inline QString adminField(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toString();
}

QUrlQuery parseFormEncoded(QByteArray text);
QByteArray reasonPhrase(int status);
// Status line + headers (Content-Type, Content-Length, Date, extra headers).
QByteArray serializeHead(const HttpReply &reply, const QDateTime &date, bool close);

} // namespace sim
