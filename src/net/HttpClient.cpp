#include "HttpClient.h"

#include <QIODevice>
#include <cstring>
#include "Cancellation.h"
#include "Clock.h"
#include "Error.h"

#include <QCoroNetworkReply>
#include <QCoroSignal>
#include <QCoroTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "cairn.net")

namespace cairn {

namespace {
// A request body that can be read once, from start to end (isSequential): Qt cannot rewind it
// to send the request again.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

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
    // A coarse timer (Qt's default) may fire 5 % early: a second's Retry-After waited 950 ms
    // and the retry was refused again, with a longer wait (Jira says so, Asana counts it).
    timer.setTimerType(Qt::PreciseTimer);
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

QString HttpClient::schemeProblem(const QUrl &url)
{
    if (isAllowedScheme(url))
        return {};
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("refusing to send credentials to %1 (https is required)")
            .arg(url.scheme().isEmpty() ? QStringLiteral("\"%1\"").arg(url.toDisplayString(QUrl::RemoveUserInfo).left(80))
                                        : url.scheme() + QStringLiteral("://") + url.host());
    return tr("refusing to send credentials over plain http to %1 (https is required)").arg(hostOf(url));
}

bool HttpClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

namespace {

constexpr qint64 kReadBufferBytes = 1024 * 1024;

// What an attempt's reply handlers share with the coroutine that awaits it (on the heap: the
// handlers may run while the coroutine is suspended, and must not outlive what they touch).
struct Transfer
{
    // The body as it came, joined once at the end: appending to one array would copy it at
    // every doubling, and hold two copies at once at the worst moment.
    QByteArrayList parts;
    qint64 size = 0;
    qint64 maxBody = 0;
    bool tooLarge = false;
    bool pastDeadline = false;
};

// A cancelled attempt's reply. Qt 6.4 must not be told to abort it while the connection it
// goes on is still being opened (the first one, or the new one Qt opens by itself to send the
// request again after the server closed the last): that connection's channel is then marked
// busy for good (QHttpNetworkConnectionChannel::abort leaves it Closing, and an unconnected
// socket never says it disconnected), and after six of them the manager never sends a request
// to that host again — a Sync now after a Cancel waited in Qt's queue until its timeout. Once
// the answer's headers came, the connection is open and reading: aborting is safe, and is done
// then (or at once if they came). Until then the reply is let end by itself (the answer, a
// refusal, Qt's transfer timeout) and is deleted when it has; nothing reads it.
void discardUnfinished(QNetworkReply *reply)
{
    QObject::disconnect(reply, nullptr, reply, nullptr); // the body's readers
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        reply->abort();
    else
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, &QNetworkReply::abort);
}

} // namespace

QCoro::Task<HttpResponse> HttpClient::attempt(const HttpRequest &request, int *networkError, Cut *cut)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(int(m_timeout.count()));
    // Credentials stay with the origin they were given for: a redirect to another scheme, host
    // or port is not followed (Qt would send our Authorization header along), and is an error.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (m_auth && !req.hasRawHeader("Authorization")) {
        const QByteArray authorization = co_await m_auth->authorization();
        req.setRawHeader("Authorization", authorization);
    }
    if (!request.body.isEmpty() && !req.header(QNetworkRequest::ContentTypeHeader).isValid())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    ++m_requests;
    QNetworkReply *reply = nullptr;
    if (request.resendable) {
        reply = m_nam->sendCustomRequest(req, request.method, request.body);
    } else {
        // Qt sends a request again by itself when the connection closes before the answer
        // (QHttpNetworkConnectionChannel resends from its copy of the body): a write whose
        // second arrival would apply it twice goes as a stream Qt cannot read twice.
        auto *body = new OneShotBody(request.body);
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        reply = m_nam->sendCustomRequest(req, request.method, body);
        body->setParent(reply);
    }
    // Qt's HTTP thread reads ahead of this one without bound unless it has a read buffer size,
    // and then keeps reading a fast stream without ever looking at its queue: an endless body
    // grew by gigabytes before our abort reached it. Qt 6.4 tells that thread the size only
    // once the request has started (a size set now is lost), so it is set just after: the
    // reply starts from a queued call, and this one is queued behind it.
    QMetaObject::invokeMethod(reply, [reply] { reply->setReadBufferSize(kReadBufferBytes); }, Qt::QueuedConnection);
    // The body is read as it arrives, so that one longer than the cap is cut off there and
    // then (an endless body would otherwise grow without bound in Qt's buffer).
    auto transfer = std::make_shared<Transfer>();
    transfer->maxBody = m_maxBody;
    const auto readSome = [reply, transfer] {
        if (transfer->tooLarge)
            return;

        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > transfer->maxBody || transfer->size + reply->bytesAvailable() > transfer->maxBody) {
            transfer->tooLarge = true;
            reply->abort();
            return;
        }
        if (declared > 0) { // its length known: one array of that size, no join at the end
            if (transfer->parts.isEmpty()) {
                transfer->parts.append(QByteArray());
                transfer->parts.first().reserve(declared);
            }
            const qint64 before = transfer->parts.first().size();
            transfer->parts.first() += reply->readAll();
            transfer->size += transfer->parts.first().size() - before;
            return;
        }
        QByteArray part = reply->readAll();
        if (part.isEmpty())
            return;
        transfer->size += part.size();
        transfer->parts.append(std::move(part));
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, readSome);
    connect(reply, &QIODevice::readyRead, reply, readSome);
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, reply, [reply, transfer] {
        transfer->pastDeadline = true;
        reply->abort();
    });
    deadline.start(m_deadline);
    // The attempt ends with the reply, or at once when the run is cancelled (a one-shot latch).
    Cancellation ended;
    connect(reply, &QNetworkReply::finished, &ended, &Cancellation::cancel);
    QMetaObject::Connection endOnCancel;
    if (m_cancel)
        endOnCancel = connect(m_cancel, &Cancellation::cancelled, &ended, &Cancellation::cancel);
    if (!reply->isFinished() && !(m_cancel && m_cancel->isCancelled()))
        co_await qCoro(&ended, &Cancellation::cancelled);
    deadline.stop();
    disconnect(endOnCancel);
    if (!reply->isFinished()) { // cancelled
        discardUnfinished(reply);
        co_return HttpResponse{};
    }
    readSome();

    HttpResponse r;
    r.url = reply->url();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.bytesRead = transfer->size;
    m_bytes += transfer->size;
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    *networkError = reply->error();
    *cut = transfer->tooLarge ? Cut::TooLarge
        : transfer->pastDeadline ? Cut::Deadline
        : reply->error() == QNetworkReply::InsecureRedirectError ? Cut::Redirect
        : Cut::None;
    if (*cut == Cut::None) // (a body cut off is never read, so never joined)
        r.body = transfer->parts.size() == 1 ? std::move(transfer->parts.first()) : transfer->parts.join();
    transfer->parts.clear();
    // A reply that ended with a transport error is no answer, whatever status line came first
    // (a truncated body arrives with its 200 and RemoteHostClosedError).
    if (r.status != 0 && (isTransient(*networkError) || *cut != Cut::None))
        r.status = 0;
    reply->deleteLater();
    co_return r;
}

Error HttpClient::cutError(const HttpRequest &request, const HttpResponse &r, Cut cut) const
{
    const QString host = hostOf(request.url);
    switch (cut) {
    case Cut::TooLarge:
        return Error(Error::Kind::BadResponse,
                     tr("%1 sent an answer larger than %2 MiB; it was not read (a page of any service is far smaller)")
                         .arg(host).arg(m_maxBody / (1024 * 1024)));
    case Cut::Deadline:
        return Error(Error::Kind::Network,
                     tr("%1 took over %2 s to send one answer (%3 bytes by then); it was not read")
                         .arg(host).arg(m_deadline.count() / 1000).arg(r.bytesRead));
    case Cut::Redirect: {
        QUrl to = QUrl(QString::fromUtf8(r.header("Location")));
        to = r.url.resolved(to);
        return Error(Error::Kind::Network,
                     tr("%1 redirected to another address (%2); not followed, so your credentials stay with %1")
                         .arg(host, to.isValid() && !to.host().isEmpty()
                                        ? to.scheme() + QStringLiteral("://") + hostOf(to)
                                        : tr("elsewhere")));
    }
    case Cut::None:
        break;
    }
    return Error(Error::Kind::Network, tr("network error talking to %1").arg(host));
}

QCoro::Task<HttpResponse> HttpClient::send(HttpRequest request)
{
    if (const QString problem = schemeProblem(request.url); !problem.isEmpty())
        throw Error(Error::Kind::Config, problem);
    bool refreshed = false;
    const QString origin = request.url.scheme() + QStringLiteral("://") + hostOf(request.url);
    for (int attemptNo = 1;; ++attemptNo) {
        if (m_cancel)
            m_cancel->throwIfCancelled();
        // Another request was told to wait: this one waits too — nothing goes to the service
        // before a Retry-After it gave has passed.
        while (m_rateLimitWaits.value(origin) > 0) {
            co_await qCoro(this, &HttpClient::rateLimitWaitOver);
            if (m_cancel)
                m_cancel->throwIfCancelled();
        }
        int networkError = 0;
        Cut cut = Cut::None;
        HttpResponse r = co_await attempt(request, &networkError, &cut);
        if (m_cancel)
            m_cancel->throwIfCancelled();
        if (cut != Cut::None) // a hostile or broken answer: asking again would end the same way
            throw cutError(request, r, cut);

        if (r.status == 401 && m_auth && !refreshed) {
            refreshed = true;
            const bool renewed = co_await m_auth->refreshAfterUnauthorized();
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
        auto d = policy.decide(attemptNo, limit.limited ? 429 : r.status, isTransient(networkError), retryAfter,
                               QRandomGenerator::global()->generateDouble());
        // A write that may have been carried out (a cut connection, a 5xx) is not sent again
        // here: the outbox finds out whether it arrived (issue 22). A rate limit's refusal was
        // not carried out.
        if (!request.resendable && !limit.limited && r.status != 429)
            d.retry = false;
        const bool waitTooLong = retryAfter && *retryAfter > policy.longestWait && r.status != 0
            && RetryPolicy::isRetryableStatus(r.status);
        const bool slowDown = r.status != 0 && (limit.limited || r.status == 429 || retryAfter);
        if (slowDown)
            ++m_rateLimited;
        if (!d.retry && (limit.limited || waitTooLong)) {
            // Longer than this run may wait (a minute when a person or a script is waiting, more
            // for the scheduler): give up now, and say when to come back.
            const qint64 minutes = std::max<qint64>(1, (retryAfter.value_or(RetryPolicy::ms(0)).count() + 59'999) / 60'000);
            Error e(Error::Kind::Http,
                    limit.limited ? tr("%1 is rate limiting requests (HTTP %2); try again in %3 min")
                                        .arg(hostOf(request.url))
                                        .arg(r.status)
                                        .arg(minutes)
                                  : tr("%1 asked to be left alone for %3 min (HTTP %2, Retry-After); try again then")
                                        .arg(hostOf(request.url))
                                        .arg(r.status)
                                        .arg(minutes),
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
        if (slowDown) {
            ++m_rateLimitWaits[origin]; // the client's other requests wait with this one
            m_rateLimitWaitMs += d.delay.count();
            Q_EMIT rateLimitWait(d.delay.count());
            try {
                co_await m_sleep(d.delay, m_cancel);
            } catch (...) {
                endRateLimitWait(origin);
                throw;
            }
            endRateLimitWait(origin);
        } else {
            co_await m_sleep(d.delay, m_cancel);
        }
    }
}

void HttpClient::endRateLimitWait(const QString &origin)
{
    auto it = m_rateLimitWaits.find(origin);
    if (it == m_rateLimitWaits.end() || --it.value() > 0)
        return;
    m_rateLimitWaits.erase(it);
    Q_EMIT rateLimitWaitOver();
}

} // namespace cairn
