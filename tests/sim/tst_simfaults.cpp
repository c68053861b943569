// Fault injection, keep-alive, request counts and the admin API of the simulator, over HTTP.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QJsonArray>
#include <QLocale>
#include <QThread>
#include <QTest>

using namespace simtest;

namespace {
const QString kConnections = QStringLiteral("/google/v1/people/me/connections");
const QUrlQuery kNames = query({{"personFields", "names,emailAddresses"}, {"pageSize", "50"}});
} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::CloudSimulator> start(int contacts = 100)
    {
        sim::Options o;
        o.contacts = contacts;
        o.noRateLimits(); // hundreds of requests a test: faults, not rate limits (tst_simratelimits)
        auto s = std::make_unique<sim::CloudSimulator>(o);
        if (s->listenLocal() == 0)
            qFatal("cannot listen");
        return s;
    }

private Q_SLOTS:
    void statusWithRetryAfter()
    {
        auto s = start();
        Http http(s->baseUrl());
        const Response f = http.postJson(QStringLiteral("/_admin/faults"),
            {{"method", "GET"}, {"path", kConnections}, {"status", 429}, {"headers", QJsonObject{{"Retry-After", "1"}}}, {"count", 2}});
        QCOMPARE(f.status, 200);
        for (int i = 0; i < 2; ++i) {
            const Response r = http.get(kConnections, kNames);
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), QByteArray("1"));
            QCOMPARE(r.json()["error"].toObject()["status"].toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
        }
        QCOMPARE(http.get(kConnections, kNames).status, 200);
    }

    void serverErrorWithBodyAfterAndCount()
    {
        auto s = start();
        Http http(s->baseUrl());
        sim::Fault f;
        f.path = QStringLiteral("/google/");
        f.status = 500;
        f.body = "{\"error\":{\"code\":500,\"message\":\"boom\",\"status\":\"INTERNAL\"}}";
        f.after = 2;
        f.count = 2;
        s->faults().add(f);
        QList<int> statuses;
        for (int i = 0; i < 5; ++i)
            statuses << http.get(kConnections, kNames).status;
        QCOMPARE(statuses, (QList<int>{200, 200, 500, 500, 200}));
        // non-matching paths and methods are not affected nor counted
        f.method = "POST";
        f.after = 0;
        s->faults().add(f);
        QCOMPARE(http.get(kConnections, kNames).status, 200);
        s->faults().clear();
        QCOMPARE(s->faults().size(), 0);
        // several faults queue, first matching first
        http.postJson(QStringLiteral("/_admin/faults"), {{"path", kConnections}, {"status", 503}});
        http.postJson(QStringLiteral("/_admin/faults"), {{"path", kConnections}, {"status", 502}});
        QCOMPARE(http.get(kConnections, kNames).status, 503);
        QCOMPARE(http.get(kConnections, kNames).status, 502);
        QCOMPARE(http.get(kConnections, kNames).status, 200);
        QCOMPARE(http.send("DELETE", QStringLiteral("/_admin/faults")).status, 200);
    }

    void truncatedBody()
    {
        auto s = start();
        Http http(s->baseUrl());
        http.postJson(QStringLiteral("/_admin/faults"), {{"path", kConnections}, {"status", 0}, {"truncate", true}});
        const Response r = http.get(kConnections, kNames);
        QVERIFY2(r.error != QNetworkReply::NoError || r.body.size() < r.header("Content-Length").toInt(),
                 qPrintable(QString::number(r.error)));
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
        // the next request on the same client works
        const Response ok = http.get(kConnections, kNames);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()["connections"].toArray().size(), 50);
    }

    void droppedConnection()
    {
        auto s = start();
        Http http(s->baseUrl());
        QCOMPARE(http.get(kConnections, kNames).status, 200); // a warm keep-alive connection
        // QNetworkAccessManager resends once on a reused connection that closes silently,
        // so drop a few in a row.
        http.postJson(QStringLiteral("/_admin/faults"), {{"path", kConnections}, {"drop", true}, {"count", 3}});
        const Response r = http.get(kConnections, kNames);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        s->faults().clear();
        QCOMPARE(http.get(kConnections, kNames).status, 200);
    }

    void delay()
    {
        auto s = start();
        Http http(s->baseUrl());
        http.postJson(QStringLiteral("/_admin/faults"), {{"path", kConnections}, {"delay_ms", 300}});
        const Response r = http.get(kConnections, kNames);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 280, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.json()["connections"].toArray().size(), 50);
        const Response fast = http.get(kConnections, kNames);
        QVERIFY(fast.elapsedMs < 250);
    }

    void keepAliveAndRequestCounts()
    {
        auto s = start(20);
        Http http(s->baseUrl());
        for (int i = 0; i < 300; ++i)
            QCOMPARE(http.get(kConnections, kNames).status, 200);
        http.get(QStringLiteral("/google/v1/contactGroups"));
        const QJsonObject counts = http.get(QStringLiteral("/_admin/requests")).json();
        QCOMPARE(counts["total"].toInt(), 301);
        QCOMPARE(counts["by_endpoint"].toObject()["GET " + kConnections].toInt(), 300);
        QCOMPARE(counts["by_endpoint"].toObject()["GET /google/v1/contactGroups"].toInt(), 1);
        QCOMPARE(s->requestCounts()["total"].toInt(), 301);
        QCOMPARE(http.send("DELETE", QStringLiteral("/_admin/requests")).status, 200);
        QCOMPARE(s->requestCounts()["total"].toInt(), 0);
    }

    void adminMutateTruthAndClock()
    {
        auto s = start(30);
        Http http(s->baseUrl());
        const QStringList before = s->google().liveContactNames();
        QCOMPARE(http.postJson(QStringLiteral("/_admin/google/mutate"), {{"op", "add"}, {"count", 3}}).json()["changed"].toArray().size(), 3);
        const Response del = http.postJson(QStringLiteral("/_admin/google/mutate"), {{"op", "delete"}, {"resourceName", before[0]}});
        QCOMPARE(del.json()["changed"].toArray().at(0).toString(), before[0]);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/google/mutate"), {{"op", "delete"}, {"resourceName", before[0]}}).status, 404);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/google/mutate"), {{"op", "modify"}, {"count", 4}}).json()["changed"].toArray().size(), 4);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/google/mutate"), {{"op", "random"}, {"count", 10}}).json()["changed"].toArray().size(), 10);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/google/mutate"), {{"op", "explode"}}).status, 400);
        const QJsonObject truth = http.get(QStringLiteral("/_admin/truth/google")).json();
        int deleted = 0;
        for (const QJsonValue &v : truth["contacts"].toArray()) {
            if (v.toObject()["deleted"].toBool())
                ++deleted;
            QVERIFY(v.toObject().contains(QStringLiteral("emails")));
        }
        QCOMPARE(truth["contacts"].toArray().size() - deleted, s->google().liveCount());
        QVERIFY(deleted >= 1);
        QCOMPARE(truth["groups"].toArray().size(), 8);

        const QDateTime before2 = QDateTime::fromString(http.get(QStringLiteral("/_admin/clock")).json()["now"].toString(), Qt::ISODateWithMs);
        const QDateTime after = QDateTime::fromString(
            http.postJson(QStringLiteral("/_admin/clock"), {{"advance_seconds", 86400}}).json()["now"].toString(), Qt::ISODateWithMs);
        QVERIFY(before2.secsTo(after) >= 86399);
        // the Date header follows the server clock
        const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(http.get(kConnections, kNames).header("Date")),
                                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(date) > 86000);
        QCOMPARE(s->requestCounts()["total"].toInt(), 1); // admin calls are not counted
    }

    void worksInWorkerThread()
    {
        QThread thread;
        QObject context;
        context.moveToThread(&thread);
        thread.start();
        sim::CloudSimulator *s = nullptr;
        QUrl base;
        QMetaObject::invokeMethod(
            &context, [&] {
                sim::Options o;
                o.contacts = 50;
                s = new sim::CloudSimulator(o);
                s->listenLocal();
                base = s->baseUrl();
            }, Qt::BlockingQueuedConnection);
        Http http(base);
        const Response r = http.get(kConnections, kNames);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["totalItems"].toInt(), 50);
        QMetaObject::invokeMethod(&context, [&] { delete s; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
