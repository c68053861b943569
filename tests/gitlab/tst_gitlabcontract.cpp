// GitLab's contract: real syncs (full, incremental after changes, the deletion check, under
// faults), the picker's project list and the user, through a recording proxy between Cairn and
// the simulator, every request and answer held against GitLab's description
// (tests/contract/specs/gitlab.json: written from GitLab's documentation — see its info). The
// path is checked as it went over the wire: a project's path must arrive as one segment
// (group%2Fproject). Either side breaking the contract fails the test.
#include "GitLabCompare.h"
#include "OpenApiContract.h"
#include "RecordingProxy.h"
#include "gitlab/GitLabApi.h"

#include <QCoroTask>
#include <QMap>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QtTest>

using namespace cairn;
using namespace cairn::test;

class TestGitLabContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExchangeFitsTheDescription()
    {
        sim::Options o;
        o.contacts = 0;
        setOption(o, QStringLiteral("gitlab-projects"), 3);
        setOption(o, QStringLiteral("gitlab-merge-requests"), 120);
        o.seed = 5;
        SyncHarness h(o);
        RecordingProxy proxy(h.sim().baseUrl());
        useGitLab(h);
        const QString base = proxy.url().toString() + QStringLiteral("/gitlab/api/v4");
        h.settings().setValue(QStringLiteral("gitlab.api_url"), base);

        QCOMPARE(h.sync(QStringLiteral("gitlab")).status, RunStatus::Ok);
        sim::GitLabService &g = h.sim().service<sim::GitLabService>();
        const QStringList projects = g.projectPaths();
        QVERIFY(!g.editRandom(projects[0], 5).isEmpty());
        QVERIFY(g.addMergeRequest(projects[1]) > 0);
        for (const sim::GLMergeRequest &m : g.project(projects[2])->mergeRequests)
            if (m.state == QLatin1String("opened") && g.approve(projects[2], m.iid, QStringLiteral("hanako")))
                break;
        QVERIFY(g.deleteMergeRequest(projects[1], 3));
        QCOMPARE(h.sync(QStringLiteral("gitlab"), SyncMode::Partial).status, RunStatus::Ok);
        // Faults: a 429 with Retry-After, a 502, a refused token, a project gone.
        sim::Fault limited;
        limited.path = QStringLiteral("/gitlab/api/v4/projects/");
        limited.status = 429;
        limited.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")});
        h.sim().faults().add(limited);
        sim::Fault flaky = limited;
        flaky.status = 502;
        flaky.headers.clear();
        flaky.after = 2;
        h.sim().faults().add(flaky);
        QCOMPARE(h.sync(QStringLiteral("gitlab"), SyncMode::Full).status, RunStatus::Ok);
        QVERIFY(g.deleteProject(projects[2]));
        QCOMPARE(h.sync(QStringLiteral("gitlab")).status, RunStatus::Failed);
        h.engine().setAuthenticator(QStringLiteral("gitlab"), std::make_shared<BearerToken>("glpat-wrong"));
        QCOMPARE(h.sync(QStringLiteral("gitlab")).status, RunStatus::NeedsSignIn);
        QCOMPARE(compareGitLab(h, {projects[0], projects[1]}), QString());

        // The picker's list of projects (two pages) and the user.
        QNetworkAccessManager nam;
        HttpClient http(&nam);
        http.setAuthenticator(std::make_shared<BearerToken>(o.accessToken.toUtf8()));
        gitlab::GitLabApi api(http, QUrl(base));
        g.seed(100, 0);
        int listed = 0;
        for (QUrl url = api.userProjectsUrl(); !url.isEmpty();) {
            const gitlab::ProjectsPage page = QCoro::waitFor(api.userProjects(url));
            listed += int(page.projects.size());
            url = page.next;
        }
        QCOMPARE(listed, 2 + 100);
        QCOMPARE(QCoro::waitFor(api.username()), sim::GitLabService::username());

        const OpenApiContract contract(QStringLiteral(CAIRN_SOURCE_DIR "/tests/contract/specs/gitlab.json"));
        QMap<QString, int> seen;
        QMap<int, int> statuses;
        QStringList operations;
        int exchanges = 0;
        static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
        for (const RecordingProxy::Exchange &e : proxy.take()) {
            const QUrl url(QString::fromLatin1(e.target));
            QString path = url.path(QUrl::FullyEncoded); // %2F stays: a project's path is one segment
            QVERIFY(path.startsWith(QLatin1String("/gitlab/api/v4/")));
            path = QUrl::fromPercentEncoding(path.mid(int(qstrlen("/gitlab/api/v4"))).replace("%2F", "%252F").toUtf8());
            ++exchanges;
            const OpenApiContract::Result r = contract.check(e.method, path, QUrlQuery(url), e.requestBody, e.status,
                                                             e.complete ? e.responseBody : QByteArray());
            if (!operations.contains(r.operation))
                operations << r.operation;
            ++statuses[e.status];
            for (const QString &p : r.request)
                ++seen[QStringLiteral("request: %1: %2").arg(r.operation, QString(p).replace(index, QStringLiteral("[]")))];
            if (e.complete)
                for (const QString &p : r.response)
                    ++seen[QStringLiteral("response %1: %2: %3").arg(e.status).arg(r.operation, QString(p).replace(index, QStringLiteral("[]")))];
        }
        operations.sort();
        qInfo("gitlab: %d exchanges checked; operations: %s", exchanges, qPrintable(operations.join(QStringLiteral(", "))));
        QStringList answers;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            answers << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
        qInfo("gitlab: answers: %s", qPrintable(answers.join(QStringLiteral(", "))));
        QStringList out;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            out << QStringLiteral("%1 (x%2)").arg(it.key()).arg(it.value());
            qInfo("gitlab violation: %s", qPrintable(out.last()));
        }
        QVERIFY2(out.isEmpty(), qPrintable(out.join(u'\n')));
        for (const char *op : {"GET /user", "GET /projects", "GET /projects/{id}", "GET /projects/{id}/merge_requests",
                               "GET /projects/{id}/merge_requests/{merge_request_iid}/approvals"})
            QVERIFY2(operations.contains(QLatin1String(op)), op);
        for (int status : {200, 401, 404, 429, 502})
            QVERIFY2(statuses.contains(status), qPrintable(QString::number(status)));
    }
};

QTEST_GUILESS_MAIN(TestGitLabContract)
#include "tst_gitlabcontract.moc"
