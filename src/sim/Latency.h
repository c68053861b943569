// Real-world latency of the simulated services (`cairn-sim --latency SCALE`): each answer is
// held back as long as a real answer of its size takes, deterministic from the seed, so that a
// benchmark can measure wall times with latency and compute their network floor exactly.
//
// The model (milliseconds, times SCALE): a base delay drawn from a band that depends on the
// answer's size — 100–250 ms for a small answer (≤ 4 KiB: a 304, an error, one object, an empty
// page), 300–800 ms for a page (≥ 64 KiB), the band between interpolated on log2 of the size —
// plus the transfer of the body at 8 MiB/s. Where in its band an answer falls is a hash of the
// seed and the request (method, path, query, body): the same request always waits as long, in
// any order and in any run. Not modelled: connection set-up, TLS, a service slowing down under
// load, the services' concurrency limits (a client that exceeds them is not held back here —
// the benchmark's floor respects them).
#pragma once

#include "sim/HttpTypes.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace sim {

class Latency
{
public:
    static constexpr double kSmallBytes = 4 * 1024;      // at most this: the small band
    static constexpr double kPageBytes = 64 * 1024;      // at least this: the page band
    static constexpr double kSmallMinMs = 100, kSmallMaxMs = 250;
    static constexpr double kPageMinMs = 300, kPageMaxMs = 800;
    static constexpr double kBytesPerMs = 8.0 * 1024 * 1024 / 1000; // 8 MiB/s

    explicit Latency(double scale = 0, quint32 seed = 1) : m_scale(scale), m_seed(seed) {}
    double scale() const { return m_scale; }
    void setScale(double scale) { m_scale = scale; }

    // Where in its band the request falls, [0, 1): a hash of the seed and the request.
    static double position(quint32 seed, const HttpRequest &request);
    // The model's delay of an answer of `bytes` at `position` (scale 1), in ms.
    static double modelMs(double position, qint64 bytes);

    // The delay of this answer (ms, rounded; 0 when the scale is 0), journalled when a
    // journal is being kept.
    int answered(const HttpRequest &request, const HttpReply &reply);

    // The journal: every API answer from now on ({seq, at_ms, method, path, query, body,
    // status, bytes, delay_ms}); taking it stops it.
    void startJournal();
    QJsonArray takeJournal();
    QJsonObject describe() const; // {scale, seed, model}

private:
    double m_scale = 0;
    quint32 m_seed = 1;
    bool m_journalling = false;
    QJsonArray m_journal;
    QElapsedTimer m_since;
};

} // namespace sim
