// GitHub from the command line: the real `cairn` binary against a `cairn-sim` process —
// sync (full, free 304s, incremental), export equal to the service's truth, status per
// repository, search, and no token anywhere in the cache.
#include "ProcessHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>


using cairn::test::ProcessHarness;

namespace {
const QString kRepos = QStringLiteral("octo-org/website acme-labs/api-server");

QJsonObject syncJson(const ProcessHarness &h, const QStringList &extra = {})
{
    const auto r = h.cairn(QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("github"),
                                       QStringLiteral("--json")} + extra);
    if (r.exitCode != 0)
        qWarning("cairn sync failed: %s", r.err.constData());
    return r.json().value(QLatin1String("github")).toObject();
}

ProcessHarness &setUp(ProcessHarness &h)
{
    h.setEnv(QStringLiteral("CAIRN_GITHUB_API_URL"), h.simUrl().toString() + QStringLiteral("/github"));
    h.setEnv(QStringLiteral("CAIRN_GITHUB_TOKEN"), QStringLiteral("cairn-sim-token"));
    return h;
}

// "" when `cairn export --source github --format json` equals the simulator's truth.
QString compareExport(const ProcessHarness &h)
{
    const auto r = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("github"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0)
        return QStringLiteral("export failed: ") + QString::fromUtf8(r.err);
    QHash<QString, QJsonObject> cached;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        cached.insert(v[QLatin1String("repo")].toString() + u'#' + QString::number(v[QLatin1String("number")].toInt()), v.toObject());
    int live = 0;
    const QJsonObject truth = h.admin("GET", QStringLiteral("/_admin/truth/github"));
    for (const QJsonValue &v : truth.value(QLatin1String("pulls")).toArray()) {
        const QJsonObject t = v.toObject();
        if (!kRepos.split(u' ').contains(t.value(QLatin1String("repo")).toString()))
            continue;
        const QString key = t.value(QLatin1String("repo")).toString() + u'#' + QString::number(t.value(QLatin1String("number")).toInt());
        const QJsonObject c = cached.value(key);
        ++live;
        if (c.isEmpty() || c.value(QLatin1String("deleted")).toBool())
            return key + QStringLiteral(" missing from the export");
        for (const char *k : {"id", "title", "state", "user", "updated_at"})
            if (c.value(QLatin1String(k)) != t.value(QLatin1String(k)))
                return QStringLiteral("%1: %2 differs").arg(key, QLatin1String(k));
        if (c.value(QLatin1String("reviews")).toArray().size() != t.value(QLatin1String("reviews")).toArray().size())
            return key + QStringLiteral(": reviews differ");
    }
    if (cached.size() != live)
        return QStringLiteral("%1 pulls exported, %2 on the service").arg(cached.size()).arg(live);
    return {};
}
} // namespace

class TestGitHubCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 23: `cairn sync` killed in the middle of the GraphQL listing resumes from the last
    // committed cursor: whole pages only, no committed page asked for again, the cache equal
    // to the service at the end.
    void killDuringTheGraphQLListingResumes()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--github-repos"), QStringLiteral("1"),
                          QStringLiteral("--github-pulls"), QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("6")});
        setUp(h);
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("github.repos"), QStringLiteral("octo-org/website")}).exitCode, 0);
        const QString graph = QStringLiteral("POST /github/graphql");
        h.admin("POST", QStringLiteral("/_admin/faults"),
                {{QStringLiteral("path"), QStringLiteral("/github/graphql")}, {QStringLiteral("delay_ms"), 300}, {QStringLiteral("count"), 1000}});
        const int kills = h.killRuns({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("github")}, graph, 3, 500);
        QVERIFY(kills >= 2);
        const auto status = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("github"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        const qsizetype committed = QJsonDocument::fromJson(status.out).array().size();
        QVERIFY2(committed > 0 && committed < 2000, qPrintable(QString::number(committed)));
        QCOMPARE(committed % 100, 0); // whole pages only: pulls and reviews commit with their cursor

        h.adminRaw("DELETE", QStringLiteral("/_admin/faults"));
        const int before = h.requests(graph);
        const QJsonObject resumed = syncJson(h);
        QCOMPARE(resumed.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(h.requests(graph) - before, int((2000 - committed) / 100)); // the pages not committed, from the cursor
        QVERIFY(h.requests(graph) <= 20 + 2 * kills); // per kill at most the page in hand and the one asked ahead
        QCOMPARE(compareExport(h), QString());
    }

    void syncExportStatusSearch()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--github-repos"), QStringLiteral("3"),
                          QStringLiteral("--github-pulls"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("4")});
        setUp(h);
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("github.repos"), kRepos}).exitCode, 0);

        const QJsonObject full = syncJson(h);
        QCOMPARE(full.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(full.value(QLatin1String("mode")).toString(), QStringLiteral("full"));
        QCOMPARE(full.value(QLatin1String("created")).toInt(), 240);
        QCOMPARE(full.value(QLatin1String("api_calls")).toInt(), 2 * (1 + 2)); // per repository: the change check + 2 GraphQL pages with the reviews
        qInfo("full sync of 2 x 120 pulls: %d API calls, %d ms", full.value(QLatin1String("api_calls")).toInt(),
              full.value(QLatin1String("duration_ms")).toInt());
        QCOMPARE(compareExport(h), QString());

        const QJsonObject unchanged = syncJson(h);
        QCOMPARE(unchanged.value(QLatin1String("mode")).toString(), QStringLiteral("partial"));
        QCOMPARE(unchanged.value(QLatin1String("api_calls")).toInt(), 2); // one free 304 per repository
        QCOMPARE(unchanged.value(QLatin1String("created")).toInt() + unchanged.value(QLatin1String("updated")).toInt(), 0);

        h.admin("POST", QStringLiteral("/_admin/github/mutate"),
                {{QStringLiteral("op"), QStringLiteral("add_review")}, {QStringLiteral("repo"), QStringLiteral("octo-org/website")},
                 {QStringLiteral("number"), 17}});
        const QJsonObject incremental = syncJson(h, {QStringLiteral("--mode"), QStringLiteral("incremental")});
        QCOMPARE(incremental.value(QLatin1String("updated")).toInt(), 1);
        QCOMPARE(incremental.value(QLatin1String("api_calls")).toInt(), 3); // website's check + its GraphQL page 1, api-server 304
        QCOMPARE(compareExport(h), QString());

        const auto status = h.cairn({QStringLiteral("status"), QStringLiteral("--source"), QStringLiteral("github"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject gh = status.json().value(QLatin1String("github")).toObject();
        QCOMPARE(gh.value(QLatin1String("counts")).toObject().value(QLatin1String("pulls")).toInt(), 240);
        QCOMPARE(gh.value(QLatin1String("repos")).toObject().value(QLatin1String("octo-org/website")).toObject()
                     .value(QLatin1String("status")).toString(), QStringLiteral("synced"));

        const QString title = QJsonDocument::fromJson(h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("github"),
                                                               QStringLiteral("--format"), QStringLiteral("json")}).out)
                                  .array().first()[QLatin1String("title")].toString();
        const auto search = h.cairn({QStringLiteral("search"), title.split(u' ').last(), QStringLiteral("--source"),
                                     QStringLiteral("github"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(search.out).array().isEmpty());

        const auto csv = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("github"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count('\n'), 241);

        // The token came from the environment: it is nowhere in the data dir.
        for (const char *name : {"cairn.sqlite", "cairn.sqlite-wal", "cairn.ini"}) {
            QFile f(h.dataDir() + u'/' + QLatin1String(name));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains("cairn-sim-token"), name);
        }
    }

    void badInputIsOneLine()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--github-repos"), QStringLiteral("1")});
        setUp(h);
        h.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false")); // stderr holds the error only
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("github.repos"),
                          QStringLiteral("octo-org/website;rm")}).exitCode, 0);
        const auto bad = h.cairn({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("github")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.trimmed().count('\n'), 0);
        QVERIFY2(bad.err.contains("not a repository name"), bad.err.constData());
        const auto format = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("github"),
                                     QStringLiteral("--format"), QStringLiteral("vcard")});
        QCOMPARE(format.exitCode, 2); // usage
        QVERIFY2(format.err.contains("json or csv"), format.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGitHubCli)
#include "tst_githubcli.moc"
