// The simulator at scale: 10 000 and 100 000 contacts are served whole, page after page, cold
// and from its cached JSON. Times are printed for information; speed is measured by
// cairn-bench, never asserted in ctest (these machines are noisy).
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace simtest;

class TestSimPerf : public QObject
{
    Q_OBJECT

    // generates `contacts`, lists them all at pageSize 1000 twice (cold, then cached JSON)
    void run(int contacts)
    {
        QElapsedTimer t;
        t.start();
        sim::Options o;
        o.contacts = contacts;
        o.noRateLimits(); // pages as fast as it can: Google's 90 reads a minute would refuse them
        sim::CloudSimulator s(o);
        const qint64 generated = t.elapsed();
        QVERIFY(s.listenLocal() > 0);
        Http http(s.baseUrl());
        for (int round = 0; round < 2; ++round) {
            t.restart();
            int seen = 0;
            qint64 bytes = 0;
            QString pageToken;
            do {
                QUrlQuery q = query({{"personFields", "names,emailAddresses,phoneNumbers,organizations,memberships,metadata"},
                                     {"pageSize", "1000"}, {"requestSyncToken", "true"}});
                if (!pageToken.isEmpty())
                    q.addQueryItem(QStringLiteral("pageToken"), pageToken);
                const Response r = http.get(QStringLiteral("/google/v1/people/me/connections"), q);
                QCOMPARE(r.status, 200);
                const QJsonObject o = r.json();
                seen += int(o["connections"].toArray().size());
                bytes += r.body.size();
                pageToken = o["nextPageToken"].toString();
            } while (!pageToken.isEmpty());
            QCOMPARE(seen, contacts);
            const qint64 listed = t.elapsed();
            qInfo("%d contacts: generated in %lld ms; full listing (%s, incl. client JSON parsing) %lld ms, %lld MB",
                  contacts, generated, round ? "cached" : "cold", listed, bytes >> 20);
        }

        // the server's share alone: building every page in-process (JSON cached by now)
        t.restart();
        QString pageToken;
        int pages = 0;
        do {
            sim::HttpRequest req;
            req.method = "GET";
            req.path = QStringLiteral("/google/v1/people/me/connections");
            req.query = query({{"personFields", "names,emailAddresses,phoneNumbers,organizations,memberships,metadata"},
                               {"pageSize", "1000"}, {"requestSyncToken", "true"}});
            if (!pageToken.isEmpty())
                req.query.addQueryItem(QStringLiteral("pageToken"), pageToken);
            const sim::HttpReply reply = s.google().handle(req);
            QCOMPARE(reply.status, 200);
            const int at = int(reply.body.lastIndexOf("\"nextPageToken\":\""));
            pageToken = at < 0 ? QString() : QString::fromLatin1(reply.body.mid(at + 17).split('"').first());
            ++pages;
        } while (!pageToken.isEmpty());
        QCOMPARE(pages, (contacts + 999) / 1000);
        qInfo("%d contacts: server builds all %d pages in %lld ms", contacts, pages, t.elapsed());
    }

private Q_SLOTS:
    void tenThousand() { run(10000); }
    void hundredThousand() { run(100000); }
};

QTEST_GUILESS_MAIN(TestSimPerf)
#include "tst_simperf.moc"
