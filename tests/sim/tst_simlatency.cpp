// The simulator's latency model (`cairn-sim --latency`, src/sim/Latency.h): the bands by answer
// size, the same delay for the same request, answers held back that long, the journal, the
// admin switch. Small scales keep it quick.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QJsonArray>
#include <QTest>

using namespace simtest;

namespace {
const QString kConnections = QStringLiteral("/google/v1/people/me/connections");

sim::HttpRequest request(const QString &path, const QString &query = {})
{
    sim::HttpRequest r;
    r.method = "GET";
    r.path = path;
    r.query = QUrlQuery(query);
    return r;
}
} // namespace

class TestSimLatency : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::CloudSimulator> start(double latency)
    {
        sim::Options o;
        o.contacts = 300;
        o.latency = latency;
        auto s = std::make_unique<sim::CloudSimulator>(o);
        if (s->listenLocal() == 0)
            qFatal("cannot listen");
        return s;
    }

private Q_SLOTS:
    void bandsBySize()
    {
        using L = sim::Latency;
        QCOMPARE(L::modelMs(0, 0), L::kSmallMinMs);
        QCOMPARE(L::modelMs(0, 4096), L::kSmallMinMs + 4096 / L::kBytesPerMs);
        QVERIFY(qAbs(L::modelMs(1, 100) - (L::kSmallMaxMs + 100 / L::kBytesPerMs)) < 1e-9);
        QCOMPARE(L::modelMs(0, 64 * 1024), L::kPageMinMs + 64 * 1024 / L::kBytesPerMs);
        QCOMPARE(L::modelMs(0.5, 1 << 20), (L::kPageMinMs + L::kPageMaxMs) / 2 + (1 << 20) / L::kBytesPerMs);
        // Between the bands: more for a larger answer.
        double before = 0;
        for (qint64 bytes : {4096, 8192, 16384, 32768, 65536}) {
            const double ms = L::modelMs(0.3, bytes);
            QVERIFY2(ms > before, qPrintable(QString::number(bytes)));
            before = ms;
        }
    }

    void positionIsAHashOfSeedAndRequest()
    {
        const sim::HttpRequest a = request(kConnections, QStringLiteral("pageSize=10"));
        const sim::HttpRequest b = request(kConnections, QStringLiteral("pageSize=11"));
        const double pa = sim::Latency::position(1, a);
        QCOMPARE(sim::Latency::position(1, a), pa);
        QVERIFY(pa >= 0 && pa < 1);
        QVERIFY(sim::Latency::position(1, b) != pa);
        QVERIFY(sim::Latency::position(2, a) != pa);
        // Spread over the band.
        double lo = 1, hi = 0;
        for (int i = 0; i < 200; ++i) {
            const double p = sim::Latency::position(7, request(QStringLiteral("/x/%1").arg(i)));
            lo = qMin(lo, p);
            hi = qMax(hi, p);
        }
        QVERIFY(lo < 0.05 && hi > 0.95);
    }

    void answersWaitAndAreJournalled()
    {
        auto s = start(0.2);
        Http http(s->baseUrl());
        QCOMPARE(http.postJson(QStringLiteral("/_admin/latency/journal"), {}).status, 200);
        const QUrlQuery q = query({{"personFields", "names"}, {"pageSize", "300"}});
        const Response first = http.get(kConnections, q);
        QCOMPARE(first.status, 200);
        const Response again = http.get(kConnections, q);
        const Response journal = http.get(QStringLiteral("/_admin/latency/journal"));
        const QJsonArray entries = journal.json()[QLatin1String("entries")].toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject e = entries[0].toObject();
        QCOMPARE(e[QLatin1String("path")].toString(), kConnections);
        QCOMPARE(e[QLatin1String("status")].toInt(), 200);
        QCOMPARE(e[QLatin1String("bytes")].toInteger(), first.body.size());
        const int delay = e[QLatin1String("delay_ms")].toInt();
        QVERIFY2(delay >= int(0.2 * sim::Latency::kSmallMinMs) && delay <= int(0.2 * 1100), qPrintable(QString::number(delay)));
        QVERIFY2(first.elapsedMs >= delay, qPrintable(QStringLiteral("%1 < %2").arg(first.elapsedMs).arg(delay)));
        QCOMPARE(entries[1].toObject()[QLatin1String("delay_ms")].toInt(), delay); // the same request waits as long
        // Taking the journal stops it; admin calls are neither delayed nor journalled.
        http.get(kConnections, q);
        http.postJson(QStringLiteral("/_admin/latency/journal"), {});
        QVERIFY(http.get(QStringLiteral("/_admin/latency/journal")).json()[QLatin1String("entries")].toArray().isEmpty());
    }

    void switchedByTheAdminApi()
    {
        auto s = start(0);
        Http http(s->baseUrl());
        QCOMPARE(http.get(QStringLiteral("/_admin/latency")).json()[QLatin1String("scale")].toDouble(), 0.0);
        http.postJson(QStringLiteral("/_admin/latency/journal"), {});
        http.get(kConnections, query({{"personFields", "names"}}));
        QCOMPARE(http.postJson(QStringLiteral("/_admin/latency"), {{"scale", 0.1}}).status, 200);
        QCOMPARE(s->latency().scale(), 0.1);
        http.get(kConnections, query({{"personFields", "names"}}));
        const QJsonArray entries = http.get(QStringLiteral("/_admin/latency/journal")).json()[QLatin1String("entries")].toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject()[QLatin1String("delay_ms")].toInt(), 0); // off: answered at once, still journalled
        QVERIFY(entries[1].toObject()[QLatin1String("delay_ms")].toInt() >= 10);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/latency"), {{"scale", -1}}).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSimLatency)
#include "tst_simlatency.moc"
