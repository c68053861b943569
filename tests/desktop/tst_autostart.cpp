#include "Autostart.h"
#include "Settings.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void entryFollowsTheSetting()
    {
        QCOMPARE(Autostart::entryPath(), m_config.path() + QStringLiteral("/autostart/cairn.desktop"));
        QTemporaryDir data;
        Settings settings(data.path());
        const QString exe = QStringLiteral("/opt/my apps/cairn");

        QVERIFY(Autostart::apply(settings, exe)); // unset: off
        QVERIFY(!Autostart::isEnabled());

        settings.setValue(QStringLiteral("app.start_at_login"), true);
        QVERIFY(Autostart::apply(settings, exe));
        QVERIFY(Autostart::isEnabled());
        QFile file(Autostart::entryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray entry = file.readAll();
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("\nExec=\"/opt/my apps/cairn\" --background\n"));
        QVERIFY(entry.contains("\nType=Application\n"));
        file.close();

        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            QProcess p;
            p.start(validator, {Autostart::entryPath()});
            QVERIFY(p.waitForFinished());
            QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
        }

        settings.setValue(QStringLiteral("app.start_at_login"), false);
        QVERIFY(Autostart::apply(settings, exe));
        QVERIFY(!QFile::exists(m_config.path() + QStringLiteral("/autostart/cairn.desktop")));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
