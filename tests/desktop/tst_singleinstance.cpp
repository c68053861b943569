#include "SingleInstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace cairn;

namespace {
bool listening(const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    const bool ok = socket.waitForConnected(200);
    socket.disconnectFromServer(); // says nothing: the instance ignores it
    return ok;
}

QProcessEnvironment windowEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;cairn.ui.instance.info=true;cairn.ui.info=true"));
    env.remove(QStringLiteral("CAIRN_DATA_DIR"));
    env.remove(QStringLiteral("CAIRN_GOOGLE_TOKEN"));
    return env;
}
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameFollowsTheDataDirectory()
    {
        const QString a = SingleInstance::serverName(QStringLiteral("/tmp/a"));
        QCOMPARE(SingleInstance::serverName(QStringLiteral("/tmp/a/")), a);
        QCOMPARE(SingleInstance::serverName(QStringLiteral("/tmp/b/../a")), a);
        QVERIFY(SingleInstance::serverName(QStringLiteral("/tmp/demo")) != a);
        QVERIFY(a.startsWith(QStringLiteral("cairn-")));
    }

    void secondClaimAsksTheFirstToShowItself()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.claim());
        QVERIFY(first.isPrimary());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        // The second instance blocks on its socket, so it runs on a thread of its own while
        // this one serves the first instance's event loop.
        std::atomic<int> result{-1};
        std::thread second([&] {
            SingleInstance other(dir.path());
            result = other.claim() ? 1 : 0;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result != -1, 10000);
        second.join();
        QCOMPARE(result.load(), 0);
        QTRY_COMPARE(activated.count(), 1);

        // Another data directory is another instance.
        QTemporaryDir otherDir;
        SingleInstance independent(otherDir.path());
        QVERIFY(independent.claim());
    }

    void nextInstanceListensAfterTheFirstEnded()
    {
        QTemporaryDir dir;
        const QString name = SingleInstance::serverName(dir.path());
        {
            SingleInstance gone(dir.path());
            QVERIFY(gone.claim());
        }
        SingleInstance next(dir.path());
        QVERIFY(next.claim());
        QVERIFY(listening(name));
    }

    void secondProcessRaisesTheFirstAndExitsZero()
    {
        const QString cairn = QStringLiteral(CAIRN_BIN_DIR "/cairn");
        QVERIFY2(QFile::exists(cairn), "cairn is not built (the test depends on it)");
        QTemporaryDir dir;
        QProcess first;
        first.setProcessEnvironment(windowEnvironment());
        first.start(cairn, {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(first.waitForStarted());
        const QString name = SingleInstance::serverName(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(name) || first.state() != QProcess::Running, 30000);
        QCOMPARE(first.state(), QProcess::Running);

        QProcess second;
        second.setProcessEnvironment(windowEnvironment());
        second.start(cairn, {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardError().contains("already runs"), "the second one says why it stops");

        QByteArray firstLog;
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("showing the window"), 5000);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
