#pragma once
#include "RetryPolicy.h"

#include <QCoroTask>
#include "Cancellation.h"
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
// (The value is built in the co_return: GCC 12 moves from a member named there, emptying it.)
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
    void setTransferTimeout(std::chrono::milliseconds t) { m_timeout = t; }
    void setCancellation(Cancellation *c) { m_cancel = c; }
    void setClock(const Clock *c) { m_clock = c; }
    using RateLimitReader = std::function<RateLimitAdvice(const HttpResponse &, const QDateTime &now)>;
    void setRateLimitReader(RateLimitReader r) { m_rateLimit = std::move(r); }

    // Sends `request`, retrying per the policy. Returns the final response for any status the
    // policy does not retry (the caller reads 4xx bodies); throws cairn::Error for a network
    // failure or a retryable status that outlasted the policy, and Error(Cancelled).
    QCoro::Task<HttpResponse> send(HttpRequest request);

    // Counters since construction or resetCounters(): every attempt counts as a call.
    int requestCount() const { return m_requests; }
    qint64 bytesReceived() const { return m_bytes; }
    int retryCount() const { return m_retries; }
    void resetCounters() { m_requests = m_retries = 0; m_bytes = 0; }

    // Whether plain http may be used for `url` (only loopback: the simulator and tests).
    static bool isAllowedScheme(const QUrl &url);

Q_SIGNALS:
    void retrying(int attempt, int status, qint64 delayMs);

private:
    QCoro::Task<HttpResponse> attempt(const HttpRequest &request, int *networkError);

    QNetworkAccessManager *m_nam;
    RetryPolicy m_policy;
    Sleeper m_sleep;
    std::shared_ptr<Authenticator> m_auth;
    std::chrono::milliseconds m_timeout{60'000};
    QPointer<Cancellation> m_cancel;
    const Clock *m_clock = nullptr;
    RateLimitReader m_rateLimit;
    int m_requests = 0;
    int m_retries = 0;
    qint64 m_bytes = 0;
};

} // namespace cairn
