// Header values the client reads: Retry-After (delta-seconds or an HTTP-date) and Date (the
// server's clock for time filters). Any value gives a sane answer or none.
#include "FuzzEntries.h"
#include "RetryPolicy.h"
#include "ServiceApi.h"

#include <QTimeZone>

using namespace cairn;

CAIRN_FUZZ_TARGET(http_headers)
{
    fuzz::Checks checks;
    const QDateTime now(QDate(2026, 11, 22), QTime(6, 0), QTimeZone::utc());
    const std::optional<RetryPolicy::ms> wait = RetryPolicy::parseRetryAfter(data, now);
    checks.expect(!wait || wait->count() >= 0, QStringLiteral("a negative Retry-After wait"));
    bool isNumber = false;
    const qlonglong seconds = data.trimmed().toLongLong(&isNumber);
    if (isNumber && seconds >= 0)
        checks.expect(wait && wait->count() == std::min<qlonglong>(seconds, 86'400) * 1000, QStringLiteral("delta-seconds misread"));

    HttpResponse r;
    r.status = 200;
    r.headers.append({QByteArrayLiteral("Date"), data});
    const QDateTime server = serverTimeOf(r);
    checks.expect(!server.isValid() || server.timeSpec() == Qt::UTC || server.timeZone() == QTimeZone::utc(),
                  QStringLiteral("a server time that is not UTC"));
    return checks.result();
}
