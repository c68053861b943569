// Test helper: a synchronous HTTP client (plain QNetworkAccessManager) for the simulator tests.
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace simtest {

struct Response
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

class Http
{
public:
    explicit Http(const QUrl &base, QString token = QStringLiteral("cairn-sim-token"))
        : m_base(base), m_token(std::move(token)) {}

    void setToken(const QString &t) { m_token = t; }
    // A header sent with every following request ("" value: no longer sent).
    void setHeader(const QByteArray &name, const QByteArray &value) { m_extra.insert(name, value); }

    Response send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                  const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                  int timeoutMs = 15000)
    {
        QUrl url = m_base;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!m_token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
            if (!it.value().isEmpty())
                req.setRawHeader(it.key(), it.value());
        if (!body.isEmpty() || verb == "POST")
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.elapsedMs = timer.elapsed();
        if (!reply->isFinished()) {
            reply->abort();
            r.error = QNetworkReply::TimeoutError;
        } else {
            r.error = reply->error();
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }
    Response get(const QString &path, const QUrlQuery &query = {}) { return send("GET", path, query); }
    Response postJson(const QString &path, const QJsonObject &o)
    {
        return send("POST", path, {}, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    Response postForm(const QString &path, const QUrlQuery &form)
    {
        return send("POST", path, {}, form.toString(QUrl::FullyEncoded).toLatin1(),
                    "application/x-www-form-urlencoded");
    }

private:
    QUrl m_base;
    QString m_token;
    QMap<QByteArray, QByteArray> m_extra;
    QNetworkAccessManager m_nam;
};

inline QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q;
}

} // namespace simtest
