#include "sim/Latency.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace sim {

namespace {
quint64 fnv1a(quint64 h, const QByteArray &bytes)
{
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

quint64 splitmix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
} // namespace

double Latency::position(quint32 seed, const HttpRequest &request)
{
    quint64 h = 14695981039346656037ull ^ splitmix(seed);
    h = fnv1a(h, request.method);
    h = fnv1a(h, " " + request.path.toUtf8());
    h = fnv1a(h, "?" + request.query.toString(QUrl::FullyEncoded).toUtf8());
    h = fnv1a(h, "\n" + request.body);
    return double(splitmix(h) >> 11) / double(1ull << 53);
}

double Latency::modelMs(double position, qint64 bytes)
{
    const double size = std::max<double>(1, double(bytes));
    const double f = std::clamp(std::log2(size / kSmallBytes) / std::log2(kPageBytes / kSmallBytes), 0.0, 1.0);
    const double lo = kSmallMinMs + (kPageMinMs - kSmallMinMs) * f;
    const double hi = kSmallMaxMs + (kPageMaxMs - kSmallMaxMs) * f;
    return lo + (hi - lo) * position + double(bytes) / kBytesPerMs;
}

int Latency::answered(const HttpRequest &request, const HttpReply &reply)
{
    if (m_scale <= 0 && !m_journalling)
        return 0;
    const qint64 bytes = reply.body.size();
    const int delay = m_scale <= 0 ? 0 : int(std::lround(m_scale * modelMs(position(m_seed, request), bytes)));
    if (m_journalling) {
        QJsonObject e{{QStringLiteral("seq"), m_journal.size()},
                      {QStringLiteral("at_ms"), double(m_since.nsecsElapsed()) / 1e6},
                      {QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("path"), request.path},
                      {QStringLiteral("query"), request.query.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("status"), reply.status},
                      {QStringLiteral("bytes"), bytes},
                      {QStringLiteral("delay_ms"), delay}};
        if (!request.body.isEmpty())
            e.insert(QStringLiteral("body"), QString::fromUtf8(request.body.left(64 * 1024)));
        m_journal.append(e);
    }
    return delay;
}

void Latency::startJournal()
{
    m_journal = QJsonArray();
    m_journalling = true;
    m_since.start();
}

QJsonArray Latency::takeJournal()
{
    m_journalling = false;
    return std::exchange(m_journal, QJsonArray());
}

QJsonObject Latency::describe() const
{
    return {{QStringLiteral("scale"), m_scale},
            {QStringLiteral("seed"), qint64(m_seed)},
            {QStringLiteral("model"),
             QStringLiteral("%1–%2 ms (≤ %3 KiB) to %4–%5 ms (≥ %6 KiB), log-interpolated, + the body at 8 MiB/s; × scale")
                 .arg(kSmallMinMs).arg(kSmallMaxMs).arg(kSmallBytes / 1024).arg(kPageMinMs).arg(kPageMaxMs).arg(kPageBytes / 1024)}};
}

} // namespace sim
