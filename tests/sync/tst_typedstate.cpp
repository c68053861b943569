// Each source's typed state (AsanaState.h, GitHubState.h, JiraState.h): rows as Cairn wrote
// them before the state had versions are read and converted, version 1 reads back as written,
// and a listing an older Cairn paused goes on where it stopped after the upgrade.
#include "AsanaCompare.h"
#include "asana/AsanaRepo.h"
#include "GitHubCompare.h"
#include "JiraCompare.h"
#include "SyncHarness.h"
#include "ScopeState.h"
#include "SyncRunsRepo.h"
#include "SyncStateRepo.h"
#include "asana/AsanaState.h"
#include "github/GitHubState.h"
#include "jira/JiraState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {

// sync_state rows as the code before versions (f60371b) wrote them: `cairn sync` against
// `cairn-sim`, paused by injected faults and complete, dumped with
// `sqlite3 -json cairn.sqlite "SELECT … FROM sync_state"` (NULL columns left out; an Asana
// project's 120 pending tasks cut to three). Each row is labelled with the moment it was taken.
struct OldRow
{
    const char *taken;
    const char *json;
};
const OldRow kOldRows[] = {
    {"asana-done",
     "{\"source\":\"asana\",\"account\":\"default\",\"scope\":\"meta\",\"last_full_sync_at\":\"2026-12-06T23:28:24.095Z\",\"initial_sync_completed\":0,\"data\":\"{\\\"me\\\":\\\"1201000000000118\\\",\\\"scope\\\":\\\"workspace\\\",\\\"search\\\":\\\"off\\\",\\\"workspace\\\":\\\"1201000000000090\\\"}\"}"},
    {"asana-crawl-paused",
     "{\"source\":\"asana\",\"account\":\"default\",\"scope\":\"project:1201000000000599\",\"page_token\":\"QQKVqHsfQa5bnAAAAAAAAABjmk60lF1i\",\"listing_run_id\":6,\"listing_mode\":\"full\",\"initial_sync_completed\":0,\"data\":\"{\\\"crawl_due\\\":true,\\\"events_sync\\\":\\\"RQMABERNmmASVwAAAAAAAAAAAAABok8wi3f7fGNdNcQ=\\\",\\\"events_sync_at\\\":\\\"2026-12-07T06:28:31+00:00\\\",\\\"listing_started\\\":\\\"2026-12-07T06:28:30+00:00\\\"}\"}"},
    {"asana-refresh-paused",
     "{\"source\":\"asana\",\"account\":\"default\",\"scope\":\"project:1201000000012194\",\"initial_sync_completed\":0,\"data\":\"{\\\"events_sync\\\":\\\"RQMABERNmmA_ogAAAAAAAAAAAAABok8wcDu0KGjuHOM=\\\",\\\"events_sync_at\\\":\\\"2026-12-07T06:28:24+00:00\\\",\\\"pending\\\":[]}\"}"},
    {"asana-partial-paused",
     "{\"source\":\"asana\",\"account\":\"default\",\"scope\":\"project:1201000000000806\",\"page_token\":\"QQLv8yjuh8ezpQAAAAAAAADHT02SRKEN\",\"listing_run_id\":2,\"listing_mode\":\"partial\",\"initial_sync_completed\":0,\"data\":\"{\\\"events_sync\\\":\\\"RQMABERNmmATJgAAAAAAAAB4AAABok8xLnPHAhfDefM=\\\",\\\"events_sync_at\\\":\\\"2026-12-07T06:29:12+00:00\\\",\\\"listing_since\\\":\\\"2026-12-06T23:29:11.000Z\\\",\\\"listing_started\\\":\\\"2026-12-07T06:29:11+00:00\\\",\\\"pending\\\":[\\\"1201000000008635\\\",\\\"1201000000012511\\\",\\\"1201000000010524\\\"]}\"}"},
    {"github-paused",
     "{\"source\":\"github\",\"account\":\"default\",\"scope\":\"repo:acme-labs/api-server\",\"page_token\":\"graphql:Y3Vyc29yOnYyOjE3OTM4NzAzOTQwMDA6MjEy\",\"listing_run_id\":7,\"listing_mode\":\"full\",\"initial_sync_completed\":0,\"status\":\"error\",\"last_error\":\"127.0.0.1:38975 answered HTTP 502 after 5 attempts\",\"data\":\"{\\\"listing_etag\\\":\\\"W/\\\\\\\"820bb04cc0cb19feab0c81f9a2cc3751\\\\\\\"\\\",\\\"listing_max\\\":\\\"2026-12-06T18:40:38Z\\\"}\"}"},
    {"github-confirm",
     "{\"source\":\"github\",\"account\":\"default\",\"scope\":\"repo:octo-org/website\",\"page_token\":\"confirm\",\"listing_run_id\":9,\"listing_mode\":\"full\",\"last_sync_at\":\"2026-12-06T23:28:44.142Z\",\"last_full_sync_at\":\"2026-12-06T23:28:43.940Z\",\"initial_sync_completed\":1,\"status\":\"error\",\"last_error\":\"127.0.0.1:38975 answered HTTP 502 after 5 attempts\",\"data\":\"{\\\"etag\\\":\\\"W/\\\\\\\"85f1cf1efa5ed7645ea6e87e60222580\\\\\\\"\\\",\\\"listing_etag\\\":\\\"W/\\\\\\\"9f7832e96361f8bdc5a6e5ada21a73a6\\\\\\\"\\\",\\\"listing_max\\\":\\\"2026-12-06T22:17:48Z\\\",\\\"watermark\\\":\\\"2026-12-06T22:17:48Z\\\"}\"}"},
    {"github-done",
     "{\"source\":\"github\",\"account\":\"default\",\"scope\":\"repo:acme-labs/api-server\",\"listing_run_id\":7,\"listing_mode\":\"full\",\"last_sync_at\":\"2026-12-06T23:28:44.141Z\",\"last_full_sync_at\":\"2026-12-06T23:28:44.139Z\",\"initial_sync_completed\":1,\"status\":\"synced\",\"data\":\"{\\\"etag\\\":\\\"W/\\\\\\\"820bb04cc0cb19feab0c81f9a2cc3751\\\\\\\"\\\",\\\"listing_etag\\\":\\\"W/\\\\\\\"820bb04cc0cb19feab0c81f9a2cc3751\\\\\\\"\\\",\\\"listing_max\\\":\\\"2026-12-06T18:40:38Z\\\",\\\"watermark\\\":\\\"2026-12-06T18:40:38Z\\\"}\"}"},
    {"jira-paused",
     "{\"source\":\"jira\",\"account\":\"default\",\"scope\":\"main\",\"page_token\":\"SgMAAAAAAAAAZCu82BI9k8SkAAABok8w0nckMNuZie4=\",\"listing_run_id\":10,\"listing_mode\":\"full\",\"initial_sync_completed\":0,\"status\":\"error\",\"last_error\":\"127.0.0.1:38975 answered HTTP 500 after 5 attempts\",\"data\":\"{\\\"listing_for\\\":\\\"project in (CAIRN, OPS, WEB)\\\",\\\"listing_jql\\\":\\\"project in (CAIRN, OPS, WEB) ORDER BY updated ASC\\\",\\\"listing_mark\\\":\\\"1790946851617\\\",\\\"listing_started\\\":\\\"2026-12-07T06:28:49.000Z\\\",\\\"site\\\":\\\"http://127.0.0.1:38975/jira\\\"}\"}"},
    {"jira-done",
     "{\"source\":\"jira\",\"account\":\"default\",\"scope\":\"main\",\"last_sync_at\":\"2026-12-07T06:28:49.000Z\",\"last_full_sync_at\":\"2026-12-07T06:28:49.000Z\",\"initial_sync_completed\":1,\"status\":\"synced\",\"data\":\"{\\\"jql\\\":\\\"project in (CAIRN, OPS, WEB)\\\",\\\"last_sweep_at\\\":\\\"2026-12-07T06:28:49Z\\\",\\\"site\\\":\\\"http://127.0.0.1:38975/jira\\\"}\"}"},
    {"google-paused",
     "{\"source\":\"google\",\"account\":\"default\",\"scope\":\"connections\",\"page_token\":\"UAQAAAAAAAAAAAAAAAAAAAPuAAAAAAAACcqBLIYuGN2nNL4fCZ3-8A==\",\"listing_run_id\":1,\"listing_mode\":\"full\",\"initial_sync_completed\":0}"},
    {"google-done",
     "{\"source\":\"google\",\"account\":\"default\",\"scope\":\"connections\",\"sync_token\":\"UwIAAAAAAAAJygAAAaJNr-d5KVFKb8zO\",\"last_sync_at\":\"2026-12-06T23:28:23.417Z\",\"last_full_sync_at\":\"2026-12-06T23:28:23.308Z\",\"initial_sync_completed\":1}"},
    {"github-confirm",
     "{\"source\":\"github\",\"account\":\"default\",\"scope\":\"\",\"last_sync_at\":\"2026-12-06T23:28:44.142Z\",\"last_full_sync_at\":\"2026-12-06T23:28:44.142Z\",\"initial_sync_completed\":0,\"status\":\"failed\",\"last_error\":\"1 of 2 repositories failed: octo-org/website: 127.0.0.1:38975 answered HTTP 502 after 5 attempts\"}"},
};

SyncState rowFrom(const QJsonObject &o)
{
    SyncState s;
    s.source = o.value(QLatin1String("source")).toString();
    s.account = o.value(QLatin1String("account")).toString();
    s.scope = o.value(QLatin1String("scope")).toString();
    s.syncToken = o.value(QLatin1String("sync_token")).toString();
    s.pageToken = o.value(QLatin1String("page_token")).toString();
    s.listingRunId = o.value(QLatin1String("listing_run_id")).toInteger();
    s.listingMode = modeFromName(o.value(QLatin1String("listing_mode")).toString());
    s.lastSyncAt = QDateTime::fromString(o.value(QLatin1String("last_sync_at")).toString(), Qt::ISODateWithMs);
    s.lastFullSyncAt = QDateTime::fromString(o.value(QLatin1String("last_full_sync_at")).toString(), Qt::ISODateWithMs);
    s.initialSyncCompleted = o.value(QLatin1String("initial_sync_completed")).toInt() != 0;
    s.status = stateStatusFromName(o.value(QLatin1String("status")).toString());
    s.lastError = o.value(QLatin1String("last_error")).toString();
    s.data = QJsonDocument::fromJson(o.value(QLatin1String("data")).toString().toUtf8()).object();
    return s;
}

// The old row of `scope` taken at `taken`, as SyncStateRepo reads it.
SyncState oldRow(const char *taken, const char *scope)
{
    for (const OldRow &row : kOldRows) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(QByteArray(row.json), &error).object();
        if (error.error != QJsonParseError::NoError)
            qFatal("kOldRows: %s", qPrintable(error.errorString()));
        if (qstrcmp(row.taken, taken) == 0 && o.value(QLatin1String("scope")).toString() == QLatin1String(scope))
            return rowFrom(o);
    }
    qFatal("no old row %s %s", taken, scope);
    return {};
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

SyncState load(SyncHarness &h, const QString &source, const QString &scope)
{
    QSqlDatabase db = h.reader();
    return SyncStateRepo::load(db, source, QStringLiteral("default"), scope);
}

// Puts `row` back into the cache (the writer's connection).
void store(SyncHarness &h, const SyncState &row)
{
    QFuture<void> saving = h.writer().transact([row](QSqlDatabase &db) { SyncStateRepo::save(db, row); });
    saving.waitForFinished();
}

// A time as the code before versions wrote it: Qt::ISODate of the service's Date, "+00:00".
QString oldTime(const QDateTime &t)
{
    return t.toOffsetFromUtc(0).toString(Qt::ISODate);
}

// Version 1 reads back as it was written, and says its version.
template<typename Fields>
void roundTrip(SyncState row)
{
    const Fields first = Fields::read(&row);
    row.data = first.toJson();
    QCOMPARE(row.data.value(QLatin1String("v")).toInt(), Fields::kVersion);
    const QString pageToken = row.pageToken;
    const Fields again = Fields::read(&row);
    QCOMPARE(row.pageToken, pageToken); // converted once only
    QCOMPARE(again.toJson(), row.data);
}

} // namespace

class TestTypedState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asanaMeta()
    {
        SyncState row = oldRow("asana-done", "meta");
        const asana::MetaFields f = asana::MetaFields::read(&row);
        QCOMPARE(f.me, QStringLiteral("1201000000000118"));
        QCOMPARE(f.workspace, QStringLiteral("1201000000000090"));
        QCOMPARE(f.listedFrom, QStringLiteral("workspace")); // "scope" before
        QCOMPARE(f.search, asana::MetaFields::Search::Off);
        QCOMPARE(row.lastFullSyncAt, at("2026-12-06T23:28:24.095Z"));
        roundTrip<asana::MetaFields>(row);
        QCOMPARE(asana::MetaFields{}.toJson(), (QJsonObject{{QStringLiteral("v"), 1}})); // unknown search: not written
    }

    void asanaProjects()
    {
        SyncState crawl = oldRow("asana-crawl-paused", "project:1201000000000599");
        QCOMPARE(asana::projectOfScope(crawl.scope), QStringLiteral("1201000000000599"));
        const asana::ProjectFields c = asana::ProjectFields::read(&crawl);
        QCOMPARE(c.eventsToken, QStringLiteral("RQMABERNmmASVwAAAAAAAAAAAAABok8wi3f7fGNdNcQ="));
        QCOMPARE(c.eventsTokenAt, at("2026-12-07T06:28:31Z"));
        QVERIFY(c.crawlDue);
        QVERIFY(c.pending.isEmpty());
        QCOMPARE(c.nextWatermark, at("2026-12-07T06:28:30Z")); // "listing_started" before
        QVERIFY(!c.listingSince.isValid());
        QCOMPARE(crawl.pageToken, QStringLiteral("QQKVqHsfQa5bnAAAAAAAAABjmk60lF1i")); // an offset is kept as it is
        QCOMPARE(crawl.listingRunId, qint64(6));
        QCOMPARE(crawl.listingMode, SyncMode::Full);
        roundTrip<asana::ProjectFields>(crawl);

        SyncState refresh = oldRow("asana-partial-paused", "project:1201000000000806");
        const asana::ProjectFields r = asana::ProjectFields::read(&refresh);
        QCOMPARE(r.eventsToken, QStringLiteral("RQMABERNmmATJgAAAAAAAAB4AAABok8xLnPHAhfDefM="));
        QVERIFY(!r.crawlDue);
        QCOMPARE(r.pending, (QSet<QString>{QStringLiteral("1201000000008635"), QStringLiteral("1201000000012511"),
                                           QStringLiteral("1201000000010524")}));
        QCOMPARE(r.listingSince, at("2026-12-06T23:29:11.000Z"));
        QCOMPARE(r.nextWatermark, at("2026-12-07T06:29:11Z"));
        QCOMPARE(refresh.listingMode, SyncMode::Partial);
        QVERIFY(refresh.listingInProgress());
        roundTrip<asana::ProjectFields>(refresh);

        SyncState idle = oldRow("asana-refresh-paused", "project:1201000000012194");
        const asana::ProjectFields i = asana::ProjectFields::read(&idle);
        QVERIFY(i.pending.isEmpty()); // "pending": [] before
        QCOMPARE(i.eventsTokenAt, at("2026-12-07T06:28:24Z"));
        QVERIFY(!i.toJson().contains(QLatin1String("pending")));
        QCOMPARE(asana::projectOfScope(QStringLiteral("meta")), QString());
    }

    void gitHubRepositories()
    {
        SyncState paused = oldRow("github-paused", "repo:acme-labs/api-server");
        QCOMPARE(github::repoOfScope(paused.scope), QStringLiteral("acme-labs/api-server"));
        const github::RepoFields p = github::RepoFields::read(&paused);
        QCOMPARE(paused.pageToken, QStringLiteral("Y3Vyc29yOnYyOjE3OTM4NzAzOTQwMDA6MjEy")); // GraphQL's own cursor now
        QVERIFY(paused.listingInProgress());
        QCOMPARE(p.nextWatermark, at("2026-12-06T18:40:38Z")); // "listing_max" before
        QCOMPARE(p.listingEtag, QStringLiteral("W/\"820bb04cc0cb19feab0c81f9a2cc3751\""));
        QCOMPARE(p.confirmRun, qint64(0));
        QCOMPARE(paused.status, std::optional<RunStatus>(RunStatus::Failed)); // "error" before
        roundTrip<github::RepoFields>(paused);

        SyncState confirming = oldRow("github-confirm", "repo:octo-org/website");
        const github::RepoFields c = github::RepoFields::read(&confirming);
        QVERIFY(confirming.pageToken.isEmpty()); // no marker in the page token any more
        QCOMPARE(c.confirmRun, qint64(9));       // the run whose listing's unseen pulls are checked
        QCOMPARE(c.watermark, at("2026-12-06T22:17:48Z"));
        QCOMPARE(c.etag, QStringLiteral("W/\"85f1cf1efa5ed7645ea6e87e60222580\""));
        QCOMPARE(c.listingEtag, QStringLiteral("W/\"9f7832e96361f8bdc5a6e5ada21a73a6\""));
        roundTrip<github::RepoFields>(confirming);

        SyncState done = oldRow("github-done", "repo:acme-labs/api-server");
        // (A pull whose review came in the second it was read, as tst_githubsync finds it.)
        done.data.insert(QStringLiteral("reviews_recheck"), QJsonArray{6});
        const github::RepoFields d = github::RepoFields::read(&done);
        QVERIFY(!done.listingInProgress());
        QCOMPARE(d.recheck, QList<int>{6});
        QCOMPARE(d.watermark, at("2026-12-06T18:40:38Z"));
        QCOMPARE(d.etag, QStringLiteral("W/\"820bb04cc0cb19feab0c81f9a2cc3751\""));
        roundTrip<github::RepoFields>(done);

        SyncState rest = done; // a listing paused by a Cairn from before GraphQL: a REST page address
        rest.pageToken = QStringLiteral("https://api.github.com/repos/acme-labs/api-server/pulls?page=3");
        github::RepoFields::read(&rest);
        QVERIFY(!rest.listingInProgress()); // it starts over
        QCOMPARE(github::repoOfScope(oldRow("github-confirm", "").scope), QString());
    }

    void jiraConfigurations()
    {
        SyncState paused = oldRow("jira-paused", "main");
        QCOMPARE(jira::configOfScope(paused.scope), QStringLiteral("main"));
        const jira::ConfigFields p = jira::ConfigFields::read(&paused);
        QCOMPARE(p.site, QUrl(QStringLiteral("http://127.0.0.1:38975/jira")));
        QCOMPARE(p.listingJql, QStringLiteral("project in (CAIRN, OPS, WEB) ORDER BY updated ASC"));
        QCOMPARE(p.listingFor, QStringLiteral("project in (CAIRN, OPS, WEB)"));
        QCOMPARE(p.listingMark, qint64(1790946851617));
        QCOMPARE(p.nextWatermark, at("2026-12-07T06:28:49.000Z")); // "listing_started" before
        QCOMPARE(paused.pageToken, QStringLiteral("SgMAAAAAAAAAZCu82BI9k8SkAAABok8w0nckMNuZie4="));
        QCOMPARE(paused.listingRunId, qint64(10));
        roundTrip<jira::ConfigFields>(paused);

        SyncState done = oldRow("jira-done", "main");
        const jira::ConfigFields d = jira::ConfigFields::read(&done);
        QCOMPARE(d.syncedJql, QStringLiteral("project in (CAIRN, OPS, WEB)")); // "jql" before
        QCOMPARE(d.lastSweepAt, at("2026-12-07T06:28:49Z"));
        QCOMPARE(d.listingMark, qint64(0));
        QVERIFY(d.listingJql.isEmpty());
        QCOMPARE(done.lastSyncAt, at("2026-12-07T06:28:49.000Z"));
        roundTrip<jira::ConfigFields>(done);
    }

    void googleKeepsToItsColumns()
    {
        const SyncState paused = oldRow("google-paused", "connections");
        QCOMPARE(paused.listingMode, SyncMode::Full);
        QCOMPARE(paused.listingRunId, qint64(1));
        QVERIFY(paused.listingInProgress());
        QVERIFY(paused.data.isEmpty());
        QCOMPARE(ScopeState<NoFields>::of(paused).stored().data, QJsonObject());
        const SyncState done = oldRow("google-done", "connections");
        QVERIFY(done.initialSyncCompleted);
        QCOMPARE(done.syncToken, QStringLiteral("UwIAAAAAAAAJygAAAaJNr-d5KVFKb8zO"));
        QCOMPARE(done.listingMode, SyncMode::Auto); // no listing in progress
    }

    // A listing paused by the code before versions resumes after the upgrade: each source's
    // paused row is put back as that code wrote it (the keys of the rows above), and the next
    // run goes on from its cursor as it would from its own.
    void gitHubResumesAListingPausedBefore()
    {
        sim::Options o;
        o.contacts = 0;
        o.githubRepos = 1;
        o.githubPullsPerRepo = 250;
        o.seed = 11;
        SyncHarness h(o);
        test::useGitHub(h);
        sim::Fault f;
        f.path = QStringLiteral("/github/graphql");
        f.status = 502;
        f.after = 1;
        f.count = 5;
        h.sim().faults().add(f);
        QCOMPARE(h.sync(QStringLiteral("github"), SyncMode::Full).status, RunStatus::Failed);
        const QString repo = h.sim().github().repoNames().first();
        SyncState row = load(h, QStringLiteral("github"), github::repoScope(repo));
        const github::RepoFields now = github::RepoFields::read(&row);
        QVERIFY(row.listingInProgress());
        row.pageToken = QStringLiteral("graphql:") + row.pageToken;
        row.data = {{QStringLiteral("listing_etag"), now.listingEtag}, {QStringLiteral("listing_max"), now.nextWatermark.toUTC().toString(Qt::ISODate)}};
        QCOMPARE(keysOf(row.data), keysOf(oldRow("github-paused", "repo:acme-labs/api-server").data));
        store(h, row);
        h.resetRequests();
        const SyncRun resumed = h.sync(QStringLiteral("github"));
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.created, 150);
        QCOMPARE(h.requests(QStringLiteral("POST /github/graphql")), 2); // pages 2 and 3 from the cursor
        QCOMPARE(h.requests(QStringLiteral("GET /github/repos/%1/pulls").arg(repo)), 1); // the catch-up's check: 304
        QCOMPARE(test::compareGitHub(h), QString());
        SyncState after = load(h, QStringLiteral("github"), github::repoScope(repo));
        QCOMPARE(after.data.value(QLatin1String("v")).toInt(), 1);
        QCOMPARE(github::RepoFields::read(&after).watermark, now.nextWatermark);
    }

    void gitHubResumesACheckPausedBefore()
    {
        sim::Options o;
        o.contacts = 0;
        o.githubRepos = 1;
        o.githubPullsPerRepo = 40;
        o.seed = 11;
        SyncHarness h(o);
        test::useGitHub(h);
        QCOMPARE(h.sync(QStringLiteral("github")).status, RunStatus::Ok);
        const QString repo = h.sim().github().repoNames().first();
        QVERIFY(h.sim().github().deletePull(repo, 5));
        sim::Fault f;
        f.path = QStringLiteral("/github/repos/%1/pulls/5").arg(repo);
        f.status = 502;
        f.count = 5;
        h.sim().faults().add(f);
        QCOMPARE(h.sync(QStringLiteral("github"), SyncMode::Full).status, RunStatus::Failed);
        SyncState row = load(h, QStringLiteral("github"), github::repoScope(repo));
        const github::RepoFields now = github::RepoFields::read(&row);
        QVERIFY(now.confirmRun != 0);
        row.pageToken = QStringLiteral("confirm");
        row.listingRunId = now.confirmRun; // that code kept the listing's run in the row
        row.listingMode = SyncMode::Full;
        row.data = {{QStringLiteral("etag"), now.etag},
                    {QStringLiteral("listing_etag"), now.listingEtag},
                    {QStringLiteral("listing_max"), now.nextWatermark.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("watermark"), now.watermark.toUTC().toString(Qt::ISODate)}};
        QCOMPARE(keysOf(row.data), keysOf(oldRow("github-confirm", "repo:octo-org/website").data));
        store(h, row);
        h.resetRequests();
        const SyncRun resumed = h.sync(QStringLiteral("github"));
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.deleted, 1);
        QCOMPARE(h.requests(), 2); // pull 5 (404), then the catch-up's check: 304, nothing moved
        QCOMPARE(test::compareGitHub(h), QString());
    }

    void jiraResumesAListingPausedBefore()
    {
        sim::Options o;
        o.contacts = 0;
        o.jiraIssues = 450;
        o.seed = 11;
        SyncHarness h(o);
        test::useJira(h);
        sim::Fault f;
        f.path = QStringLiteral("/jira/rest/api/3/search/jql");
        f.status = 500;
        f.after = 2;
        f.count = 50;
        h.sim().faults().add(f);
        QCOMPARE(h.sync(QStringLiteral("jira")).status, RunStatus::Failed);
        h.sim().faults().clear();
        SyncState row = load(h, QStringLiteral("jira"), jira::configScope(QStringLiteral("main")));
        const jira::ConfigFields now = jira::ConfigFields::read(&row);
        QVERIFY(row.listingInProgress());
        QVERIFY(now.listingMark != 0);
        row.data = {{QStringLiteral("site"), now.site.toString()},
                    {QStringLiteral("listing_jql"), now.listingJql},
                    {QStringLiteral("listing_for"), now.listingFor},
                    {QStringLiteral("listing_started"), now.nextWatermark.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("listing_mark"), QString::number(now.listingMark)}};
        QCOMPARE(keysOf(row.data), keysOf(oldRow("jira-paused", "main").data));
        store(h, row);
        h.resetRequests();
        const SyncRun resumed = h.sync(QStringLiteral("jira"));
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.created, 250);
        // Pages 3..5 from the last issue committed, then the id sweep a listing across runs needs.
        QCOMPARE(h.requests(QStringLiteral("GET /jira/rest/api/3/search/jql")), 3 + 1);
        QCOMPARE(test::compareJira(h), QString());
        SyncState after = load(h, QStringLiteral("jira"), jira::configScope(QStringLiteral("main")));
        QVERIFY(after.initialSyncCompleted);
        QCOMPARE(jira::ConfigFields::read(&after).syncedJql, now.listingFor);
        QCOMPARE(after.lastSyncAt, now.nextWatermark);
    }

    void asanaResumesACrawlPausedBefore()
    {
        sim::Options o;
        o.contacts = 0;
        o.asanaProjects = 1;
        o.asanaTasksPerProject = 350;
        o.seed = 7;
        SyncHarness h(o);
        test::useAsana(h);
        sim::Fault f;
        f.path = QStringLiteral("/asana/api/1.0/tasks");
        f.drop = true;
        f.after = 2;
        f.count = 50;
        h.sim().faults().add(f);
        QCOMPARE(h.sync(QStringLiteral("asana")).status, RunStatus::Failed);
        h.sim().faults().clear();
        const QString gid = h.sim().asana().projectGids().first();
        SyncState row = load(h, QStringLiteral("asana"), asana::projectScope(gid));
        const asana::ProjectFields now = asana::ProjectFields::read(&row);
        QVERIFY(row.listingInProgress());
        QVERIFY(now.crawlDue);
        row.data = {{QStringLiteral("crawl_due"), true},
                    {QStringLiteral("events_sync"), now.eventsToken},
                    {QStringLiteral("events_sync_at"), oldTime(now.eventsTokenAt)},
                    {QStringLiteral("listing_started"), oldTime(now.nextWatermark)}};
        QCOMPARE(keysOf(row.data), keysOf(oldRow("asana-crawl-paused", "project:1201000000000599").data));
        store(h, row);
        SyncState meta = load(h, QStringLiteral("asana"), asana::metaScope());
        const asana::MetaFields m = asana::MetaFields::read(&meta);
        meta.data = {{QStringLiteral("me"), m.me}, {QStringLiteral("workspace"), m.workspace}, {QStringLiteral("scope"), m.listedFrom},
                     {QStringLiteral("search"), QStringLiteral("off")}};
        QCOMPARE(keysOf(meta.data), keysOf(oldRow("asana-done", "meta").data));
        store(h, meta);
        h.resetRequests();
        const SyncRun resumed = h.sync(QStringLiteral("asana"));
        QCOMPARE(resumed.status, RunStatus::Ok);
        QCOMPARE(resumed.created, 150);
        QCOMPARE(h.requests(QStringLiteral("GET /asana/api/1.0/tasks")), 2); // pages 3 and 4 only
        QCOMPARE(h.requests(QStringLiteral("GET /asana/api/1.0/users/me")), 0); // "me" was read from the old row
        // The crawl's token, read from the old row: the Events since it, no new token.
        QCOMPARE(h.requests(QStringLiteral("GET /asana/api/1.0/events")), 1);
        QCOMPARE(test::compareAsana(h), QString());
        QSqlDatabase db = h.reader();
        QCOMPARE(AsanaRepo::projectsByGid(db).value(gid).tasksRefreshedAt, now.nextWatermark); // "listing_started"
    }
};

QTEST_GUILESS_MAIN(TestTypedState)
#include "tst_typedstate.moc"
