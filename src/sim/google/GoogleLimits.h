// Google People's rate limits (docs/simulator.md): 90 read requests a minute per user
// (--google-rate-limit) and 60 write requests a minute per user (--google-write-rate-limit),
// each over a sliding minute per token; over either 429 RESOURCE_EXHAUSTED without
// Retry-After. updateContact counts as a read too (recorded answers refuse it with the read
// quota). And one write of a user in flight at a time (--google-concurrent-writes): "Mutate
// requests for the same user should be sent sequentially"; another is 409 ABORTED.
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
    // The in-flight limit of writes: on arrival, and when the answer is written.
    std::optional<HttpReply> arrive(const HttpRequest &request);
    void leave(const HttpRequest &request);

private:
    static QByteArray inFlightKey(const HttpRequest &request);

    RateLimits &m_engine;
    RateLimits::Counts &m_counts;
    int m_reads;
    int m_writes;
    int m_writesInFlight;
};

} // namespace sim
