#pragma once
// The randomised convergence test every source runs (issue 9): seeded sequences of service
// changes, injected faults and syncs in random modes; then one clean sync, after which the
// cache must equal the service, the database be intact with no duplicate rows, and every
// failed run have been recorded with its one-line error.
// Reproduce with CAIRN_SEED=<seed printed> (CAIRN_TRACE=1: every step logged); soak with
// CAIRN_SEQUENCES=2000. With `kills`, a sync may die mid-run and the next start from what it
// left (issue 22).
#include "Clock.h"
#include "SyncHarness.h"

#include <QMap>
#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace cairn::test {

struct ConvergenceSource
{
    QString source;
    int defaultSequences = 60;
    int freshEvery = 20; // a new service and cache every so many sequences
    // A service of random size (from `seed`), the harness pointed at it. Or, without it, the
    // options of that service (the seed set already, no contacts unless they add them) and what
    // the harness needs to sync the source (useGitHub…).
    std::function<std::unique_ptr<SyncHarness>(quint32 seed, QRandomGenerator &rng)> makeHarness;
    std::function<void(sim::Options &o, QRandomGenerator &rng)> options;
    std::function<void(SyncHarness &h)> setUp = [](SyncHarness &) {};
    // Random changes on the service; returns how many.
    std::function<int(SyncHarness &h, QRandomGenerator &rng)> mutate;
    // One fault for the next requests, named for the report (the clock moved, a token
    // killed: a special fault may act on the harness itself and return no Fault).
    std::function<std::optional<sim::Fault>(SyncHarness &h, QRandomGenerator &rng, QString *name)> fault;
    // The mode of a random sync, and of the last, clean one (sources that find deletions only
    // by a full listing end with one).
    // A fixed seed (a regression kept), else CAIRN_SEED, else a random one.
    std::optional<quint32> seed;
    std::function<SyncMode(QRandomGenerator &rng)> randomMode = [](QRandomGenerator &rng) {
        const quint32 r = rng.bounded(3);
        return r == 0 ? SyncMode::Full : r == 1 ? SyncMode::Partial : SyncMode::Auto;
    };
    SyncMode cleanMode = SyncMode::Auto;
    // Before the clean sync (e.g. let the documented lag of a source pass on the service's clock).
    std::function<void(SyncHarness &h)> beforeClean = [](SyncHarness &) {};
    std::function<QString(SyncHarness &h)> compare;
    // "SELECT count(*) - count(DISTINCT <key>) FROM <table>" for each synced table.
    QStringList duplicateQueries;
    // One sync in four killed (kill -9) at a random request — before the service applies it
    // or after, its answer lost — and Cairn started again on the cache the kill left
    // (SyncHarness::killAt).
    bool kills = false;
    // While Cairn has changes to send, three kills in four aim at its first or second request of
    // these methods (its own writes: the ones that must land exactly once); the rest at any request.
    QList<QByteArray> writeMethods;

    // makeHarness's, else the one of `options` and `setUp`.
    std::unique_ptr<SyncHarness> harness(quint32 seed, QRandomGenerator &rng) const;
};

// The machine's clock off by a fixed amount (issue 9: a local clock hours off misses nothing).
class OffsetClock final : public Clock
{
public:
    QDateTime now() const override { return Clock::system().now().addSecs(offsetSecs); }
    qint64 offsetSecs = 0;
};

// A fault on requests to `path`, after 0-2 good ones, for 1-3 requests (no effect yet).
sim::Fault faultOn(QRandomGenerator &rng, const QString &path);
// The faults every service can answer with: `kind` 0..6 = 429 with Retry-After, 429, 500,
// 502, 503, a truncated body, dropped connections. Sets `name` for the report.
constexpr quint32 kCommonFaults = 7;
void makeCommonFault(QRandomGenerator &rng, quint32 kind, sim::Fault *f, QString *name);
// A common fault on `method` requests under `path` (issue 22: a write, or the read before
// one — a cut answer loses the answer of a write the service made), named "<method> <kind>".
sim::Fault methodFault(QRandomGenerator &rng, const QString &path, const char *method, QString *name);

// One of a source's own faults: what its service might answer instead (on another path when
// `path` is set) — or, with `act`, a change to the service or its clock instead of a fault on
// requests (its tokens expired…).
struct SourceFault
{
    QString name; // for the report
    int status = 200;
    QByteArray body;
    sim::HeaderList headers;
    QString path;
    std::function<void(SyncHarness &h)> act;
};
// A fault on `path` (faultOn), of a kind drawn from the common ones and `own`, each as likely;
// nothing (std::nullopt) for one that acts. Sets `name` for the report.
std::optional<sim::Fault> drawFault(SyncHarness &h, QRandomGenerator &rng, const QString &path, const QList<SourceFault> &own,
                                    QString *name);

// Runs the sequences; "" when every one converged, else the first failure with its seed.
QString runConvergence(const ConvergenceSource &src);

} // namespace cairn::test
