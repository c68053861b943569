// The command line as a user runs it: the real `cairn` binary against a `cairn-sim` process
// over loopback, including SIGKILL in the middle of a full sync.
#include "ProcessHarness.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

#include <unistd.h>

#include <csignal>

using cairn::test::ProcessHarness;

namespace {
const QString kConnections = QStringLiteral("GET /google/v1/people/me/connections");

QJsonObject syncJson(const ProcessHarness &h, const QStringList &extra = {})
{
    const auto r = h.cairn(QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google"),
                                       QStringLiteral("--json")} + extra);
    if (r.exitCode != 0)
        qWarning("cairn sync failed: %s", r.err.constData());
    return r.json().value(QLatin1String("google")).toObject();
}

// "" when `cairn export --format json` equals the simulator's ground truth.
QString compareExportWithTruth(const ProcessHarness &h)
{
    const auto r = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("google"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0)
        return QStringLiteral("export failed: ") + QString::fromUtf8(r.err);
    QHash<QString, QJsonObject> cached;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        cached.insert(v[QLatin1String("id")].toString(), v.toObject());
    int live = 0;
    for (const QJsonValue &v : h.admin("GET", QStringLiteral("/_admin/truth/google")).value(QLatin1String("contacts")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString id = t.value(QLatin1String("resourceName")).toString();
        const QJsonObject c = cached.value(id);
        if (t.value(QLatin1String("deleted")).toBool()) {
            if (!c.isEmpty() && !c.value(QLatin1String("deleted")).toBool())
                return id + QStringLiteral(" deleted on the service, live in the cache");
            continue;
        }
        ++live;
        if (c.isEmpty() || c.value(QLatin1String("deleted")).toBool())
            return id + QStringLiteral(" missing from the cache");
        for (const char *key : {"etag", "displayName", "givenName", "familyName"})
            if (c.value(QLatin1String(key)) != t.value(QLatin1String(key)))
                return QStringLiteral("%1: %2 differs").arg(id, QLatin1String(key));
        if (c.value(QLatin1String("emails")).toArray().size() != t.value(QLatin1String("emails")).toArray().size())
            return id + QStringLiteral(": emails differ");
    }
    int cachedLive = 0;
    for (const QJsonObject &c : std::as_const(cached))
        cachedLive += c.value(QLatin1String("deleted")).toBool() ? 0 : 1;
    if (cachedLive != live)
        return QStringLiteral("%1 live contacts cached, %2 on the service").arg(cachedLive).arg(live);
    return {};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncCountsCallsAndStaysIncremental()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("10000"), QStringLiteral("--seed"), QStringLiteral("3")});
        QElapsedTimer t;
        t.start();
        const QJsonObject full = syncJson(h);
        qInfo("full sync of 10 000 contacts: %lld ms wall, %d API calls", t.elapsed(), full.value(QLatin1String("api_calls")).toInt());
        QCOMPARE(full.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(full.value(QLatin1String("mode")).toString(), QStringLiteral("full"));
        QCOMPARE(full.value(QLatin1String("created")).toInt(), 10000);
        QCOMPARE(full.value(QLatin1String("api_calls")).toInt(), 11); // 10 pages + contact groups

        const QJsonObject again = syncJson(h);
        QCOMPARE(again.value(QLatin1String("mode")).toString(), QStringLiteral("partial"));
        QVERIFY2(again.value(QLatin1String("api_calls")).toInt() <= 2, "a no-change sync must cost at most 2 calls");

        const QJsonObject changed = h.admin("POST", QStringLiteral("/_admin/google/mutate"),
                                            {{QStringLiteral("op"), QStringLiteral("random")}, {QStringLiteral("count"), 10}});
        QCOMPARE(changed.value(QLatin1String("changed")).toArray().size(), 10);
        const QJsonObject incremental = syncJson(h);
        QCOMPARE(incremental.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(incremental.value(QLatin1String("api_calls")).toInt() <= 2);
        QVERIFY(incremental.value(QLatin1String("created")).toInt() + incremental.value(QLatin1String("updated")).toInt()
                    + incremental.value(QLatin1String("deleted")).toInt() > 0);
        QCOMPARE(compareExportWithTruth(h), QString());
        qInfo("no-change sync: %d calls; after 10 changes: %d calls",
              again.value(QLatin1String("api_calls")).toInt(), incremental.value(QLatin1String("api_calls")).toInt());
    }

    void killDuringFullSyncResumesWithoutRefetching()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("10000"), QStringLiteral("--seed"), QStringLiteral("5")});
        // Slow pages, so that kills land in the middle of the listing.
        h.admin("POST", QStringLiteral("/_admin/faults"),
                {{QStringLiteral("path"), QStringLiteral("/google/v1/people/me/connections")},
                 {QStringLiteral("delay_ms"), 300}, {QStringLiteral("count"), 1000}});
        // Kill at a random point after this run committed a page: it asks for a page while the
        // one before is written, so its third request means the first page is committed.
        const int kills = h.killRuns({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}, kConnections, 3, 700);
        QVERIFY(kills >= 2);
        const auto status = h.cairn({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const int committed = status.json().value(QLatin1String("google")).toObject()
                                  .value(QLatin1String("counts")).toObject().value(QLatin1String("contacts")).toInt();
        QVERIFY2(committed > 0 && committed < 10000, qPrintable(QString::number(committed)));
        QCOMPARE(committed % 1000, 0); // whole pages only: rows commit with their cursor

        h.adminRaw("DELETE", QStringLiteral("/_admin/faults"));
        const int fetchedBefore = h.requests(kConnections);
        const QJsonObject resumed = syncJson(h);
        QCOMPARE(resumed.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(resumed.value(QLatin1String("mode")).toString(), QStringLiteral("full"));
        // Exactly the pages not committed before the kills, plus one incremental call for what
        // changed while the listing was interrupted.
        QCOMPARE(h.requests(kConnections) - fetchedBefore, (10000 - committed) / 1000 + 1);
        // Over all runs, no committed page was fetched twice: per kill at most the page being
        // written and the one asked for ahead were lost.
        QVERIFY(h.requests(kConnections) <= 10 + 2 * kills + 1);
        QCOMPARE(compareExportWithTruth(h), QString());
        qInfo("%d kills, %d pages committed before them, %d pages fetched in all for 10", kills, committed / 1000,
              h.requests(kConnections));

        // The killed runs are in the history, marked interrupted.
        const auto history = h.cairn({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("10")});
        const QJsonArray runs = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(runs.first()[QLatin1String("status")].toString(), QStringLiteral("ok"));
        int interrupted = 0;
        for (const QJsonValue &r : runs)
            interrupted += r[QLatin1String("error")].toString().contains(QLatin1String("interrupted")) ? 1 : 0;
        QVERIFY(interrupted >= kills);
    }

    void readCommandsWorkOffline()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("9")});
        QCOMPARE(syncJson(h).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const QJsonArray truth = h.admin("GET", QStringLiteral("/_admin/truth/google")).value(QLatin1String("contacts")).toArray();
        const QString someone = truth.at(17)[QLatin1String("familyName")].toString();
        QVERIFY(!someone.isEmpty());

        auto search = h.cairn({QStringLiteral("search"), someone.left(3), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        bool found = false;
        for (const QJsonValue &hit : QJsonDocument::fromJson(search.out).array())
            found = found || hit[QLatin1String("title")].toString().contains(someone);
        QVERIFY2(found, search.out.constData());

        const auto csv = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("google"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count("\r\n"), 301);
        const QString vcfPath = h.dataDir() + QStringLiteral("/out.vcf");
        const auto vcf = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("google"),
                                  QStringLiteral("--format"), QStringLiteral("vcard"), QStringLiteral("--output"), vcfPath});
        QCOMPARE(vcf.exitCode, 0);
        QFile f(vcfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("BEGIN:VCARD"), 300);

        const auto status = h.cairn({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains("synced"));
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync.google.interval_minutes"), QStringLiteral("30")}).exitCode, 0);
        QCOMPARE(h.cairn({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("sync.google.interval_minutes")}).out.trimmed(), QByteArray("30"));
    }

    // Issue 16: a service names a contact with escape sequences (set the window title, clear
    // the screen, return to the line start and fake a prompt) and bidi overrides; `cairn
    // search` prints it without a single byte a terminal would act on.
    void searchPrintsNoControlCharacters()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("2")});
        const QString hostile = QStringLiteral("Eve\x1b]0;pwned\x07\x1b[2J\rroot#\u009b31m\u202egnp.exe\u2066x\u0000y\nz\x7f");
        h.admin("POST", QStringLiteral("/_admin/google/mutate"),
                {{QStringLiteral("op"), QStringLiteral("add_person")}, {QStringLiteral("givenName"), hostile},
                 {QStringLiteral("familyName"), QStringLiteral("Zyxwv")}, {QStringLiteral("email"), QStringLiteral("eve@example.com")}});
        QCOMPARE(syncJson(h).value(QLatin1String("status")).toString(), QStringLiteral("ok"));

        const auto json = h.cairn({QStringLiteral("search"), QStringLiteral("zyxwv"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first()[QLatin1String("title")].toString().contains(QLatin1String("\x1b]0;pwned")), json.out.constData()); // JSON: all of it, escaped

        ProcessHarness::Result text;
        for (const QString &tty : {QString(), QStringLiteral("200")}) { // a script's and a person's table
            h.setEnv(QStringLiteral("CAIRN_FORCE_TTY"), tty);
            text = h.cairn({QStringLiteral("search"), QStringLiteral("zyxwv")});
            QCOMPARE(text.exitCode, 0);
            const QByteArray hit = text.out.mid(text.out.indexOf('\n') + 1);
            QVERIFY2(hit.startsWith("contact ") || hit.startsWith("contact\t"), text.out.constData());
            QVERIFY2(hit.contains("Eve") && hit.contains("root#") && hit.contains("Zyxwv") && hit.endsWith('\n'), text.out.constData());
            QCOMPARE(text.out.count('\n'), 2); // the header, one hit on one line
            for (qsizetype i = 0; i < text.out.size(); ++i) {
                const auto b = uchar(text.out.at(i));
                QVERIFY2(b >= 0x20 || b == '\n' || (b == '\t' && tty.isEmpty()), qPrintable(QStringLiteral("byte 0x%1 at %2").arg(b, 2, 16, QLatin1Char('0')).arg(i)));
            }
        }
        QVERIFY(!text.out.contains('\x7f'));
        const QString shown = QString::fromUtf8(text.out);
        for (const QChar ch : shown) {
            const char16_t u = ch.unicode();
            QVERIFY2(!(u >= 0x80 && u < 0xA0) && !(u >= 0x202A && u <= 0x202E) && !(u >= 0x2066 && u <= 0x2069),
                     qPrintable(QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0'))));
        }
    }

    // Issue 16: FTS5's work grew with the square of the words (1 000 words 4.8 s, 30 000 more
    // than ten minutes); a query is cut to its first words, with a warning, and stays fast.
    void aHugeQueryIsCutWithAWarning()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("9")});
        QCOMPARE(syncJson(h).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const QString someone = h.admin("GET", QStringLiteral("/_admin/truth/google")).value(QLatin1String("contacts")).toArray()
                                    .at(17)[QLatin1String("familyName")].toString();
        QStringList words;
        for (int i = 0; i < 30000; ++i)
            words << (i % 2 ? someone.left(2) : someone);
        QElapsedTimer t;
        t.start();
        const auto r = h.cairn(QStringList{QStringLiteral("search")} + words, 60'000);
        const qint64 ms = t.elapsed();
        qInfo("cairn search with 30 000 words: %lld ms", ms);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QVERIFY2(r.out.contains(someone.toUtf8()), r.out.constData()); // its first words were searched for
        const QByteArray err = r.err.trimmed();
        QVERIFY2(err.startsWith("cairn: warning: ") && err.contains("32") && !err.contains('\n'), err.constData());
        // A query within the bounds says nothing more.
        const auto few = h.cairn({QStringLiteral("search"), someone, someone.left(2)});
        QCOMPARE(few.exitCode, 0);
        QVERIFY2(few.err.isEmpty(), few.err.constData());
        QVERIFY2(few.out.contains(someone.toUtf8()), few.out.constData());
    }

    void failuresSayOneLineAndExitNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QByteArray>("mentions");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QString() << QByteArray("unknown command") << 2;
        QTest::newRow("unknown source") << QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("myspace")} << QString() << QByteArray("unknown source") << 2;
        QTest::newRow("bad mode") << QStringList{QStringLiteral("sync"), QStringLiteral("--mode"), QStringLiteral("sideways")} << QString() << QByteArray("unknown mode") << 2;
        QTest::newRow("wrong token") << QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")} << QStringLiteral("CAIRN_GOOGLE_TOKEN=nope") << QByteArray("sign in") << 3;
        QTest::newRow("no token") << QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")} << QStringLiteral("CAIRN_GOOGLE_TOKEN=") << QByteArray("not signed in") << 3;
        QTest::newRow("nothing set up") << QStringList{QStringLiteral("sync")} << QStringLiteral("CAIRN_GOOGLE_TOKEN=") << QByteArray("no source is set up") << 3;
        QTest::newRow("service unreachable") << QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")} << QStringLiteral("CAIRN_GOOGLE_API_URL=http://127.0.0.1:9/google") << QByteArray("network error") << 1;
        QTest::newRow("plain http off loopback") << QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")} << QStringLiteral("CAIRN_GOOGLE_API_URL=http://example.org/google") << QByteArray("https is required") << 1;
        QTest::newRow("not a web address") << QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")} << QStringLiteral("CAIRN_GOOGLE_API_URL=file:///etc/passwd") << QByteArray("credentials to file:// (https is required)") << 1;
        QTest::newRow("bad option") << QStringList{QStringLiteral("sync"), QStringLiteral("--bogus")} << QString() << QByteArray("bogus") << 2;
        QTest::newRow("secret into settings") << QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("oauth.google.client_secret"), QStringLiteral("x")} << QString() << QByteArray("keychain") << 2;
    }
    void failuresSayOneLineAndExitNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, env);
        QFETCH(QByteArray, mentions);
        QFETCH(int, exitCode);
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("20")});
        QProcess p;
        QProcessEnvironment e = h.environment();
        if (!env.isEmpty())
            e.insert(env.section(QLatin1Char('='), 0, 0), env.section(QLatin1Char('='), 1));
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        p.setProcessEnvironment(e);
        p.start(ProcessHarness::binary("cairn"), args);
        QVERIFY(p.waitForFinished(120'000));
        QCOMPARE(p.exitCode(), exitCode);
        const QByteArray err = p.readAllStandardError().trimmed();
        QVERIFY2(err.contains(mentions), err.constData());
        QVERIFY2(!err.contains('\n') || exitCode == 2, err.constData()); // one line (usage errors may add help)
        QVERIFY(!err.contains("nope"));
    }

    // Issue 16: a failure says one line, with nothing else on stderr (schema migrations, run
    // numbers), unless -v asks for the log; a user's own logging rules still apply.
    void failureIsOneLineUnlessVerbose()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("20")});
        const auto run = [&h](const QStringList &extra) {
            QProcess p;
            QProcessEnvironment e = h.environment();
            e.insert(QStringLiteral("CAIRN_GOOGLE_TOKEN"), QString());
            e.remove(QStringLiteral("QT_LOGGING_RULES")); // as a user runs it (ctest sets it)
            e.remove(QStringLiteral("CAIRN_LOG"));
            p.setProcessEnvironment(e);
            p.start(ProcessHarness::binary("cairn"), QStringList{QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")} + extra);
            p.waitForFinished(120'000);
            return std::make_pair(p.exitCode(), p.readAllStandardError());
        };
        // The first command creates the cache (migrations) and records a run: the most it logs.
        const auto [code, err] = run({});
        QCOMPARE(code, 3); // not signed in
        QVERIFY2(err.count('\n') == 1 && err.startsWith("cairn: ") && err.contains("not signed in"), err.constData());
        const auto [again, errAgain] = run({});
        QCOMPARE(again, 3);
        QVERIFY2(errAgain.count('\n') == 1, errAgain.constData());

        const auto [verboseCode, verbose] = run({QStringLiteral("-v")});
        QCOMPARE(verboseCode, 3);
        QVERIFY2(verbose.count('\n') > 1 && verbose.contains("cairn.sync") && verbose.contains("not signed in"), verbose.constData());
        for (const QByteArray &line : verbose.trimmed().split('\n'))
            QVERIFY2(line.startsWith("cairn: "), line.constData());
        const auto [longCode, longVerbose] = run({QStringLiteral("--verbose")});
        QCOMPARE(longCode, 3);
        QCOMPARE(longVerbose.count('\n'), verbose.count('\n'));
    }

    void aBrokenSettingsFileIsRefusedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content"); // "" with `folder`: cairn.ini is a folder
        QTest::addColumn<bool>("folder");
        QTest::addColumn<bool>("unreadable");
        QTest::addColumn<QByteArray>("mentions");
        QByteArray noise(4096, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 256);
        QTest::newRow("binary noise") << noise << false << false << QByteArray("cannot be used");
        QTest::newRow("a line that is not a setting")
            << QByteArray("[General]\nsync.google.interval_minutes=15\nplease sync every hour\n") << false << false
            << QByteArray("line 3 is not a setting");
        QTest::newRow("not UTF-8") << QByteArray("[General]\ngithub.repos=caf\xe9/x\n") << false << false << QByteArray("not UTF-8");
        QTest::newRow("a section left open") << QByteArray("[General\nfoo=bar\n") << false << false << QByteArray("line 1 is not a setting");
        QTest::newRow("a folder") << QByteArray() << true << false << QByteArray("is a folder");
        QTest::newRow("no permission") << QByteArray("[General]\nfoo=bar\n") << false << true << QByteArray("cannot be read");
    }

    void aBrokenSettingsFileIsRefusedAndKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, folder);
        QFETCH(bool, unreadable);
        QFETCH(QByteArray, mentions);
        if (unreadable && ::geteuid() == 0)
            QSKIP("root reads a file whatever its permissions: this case exists only for other users");
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("4")});
        QCOMPARE(syncJson(h).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        // stderr holds the error only (not the cairn.files line that tightens the 0644 file written below)
        h.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        const QString ini = h.dataDir() + QStringLiteral("/cairn.ini");
        const QString db = h.dataDir() + QStringLiteral("/cairn.sqlite");
        const auto digest = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
        };
        const QByteArray cacheBefore = digest(db);
        QVERIFY(!cacheBefore.isEmpty());
        QFile::remove(ini);
        if (folder) {
            QVERIFY(QDir().mkpath(ini));
        } else {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            f.close();
            if (unreadable)
                QVERIFY(f.setPermissions(QFileDevice::Permissions()));
        }
        for (const QStringList &args : {QStringList{QStringLiteral("sync")}, QStringList{QStringLiteral("status")},
                                        QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("github.repos"), QStringLiteral("a/b")}}) {
            const auto r = h.cairn(args);
            QCOMPARE(r.exitCode, 1);
            const QByteArray err = r.err.trimmed();
            QVERIFY2(err.startsWith("cairn: the settings file ") && err.contains(mentions) && err.contains("fix or remove it"), err.constData());
            QVERIFY2(!err.contains('\n'), err.constData());
        }
        if (!folder) {
            QFile::setPermissions(ini, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QFile f(ini);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), content); // left exactly as the user wrote it
        }
        QCOMPARE(digest(db), cacheBefore); // the cache is untouched
        // Once the file is fixed (here: removed), the cache is all there.
        QVERIFY(folder ? QDir(ini).removeRecursively() : QFile::remove(ini));
        const auto status = h.cairn({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("120"), status.out.constData());
    }

    void secretsNeverLeaveTheEnvironment()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("200"), QStringLiteral("--access-token"), QStringLiteral("s3cr3t-T0KEN-value")});
        QProcessEnvironment env = h.environment();
        QStringList outputs;
        for (const QStringList &args : {QStringList{QStringLiteral("sync"), QStringLiteral("--json")},
                                        QStringList{QStringLiteral("sync")}, QStringList{QStringLiteral("status"), QStringLiteral("--json")},
                                        QStringList{QStringLiteral("history"), QStringLiteral("--json")},
                                        QStringList{QStringLiteral("config"), QStringLiteral("list")}}) {
            QProcess p;
            env.insert(QStringLiteral("CAIRN_GOOGLE_TOKEN"), QStringLiteral("s3cr3t-T0KEN-value"));
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
            p.setProcessEnvironment(env);
            p.start(ProcessHarness::binary("cairn"), args);
            QVERIFY(p.waitForFinished(60'000));
            QCOMPARE(p.exitCode(), 0);
            outputs << QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        }
        for (const QString &o : outputs)
            QVERIFY2(!o.contains(QLatin1String("s3cr3t-T0KEN")), qPrintable(o.left(500)));
        QDirIterator it(h.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("s3cr3t-T0KEN"), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 2); // the database (and its WAL) were scanned
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
