#include "sim/github/GitHubLimits.h"

#include "sim/github/GitHubService.h"
#include "sim/github/GitHubSimService.h"

#include <QRegularExpression>
#include <algorithm>

namespace sim {

namespace {
constexpr qint64 kMinute = 60'000;

QByteArray inFlightKey(const HttpRequest &r)
{
    return "github|" + RateLimits::keyOf(r);
}
} // namespace

GitHubLimits::GitHubLimits(const Options &o, RateLimits &engine)
    : m_engine(engine)
    , m_counts(engine.counts(gitHubSimService().id))
    , m_inFlight(std::max(0, o.githubRequestsInFlight))
    , m_restPoints(std::max(0, o.githubRestPointsPerMinute))
    , m_graphqlPoints(std::max(0, o.githubGraphqlPointsPerMinute))
{
}

QString GitHubLimits::endpointOf(const HttpRequest &r)
{
    static const QRegularExpression number(QStringLiteral(R"(^\d+$)"));
    QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeFirst(); // the service's prefix
    if (parts.size() >= 3 && parts[0] == QLatin1String("repos")) {
        parts[1] = QStringLiteral("{owner}");
        parts[2] = QStringLiteral("{repo}");
    }
    for (QString &p : parts)
        if (number.match(p).hasMatch())
            p = QStringLiteral("{number}");
    return QString::fromLatin1(r.method) + u' ' + u'/' + parts.join(u'/');
}

HttpReply GitHubLimits::refusal(qint64 waitMs) const
{
    const qint64 seconds = RateLimits::retryAfterSeconds(waitMs);
    RateLimits::logRefusal(gitHubSimService().id, {}, seconds);
    HttpReply r = GitHubService::error(
        403,
        QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
                       "If you reach out to GitHub Support for help, please include the request ID 1D2E:3F4A:5B6C:7D8E."),
        QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"));
    r.addHeader("retry-after", QByteArray::number(seconds));
    return r;
}

std::optional<HttpReply> GitHubLimits::arrive(const HttpRequest &r)
{
    if (m_engine.enter(m_counts, inFlightKey(r), m_inFlight))
        return std::nullopt;
    return refusal(1000); // no number is documented: a second, for another request to finish
}

void GitHubLimits::leave(const HttpRequest &r)
{
    m_engine.leave(inFlightKey(r));
}

std::optional<HttpReply> GitHubLimits::admit(const HttpRequest &r)
{
    const bool graphql = r.path == QLatin1String("/github/graphql");
    const int limit = graphql ? m_graphqlPoints : m_restPoints;
    if (limit <= 0)
        return std::nullopt;
    // GitHub's points: a query 1, a mutation 5; a REST GET, HEAD or OPTIONS 1, any other 5.
    const int cost = graphql ? (r.body.contains("mutation") ? 5 : 1) : (RateLimits::isRead(r.method) ? 1 : 5);
    const QByteArray key = inFlightKey(r) + '|' + endpointOf(r).toUtf8();
    if (const qint64 wait = m_engine.take(m_engine.window(key), m_counts, m_engine.nowMs(), kMinute, limit, cost, false))
        return refusal(wait);
    return std::nullopt;
}

} // namespace sim
