// The Sync history page over runs a real engine recorded against the simulator: the table,
// the chart (full and incremental runs apart) and the calls the incremental runs saved.
#include "SyncHarness.h"
#include "SyncHistoryModel.h"
#include "SyncHistoryPage.h"
#include "ReadConnection.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace cairn;
using cairn::test::SyncHarness;

class TestSyncHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savingsAgainstTheLastFullRun()
    {
        auto run = [](const char *mode, int calls, const char *status = "ok", const char *source = "google") {
            SyncRun r;
            r.source = QString::fromLatin1(source);
            r.mode = modeFromName(QString::fromLatin1(mode));
            r.apiCalls = calls;
            r.status = statusFromName(QString::fromLatin1(status));
            return r;
        };
        // Newest first: two incremental runs (and a failed one) after the last full run of 10.
        const QList<SyncRun> runs{run("partial", 2), run("partial", 9, "failed"), run("partial", 3, "ok", "asana"),
                                  run("partial", 1), run("full", 10), run("partial", 4), run("full", 50)};
        const SyncHistoryPage::Savings s = SyncHistoryPage::savings(runs, QStringLiteral("google"));
        QCOMPARE(s.fullCalls, 10);
        QCOMPARE(s.incrementalRuns, 2);
        QCOMPARE(s.incrementalCalls, 3);
        QCOMPARE(s.saved(), 17);
        QCOMPARE(SyncHistoryPage::savings(runs, QStringLiteral("asana")).fullCalls, 0); // never full
        QVERIFY(SyncHistoryPage::savingsText(s).contains(QLatin1String("17 saved (85 %)")));
    }

    void chartShowsRecordedRuns()
    {
        sim::Options o;
        o.contacts = 2500; // 3 pages of 1 000
        SyncHarness h(o);
        const SyncRun full = h.sync(QStringLiteral("google"), SyncMode::Full);
        QCOMPARE(full.status, RunStatus::Ok);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(h.sync(QStringLiteral("google"), SyncMode::Partial).status, RunStatus::Ok);

        ReadConnection reader(h.settings().databasePath());
        SyncHistoryModel model(reader);
        SyncHistoryPage page(&model);
        model.reload();
        page.refresh();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(page.sourceBox()->currentData().toString(), QStringLiteral("google"));
        // One bar per run, oldest first: the full run, then three incremental ones.
        QStackedBarSeries *bars = nullptr;
        for (QAbstractSeries *s : page.chartView()->chart()->series())
            if (auto *b = qobject_cast<QStackedBarSeries *>(s))
                bars = b;
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QBarSet *fullBars = bars->barSets().at(0);
        QBarSet *incrementalBars = bars->barSets().at(1);
        QCOMPARE(fullBars->count(), 4);
        QCOMPARE(fullBars->at(0), qreal(full.apiCalls));
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(fullBars->at(i), 0.0);
            QVERIFY(incrementalBars->at(i) > 0);
        }
        QCOMPARE(incrementalBars->at(0), 0.0);
        QVERIFY(incrementalBars->brush().style() != fullBars->brush().style()); // not the colour alone
        QCOMPARE(page.tickLabels().size(), 4); // a tick per run, even in the same minute
        // The four runs took seconds: their ticks say the second, not four times the same minute.
        for (QString tick : page.tickLabels()) {
            tick.remove(QChar(0x200B));
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{1,2}:\\d{2}:\\d{2}$")).match(tick).hasMatch(), qPrintable(tick));
        }
        const SyncHistoryPage::Savings s = SyncHistoryPage::savings(model.runs(), QStringLiteral("google"));
        QCOMPARE(s.fullCalls, full.apiCalls);
        QCOMPARE(s.incrementalRuns, 3);
        QVERIFY(s.saved() > 0); // a no-change incremental run costs fewer calls than the full one
        QCOMPARE(page.savingsLabel()->text(), SyncHistoryPage::savingsText(s));
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Every column but the (empty) error shows its content whole: "Google Contacts",
        // "incremental", not "Googl…" and "incr…" beside an error column as wide as a title.
        auto *runs = page.findChild<QTableView *>(QStringLiteral("runs"));
        QVERIFY(runs);
        QTRY_COMPARE(runs->horizontalScrollBar()->maximum(), 0);
        for (int c = 0; c < SyncHistoryModel::ErrorText; ++c)
            QVERIFY2(runs->columnWidth(c) >= static_cast<QAbstractItemView *>(runs)->sizeHintForColumn(c),
                     qPrintable(model.headerData(c, Qt::Horizontal).toString()));
    }
};

QTEST_MAIN(TestSyncHistory)
#include "tst_synchistory.moc"
