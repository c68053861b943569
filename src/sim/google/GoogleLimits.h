// Google People's rate limit (docs/simulator.md): 90 read requests a minute per user
// (--google-rate-limit), over a sliding minute per token; over it 429 RESOURCE_EXHAUSTED
// without Retry-After.
#pragma once

#include "sim/HttpTypes.h"
#include "sim/RateLimits.h"
#include "sim/SimOptions.h"

#include <optional>

namespace sim {

class GoogleLimits
{
public:
    GoogleLimits(const Options &options, RateLimits &engine);
    // Once the credentials were accepted, before the service answers.
    std::optional<HttpReply> admit(const HttpRequest &request);

private:
    RateLimits &m_engine;
    RateLimits::Counts &m_counts;
    int m_reads;
};

} // namespace sim
