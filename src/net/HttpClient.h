#pragma once
#include "RetryPolicy.h"

#include <QCoroTask>
#include "Cancellation.h"
#include "Error.h"
#include <QHash>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cairn {

class Cancellation;
class Clock;

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url;
    qint64 bytesRead = 0; // of the body, also when it was cut off (and `body` left empty)

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool ok() const { return status >= 200 && status < 300; }
};

// Supplies the Authorization header; may refresh once after a 401 (issue: accounts).
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual QCoro::Task<QByteArray> authorization() = 0;
    // Called after a 401: true when new credentials were obtained and the request may be retried once.
    virtual QCoro::Task<bool> refreshAfterUnauthorized() { co_return false; }
};

class BearerToken final : public Authenticator
{
public:
    explicit BearerToken(QByteArray token) : m_token(std::move(token)) {}
    QCoro::Task<QByteArray> authorization() override { co_return "Bearer " + m_token; }

private:
    QByteArray m_token;
};

// HTTP Basic: a user name and a secret (Jira: account email and API token).
class BasicAuth final : public Authenticator
{
public:
    BasicAuth(const QByteArray &user, const QByteArray &secret) : m_encoded((user + ':' + secret).toBase64()) {}
    QCoro::Task<QByteArray> authorization() override { co_return "Basic " + m_encoded; }

private:
    QByteArray m_encoded;
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // False for a write whose second arrival would apply it twice (a create, an edit checked
    // against a version): sent again only after a rate limit's refusal, never after a cut
    // connection or a 5xx, which may have come after the service carried it out.
    bool resendable = true;
};

// What a service's answer says about its rate limit (read by the source that knows the
// service's headers, e.g. GitHub's x-ratelimit-remaining 0). `limited`: the request was
// refused for the rate limit and may be sent again after `wait` (doubled per attempt when
// `backoff`); a wait beyond `longestWait` (0: the policy's) fails the run with reason
// "rate_limited" at once, so that the scheduler tries again later.
struct RateLimitAdvice
{
    bool limited = false;
    std::chrono::milliseconds wait{0};
    bool backoff = false;
    std::chrono::milliseconds longestWait{0};
};

// The HTTP layer every source shares: one QNetworkAccessManager, the retry policy, auth,
// timeouts, cancellation, and counters of the run (docs/architecture.md §2).
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Sleeper = std::function<QCoro::Task<>(std::chrono::milliseconds, Cancellation *)>;

    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &p) { m_policy = p; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setSleeper(Sleeper s) { m_sleep = std::move(s); }
    void setAuthenticator(std::shared_ptr<Authenticator> a) { m_auth = std::move(a); }
    // Silence allowed between two bytes of an answer (Qt's transfer timeout; retried).
    void setTransferTimeout(std::chrono::milliseconds t) { m_timeout = t; }
    // The longest one attempt may take from sending to the last byte, however steadily bytes
    // trickle in (a body sent one byte a second never trips the transfer timeout). Not retried.
    void setDeadline(std::chrono::milliseconds d) { m_deadline = d; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // The largest answer body read, after decompression; a longer one is cut off and the
    // request fails (not retried). Far above the largest real page of any service (README).
    void setMaxBodyBytes(qint64 n) { m_maxBody = n; }
    qint64 maxBodyBytes() const { return m_maxBody; }
    static constexpr qint64 kDefaultMaxBodyBytes = 64 * 1024 * 1024;
    static constexpr std::chrono::milliseconds kDefaultDeadline{90'000};
    void setCancellation(Cancellation *c) { m_cancel = c; }
    void setClock(const Clock *c) { m_clock = c; }
    using RateLimitReader = std::function<RateLimitAdvice(const HttpResponse &, const QDateTime &now)>;
    void setRateLimitReader(RateLimitReader r) { m_rateLimit = std::move(r); }

    // Sends `request`, retrying per the policy. Returns the final response for any status the
    // policy does not retry (the caller reads 4xx bodies); throws cairn::Error for a network
    // failure or a retryable status that outlasted the policy, and Error(Cancelled).
    QCoro::Task<HttpResponse> send(HttpRequest request);
    // Waits `d` with the client's sleeper (a source keeping to its quota); throws Error(Cancelled).
    QCoro::Task<> pause(std::chrono::milliseconds d) { return m_sleep(d, m_cancel); }

    // Counters since construction or resetCounters(): every attempt counts as a call.
    int requestCount() const { return m_requests; }
    qint64 bytesReceived() const { return m_bytes; }
    int retryCount() const { return m_retries; }
    // Answers that asked to slow down (a 429, a Retry-After, the source's RateLimitAdvice)
    // and the waits they were given, added up over the requests that waited.
    int rateLimitedCount() const { return m_rateLimited; }
    qint64 rateLimitWaitMs() const { return m_rateLimitWaitMs; }
    void resetCounters() { m_requests = m_retries = m_rateLimited = 0; m_bytes = m_rateLimitWaitMs = 0; }

    // Whether plain http may be used for `url` (only loopback: the simulator and tests).
    static bool isAllowedScheme(const QUrl &url);
    // "" when credentials may be sent to `url` (https, or http to loopback); else why not, as
    // one line naming the address.
    static QString schemeProblem(const QUrl &url);
    // Whether `a` and `b` are the same origin (scheme, host and port; RFC 6454).
    static bool sameOrigin(const QUrl &a, const QUrl &b);

Q_SIGNALS:
    void retrying(int attempt, int status, qint64 delayMs);
    // A request sits out a rate limit's wait of `delayMs` (the client's others wait with it).
    void rateLimitWait(qint64 delayMs);
    // The last of this client's requests sitting out a rate limit's wait has waited it.
    void rateLimitWaitOver();

private:
    // How an attempt ended when it was not by the server's last byte.
    enum class Cut { None, TooLarge, Deadline, Redirect };
    QCoro::Task<HttpResponse> attempt(const HttpRequest &request, int *networkError, Cut *cut);
    Error cutError(const HttpRequest &request, const HttpResponse &r, Cut cut) const;
    void endRateLimitWait(const QString &origin);

    QNetworkAccessManager *m_nam;
    RetryPolicy m_policy;
    Sleeper m_sleep;
    std::shared_ptr<Authenticator> m_auth;
    std::chrono::milliseconds m_timeout{60'000};
    std::chrono::milliseconds m_deadline = kDefaultDeadline;
    qint64 m_maxBody = kDefaultMaxBodyBytes;
    QPointer<Cancellation> m_cancel;
    const Clock *m_clock = nullptr;
    RateLimitReader m_rateLimit;
    // Per origin, how many of this client's requests are waiting out a rate limit (429, a
    // Retry-After, the source's RateLimitAdvice): until they have, no other request of the
    // client goes there (parallel requests would be refused, and Asana counts refusals too).
    QHash<QString, int> m_rateLimitWaits;
    int m_requests = 0;
    int m_retries = 0;
    qint64 m_bytes = 0;
    int m_rateLimited = 0;
    qint64 m_rateLimitWaitMs = 0;
};

} // namespace cairn
