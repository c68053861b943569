#include "HttpClient.h"
#include "Cancellation.h"
#include "Clock.h"
#include "Error.h"

#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "cairn.net")

namespace cairn {

void Cancellation::throwIfCancelled() const
{
    if (m_cancelled)
        throw Error(Error::Kind::Cancelled, QStringLiteral("cancelled"));
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

namespace {

QCoro::Task<> sleepCancellable(std::chrono::milliseconds delay, Cancellation *cancel)
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.start(delay);
    QMetaObject::Connection c;
    if (cancel)
        c = QObject::connect(cancel, &Cancellation::cancelled, &timer, [&timer] { timer.start(0); });
    co_await qCoro(timer).waitForTimeout();
    QObject::disconnect(c);
}

bool isTransient(int networkError)
{
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

QString hostOf(const QUrl &url)
{
    return url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_sleep(sleepCancellable)
{
}

bool HttpClient::isAllowedScheme(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress host(url.host());
    return url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
}

QCoro::Task<HttpResponse> HttpClient::attempt(const HttpRequest &request, int *networkError)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(int(m_timeout.count()));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &header : request.headers) // (no structured binding in a coroutine: GCC 12)
        req.setRawHeader(header.first, header.second);
    if (m_auth && !req.hasRawHeader("Authorization")) {
        // (A named task, not a temporary inside co_await: GCC 12.)
        QCoro::Task<QByteArray> authorizing = m_auth->authorization();
        const QByteArray authorization = co_await std::move(authorizing);
        req.setRawHeader("Authorization", authorization);
    }
    if (!request.body.isEmpty() && !req.header(QNetworkRequest::ContentTypeHeader).isValid())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    ++m_requests;
    QNetworkReply *reply = m_nam->sendCustomRequest(req, request.method, request.body);
    QMetaObject::Connection abortOnCancel;
    if (m_cancel)
        abortOnCancel = connect(m_cancel, &Cancellation::cancelled, reply, &QNetworkReply::abort);
    co_await qCoro(reply).waitForFinished();
    disconnect(abortOnCancel);

    HttpResponse r;
    r.url = reply->url();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    m_bytes += r.body.size();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    *networkError = reply->error();
    // A reply that ended with a transport error is no answer, whatever status line came first
    // (a truncated body arrives with its 200 and RemoteHostClosedError).
    if (r.status != 0 && isTransient(*networkError))
        r.status = 0;
    reply->deleteLater();
    co_return r;
}

QCoro::Task<HttpResponse> HttpClient::send(HttpRequest request)
{
    if (!isAllowedScheme(request.url))
        throw Error(Error::Kind::Config,
                    tr("refusing to send credentials over plain http to %1 (https is required)").arg(hostOf(request.url)));
    bool refreshed = false;
    for (int attemptNo = 1;; ++attemptNo) {
        if (m_cancel)
            m_cancel->throwIfCancelled();
        int networkError = 0;
        HttpResponse r = co_await attempt(request, &networkError);
        if (m_cancel)
            m_cancel->throwIfCancelled();

        if (r.status == 401 && m_auth && !refreshed) {
            refreshed = true;
            QCoro::Task<bool> refreshing = m_auth->refreshAfterUnauthorized();
            const bool renewed = co_await std::move(refreshing);
            if (renewed) {
                --attemptNo; // a refreshed retry is not a failure of the policy
                continue;
            }
        }
        const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
        const RateLimitAdvice limit = m_rateLimit && r.status != 0 ? m_rateLimit(r, now) : RateLimitAdvice{};
        if (!limit.limited && r.status != 0 && !RetryPolicy::isRetryableStatus(r.status))
            co_return r;

        auto retryAfter = RetryPolicy::parseRetryAfter(r.header("Retry-After"), now);
        if (limit.limited)
            retryAfter = RetryPolicy::ms(limit.backoff ? limit.wait.count() << std::min(attemptNo - 1, 10) : limit.wait.count());
        RetryPolicy policy = m_policy;
        if (limit.limited && limit.longestWait.count() > 0)
            policy.longestWait = std::min(policy.longestWait, limit.longestWait);
        const auto d = policy.decide(attemptNo, limit.limited ? 429 : r.status, isTransient(networkError), retryAfter,
                                     QRandomGenerator::global()->generateDouble());
        if (!d.retry && limit.limited) {
            Error e(Error::Kind::Http,
                    tr("%1 is rate limiting requests (HTTP %2); try again in %3 min")
                        .arg(hostOf(request.url))
                        .arg(r.status)
                        .arg(std::max<qint64>(1, (retryAfter.value_or(RetryPolicy::ms(0)).count() + 59'999) / 60'000)),
                    r.status);
            e.reason = QStringLiteral("rate_limited");
            throw e;
        }
        if (!d.retry) {
            if (r.status == 0)
                throw Error(Error::Kind::Network,
                            tr("network error talking to %1 (%2 attempts): %3")
                                .arg(hostOf(request.url))
                                .arg(attemptNo)
                                .arg(QVariant::fromValue(QNetworkReply::NetworkError(networkError)).toString()));
            Error e(Error::Kind::Http,
                    r.status == 429 ? tr("%1 keeps answering 429 Too Many Requests (rate limited); try again later")
                                          .arg(hostOf(request.url))
                                    : tr("%1 answered HTTP %2 after %3 attempts").arg(hostOf(request.url)).arg(r.status).arg(attemptNo),
                    r.status);
            throw e;
        }
        ++m_retries;
        qCInfo(lcHttp) << "retrying" << request.url.path() << "status" << r.status << "in" << d.delay.count() << "ms";
        Q_EMIT retrying(attemptNo, r.status, d.delay.count());
        co_await m_sleep(d.delay, m_cancel);
    }
}

} // namespace cairn
