#include "RetryPolicy.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cairn {

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

RetryPolicy::Decision RetryPolicy::decide(int attempt, int httpStatus, bool transientNetworkError,
                                          std::optional<ms> retryAfter, double random01) const
{
    const bool retryable = httpStatus == 0 ? transientNetworkError : isRetryableStatus(httpStatus);
    const int attempts = httpStatus == 429 && !retryAfter ? std::max(maxAttempts, rateLimitedAttempts) : maxAttempts;
    if (!retryable || attempt >= attempts)
        return {};
    if (retryAfter) {
        if (*retryAfter > longestWait)
            return {};
        return {true, std::max(*retryAfter, ms(0))};
    }
    // base * 2^(attempt-1), capped; full jitter over the upper half so waits never collapse to 0.
    const double exp = double(baseDelay.count()) * std::pow(2.0, attempt - 1);
    const double cap = std::min(exp, double(maxDelay.count()));
    const double jittered = cap * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0));
    return {true, ms(qint64(jittered))};
}

std::optional<RetryPolicy::ms> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<ms>(ms(std::min<qlonglong>(seconds, 86'400) * 1000));
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return ms(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace cairn
