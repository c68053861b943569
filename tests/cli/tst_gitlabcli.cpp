// GitLab from the command line: the real `cairn` binary against a `cairn-sim` process — sign-in
// with a personal access token (`cairn login gitlab --token-stdin`), sync (full, incremental),
// export (JSON equal to the service's truth, CSV), status per project, search, and the token
// nowhere in the cache.
#include "JsonSchema.h"
#include "ProcessHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using cairn::test::ProcessHarness;

namespace {
const QString kProjects = QStringLiteral("acme/web-app acme/platform/api");

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

QJsonObject syncJson(const ProcessHarness &h, const QStringList &extra = {})
{
    const auto r = h.cairn(args("sync --source gitlab --json") + extra);
    if (r.exitCode != 0)
        qWarning("cairn sync failed: %s", r.err.constData());
    // GitLab's counters as docs/schemas/run/gitlab.schema.json has them.
    const QStringList problems = cairn::test::validateCliJson(QStringLiteral("sync"), r.json(), false);
    if (!problems.isEmpty())
        qWarning("cairn sync --json: %s", qPrintable(problems.join(u'\n')));
    return problems.isEmpty() ? r.json().value(QLatin1String("gitlab")).toObject() : QJsonObject();
}

// "" when `cairn export --source gitlab --format json` equals the simulator's truth.
QString compareExport(const ProcessHarness &h)
{
    const auto r = h.cairn(args("export --source gitlab --format json"));
    if (r.exitCode != 0)
        return QStringLiteral("export failed: ") + QString::fromUtf8(r.err);
    QHash<QString, QJsonObject> cached;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        cached.insert(v[QLatin1String("reference")].toString(), v.toObject());
    int live = 0;
    const QJsonObject truth = h.admin("GET", QStringLiteral("/_admin/truth/gitlab"));
    for (const QJsonValue &v : truth.value(QLatin1String("merge_requests")).toArray()) {
        const QJsonObject t = v.toObject();
        if (!kProjects.split(u' ').contains(t.value(QLatin1String("project")).toString()) || t.value(QLatin1String("deleted")).toBool())
            continue;
        const QString key = t.value(QLatin1String("project")).toString() + u'!' + QString::number(t.value(QLatin1String("iid")).toInt());
        const QJsonObject c = cached.value(key);
        ++live;
        if (c.isEmpty() || c.value(QLatin1String("deleted")).toBool())
            return key + QStringLiteral(" missing from the export");
        for (const char *k : {"id", "title", "state", "author", "updated_at", "user_notes_count", "labels"})
            if (c.value(QLatin1String(k)) != t.value(QLatin1String(k)))
                return QStringLiteral("%1: %2 differs").arg(key, QLatin1String(k));
    }
    int cachedLive = 0;
    for (const QJsonObject &c : std::as_const(cached))
        cachedLive += !c.value(QLatin1String("deleted")).toBool();
    if (cachedLive != live)
        return QStringLiteral("%1 merge requests exported, %2 on the service").arg(cachedLive).arg(live);
    return {};
}
} // namespace

class TestGitLabCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncExportStatusSearch()
    {
        ProcessHarness h(args("--contacts 0 --seed 4"));
        h.admin("POST", QStringLiteral("/_admin/gitlab/mutate"),
                {{QStringLiteral("op"), QStringLiteral("seed")}, {QStringLiteral("projects"), 3}, {QStringLiteral("merge_requests"), 120}});
        h.setEnv(QStringLiteral("CAIRN_GITLAB_API_URL"), h.simUrl().toString() + QStringLiteral("/gitlab/api/v4"));
        QCOMPARE(h.cairn(QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("gitlab.projects"), kProjects}).exitCode, 0);

        // A personal access token, kept in the keychain by `cairn login`.
        const QString pat = h.admin("POST", QStringLiteral("/_admin/gitlab/mutate"), {{QStringLiteral("op"), QStringLiteral("create_token")}})
                                .value(QLatin1String("token")).toString();
        QVERIFY(pat.startsWith(QLatin1String("glpat-")));
        const auto login = h.cairn(args("login gitlab --token-stdin"), 120'000, pat.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const auto accounts = h.cairn(args("accounts --json"));
        QVERIFY(accounts.out.contains("\"gitlab\""));

        const QJsonObject full = syncJson(h);
        QCOMPARE(full.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(full.value(QLatin1String("mode")).toString(), QStringLiteral("full"));
        QCOMPARE(full.value(QLatin1String("created")).toInt(), 240);
        qInfo("full sync of 2 x 120 merge requests: %d API calls, %d ms", full.value(QLatin1String("api_calls")).toInt(),
              full.value(QLatin1String("duration_ms")).toInt());
        QCOMPARE(compareExport(h), QString());

        const QJsonObject unchanged = syncJson(h);
        QCOMPARE(unchanged.value(QLatin1String("mode")).toString(), QStringLiteral("partial"));
        QCOMPARE(unchanged.value(QLatin1String("api_calls")).toInt(), 2 * 2); // per project: itself and one page
        QCOMPARE(unchanged.value(QLatin1String("created")).toInt() + unchanged.value(QLatin1String("updated")).toInt(), 0);

        h.admin("POST", QStringLiteral("/_admin/gitlab/mutate"),
                {{QStringLiteral("op"), QStringLiteral("comment")}, {QStringLiteral("project"), QStringLiteral("acme/web-app")},
                 {QStringLiteral("iid"), 17}});
        const QJsonObject incremental = syncJson(h, args("--mode incremental"));
        QCOMPARE(incremental.value(QLatin1String("updated")).toInt(), 1);
        QCOMPARE(compareExport(h), QString());

        const auto status = h.cairn(args("status --source gitlab --json"));
        QCOMPARE(status.exitCode, 0);
        for (const auto &[schema, line] : {std::pair{"status", "status --source gitlab --json"}, {"history", "history --source gitlab --json"}}) {
            const auto r = h.cairn(args(line));
            QCOMPARE(r.exitCode, 0);
            const QJsonDocument doc = QJsonDocument::fromJson(r.out);
            QVERIFY2(doc.isArray() || doc.isObject(), r.out.constData());
            const QStringList problems = cairn::test::validateCliJson(QLatin1String(schema), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), false);
            QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String(line) + u'\n' + problems.join(u'\n')));
        }
        const QJsonObject gl = status.json().value(QLatin1String("gitlab")).toObject();
        QCOMPARE(gl.value(QLatin1String("counts")).toObject().value(QLatin1String("merge_requests")).toInt(), 240);
        QCOMPARE(gl.value(QLatin1String("projects")).toObject().value(QLatin1String("acme/platform/api")).toObject()
                     .value(QLatin1String("status")).toString(), QStringLiteral("synced"));
        const auto table = h.cairn(args("status --source gitlab"));
        QVERIFY2(table.out.contains("240 merge request"), table.out.constData()); // (the plural from cairn_en.ts once merged)
        QVERIFY2(table.out.contains("acme/platform/api"), table.out.constData());

        const QJsonObject first = QJsonDocument::fromJson(h.cairn(args("export --source gitlab --format json")).out).array().first().toObject();
        const auto search = h.cairn({QStringLiteral("search"), first[QLatin1String("title")].toString().split(u' ').last(),
                                     QStringLiteral("--source"), QStringLiteral("gitlab"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        bool found = false;
        for (const QJsonValue &hit : QJsonDocument::fromJson(search.out).array()) {
            QCOMPARE(hit[QLatin1String("kind")].toString(), QStringLiteral("merge_request"));
            found = found || (hit[QLatin1String("id")].toString() == first[QLatin1String("reference")].toString()
                              && hit[QLatin1String("url")].toString() == first[QLatin1String("web_url")].toString());
        }
        QVERIFY2(found, search.out.constData());

        const auto csv = h.cairn(args("export --source gitlab --format csv"));
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count('\n'), 241);
        QVERIFY(csv.out.startsWith("project,iid,state,"));

        // The token is in the keychain only: nowhere in the data dir.
        for (const char *name : {"cairn.sqlite", "cairn.sqlite-wal", "cairn.ini"}) {
            QFile f(h.dataDir() + u'/' + QLatin1String(name));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(pat.toUtf8()), name);
        }
        QCOMPARE(h.cairn(args("logout gitlab")).exitCode, 0);
    }

    void badInputIsOneLine()
    {
        ProcessHarness h(args("--contacts 0"));
        h.setEnv(QStringLiteral("CAIRN_GITLAB_API_URL"), h.simUrl().toString() + QStringLiteral("/gitlab/api/v4"));
        h.setEnv(QStringLiteral("CAIRN_GITLAB_TOKEN"), QStringLiteral("cairn-sim-token"));
        h.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false")); // stderr holds the error only
        const auto none = h.cairn(args("sync --source gitlab"));
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err.trimmed().count('\n'), 0);
        QVERIFY2(none.err.contains("gitlab.projects"), none.err.constData());
        QCOMPARE(h.cairn(args("config set gitlab.projects nobody/nothing")).exitCode, 0);
        const auto gone = h.cairn(args("sync --source gitlab"));
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(gone.err.trimmed().count('\n'), 0);
        QVERIFY2(gone.err.contains("404"), gone.err.constData());
        h.setEnv(QStringLiteral("CAIRN_GITLAB_TOKEN"), QStringLiteral("glpat-wrong"));
        const auto refused = h.cairn(args("sync --source gitlab"));
        QVERIFY(refused.exitCode != 0);
        QCOMPARE(refused.err.trimmed().count('\n'), 0);
        QVERIFY2(refused.err.contains("GitLab refused the token"), refused.err.constData());
        const auto format = h.cairn(args("export --source gitlab --format vcard"));
        QCOMPARE(format.exitCode, 2); // usage
        QVERIFY2(format.err.contains("json or csv"), format.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGitLabCli)
#include "tst_gitlabcli.moc"
