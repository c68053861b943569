// Asana's rate limits (developers.asana.com "Rate limits", docs/simulator.md), per token: 150
// requests a minute (1 500 in a paid workspace), the task search 60 a minute, 50 GETs and 15
// writes in flight; refused requests still count; 429 with Retry-After.
#pragma once

#include "sim/HttpTypes.h"
#include "sim/RateLimits.h"
#include "sim/SimOptions.h"

#include <optional>

namespace sim {

class AsanaLimits
{
public:
    AsanaLimits(const Options &options, RateLimits &engine);
    // The in-flight limits: on arrival, and when the answer is written.
    std::optional<HttpReply> arrive(const HttpRequest &request);
    void leave(const HttpRequest &request);
    // Once the credentials were accepted, before the service answers: the windows.
    std::optional<HttpReply> admit(const HttpRequest &request);

private:
    HttpReply refusal(qint64 waitMs) const;
    static QByteArray inFlightKey(const HttpRequest &request);

    RateLimits &m_engine;
    RateLimits::Counts &m_counts;
    int m_perMinute;
    int m_searchPerMinute;
    int m_readsInFlight;
    int m_writesInFlight;
};

} // namespace sim
