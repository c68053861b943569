#include "Convergence.h"
#include "Outbox.h"
#include "Sql.h"
#include "SyncRunsRepo.h"

namespace cairn::test {

namespace {
int env(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

QString scalar(SyncHarness &h, const QString &query)
{
    QSqlDatabase db = h.reader();
    sql::Statement q(db, query);
    q.exec();
    const QString v = q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    q.finish();
    return v;
}
// Whether the next sync of `source` sends changes made in Cairn (pending, or sending when a
// run died).
bool hasChangesToSend(SyncHarness &h, const QString &source)
{
    QSqlDatabase db = h.reader();
    return !OutboxRepo::list(db, source, {OutboxState::Pending, OutboxState::Sending}).isEmpty();
}
} // namespace

sim::Fault faultOn(QRandomGenerator &rng, const QString &path)
{
    sim::Fault f;
    f.path = path;
    f.after = int(rng.bounded(3));
    f.count = 1 + int(rng.bounded(3));
    return f;
}

sim::Fault methodFault(QRandomGenerator &rng, const QString &path, const char *method, QString *name)
{
    sim::Fault f = faultOn(rng, path);
    f.method = method;
    makeCommonFault(rng, rng.bounded(kCommonFaults), &f, name);
    *name = QString::fromLatin1(f.method) + u' ' + *name;
    return f;
}

void makeCommonFault(QRandomGenerator &rng, quint32 kind, sim::Fault *f, QString *name)
{
    switch (kind) {
    case 0: f->status = 429; f->headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")}); *name = QStringLiteral("429+Retry-After"); break;
    case 1: f->status = 429; *name = QStringLiteral("429"); break;
    case 2: f->status = 500; *name = QStringLiteral("500"); break;
    case 3: f->status = 502; *name = QStringLiteral("502"); break;
    case 4: f->status = 503; *name = QStringLiteral("503"); break;
    case 5: f->truncate = true; *name = QStringLiteral("truncated"); break;
    default: f->drop = true; f->count = 2 + int(rng.bounded(6)); *name = QStringLiteral("dropped"); break;
    }
}

std::optional<sim::Fault> drawFault(SyncHarness &h, QRandomGenerator &rng, const QString &path, const QList<SourceFault> &own,
                                    QString *name)
{
    sim::Fault f = faultOn(rng, path);
    const quint32 kind = rng.bounded(kCommonFaults + quint32(own.size()));
    if (kind < kCommonFaults) {
        makeCommonFault(rng, kind, &f, name);
        return f;
    }
    const SourceFault &o = own.at(kind - kCommonFaults);
    *name = o.name;
    if (o.act) {
        o.act(h);
        return std::nullopt;
    }
    if (!o.path.isEmpty())
        f.path = o.path;
    f.status = o.status;
    f.body = o.body;
    f.headers = o.headers;
    return f;
}

std::unique_ptr<SyncHarness> ConvergenceSource::harness(quint32 seed, QRandomGenerator &rng) const
{
    if (makeHarness)
        return makeHarness(seed, rng);
    sim::Options o;
    o.seed = seed;
    o.contacts = 0;
    options(o, rng);
    auto h = std::make_unique<SyncHarness>(o);
    setUp(*h);
    return h;
}

QString runConvergence(const ConvergenceSource &src)
{
    const quint32 seed = src.seed ? *src.seed : quint32(env("CAIRN_SEED", int(QRandomGenerator::global()->bounded(1'000'000))));
    const int sequences = env("CAIRN_SEQUENCES", src.defaultSequences);
    qInfo("%s convergence seed %u, %d sequences (reproduce: CAIRN_SEED=%u)", qPrintable(src.source), seed, sequences, seed);
    const bool trace = env("CAIRN_TRACE", 0) != 0; // each step of each sequence, to read a failure
    const bool killing = src.kills || env("CAIRN_KILLS", 0) != 0;
    QRandomGenerator rng(seed);
    QMap<QString, int> faultCounts;
    int syncs = 0, failedRuns = 0, mutations = 0, kills = 0;
    QMap<QString, int> killsAt; // where they struck
    const auto where = [&](int s) { return QStringLiteral("%1 seed %2 sequence %3: ").arg(src.source).arg(seed).arg(s); };

    // The local clock is right, 5 hours ahead, 7 hours behind, in turn from one sequence to the
    // next (jumps included): Cairn goes by the service's times, never by its own.
    OffsetClock clock;
    const qint64 offsets[] = {0, 5 * 3600, -7 * 3600};
    std::unique_ptr<SyncHarness> h;
    for (int s = 0; s < sequences; ++s) {
        if (s % src.freshEvery == 0) {
            h = src.harness(seed + quint32(s), rng);
            h->setClock(&clock);
        }
        clock.offsetSecs = offsets[s % 3];
        const int steps = 2 + int(rng.bounded(6));
        for (int step = 0; step < steps; ++step) {
            const quint32 what = rng.bounded(6);
            if (what < 2) {
                const int n = src.mutate(*h, rng);
                mutations += n;
                if (trace)
                    qInfo("sequence %d step %d: %d mutated", s, step, n);
            } else if (what == 2) {
                QString name;
                const std::optional<sim::Fault> f = src.fault(*h, rng, &name);
                if (f)
                    h->sim().faults().add(*f);
                ++faultCounts[name];
                if (trace)
                    qInfo("sequence %d step %d: fault %s on %s after %d", s, step, qPrintable(name),
                          f ? qPrintable(f->path) : "-", f ? f->after : 0);
            } else {
                const bool kill = killing && rng.bounded(4) == 0;
                if (kill) {
                    // Most runs make a few requests (an incremental listing, the changes sent first);
                    // a full listing many more.
                    const int after = int(rng.bounded(2) ? rng.bounded(3) : rng.bounded(12));
                    const bool afterApply = rng.bounded(2) == 1;
                    const bool atWrites = !src.writeMethods.isEmpty() && rng.bounded(4) != 0 && hasChangesToSend(*h, src.source);
                    h->killAt(atWrites ? after % 2 : after, afterApply, atWrites ? src.writeMethods : QList<QByteArray>());
                    if (trace)
                        qInfo("sequence %d step %d: kill at %s request %d, %s it is applied", s, step, atWrites ? "a write's" : "any",
                              (atWrites ? after % 2 : after) + 1, afterApply ? "after" : "before");
                }
                const SyncRun run = h->sync(src.source, src.randomMode(rng));
                ++syncs;
                if (kill && h->restartIfKilled()) {
                    ++kills;
                    ++killsAt[h->lastKill()];
                    if (trace)
                        qInfo("sequence %d step %d: killed, started again", s, step);
                    continue;
                }
                if (trace)
                    qInfo("sequence %d step %d: sync %s %s", s, step, qPrintable(statusName(run.status)), qPrintable(run.error));
                if (run.status == RunStatus::Ok)
                    continue;
                ++failedRuns;
                if (run.status != RunStatus::Failed)
                    return where(s) + QStringLiteral("a run ended %1: %2").arg(statusName(run.status), run.error);
                if (run.error.isEmpty() || run.error.contains(QLatin1Char('\n')))
                    return where(s) + QStringLiteral("a failed run's error is not one line: \"%1\"").arg(run.error);
                QSqlDatabase db = h->reader();
                const QList<SyncRun> recorded = SyncRunsRepo::list(db, src.source, 1);
                if (recorded.isEmpty() || recorded.first().id != run.id || recorded.first().error != run.error
                    || recorded.first().status != run.status)
                    return where(s) + QStringLiteral("the failed run %1 is not recorded as it ended").arg(run.id);
            }
        }
        h->sim().faults().clear();
        src.beforeClean(*h);
        const SyncRun clean = h->sync(src.source, src.cleanMode);
        ++syncs;
        if (clean.status != RunStatus::Ok)
            return where(s) + QStringLiteral("the clean sync failed: ") + clean.error;
        const QString diff = src.compare(*h);
        if (!diff.isEmpty())
            return where(s) + diff;
        const QString integrity = scalar(*h, QStringLiteral("PRAGMA quick_check"));
        if (integrity != QLatin1String("ok"))
            return where(s) + QStringLiteral("integrity check: ") + integrity;
        for (const QString &q : src.duplicateQueries)
            if (scalar(*h, q) != QLatin1String("0"))
                return where(s) + QStringLiteral("duplicate rows: ") + q;
    }
    QStringList faults;
    int total = 0;
    for (auto it = faultCounts.cbegin(); it != faultCounts.cend(); ++it) {
        faults << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        total += it.value();
    }
    qInfo("%s: %d sequences (the local clock right, 5 h ahead, 7 h behind in turn), %d syncs (%d failed as they should, %d killed), %d mutations, %d faults: %s",
          qPrintable(src.source), sequences, syncs, failedRuns, kills, mutations, total, qPrintable(faults.join(QStringLiteral(", "))));
    if (kills > 0) {
        QStringList where;
        for (auto it = killsAt.cbegin(); it != killsAt.cend(); ++it)
            where << QStringLiteral("%1 at a %2").arg(it.value()).arg(it.key()); // "3 at a POST applied"
        qInfo("%s: killed %d times: %s", qPrintable(src.source), kills, qPrintable(where.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace cairn::test
