#include "WindowFixture.h"

#include <QApplication>

using namespace cairn;

// The window at twice the scale (QT_SCALE_FACTOR=2, set before the application starts): every
// page at 1024×640, no column narrower than its header's text; screenshots window-*-2x.png.
class TestWindowScale : public QObject
{
    Q_OBJECT

    uitest::DemoWindow m_app;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
        QVERIFY(m_app.start());
    }

    void everyPageAtTwiceTheScale()
    {
        const QStringList problems = uitest::shootEveryPage(*m_app.window, {1024, 640}, QStringLiteral("2x"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_app.window->grab().devicePixelRatio(), 2.0);
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestWindowScale test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowscale.moc"
