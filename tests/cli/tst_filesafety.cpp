// Issue 16, a shared machine and a hostile disk: the real `cairn` binary keeps its files private,
// dumps no core, checks every write, tells a read-only folder from a busy one, refuses settings it
// does not know, survives first runs at once, and recovers from damaged pages.
#include "ProcessHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <grp.h>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using cairn::test::ProcessHarness;

namespace {

const QString kNobody = QStringLiteral("nobody");

int modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Garbage over the middle third of the file at `path`; its 100-byte header (and the schema
// page) stay valid. The damaged bytes, as written ("" when the file could not be written).
QByteArray damageMiddleThird(const QString &path)
{
    QByteArray bytes = bytesOf(path);
    for (qsizetype i = bytes.size() / 3; i < 2 * bytes.size() / 3; ++i)
        bytes[i] = char((i * 131 + 7) & 0xff);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return bytes;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 pid = 0;
};

// `cairn args` with the harness's environment plus `extra`; as user `uid` when >= 0 (tests run as
// root, for whom permissions do not stop a write); stdout into `stdoutFile` when given.
Run cairnAs(const ProcessHarness &h, const QStringList &args, int uid = -1, const QStringList &extra = {},
            const QString &stdoutFile = QString())
{
    QProcess p;
    QProcessEnvironment env = h.environment();
    for (const QString &kv : extra)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    if (uid >= 0)
        p.setChildProcessModifier([uid] {
            ::setgroups(0, nullptr);
            if (::setgid(gid_t(uid)) != 0 || ::setuid(uid_t(uid)) != 0)
                ::_exit(99);
        });
    p.start(ProcessHarness::binary("cairn"), args);
    p.waitForFinished(120'000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError(), 0};
}

int nobodyUid()
{
    const passwd *pw = ::getpwnam("nobody");
    return pw ? int(pw->pw_uid) : -1;
}

// The last line of stderr that is an error (info log lines of cairn.* may come before it).
QByteArray errorLines(const QByteArray &err)
{
    QByteArrayList lines;
    for (const QByteArray &l : err.split('\n'))
        if (l.startsWith("cairn: "))
            lines << l;
    return lines.join('\n');
}

QStringList exportGoogle(const QStringList &more = {})
{
    return QStringList{QStringLiteral("export"), QStringLiteral("--source"), QStringLiteral("google"), QStringLiteral("--format"),
                       QStringLiteral("json")} + more;
}

void chownTree(const QString &path, int uid)
{
    QVERIFY(::chown(QFile::encodeName(path).constData(), uid_t(uid), gid_t(uid)) == 0);
    QDir dir(path);
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        QVERIFY(::chown(QFile::encodeName(dir.filePath(name)).constData(), uid_t(uid), gid_t(uid)) == 0);
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCacheIsPrivate()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("2")});
        // A new data folder (and its parents) is made 0700, every file in it 0600.
        const QString fresh = h.dataDir() + QStringLiteral("/fresh/data");
        const Run first = cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google"),
                                      QStringLiteral("--data-dir"), fresh});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(modeOf(fresh), 0700);
        QCOMPARE(modeOf(fresh + QStringLiteral("/cairn.sqlite")), 0600);

        // A folder and files left readable by others (an older Cairn) are tightened, with a log line.
        const QString data = h.dataDir();
        QCOMPARE(cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}).exitCode, 0);
        QCOMPARE(cairnAs(h, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("github.repos"), QStringLiteral("a/b")}).exitCode, 0);
        const QString db = data + QStringLiteral("/cairn.sqlite");
        QVERIFY(QDir().mkpath(data + QStringLiteral("/photos")));
        QFile photo(data + QStringLiteral("/photos/x.jpg"));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.close();
        QFile staleLock(data + QStringLiteral("/sync-google.lock"));
        QVERIFY(staleLock.open(QIODevice::WriteOnly));
        staleLock.close();
        for (const QString &f : {db, data + QStringLiteral("/cairn.ini"), data + QStringLiteral("/sync-google.lock"), photo.fileName()})
            QVERIFY(::chmod(QFile::encodeName(f).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(data + QStringLiteral("/photos")).constData(), 0755) == 0);
        const Run status = cairnAs(h, {QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY2(status.err.contains("private"), status.err.constData());
        QCOMPARE(modeOf(data), 0700);
        QCOMPARE(modeOf(data + QStringLiteral("/photos")), 0700);
        for (const QString &f : {db, data + QStringLiteral("/cairn.ini"), data + QStringLiteral("/sync-google.lock"), photo.fileName()})
            QVERIFY2(modeOf(f) == 0600, qPrintable(f));
        // and an export is its user's alone, also when it replaces a file others could read.
        const QString out = data + QStringLiteral("/../export.json");
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(::chmod(QFile::encodeName(out).constData(), 0644) == 0);
        QCOMPARE(cairnAs(h, exportGoogle({QStringLiteral("--output"), out})).exitCode, 0);
        QCOMPARE(modeOf(out), 0600);
        QFile::remove(out);

        // Another user cannot read the cache.
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (::geteuid() != 0 || runuser.isEmpty() || nobodyUid() < 0)
            QSKIP("the check as a second user needs root, runuser and the user nobody");
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0); // only the files protect it now
        QProcess cat;
        cat.start(runuser, {QStringLiteral("-u"), kNobody, QStringLiteral("--"), QStringLiteral("cat"), db});
        QVERIFY(cat.waitForFinished(30'000));
        QVERIFY2(cat.exitCode() != 0, "nobody could read the cache");
        QVERIFY2(cat.readAllStandardError().contains("Permission denied"), "cat failed for another reason");
    }

    void noCoreDumps_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::newRow("by default") << false;
        QTest::newRow("CAIRN_ALLOW_CORE_DUMPS=1") << true;
    }

    void noCoreDumps()
    {
        QFETCH(bool, allowed);
        const int nobody = nobodyUid();
        if (::geteuid() != 0 || nobody < 0)
            QSKIP("needs root and the user nobody: /proc/<pid> of a process that cannot dump belongs to root");
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("3000")});
        // Slow pages keep the sync (the process with the token) alive while it is looked at.
        h.admin("POST", QStringLiteral("/_admin/faults"),
                {{QStringLiteral("path"), QStringLiteral("/google/v1/people/me/connections")},
                 {QStringLiteral("delay_ms"), 1500}, {QStringLiteral("count"), 100}});
        QTemporaryDir data;
        chownTree(data.path(), nobody);
        QProcess p;
        QProcessEnvironment env = h.environment();
        env.insert(QStringLiteral("CAIRN_DATA_DIR"), data.path());
        if (allowed)
            env.insert(QStringLiteral("CAIRN_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([nobody] {
            const rlimit any = {RLIM_INFINITY, RLIM_INFINITY}; // what it inherits allows cores
            ::setrlimit(RLIMIT_CORE, &any);
            ::setgroups(0, nullptr);
            if (::setgid(gid_t(nobody)) != 0 || ::setuid(uid_t(nobody)) != 0)
                ::_exit(99);
        });
        p.start(ProcessHarness::binary("cairn"), {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(h.requests(QStringLiteral("GET /google/v1/people/me/connections")) >= 1, 20000);
        QCOMPARE(p.state(), QProcess::Running);
        const QString proc = QStringLiteral("/proc/%1").arg(p.processId());
        QString coreLimit;
        for (const QByteArray &line : bytesOf(proc + QStringLiteral("/limits")).split('\n'))
            if (line.startsWith("Max core file size"))
                coreLimit = QString::fromLatin1(line.mid(26).simplified());
        const uint owner = QFileInfo(proc + QStringLiteral("/status")).ownerId();
        // What it has open now is its user's alone (umask 077); checked after the core dump part.
        QStringList wideOpen;
        for (const char *name : {"/cairn.sqlite", "/cairn.sqlite-wal", "/cairn.sqlite-shm", "/sync-google.lock"})
            if (modeOf(data.path() + QLatin1String(name)) != 0600)
                wideOpen << QLatin1String(name);
        p.kill();
        p.waitForFinished();
        if (allowed) {
            QCOMPARE(coreLimit, QStringLiteral("unlimited unlimited bytes"));
            QCOMPARE(owner, uint(nobody)); // dumpable: /proc/<pid> is its user's
        } else {
            QCOMPARE(coreLimit, QStringLiteral("0 0 bytes"));
            QCOMPARE(owner, 0u); // PR_SET_DUMPABLE 0: /proc/<pid> belongs to root
        }
        QVERIFY2(wideOpen.isEmpty(), qPrintable(wideOpen.join(u' ')));
    }

    void everyWriteIsChecked()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("40")});
        QCOMPARE(cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}).exitCode, 0);
        const QStringList quiet{QStringLiteral("QT_LOGGING_RULES=*=false")};
        // stdout on a full disk
        for (const QStringList &args : {exportGoogle(), QStringList{QStringLiteral("status"), QStringLiteral("--json")},
                                        QStringList{QStringLiteral("status")}}) {
            const Run full = cairnAs(h, args, -1, quiet, QStringLiteral("/dev/full"));
            QVERIFY2(full.exitCode == 74, qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::number(full.exitCode)));
            const QByteArray err = full.err.trimmed();
            QVERIFY2(err.startsWith("cairn: cannot write to standard output: ") && !err.contains('\n'), err.constData());
            QVERIFY2(!err.contains("Unknown error"), err.constData());
        }
        QVERIFY2(cairnAs(h, exportGoogle(), -1, quiet, QStringLiteral("/dev/full")).err.contains("No space left on device"), "the OS reason");
        // --output on a full disk
        const Run output = cairnAs(h, exportGoogle({QStringLiteral("--output"), QStringLiteral("/dev/full")}), -1, quiet);
        QCOMPARE(output.exitCode, 74);
        QCOMPARE(output.err.trimmed(), QByteArray("cairn: cannot write /dev/full: No space left on device"));
        // --output that is a symbolic link: refused, the link and its target untouched
        const QString target = h.dataDir() + QStringLiteral("/target.txt");
        const QString link = h.dataDir() + QStringLiteral("/link.json");
        QFile t(target);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("keep me");
        t.close();
        QVERIFY(QFile::link(target, link));
        const Run viaLink = cairnAs(h, exportGoogle({QStringLiteral("--output"), link}), -1, quiet);
        QCOMPARE(viaLink.exitCode, 73);
        QVERIFY2(viaLink.err.trimmed().startsWith("cairn: ") && viaLink.err.contains("symbolic link") && !viaLink.err.trimmed().contains('\n'),
                 viaLink.err.constData());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(bytesOf(target), QByteArray("keep me"));
        // and a good one still works
        const Run good = cairnAs(h, exportGoogle({QStringLiteral("--output"), h.dataDir() + QStringLiteral("/ok.json")}), -1, quiet);
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(bytesOf(h.dataDir() + QStringLiteral("/ok.json"))).array().size(), 40);
    }

    // Root writes into a 0500 folder, so the folder that cannot be written is made so for real:
    // a path through a regular file (ENOTDIR, for root too) and, as the user nobody, a 0500 folder.
    void aFolderThatCannotBeWrittenIsNotBusy()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("30")});
        const QStringList quiet{QStringLiteral("QT_LOGGING_RULES=*=false")};
        QFile file(h.dataDir() + QStringLiteral("/a-file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString underFile = file.fileName() + QStringLiteral("/data");
        const Run sync = cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google"),
                                     QStringLiteral("--data-dir"), underFile}, -1, quiet);
        QCOMPARE(sync.exitCode, 73);
        QCOMPARE(sync.err.trimmed(), QByteArray("cairn: cannot write in the data folder ") + underFile.toUtf8() + ": Not a directory");
        const Run set = cairnAs(h, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("github.repos"), QStringLiteral("a/b"),
                                    QStringLiteral("--data-dir"), underFile}, -1, quiet);
        QCOMPARE(set.exitCode, 73);
        QVERIFY2(set.err.trimmed().startsWith("cairn: cannot save github.repos") && !set.err.trimmed().contains('\n'), set.err.constData());

        const int nobody = nobodyUid();
        if (::geteuid() != 0 || nobody < 0)
            QSKIP("the read-only folder case needs root (to become nobody) and the user nobody");
        QTemporaryDir parent;
        QVERIFY(::chmod(QFile::encodeName(parent.path()).constData(), 0755) == 0);
        const QString data = parent.path() + QStringLiteral("/data");
        QCOMPARE(cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google"), QStringLiteral("--data-dir"), data}).exitCode, 0);
        chownTree(data, nobody);
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0500) == 0);
        const Run readOnly = cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google"),
                                         QStringLiteral("--data-dir"), data}, nobody, quiet);
        QCOMPARE(readOnly.exitCode, 73);
        QCOMPARE(readOnly.err.trimmed(), QByteArray("cairn: cannot write in the data folder ") + data.toUtf8() + ": Permission denied");
        const Run setReadOnly = cairnAs(h, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("github.repos"), QStringLiteral("a/b"),
                                            QStringLiteral("--data-dir"), data}, nobody, quiet);
        QCOMPARE(setReadOnly.exitCode, 73);
        QVERIFY2(setReadOnly.err.trimmed().endsWith(": Permission denied") && !setReadOnly.err.trimmed().contains('\n'), setReadOnly.err.constData());
        const Run get = cairnAs(h, {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("github.repos"),
                                    QStringLiteral("--data-dir"), data}, nobody, quiet);
        QCOMPARE(get.exitCode, 1); // not set: nothing pretended to be saved
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0700) == 0);
    }

    void configSetRefusesWhatIsNotASetting_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("empty key") << QString() << QStringLiteral("v") << QByteArray("is not a setting");
        QTest::newRow("not a setting") << QStringLiteral("google.TOKEN") << QStringLiteral("v") << QByteArray("is not a setting");
        QTest::newRow("made up") << QStringLiteral("sync.google.interval") << QStringLiteral("5") << QByteArray("is not a setting");
        for (const char *bad : {"1e15", "inf", "nan", "abc", "0", "-5", "1441", "1.5"})
            QTest::newRow(bad) << QStringLiteral("sync.google.interval_minutes") << QString::fromLatin1(bad) << QByteArray("from 1 to 1440");
        QTest::newRow("port") << QStringLiteral("google.oauth.redirect_port") << QStringLiteral("70000") << QByteArray("from 0 to 65535");
    }

    void configSetRefusesWhatIsNotASetting()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, mentions);
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("0")});
        // ("--": "-5" is a value, not an option)
        const Run r = cairnAs(h, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("--"), key, value}, -1,
                              {QStringLiteral("QT_LOGGING_RULES=*=false")});
        QCOMPARE(r.exitCode, 2);
        const QByteArray err = r.err.trimmed();
        QVERIFY2(err.startsWith("cairn: ") && err.contains(mentions) && !err.contains('\n'), err.constData());
        QVERIFY(!QFile::exists(h.dataDir() + QStringLiteral("/cairn.ini")) || !bytesOf(h.dataDir() + QStringLiteral("/cairn.ini")).contains(value.toUtf8()));
        // What is a setting is kept.
        QCOMPARE(cairnAs(h, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync.google.interval_minutes"), QStringLiteral("30")}).exitCode, 0);
        QCOMPARE(cairnAs(h, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("jira.work.site"), QStringLiteral("https://x.atlassian.net")}).exitCode, 0);
        QCOMPARE(cairnAs(h, {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("sync.google.interval_minutes")}).out.trimmed(), QByteArray("30"));
    }

    // Four sources' first syncs at once on an empty folder: each creates the schema or waits for
    // the one that does ("table accounts already exists" 4 times in 5 before).
    void firstRunsAtOnce()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("20"), QStringLiteral("--asana-projects"), QStringLiteral("1"),
                          QStringLiteral("--asana-tasks"), QStringLiteral("5"), QStringLiteral("--github-repos"), QStringLiteral("1"),
                          QStringLiteral("--github-pulls"), QStringLiteral("5"), QStringLiteral("--jira-issues"), QStringLiteral("10")});
        const QString sim = h.simUrl().toString();
        for (const char *source : {"asana", "github", "jira"}) {
            h.setEnv(QStringLiteral("CAIRN_%1_API_URL").arg(QString::fromLatin1(source).toUpper()), sim + u'/' + QLatin1String(source));
            h.setEnv(QStringLiteral("CAIRN_%1_TOKEN").arg(QString::fromLatin1(source).toUpper()), QStringLiteral("cairn-sim-token"));
        }
        h.setEnv(QStringLiteral("CAIRN_JIRA_EMAIL"), QStringLiteral("me@example.com"));
        const QString templ = h.dataDir() + QStringLiteral("/template");
        for (const auto &kv : {qMakePair(QStringLiteral("github.repos"), QStringLiteral("octo-org/website")),
                               qMakePair(QStringLiteral("jira.configs"), QStringLiteral("main")),
                               qMakePair(QStringLiteral("jira.main.jql"), QStringLiteral("project in (CAIRN, OPS, WEB)"))})
            QCOMPARE(cairnAs(h, {QStringLiteral("config"), QStringLiteral("set"), kv.first, kv.second, QStringLiteral("--data-dir"), templ}).exitCode, 0);
        const QStringList sources{QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")};
        QElapsedTimer t;
        t.start();
        for (int round = 0; round < 10; ++round) {
            const QString data = h.dataDir() + QStringLiteral("/round%1").arg(round);
            QVERIFY(QDir().mkpath(data));
            QVERIFY(QFile::copy(templ + QStringLiteral("/cairn.ini"), data + QStringLiteral("/cairn.ini")));
            std::vector<std::unique_ptr<QProcess>> running;
            for (const QString &source : sources)
                running.push_back(h.startCairn({QStringLiteral("sync"), QStringLiteral("--source"), source, QStringLiteral("--data-dir"), data}));
            for (qsizetype i = 0; i < sources.size(); ++i) {
                QProcess &p = *running[size_t(i)];
                QVERIFY(p.waitForFinished(120'000));
                const QByteArray err = p.readAllStandardError();
                QVERIFY2(p.exitCode() == 0, qPrintable(QStringLiteral("round %1, %2: %3").arg(round).arg(sources[i], QString::fromUtf8(errorLines(err)))));
            }
        }
        qInfo("10 rounds of 4 first syncs at once: %lld ms", t.elapsed());
    }

    void aNewerCacheIsRefusedUntouched()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("20")});
        QCOMPARE(cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}).exitCode, 0);
        const QString db = h.dataDir() + QStringLiteral("/cairn.sqlite");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = bytesOf(db);
        QCOMPARE(before.mid(18, 2), QByteArray("\x01\x01", 2)); // rollback journal, not WAL
        const Run r = cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}, -1,
                              {QStringLiteral("QT_LOGGING_RULES=*=false")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.trimmed().contains("newer Cairn") && !r.err.trimmed().contains('\n'), r.err.constData());
        const QByteArray after = bytesOf(db);
        QCOMPARE(after.mid(18, 2), QByteArray("\x01\x01", 2));
        QVERIFY(after == before);
    }

    void damagedPagesAreRebuilt()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("8")});
        QCOMPARE(cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}).exitCode, 0);
        const QString db = h.dataDir() + QStringLiteral("/cairn.sqlite");
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal"))); // checkpointed on close: the file is whole
        const QByteArray bytes = damageMiddleThird(db);
        QVERIFY(bytes.size() > 200'000);
        // Before: every command failed with "database disk image is malformed".
        const Run exported = cairnAs(h, exportGoogle(), -1, {QStringLiteral("QT_LOGGING_RULES=*=false")});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains("malformed") && exported.err.contains("cairn sync"), exported.err.constData());

        const Run sync = cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}, -1,
                                 {QStringLiteral("QT_LOGGING_RULES=*=false")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY2(sync.err.trimmed().startsWith("cairn: the cache was damaged; it was moved to ") && !sync.err.trimmed().contains('\n'),
                 sync.err.constData());
        const QStringList aside = QDir(h.dataDir()).entryList({QStringLiteral("cairn.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(bytesOf(h.dataDir() + u'/' + aside.first()), bytes); // kept as it was
        const Run again = cairnAs(h, exportGoogle());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).array().size(), 600);
    }

    // The same damage met in the middle of a sync (no command saw it before): the sync moves the
    // file aside and runs again on a new cache.
    void damageMetDuringASyncIsRebuilt()
    {
        ProcessHarness h({QStringLiteral("--contacts"), QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("8")});
        QCOMPARE(cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google")}).exitCode, 0);
        const QString db = h.dataDir() + QStringLiteral("/cairn.sqlite");
        const QByteArray bytes = damageMiddleThird(db);
        QVERIFY(!bytes.isEmpty());
        // Changes on the service, so that the sync writes contacts across the file.
        h.admin("POST", QStringLiteral("/_admin/google/mutate"), {{QStringLiteral("op"), QStringLiteral("random")}, {QStringLiteral("count"), 100}});
        const Run sync = cairnAs(h, {QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("google"), QStringLiteral("--json")}, -1,
                                 {QStringLiteral("QT_LOGGING_RULES=*=false")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY2(sync.err.trimmed().startsWith("cairn: the cache was damaged; it was moved to ") && !sync.err.trimmed().contains('\n'),
                 sync.err.constData());
        QCOMPARE(QJsonDocument::fromJson(sync.out).object().value(QLatin1String("google")).toObject().value(QLatin1String("mode")).toString(),
                 QStringLiteral("full"));
        QCOMPARE(QDir(h.dataDir()).entryList({QStringLiteral("cairn.sqlite.corrupt-*")}).size(), 1);
        QCOMPARE(cairnAs(h, exportGoogle()).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
