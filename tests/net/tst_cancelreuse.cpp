// A run cancelled while the service drops its connections must not leave the network manager
// unable to reach that service: the window keeps one QNetworkAccessManager for its life, and a
// Sync now after such a Cancel hung for a minute or more. (Qt 6.4 sends a request again by
// itself when its connection closes before the answer; a reply aborted while that new
// connection is still being opened leaves its channel marked busy for good, and after six
// such channels no request to that host is ever sent.)
#include "Cancellation.h"
#include "Error.h"
#include "HttpClient.h"
#include "RetryPolicy.h"
#include "sim/CloudSimulator.h"

#include <QCoroTask>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace cairn;

namespace {
// The status of the answer; -1 when the client gave up with an error (Cancelled among them).
QCoro::Task<int> statusOf(HttpClient &http, HttpRequest request)
{
    try {
        const HttpResponse r = co_await http.send(request);
        co_return r.status;
    } catch (const Error &) {
        co_return -1;
    }
}

constexpr int kHung = -3;

// Sends `request` with `cancel` and waits up to 10 s for its end (a request that reaches the
// simulator ends in milliseconds); one still waiting then is cancelled, and kHung returned.
int runBounded(HttpClient &http, Cancellation &cancel, const HttpRequest &request)
{
    http.setCancellation(&cancel);
    int status = 0;
    bool done = false;
    const auto send = [&]() -> QCoro::Task<> { // (kept: the coroutine reads its captures)
        status = co_await statusOf(http, request);
        done = true;
    };
    QCoro::Task<> run = send();
    const bool ended = QTest::qWaitFor([&] { return done; }, 10'000);
    if (!ended)
        cancel.cancel();
    QCoro::waitFor(std::move(run));
    http.setCancellation(nullptr);
    return ended ? status : kHung;
}
} // namespace

class TestCancelReuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelledWhileDroppedThenSyncAgain()
    {
        sim::Options o;
        o.contacts = 2;
        o.noRateLimits();
        sim::CloudSimulator s(o);
        QVERIFY(s.listenLocal() != 0);

        QNetworkAccessManager nam; // one for every run, as the window has
        HttpClient http(&nam);
        RetryPolicy quick;
        quick.baseDelay = std::chrono::milliseconds(1);
        quick.maxDelay = std::chrono::milliseconds(5);
        http.setRetryPolicy(quick);
        http.setAuthenticator(std::make_shared<BearerToken>(s.options().accessToken.toUtf8()));
        HttpRequest groups;
        groups.url = s.baseUrl().resolved(QUrl(QStringLiteral("/google/v1/contactGroups")));

        // Runs cancelled as the service drops every connection: Cancel pressed while Qt sends
        // the request again on a new connection.
        for (int i = 0; i < 60; ++i) {
            Cancellation cancel;
            sim::Fault gone;
            gone.path = groups.url.path();
            gone.onKill = [&s, &cancel](const sim::HttpRequest &) {
                s.setClientGone(true);
                QMetaObject::invokeMethod(&cancel, [&cancel] { cancel.cancel(); }, Qt::QueuedConnection);
            };
            s.faults().add(gone);
            const int status = runBounded(http, cancel, groups);
            QVERIFY2(status != kHung, qPrintable(QStringLiteral("run %1 hung before it reached the service").arg(i + 1)));
            QCOMPARE(status, -1);
            QVERIFY(cancel.isCancelled());
            s.setClientGone(false);
        }
        s.faults().clear();

        // The next run on the same manager gets its answer. (It used to wait in Qt's queue, never
        // sent, until the transfer timeout — a minute — and again after each retry.)
        s.resetRequestCounts();
        Cancellation next;
        QCOMPARE(runBounded(http, next, groups), 200);
        QCOMPARE(s.requestCounts().value(QLatin1String("total")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCancelReuse)
#include "tst_cancelreuse.moc"
