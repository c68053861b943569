// `cairn export` of Asana tasks and Jira issues, from the real binaries (`cairn` against a
// `cairn-sim` process): every record of the cache with its service id and the service's field
// names, deleted ones flagged; CSV with the live ones, hostile text quoted and formulas
// neutralised; an unknown format is one line and a non-zero exit.
#include "ProcessHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using cairn::test::ProcessHarness;

namespace {
const QString kHostile = QStringLiteral("=HYPERLINK(\"http://x\"),\"quoted\", and\na second line");

// RFC 4180 rows (quoted cells may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QJsonArray exportJson(const ProcessHarness &h, const QString &source)
{
    const auto r = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), source, QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0)
        qWarning("export failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

bool syncOk(const ProcessHarness &h, const QString &source, const QString &mode = QStringLiteral("auto"))
{
    const auto r = h.cairn({QStringLiteral("sync"), QStringLiteral("--source"), source, QStringLiteral("--mode"), mode});
    if (r.exitCode != 0)
        qWarning("sync failed: %s", r.err.constData());
    return r.exitCode == 0;
}
} // namespace

class TestWorkExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asanaTasks()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--asana-projects"), QStringLiteral("3"),
                          QStringLiteral("--asana-tasks"), QStringLiteral("12")});
        h.setEnv(QStringLiteral("CAIRN_ASANA_API_URL"), h.simUrl().toString() + QStringLiteral("/asana"));
        h.setEnv(QStringLiteral("CAIRN_ASANA_TOKEN"), QStringLiteral("cairn-sim-token"));
        QVERIFY(syncOk(h, QStringLiteral("asana")));
        QJsonObject truth = h.admin("GET", QStringLiteral("/_admin/truth/asana"));
        const QString project = truth.value(QLatin1String("projects")).toArray().first()[QLatin1String("gid")].toString();
        const QString doomed = truth.value(QLatin1String("tasks")).toArray().first()[QLatin1String("gid")].toString();
        h.admin("POST", QStringLiteral("/_admin/asana/mutate"),
                {{QStringLiteral("op"), QStringLiteral("add_task")}, {QStringLiteral("project"), project}, {QStringLiteral("name"), kHostile}});
        h.admin("POST", QStringLiteral("/_admin/asana/mutate"), {{QStringLiteral("op"), QStringLiteral("delete_task")}, {QStringLiteral("gid"), doomed}});
        QVERIFY(syncOk(h, QStringLiteral("asana"), QStringLiteral("partial")));

        truth = h.admin("GET", QStringLiteral("/_admin/truth/asana"));
        QHash<QString, QJsonObject> live;
        for (const QJsonValue &v : truth.value(QLatin1String("tasks")).toArray())
            if (!v[QLatin1String("deleted")].toBool())
                live.insert(v[QLatin1String("gid")].toString(), v.toObject());
        const QJsonArray exported = exportJson(h, QStringLiteral("asana"));
        QCOMPARE(exported.size(), live.size() + 1); // and the deleted one, flagged
        for (const QJsonValue &v : exported) {
            const QString id = v[QLatin1String("id")].toString();
            if (id == doomed) {
                QCOMPARE(v[QLatin1String("deleted")].toBool(), true);
                continue;
            }
            QVERIFY2(live.contains(id), qPrintable(id));
            QVERIFY(!v.toObject().contains(QLatin1String("deleted")));
            const QJsonObject t = live.value(id);
            QCOMPARE(v[QLatin1String("name")].toString(), t[QLatin1String("name")].toString());
            QCOMPARE(v[QLatin1String("completed")].toBool(), t[QLatin1String("completed")].toBool());
            QCOMPARE(v[QLatin1String("modified_at")].toString(), t[QLatin1String("modified_at")].toString());
            QCOMPARE(v[QLatin1String("assignee")][QLatin1String("gid")].toString(), t[QLatin1String("assignee")].toString());
            QVERIFY(v[QLatin1String("memberships")].toArray().size() >= 1);
        }

        const auto csv = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("asana"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--output"), h.dataDir() + QStringLiteral("/tasks.csv")});
        QCOMPARE(csv.exitCode, 0);
        QFile file(h.dataDir() + QStringLiteral("/tasks.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QCOMPARE(rows.size(), live.size() + 1); // the header, then the live tasks only
        QCOMPARE(rows.first().first(), QStringLiteral("id"));
        bool sawHostile = false;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), rows.first().size());
            if (row.value(1).contains(QLatin1String("HYPERLINK"))) {
                sawHostile = true;
                QCOMPARE(row.value(1), QLatin1Char('\'') + kHostile); // read back whole, never run as a formula
            }
        }
        QVERIFY(sawHostile);

        const auto vcard = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("asana"),
                                    QStringLiteral("--format"), QStringLiteral("vcard")});
        QCOMPARE(vcard.exitCode, 2); // usage
        QCOMPARE(vcard.err.trimmed().count('\n'), 0);
        QVERIFY2(vcard.err.contains("json or csv"), vcard.err.constData());
    }

    void jiraIssues()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0"), QStringLiteral("--jira-issues"), QStringLiteral("40")});
        h.setEnv(QStringLiteral("CAIRN_JIRA_API_URL"), h.simUrl().toString() + QStringLiteral("/jira"));
        h.setEnv(QStringLiteral("CAIRN_JIRA_TOKEN"), QStringLiteral("cairn-sim-token"));
        h.setEnv(QStringLiteral("CAIRN_JIRA_EMAIL"), QStringLiteral("me@example.com"));
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("jira.configs"), QStringLiteral("main")}).exitCode, 0);
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("jira.main.jql"),
                          QStringLiteral("project in (CAIRN, OPS, WEB)")}).exitCode, 0);
        QVERIFY(syncOk(h, QStringLiteral("jira")));
        QJsonObject truth = h.admin("GET", QStringLiteral("/_admin/truth/jira"));
        const QString doomed = truth.value(QLatin1String("issues")).toArray().first()[QLatin1String("key")].toString();
        h.admin("POST", QStringLiteral("/_admin/jira/mutate"), {{QStringLiteral("op"), QStringLiteral("delete_issue")}, {QStringLiteral("key"), doomed}});
        QVERIFY(syncOk(h, QStringLiteral("jira"), QStringLiteral("full"))); // a full listing finds the deletion

        truth = h.admin("GET", QStringLiteral("/_admin/truth/jira"));
        QHash<QString, QJsonObject> live;
        for (const QJsonValue &v : truth.value(QLatin1String("issues")).toArray())
            if (!v[QLatin1String("deleted")].toBool())
                live.insert(v[QLatin1String("key")].toString(), v.toObject());
        const QJsonArray exported = exportJson(h, QStringLiteral("jira"));
        QCOMPARE(exported.size(), live.size() + 1);
        for (const QJsonValue &v : exported) {
            const QString key = v[QLatin1String("key")].toString();
            if (key == doomed) {
                QCOMPARE(v[QLatin1String("deleted")].toBool(), true);
                continue;
            }
            QVERIFY2(live.contains(key), qPrintable(key));
            const QJsonObject t = live.value(key);
            QCOMPARE(v[QLatin1String("id")].toString(), t[QLatin1String("id")].toString());
            QCOMPARE(v[QLatin1String("summary")].toString(), t[QLatin1String("summary")].toString());
            QCOMPARE(v[QLatin1String("configuration")].toString(), QStringLiteral("main"));
            QCOMPARE(v[QLatin1String("status")].toString(), t[QLatin1String("status")][QLatin1String("name")].toString());
        }
        const auto csv = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("jira"), QStringLiteral("--format"),
                                  QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = parseCsv(csv.out);
        QCOMPARE(rows.size(), live.size() + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 12);
    }

    void projectsOnlyIsForAsana()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        const auto r = h.cairn({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("github"), QStringLiteral("--projects-only")});
        QCOMPARE(r.exitCode, 2); // usage
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY2(r.err.contains("Asana only"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestWorkExport)
#include "tst_workexport.moc"
