#pragma once
#include <QString>
#include <exception>

namespace cairn {

// A failure a person can act on: one line, no secrets.
struct Error : std::exception
{
    enum class Kind {
        Network,     // connection refused, reset, timeout, TLS
        Http,        // a 4xx/5xx the retry policy did not absorb
        BadResponse, // malformed, truncated or wrongly typed body
        Auth,        // 401/403 from the service, or no credentials
        Expired,     // a sync token or cursor the service no longer accepts
        Cancelled,
        Store,       // database locked, full, corrupt
        Config,
        Busy,        // another process is syncing the same source
    };

    Error(Kind k, QString msg, int status = 0) : kind(k), message(std::move(msg)), httpStatus(status) {}
    const char *what() const noexcept override { return "cairn::Error"; }

    Kind kind;
    QString message;
    int httpStatus = 0;
    QString reason; // service-specific reason code, e.g. EXPIRED_SYNC_TOKEN
};

} // namespace cairn
