// Issue 22: a write whose second arrival would apply it twice (HttpRequest::resendable false:
// a create, a comment) is never sent again by the HTTP layer after a 5xx, a dropped connection
// or a cut answer — any of which may come after the service carried it out — but is after a
// rate limit's refusal, which says it was not — neither by its own retries nor by Qt's (which
// sends a request again by itself when a connection closes before the answer). A resendable
// request (a read, a PUT) still is.
#include "Error.h"
#include "HttpClient.h"
#include "RetryPolicy.h"
#include "sim/CloudSimulator.h"

#include <QCoroTask>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace cairn;

namespace {
// The status of a whole answer (a JSON object); -2 for an answer cut short, -1 when the client
// gave up with an error (waitFor of a task that throws would wait for ever in QCoro 0.8).
QCoro::Task<int> statusOf(HttpClient &http, HttpRequest request)
{
    try {
        const HttpResponse r = co_await http.send(request);
        co_return QJsonDocument::fromJson(r.body).isObject() ? r.status : -2;
    } catch (const Error &) {
        co_return -1;
    }
}
} // namespace

class TestWriteResend : public QObject
{
    Q_OBJECT

    // The comments Asana has on `task` (posted through the API).
    static int stories(sim::CloudSimulator &s, const QString &task) { return s.asana().apiWrites(task).stories; }

private Q_SLOTS:
    void notResentWhenItMayHaveArrived_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("resendable");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("applied"); // comments on Asana after it
        // (The simulator carries out a write whose answer it cuts, not one it refuses or drops.
        // What Qt makes of a cut answer depends on when it sees the connection close: no row
        // here; the outbox's tests cover the answer lost.)
        QTest::newRow("500, a write") << "500" << false << 1 << false << 0;
        QTest::newRow("dropped, a write") << "drop" << false << 1 << false << 0;
        QTest::newRow("429, a write") << "429" << false << 2 << true << 1;
        QTest::newRow("500, resendable") << "500" << true << 2 << true << 1;

    }

    void notResentWhenItMayHaveArrived()
    {
        QFETCH(QString, fault);
        QFETCH(bool, resendable);
        QFETCH(int, requests);
        QFETCH(bool, succeeds);
        QFETCH(int, applied);
        sim::Options o;
        o.contacts = 0;
        o.asanaProjects = 1;
        o.asanaTasksPerProject = 1;
        o.noRateLimits();
        sim::CloudSimulator s(o);
        QVERIFY(s.listenLocal() != 0);
        const QString task = s.asana().taskGids(s.asana().projectGids().first()).first();
        const QString path = QStringLiteral("/asana/api/1.0/tasks/%1/stories").arg(task);
        sim::Fault f;
        f.method = "POST";
        f.path = path;
        f.status = fault == QLatin1String("500") ? 500 : fault == QLatin1String("429") ? 429 : 0;
        if (f.status == 429)
            f.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")});
        f.drop = fault == QLatin1String("drop");
        f.truncate = fault == QLatin1String("truncate");
        s.faults().add(f);

        QNetworkAccessManager nam;
        HttpClient http(&nam);
        RetryPolicy quick;
        quick.baseDelay = std::chrono::milliseconds(1);
        http.setRetryPolicy(quick);
        http.setAuthenticator(std::make_shared<BearerToken>(s.options().accessToken.toUtf8()));
        HttpRequest comment;
        comment.method = "POST";
        comment.url = s.baseUrl().resolved(QUrl(path));
        comment.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        comment.body = R"({"data":{"text":"Once"}})";
        comment.resendable = resendable;
        const int status = QCoro::waitFor(statusOf(http, comment));
        QCOMPARE(status == 201, succeeds);
        QCOMPARE(http.requestCount(), requests);
        QCOMPARE(stories(s, task), applied);
    }
};

QTEST_GUILESS_MAIN(TestWriteResend)
#include "tst_writeresend.moc"
