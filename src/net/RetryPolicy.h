#pragma once
#include <QByteArray>
#include <QDateTime>

#include <algorithm>
#include <chrono>
#include <optional>

namespace cairn {

// The one retry policy of every source: 429, 5xx and network errors are retried, honouring
// Retry-After, with capped exponential backoff and full jitter, a bounded number of times.
struct RetryPolicy
{
    using ms = std::chrono::milliseconds;

    int maxAttempts = 5;
    ms baseDelay{500};
    ms maxDelay{30'000};
    // A Retry-After beyond this fails the run at once instead of blocking it: a minute while a
    // person or a script waits — the window of the services' per-minute limits (Asana's 150
    // requests, GitHub's secondary limit), so that a run under them finishes rather than
    // fails, while an hourly quota (Jira's points, GitHub's primary limit) still ends it at
    // once; the scheduler's background runs wait longer, quietly (forBackground()).
    ms longestWait{60'000};
    // A 429 without Retry-After (Google's quota answers carry none): the quota's window may
    // be a minute, so it is retried this many times — with the default delays a backoff of
    // more than a minute in all, whatever the jitter.
    int rateLimitedAttempts = 10;

    // The policy of a run nobody is waiting for (the scheduler's).
    RetryPolicy forBackground() const
    {
        RetryPolicy p = *this;
        p.longestWait = std::max(longestWait, ms(15 * 60'000));
        return p;
    }

    struct Decision
    {
        bool retry = false;
        ms delay{0};
    };

    // After attempt `attempt` (1-based) ended with `httpStatus` (0: network error, `transient`
    // tells whether it may pass), decide whether to try again and after how long.
    // `random01` in [0,1) draws the jitter, so tests can pin it.
    Decision decide(int attempt, int httpStatus, bool transientNetworkError, std::optional<ms> retryAfter,
                    double random01) const;

    static bool isRetryableStatus(int status);
    // Retry-After as delta-seconds or an HTTP-date (RFC 9110 §10.2.3), measured from `now`.
    static std::optional<ms> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace cairn
