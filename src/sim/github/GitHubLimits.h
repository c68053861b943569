// GitHub's secondary rate limits (docs.github.com "Rate limits for the REST API",
// docs/simulator.md), per token: 100 requests in flight (REST and GraphQL together), 900
// points a minute per REST endpoint (GET 1, others 5), 2 000 a minute for GraphQL (a query 1,
// a mutation 5); over one 403 with retry-after. (The primary limit is GitHubService's.)
#pragma once

#include "sim/HttpTypes.h"
#include "sim/RateLimits.h"
#include "sim/SimOptions.h"

#include <optional>

namespace sim {

class GitHubLimits
{
public:
    GitHubLimits(const Options &options, RateLimits &engine);
    std::optional<HttpReply> arrive(const HttpRequest &request);
    void leave(const HttpRequest &request);
    std::optional<HttpReply> admit(const HttpRequest &request);

    // "GET /repos/{owner}/{repo}/pulls/{number}": the limits are per endpoint, not per
    // repository or pull.
    static QString endpointOf(const HttpRequest &request);

private:
    HttpReply refusal(qint64 waitMs) const;

    RateLimits &m_engine;
    RateLimits::Counts &m_counts;
    int m_inFlight;
    int m_restPoints;
    int m_graphqlPoints;
};

} // namespace sim
