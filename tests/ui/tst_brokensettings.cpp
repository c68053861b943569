// The window with a settings file it cannot use (issue 9): one clear message, exit 1, and
// neither the file nor the cache touched — no window, no sync, nothing written.
#include "WindowApp.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cairn;

class TestBrokenSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowSaysWhyAndLeavesEverythingAsItWas()
    {
        qputenv("CAIRN_DATA_DIR", QByteArray());
        QTemporaryDir dir;
        const QByteArray content("[General]\nsync.google.interval_minutes=15\nplease sync every hour\n");
        QFile ini(dir.filePath(QStringLiteral("cairn.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(content);
        ini.close();
        QFile cache(dir.filePath(QStringLiteral("cairn.sqlite")));
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("SQLite format 3"); // stands for a cache: it must not be opened, moved or rebuilt
        cache.close();

        QString said;
        QTimer closer; // answers the message box like a user would
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    said = box->text();
                    box->button(QMessageBox::Close)->click();
                }
            }
        });
        closer.start();
        WindowOptions options;
        options.dataDir = dir.path();
        QCOMPARE(runWindow(*qApp, options), 1);
        closer.stop();
        QVERIFY2(said.contains(QLatin1String("line 3 is not a setting")) && said.contains(QLatin1String("fix or remove it")),
                 qPrintable(said));
        QVERIFY(!said.contains(u'\n'));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QCOMPARE(ini.readAll(), content);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QCOMPARE(cache.readAll(), QByteArray("SQLite format 3"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 2); // nothing else appeared
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY2(!w->isVisible(), qPrintable(w->metaObject()->className())); // no window was shown
    }
};

QTEST_MAIN(TestBrokenSettings)
#include "tst_brokensettings.moc"
