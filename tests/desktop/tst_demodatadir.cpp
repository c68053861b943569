// `cairn --demo` keeps its data where it is told (--data-dir or CAIRN_DATA_DIR), as every other
// command does; only when told nothing does it use a folder of its own, started fresh.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString cairnBinary()
{
    return QStringLiteral(CAIRN_BIN_DIR "/cairn");
}

// Starts the demo window offscreen with `env`, waits until its cache exists in `expectDir`
// (or 60 s), then closes it.
bool demoWritesTo(const QProcessEnvironment &env, const QStringList &args, const QString &expectDir)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cairnBinary(), args);
    if (!p.waitForStarted(10'000))
        return false;
    QElapsedTimer t;
    t.start();
    bool found = false;
    while (t.elapsed() < 60'000 && p.state() == QProcess::Running) {
        if (QFile::exists(QDir(expectDir).filePath(QStringLiteral("cairn.sqlite")))) {
            found = true;
            break;
        }
        QTest::qWait(100);
    }
    p.terminate();
    if (!p.waitForFinished(10'000)) {
        p.kill();
        p.waitForFinished();
    }
    return found;
}

} // namespace

class TestDemoDataDir : public QObject
{
    Q_OBJECT

    QProcessEnvironment environment(const QTemporaryDir &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("CAIRN_DATA_DIR"));
        return env;
    }

private Q_SLOTS:
    void demoUsesTheFolderFromTheEnvironment()
    {
        QTemporaryDir home;
        QTemporaryDir chosen;
        QProcessEnvironment env = environment(home);
        env.insert(QStringLiteral("CAIRN_DATA_DIR"), chosen.path());
        QVERIFY(demoWritesTo(env, {QStringLiteral("--demo")}, chosen.path()));
        // And nothing went to the default demo folder.
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("data/Cairn/cairn/demo/cairn.sqlite"))));
    }

    void demoUsesTheFolderFromTheCommandLine()
    {
        QTemporaryDir home;
        QTemporaryDir chosen;
        QVERIFY(demoWritesTo(environment(home), {QStringLiteral("--demo"), QStringLiteral("--data-dir"), chosen.path()},
                             chosen.path()));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("data/Cairn/cairn/demo/cairn.sqlite"))));
    }

    void demoWithoutAFolderUsesItsOwn()
    {
        QTemporaryDir home;
        QVERIFY(demoWritesTo(environment(home), {QStringLiteral("--demo")}, home.filePath(QStringLiteral("data/Cairn/cairn/demo"))));
    }
};

QTEST_GUILESS_MAIN(TestDemoDataDir)
#include "tst_demodatadir.moc"
