// Contract tests: real `cairn sync` runs (full, incremental, after changes and deletions, and
// under faults) of Google People, Asana, GitHub and Jira against `cairn-sim`, through a
// recording proxy, and every request and every answer held against the services' own
// descriptions (the subsets in tests/contract/specs/, written by scripts/extract-specs; Google's
// from its discovery document, converted to the same shape): the request's path, method, query
// parameters and body as the description allows them, the answer's body as it describes it.
// Either side breaking the contract fails the test, with the violations listed per source,
// request and response apart. (docs/simulator.md says what the simulator models;
// tst_contractchecker shows that the check fails on broken answers.)
#include "GoogleContract.h"
#include "HttpClient.h"
#include "OpenApiContract.h"
#include "ProcessHarness.h"
#include "RecordingProxy.h"
#include "asana/AsanaApi.h"
#include "github/GitHubApi.h"
#include "jira/JiraApi.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkAccessManager>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

using cairn::test::OpenApiContract;
using cairn::test::ProcessHarness;
using cairn::test::RecordingProxy;
using namespace cairn;

namespace {

// Jira's API token as Basic e-mail:token (what `cairn` sends with CAIRN_JIRA_EMAIL).
class JiraBasic final : public Authenticator
{
public:
    QCoro::Task<QByteArray> authorization() override { co_return "Basic " + QByteArray("me@example.com:cairn-sim-token").toBase64(); }
};

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

// One source's runs through the proxy, and what the contract says of them.
class ContractRun
{
public:
    // `spec`: the description's file in tests/contract/specs/ (default: the source's name).
    ContractRun(const char *source, const char *simArguments, const char *spec = nullptr)
        : m_source(QLatin1String(source))
        , m_sim(words(simArguments))
        , m_proxy(m_sim.simUrl())
        , m_contract(QStringLiteral(CAIRN_SOURCE_DIR "/tests/contract/specs/%1.json").arg(spec ? QLatin1String(spec) : m_source))
    {
        const QString upper = m_source.toUpper();
        m_sim.setEnv(QStringLiteral("CAIRN_%1_API_URL").arg(upper), m_proxy.url().toString() + u'/' + m_source);
        m_sim.setEnv(QStringLiteral("CAIRN_%1_TOKEN").arg(upper), QStringLiteral("cairn-sim-token"));
        m_sim.setEnv(QStringLiteral("CAIRN_JIRA_EMAIL"), QStringLiteral("me@example.com"));
        m_sim.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
    }

    ProcessHarness &sim() { return m_sim; }

    void config(const QStringList &args)
    {
        QCOMPARE(m_sim.cairn(QStringList{QStringLiteral("config"), QStringLiteral("set")} + args).exitCode, 0);
    }

    // `cairn sync --source S [--mode M]`; its exit code.
    int sync(const char *mode = nullptr)
    {
        QStringList args{QStringLiteral("sync"), QStringLiteral("--source"), m_source, QStringLiteral("--json")};
        if (mode)
            args << QStringLiteral("--mode") << QLatin1String(mode);
        const auto r = m_sim.cairn(args);
        if (r.exitCode != 0)
            qInfo("%s: cairn sync %s: exit %d: %s", qPrintable(m_source), mode ? mode : "", r.exitCode, r.err.trimmed().constData());
        ++m_runs;
        return r.exitCode;
    }

    void mutate(const QJsonObject &body)
    {
        const QJsonObject answer = m_sim.admin("POST", QStringLiteral("/_admin/%1/mutate").arg(m_source), body);
        QVERIFY2(!answer.contains(QLatin1String("error")), qPrintable(answer.value(QLatin1String("error")).toString()));
    }

    // A client of the source's API through the proxy, for the calls the window's pickers make
    // (GitHub's repositories, Asana's workspaces and portfolios, Jira's projects and JQL check).
    std::unique_ptr<HttpClient> client()
    {
        auto http = std::make_unique<HttpClient>(&m_nam);
        if (m_source == QLatin1String("jira"))
            http->setAuthenticator(std::make_shared<JiraBasic>());
        else
            http->setAuthenticator(std::make_shared<BearerToken>("cairn-sim-token"));
        return http;
    }
    QUrl base() const { return QUrl(m_proxy.url().toString() + u'/' + m_source); }

    // A request of the source's API through the proxy as another client makes it (the write
    // endpoints with what Cairn never sends: a stale etag, a duplicate): its status and body. `path` after the source's base, with its query.
    QPair<int, QJsonObject> send(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(base().toString() + path));
        request.setRawHeader("Authorization", "Bearer cairn-sim-token");
        const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!bytes.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, bytes);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, answer};
    }

    void faults(const QJsonArray &list)
    {
        m_sim.admin("POST", QStringLiteral("/_admin/faults"), {{QStringLiteral("faults"), list}});
    }

    // Every recorded exchange against the description: the violations, "request: …" and
    // "response: …", each with its operation and how often it was seen.
    QStringList violations(const QString &basePath)
    {
        QMap<QString, int> seen;
        int exchanges = 0, requestProblems = 0, responseProblems = 0, graphql = 0;
        QStringList undocumented, operations;
        for (const RecordingProxy::Exchange &e : m_proxy.take()) {
            const QUrl url(QString::fromLatin1(e.target));
            QString path = url.path(QUrl::FullyDecoded);
            if (!path.startsWith(basePath))
                continue;
            path = path.mid(basePath.size());
            // GitHub's GraphQL is no REST operation: its queries are held against GitHub's
            // published GraphQL schema instead (tst_githubmapper), and cairn-sim refuses any
            // field, argument or type that schema does not have (tst_simgithubgraphql).
            if (e.method == "POST" && path == QLatin1String("/graphql")) {
                ++graphql;
                continue;
            }
            ++exchanges;
            const OpenApiContract::Result r = m_contract.check(e.method, path, QUrlQuery(url), e.requestBody, e.status,
                                                                e.complete ? e.responseBody : QByteArray());
            if (!operations.contains(r.operation))
                operations << r.operation;
            if (!m_operations.contains(r.operation))
                m_operations << r.operation;
            if (r.undocumentedStatus && e.status != 0 && !undocumented.contains(QString::number(e.status) + u' ' + r.operation))
                undocumented << QString::number(e.status) + u' ' + r.operation;
            // One line per kind of violation: "$.data[3].user" and "$.data[7].user" are one.
            static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
            for (const QString &p : r.request)
                ++seen[QStringLiteral("request: %1: %2").arg(r.operation, QString(p).replace(index, QStringLiteral("[]")))], ++requestProblems;
            QStringList response = r.response;
            if (m_source == QLatin1String("google") && e.status >= 400)
                response << cairn::test::googleErrorProblems(e.status, e.responseBody);
            if (m_source == QLatin1String("google") && e.status == 200) {
                response << cairn::test::fieldMaskProblems(path, QUrlQuery(url), e.responseBody);
                m_tombstones += cairn::test::googleTombstones(e.responseBody);
            }
            if (e.complete)
                ++m_statuses[e.status];
            if (e.complete && e.status != 0)
                for (const QString &p : std::as_const(response))
                    ++seen[QStringLiteral("response %1: %2: %3").arg(e.status).arg(r.operation, QString(p).replace(index, QStringLiteral("[]")))],
                        ++responseProblems;
        }
        qInfo("%s: %d runs, %d exchanges checked (and %d GraphQL ones, held against the GraphQL schema instead); %d request and %d response violations (%d distinct)%s",
              qPrintable(m_source), m_runs, exchanges, graphql, requestProblems, responseProblems, int(seen.size()),
              undocumented.isEmpty() ? "" : qPrintable(QStringLiteral("; statuses the description does not document (not checked): ")
                                                       + undocumented.join(QStringLiteral(", "))));
        operations.sort();
        qInfo("%s: operations seen: %s", qPrintable(m_source), qPrintable(operations.join(QStringLiteral(", "))));
        QStringList statuses;
        for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
            statuses << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
        qInfo("%s: answers checked: %s", qPrintable(m_source), qPrintable(statuses.join(QStringLiteral(", "))));
        QStringList out;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            out << QStringLiteral("%1 (x%2)").arg(it.key()).arg(it.value());
            qInfo("%s violation: %s", qPrintable(m_source), qPrintable(out.last())); // QVERIFY2 would cut the list short
        }
        return out;
    }
    // What violations() checked: the answers' statuses (complete ones) and Google's tombstones.
    const QMap<int, int> &statuses() const { return m_statuses; }
    int tombstones() const { return m_tombstones; }
    const QStringList &operations() const { return m_operations; }

private:
    QString m_source;
    ProcessHarness m_sim;
    RecordingProxy m_proxy;
    OpenApiContract m_contract;
    QNetworkAccessManager m_nam;
    int m_runs = 0;
    QMap<int, int> m_statuses;
    int m_tombstones = 0;
    QStringList m_operations;
};

QJsonObject fault(const QString &path, int status, int count = 1, const QJsonObject &headers = {})
{
    return {{QStringLiteral("path"), path}, {QStringLiteral("status"), status}, {QStringLiteral("count"), count},
            {QStringLiteral("headers"), headers}};
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_clock.start(); }
    void cleanupTestCase() { qInfo("contract runs took %lld ms", m_clock.elapsed()); }

    void google()
    {
        // More contacts than a page holds (Cairn asks for 1 000): the listings page.
        ContractRun run("google", "--contacts 1100 --groups 3 --seed 5", "google-people");
        QCOMPARE(run.sync("full"), 0);
        // Additions, changes and deletions (tombstones in the sync listing), of groups too.
        run.mutate({{QStringLiteral("op"), QStringLiteral("add")}, {QStringLiteral("count"), 3}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("modify")}, {QStringLiteral("count"), 4}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("count"), 2}});
        const QString group = run.sim().admin("POST", QStringLiteral("/_admin/google/mutate"),
                                              {{QStringLiteral("op"), QStringLiteral("add_group")}, {QStringLiteral("name"), QStringLiteral("Climbing")}})
                                  .value(QLatin1String("changed")).toArray().first().toString();
        QVERIFY(group.startsWith(QLatin1String("contactGroups/")));
        QCOMPARE(run.sync(), 0);
        run.mutate({{QStringLiteral("op"), QStringLiteral("rename_group")}, {QStringLiteral("resourceName"), group}, {QStringLiteral("name"), QStringLiteral("Bouldering")}});
        QCOMPARE(run.sync(), 0);
        run.mutate({{QStringLiteral("op"), QStringLiteral("delete_group")}, {QStringLiteral("resourceName"), group}});
        QCOMPARE(run.sync(), 0);
        QCOMPARE(run.sync(), 0); // nothing changed
        // Eight days on, the sync tokens have expired: 400 FAILED_PRECONDITION, then a full listing.
        run.sim().admin("POST", QStringLiteral("/_admin/clock"), {{QStringLiteral("advance_seconds"), 8 * 24 * 3600}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("modify")}, {QStringLiteral("count"), 2}});
        QCOMPARE(run.sync(), 0);
        // Faults: errors in Google's shape that Cairn retries, and one that it gives up on.
        run.mutate({{QStringLiteral("op"), QStringLiteral("random")}, {QStringLiteral("count"), 5}});
        run.faults({fault(QStringLiteral("/google/v1/people/me/connections"), 503),
                    fault(QStringLiteral("/google/v1/contactGroups"), 429, 1, {{QStringLiteral("Retry-After"), QStringLiteral("1")}}),
                    fault(QStringLiteral("/google/v1/people/me/connections"), 500)});
        QCOMPARE(run.sync(), 0);
        run.faults({fault(QStringLiteral("/google/v1/contactGroups"), 403)});
        QVERIFY(run.sync() != 0);
        QCOMPARE(run.sync("full"), 0);
        // The writes (Cairn's write-back): create, update (and again with the etag it made
        // stale: 400), a group's members, delete (and again: 404); a sync after them. (A request
        // the description refuses, as one without updatePersonFields, would be a violation of
        // the test's own: tst_simwrites sends those.)
        const QJsonObject ada{
            {QStringLiteral("names"), QJsonArray{QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Ada")}, {QStringLiteral("familyName"), QStringLiteral("Lovelace")}}}},
            {QStringLiteral("emailAddresses"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("ada@example.com")}, {QStringLiteral("type"), QStringLiteral("work")}}}},
            {QStringLiteral("clientData"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("cairn-id")}, {QStringLiteral("value"), QStringLiteral("c-1")}}}}};
        const auto created = run.send("POST", QStringLiteral("/v1/people:createContact?personFields=names,emailAddresses,clientData,metadata"), ada);
        QCOMPARE(created.first, 200);
        const QString person = created.second.value(QLatin1String("resourceName")).toString();
        const QString etag = created.second.value(QLatin1String("etag")).toString();
        const QString update = QStringLiteral("/v1/%1:updateContact?updatePersonFields=names,phoneNumbers&personFields=names,phoneNumbers").arg(person);
        const QJsonObject renamed{{QStringLiteral("etag"), etag},
                                  {QStringLiteral("names"), QJsonArray{QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Augusta")}}}},
                                  {QStringLiteral("phoneNumbers"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("+44 20 7946 0000")}}}}};
        QCOMPARE(run.send("PATCH", update, renamed).first, 200);
        QCOMPARE(run.send("PATCH", update, renamed).first, 400); // the etag is stale now
        const QString members = QStringLiteral("/v1/contactGroups/myContacts/members:modify");
        QCOMPARE(run.send("POST", members, {{QStringLiteral("resourceNamesToAdd"), QJsonArray{person, QStringLiteral("people/c1")}}}).first, 200);
        QCOMPARE(run.send("POST", members, {{QStringLiteral("resourceNamesToRemove"), QJsonArray{person}}}).first, 200);
        QCOMPARE(run.send("DELETE", QStringLiteral("/v1/%1:deleteContact").arg(person)).first, 200);
        QCOMPARE(run.send("DELETE", QStringLiteral("/v1/%1:deleteContact").arg(person)).first, 404);
        QCOMPARE(run.sync(), 0);
        // Cairn's own writes (`cairn edit|create|delete google`, sent by the sync): people.get
        // before an edit, updateContact over the etag it read, createContact with its clientData,
        // deleteContact; a discarded edit's contact read again by the sync after.
        run.config(words("google.write true"));
        QStringList live;
        for (const QJsonValue &c : run.sim().admin("GET", QStringLiteral("/_admin/truth/google"))[QLatin1String("contacts")].toArray())
            if (!c[QLatin1String("deleted")].toBool())
                live << c[QLatin1String("resourceName")].toString();
        QVERIFY(live.size() >= 3);
        const auto cairn = [&run](const QStringList &args) {
            const auto r = run.sim().cairn(args);
            if (r.exitCode != 0)
                qWarning("cairn %s: %s", qPrintable(args.join(u' ')), r.err.constData());
            return r;
        };
        QCOMPARE(cairn({QStringLiteral("edit"), QStringLiteral("google"), live[0], QStringLiteral("name=Ada Lovelace"), QStringLiteral("email=ada@example.org"),
                        QStringLiteral("phones=+44 20 7946 0000"), QStringLiteral("organization=Analytical Engines"), QStringLiteral("birthday=--12-10"),
                        QStringLiteral("note=Notes"), QStringLiteral("nickname=Ada"), QStringLiteral("groups=myContacts,starred")}).exitCode, 0);
        QCOMPARE(cairn({QStringLiteral("create"), QStringLiteral("google"), QStringLiteral("name=Grace Hopper"), QStringLiteral("email=grace@example.org"),
                        QStringLiteral("birthday=1906-12-09")}).exitCode, 0);
        QCOMPARE(cairn({QStringLiteral("delete"), QStringLiteral("google"), live[1]}).exitCode, 0);
        QCOMPARE(run.sync(), 0);
        const auto discarded = cairn({QStringLiteral("edit"), QStringLiteral("google"), live[2], QStringLiteral("note=Never sent"), QStringLiteral("--json")});
        QCOMPARE(cairn({QStringLiteral("outbox"), QStringLiteral("discard"), QString::number(discarded.json()[QLatin1String("id")].toInteger())}).exitCode, 0);
        QCOMPARE(run.sync(), 0);
        QStringList families;
        for (const QJsonValue &c : run.sim().admin("GET", QStringLiteral("/_admin/truth/google"))[QLatin1String("contacts")].toArray())
            if (!c[QLatin1String("deleted")].toBool())
                families << c[QLatin1String("familyName")].toString();
        QVERIFY(families.contains(QStringLiteral("Lovelace")) && families.contains(QStringLiteral("Hopper")));
        const QStringList v = run.violations(QStringLiteral("/google"));
        QVERIFY2(v.isEmpty(), qPrintable(QStringLiteral("%1 kinds of violation, listed above").arg(v.size())));
        // Cairn's own writes were among the requests checked.
        for (const char *operation : {"GET /v1/people/{peopleId}", "PATCH /v1/people/{peopleId}:updateContact", "POST /v1/people:createContact",
                                      "DELETE /v1/people/{peopleId}:deleteContact"})
            QVERIFY2(run.operations().contains(QLatin1String(operation)), operation);
        // The error answers and the tombstones were there to be checked.
        for (int status : {400, 403, 404, 429, 500, 503})
            QVERIFY2(run.statuses().contains(status), qPrintable(QString::number(status)));
        QVERIFY(run.tombstones() >= 3); // two contacts and a group

    }

    void github()
    {
        ContractRun run("github", "--contacts 0 --github-repos 2 --github-pulls 70 --seed 5");
        run.config(words("github.repos octo-org/website acme-labs/api-server"));
        QCOMPARE(run.sync("full"), 0);
        const QString repo = QStringLiteral("octo-org/website");
        run.mutate({{QStringLiteral("op"), QStringLiteral("add_pull")}, {QStringLiteral("repo"), repo}, {QStringLiteral("count"), 3}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("edit_pull")}, {QStringLiteral("repo"), repo}, {QStringLiteral("count"), 4}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("add_review")}, {QStringLiteral("repo"), repo}, {QStringLiteral("number"), 2}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("merge_pull")}, {QStringLiteral("repo"), repo}, {QStringLiteral("number"), 3}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("delete_pull")}, {QStringLiteral("repo"), repo}, {QStringLiteral("number"), 4}});
        QCOMPARE(run.sync(), 0);
        QCOMPARE(run.sync(), 0); // nothing changed: 304s
        run.mutate({{QStringLiteral("op"), QStringLiteral("edit_pull")}, {QStringLiteral("repo"), repo}, {QStringLiteral("count"), 2}});
        run.faults({fault(QStringLiteral("/github/repos/octo-org/website/pulls"), 503),
                    fault(QStringLiteral("/github/repos/acme-labs/api-server/pulls"), 429, 1, {{QStringLiteral("Retry-After"), QStringLiteral("1")}})});
        run.sync();
        QCOMPARE(run.sync("full"), 0);
        // The repository picker and the signed-in user.
        auto http = run.client();
        github::GitHubApi api(*http, run.base());
        int repos = 0;
        for (QUrl url = api.userReposUrl(); !url.isEmpty();) {
            const github::ReposPage page = QCoro::waitFor(api.userRepos(url));
            repos += int(page.repos.size());
            url = page.next;
        }
        QCOMPARE(repos, 2);
        QCOMPARE(QCoro::waitFor(api.viewerLogin()), QStringLiteral("octocat"));
        const QStringList v = run.violations(QStringLiteral("/github"));
        QVERIFY2(v.isEmpty(), qPrintable(QStringLiteral("%1 kinds of violation, listed above").arg(v.size())));
    }

    void asana()
    {
        ContractRun run("asana", "--contacts 0 --asana-projects 3 --asana-tasks 60 --asana-search --seed 5");
        QCOMPARE(run.sync("full"), 0);
        run.mutate({{QStringLiteral("op"), QStringLiteral("edit_task")}, {QStringLiteral("count"), 5}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("delete_task")}, {QStringLiteral("count"), 2}});
        QCOMPARE(run.sync(), 0);
        run.faults({fault(QStringLiteral("/asana/api/1.0/tasks"), 500), fault(QStringLiteral("/asana/api/1.0/events"), 429, 1,
                                                                               {{QStringLiteral("Retry-After"), QStringLiteral("1")}})});
        run.mutate({{QStringLiteral("op"), QStringLiteral("edit_task")}, {QStringLiteral("count"), 3}});
        run.sync();
        QCOMPARE(run.sync("full"), 0);
        // A portfolio's projects; one taken out of it and one archived are asked for by themselves.
        const QJsonArray projects = run.sim().admin("GET", QStringLiteral("/_admin/truth/asana")).value(QLatin1String("projects")).toArray();
        QVERIFY(projects.size() >= 2);
        run.config({QStringLiteral("asana.portfolio"), QStringLiteral("1209999000000001")});
        QCOMPARE(run.sync(), 0);
        run.mutate({{QStringLiteral("op"), QStringLiteral("remove_from_portfolio")}, {QStringLiteral("project"), projects[0][QLatin1String("gid")]}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("archive_project")}, {QStringLiteral("gid"), projects[1][QLatin1String("gid")]}});
        QCOMPARE(run.sync(), 0);
        // The workspace and portfolio pickers, and one task by itself.
        auto http = run.client();
        asana::AsanaApi api(*http, run.base());
        const QString workspace = QCoro::waitFor(api.firstWorkspace());
        QVERIFY(!QCoro::waitFor(api.workspaces(QString())).items.isEmpty());
        QVERIFY(!QCoro::waitFor(api.portfolios(workspace, QString())).items.isEmpty());
        const QJsonArray tasks = run.sim().admin("GET", QStringLiteral("/_admin/truth/asana")).value(QLatin1String("tasks")).toArray();
        QVERIFY(QCoro::waitFor(api.task(tasks.last()[QLatin1String("gid")].toString())).has_value());
        // The writes (Cairn's write-back): create with an external gid, find it by that, update,
        // comment, delete; a second task with the gid (400), a deleted one (404); a sync
        // after them (the events of each).
        const QJsonObject task{{QStringLiteral("data"), QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Write the report")}, {QStringLiteral("notes"), QStringLiteral("By Friday")},
            {QStringLiteral("projects"), QJsonArray{projects[2][QLatin1String("gid")]}}, {QStringLiteral("due_on"), QStringLiteral("2026-05-01")},
            {QStringLiteral("assignee"), QStringLiteral("me")},
            {QStringLiteral("external"), QJsonObject{{QStringLiteral("gid"), QStringLiteral("cairn-7")}, {QStringLiteral("data"), QStringLiteral("v1")}}}}}};
        const auto created = run.send("POST", QStringLiteral("/api/1.0/tasks"), task);
        QCOMPARE(created.first, 201);
        const QString gid = created.second[QLatin1String("data")][QLatin1String("gid")].toString();
        QCOMPARE(run.send("POST", QStringLiteral("/api/1.0/tasks"), task).first, 400);
        QCOMPARE(run.send("GET", QStringLiteral("/api/1.0/tasks/external:cairn-7")).first, 200);
        QCOMPARE(run.send("GET", QStringLiteral("/api/1.0/tasks/external:nobody")).first, 404);
        QCOMPARE(run.send("PUT", QStringLiteral("/api/1.0/tasks/") + gid, {{QStringLiteral("data"), QJsonObject{{QStringLiteral("completed"), true}}}}).first, 200);
        QCOMPARE(run.send("POST", QStringLiteral("/api/1.0/tasks/%1/stories").arg(gid), {{QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Done.")}}}}).first, 201);
        QCOMPARE(run.sync(), 0);
        QCOMPARE(run.send("DELETE", QStringLiteral("/api/1.0/tasks/") + gid).first, 200);
        QCOMPARE(run.send("DELETE", QStringLiteral("/api/1.0/tasks/") + gid).first, 404);
        QCOMPARE(run.sync(), 0);
        // Cairn's own writes (`cairn edit|create|comment|delete asana`, sent by the sync).
        run.config(words("asana.write true"));
        QStringList cached; // (tasks of the portfolio's projects)
        for (const QJsonValue &t : QJsonDocument::fromJson(run.sim().cairn(words("export --source asana --format json")).out).array())
            if (!t[QLatin1String("deleted")].toBool())
                cached << t[QLatin1String("id")].toString();
        QVERIFY(cached.size() >= 2);
        const QString first = cached[0], second = cached[1];
        for (const QStringList &change : {QStringList{QStringLiteral("edit"), QStringLiteral("asana"), first, QStringLiteral("name=Renamed"),
                                                      QStringLiteral("notes=By Cairn"), QStringLiteral("completed=true"), QStringLiteral("due_on=2026-12-24")},
                                          QStringList{QStringLiteral("create"), QStringLiteral("asana"), QStringLiteral("name=New in Cairn"),
                                                      QStringLiteral("projects=") + projects[2][QLatin1String("gid")].toString()},
                                          QStringList{QStringLiteral("comment"), QStringLiteral("asana"), first, QStringLiteral("Looks good")},
                                          QStringList{QStringLiteral("delete"), QStringLiteral("asana"), second}}) {
            const auto r = run.sim().cairn(change);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(run.sync(), 0);
        QCOMPARE(QJsonDocument::fromJson(run.sim().cairn(words("outbox --json")).out).array().size(), 0); // each sent
        const QStringList v = run.violations(QStringLiteral("/asana/api/1.0"));
        QVERIFY2(v.isEmpty(), qPrintable(QStringLiteral("%1 kinds of violation, listed above").arg(v.size())));
    }

    void jira()
    {
        ContractRun run("jira", "--contacts 0 --jira-issues 120 --seed 5");
        run.config(words("jira.configs main"));
        run.config(words("jira.main.jql project in (CAIRN, OPS, WEB)"));
        run.config(words("jira.main.site https://example.atlassian.net"));
        QCOMPARE(run.sync("full"), 0);
        run.mutate({{QStringLiteral("op"), QStringLiteral("edit_issue")}, {QStringLiteral("count"), 5}});
        run.mutate({{QStringLiteral("op"), QStringLiteral("delete_issue")}, {QStringLiteral("count"), 3}});
        QCOMPARE(run.sync(), 0);
        QCOMPARE(run.sync("full"), 0); // the deletion sweep (bulkfetch)
        run.faults({fault(QStringLiteral("/jira/rest/api/3/search/jql"), 503),
                    fault(QStringLiteral("/jira/rest/api/3/search/jql"), 429, 1, {{QStringLiteral("Retry-After"), QStringLiteral("1")}})});
        run.mutate({{QStringLiteral("op"), QStringLiteral("edit_issue")}, {QStringLiteral("count"), 2}});
        run.sync();
        // The project picker, the JQL check, the user and the server's time.
        auto http = run.client();
        jira::JiraApi api(*http, run.base(), QStringLiteral("main"));
        QVERIFY(!QCoro::waitFor(api.projects(0)).projects.isEmpty());
        QVERIFY(QCoro::waitFor(api.checkJql(QStringLiteral("project in (CAIRN, OPS, WEB)"))).bounded);
        QVERIFY(!QCoro::waitFor(api.checkJql(QStringLiteral("project = NOPE AND"))).errors.isEmpty());
        QVERIFY(!QCoro::waitFor(api.myAccountId()).isEmpty());
        QVERIFY(QCoro::waitFor(api.serverTime()).isValid());
        const QStringList v = run.violations(QStringLiteral("/jira"));
        QVERIFY2(v.isEmpty(), qPrintable(QStringLiteral("%1 kinds of violation, listed above").arg(v.size())));
    }

private:
    QElapsedTimer m_clock;
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
