// JiraIssuesModel and JiraIssuesPage over a cache a real sync against the simulator filled.
#include "Collation.h"
#include "JiraCompare.h"
#include "jira/JiraIssuesModel.h"
#include "jira/JiraIssuesPage.h"
#include "ReadConnection.h"
#include "SyncHarness.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
sim::Options opts()
{
    sim::Options o;
    o.contacts = 0;
    o.jiraIssues = 230;
    o.seed = 3;
    return o;
}

void fetchAll(JiraIssuesModel &m)
{
    while (m.canFetchMore({}))
        m.fetchMore({});
}

QStringList column(JiraIssuesModel &m, int c)
{
    fetchAll(m);
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}
} // namespace

class TestJiraIssuesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelOverASyncedCache()
    {
        SyncHarness h(opts());
        test::useJira(h);
        QCOMPARE(h.sync(QStringLiteral("jira")).status, RunStatus::Ok);
        const QStringList deleted = h.sim().jira().deleteRandom(5);
        QCOMPARE(h.sync(QStringLiteral("jira"), SyncMode::Full).deleted, 5);

        ReadConnection reader(h.settings().databasePath());
        JiraIssuesModel model(reader);
        model.setBatchSize(40);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.matchCount(), 225);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 225);
        QSet<qint64> seen;
        for (int r = 0; r < model.rowCount(); ++r)
            seen.insert(model.rowIdAt(r));
        QCOMPARE(seen.size(), 225);

        // Default order: newest update first.
        QDateTime previous;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString key = model.index(r, JiraIssuesModel::Key).data().toString();
            const QDateTime t = h.sim().jira().issue(key) ? QDateTime::fromMSecsSinceEpoch(h.sim().jira().issue(key)->updatedMs) : QDateTime();
            QVERIFY(!previous.isValid() || t <= previous);
            previous = t;
        }
        // Sorting by key: project, then the number.
        model.sort(JiraIssuesModel::Key, Qt::AscendingOrder);
        const QStringList keys = column(model, JiraIssuesModel::Key);
        QCOMPARE(keys.first(), QStringLiteral("CAIRN-1"));
        QVERIFY(keys.indexOf(QStringLiteral("CAIRN-2")) < keys.indexOf(QStringLiteral("CAIRN-10")));
        model.sort(JiraIssuesModel::Summary, Qt::DescendingOrder);
        const QStringList summaries = column(model, JiraIssuesModel::Summary);
        QCollator collator(Collation::locale()); // the locale's order, numbers by value
        collator.setNumericMode(true);
        for (int r = 1; r < summaries.size(); ++r)
            QVERIFY(collator.compare(summaries[r - 1], summaries[r]) >= 0);

        // Filter through the full-text index: a key finds its issue.
        const QString someKey = keys.at(17);
        model.setFilterText(someKey);
        QVERIFY(column(model, JiraIssuesModel::Key).contains(someKey));
        model.setFilterText(QStringLiteral("zzzznotthere"));
        QCOMPARE(model.rowCount(), 0);

        // Deleted ones only on request.
        model.setFilterText(QString());
        QVERIFY(!column(model, JiraIssuesModel::Key).contains(deleted.first()));
        model.setShowDeleted(true);
        QCOMPARE(model.matchCount(), 230);
        QVERIFY(column(model, JiraIssuesModel::Key).contains(deleted.first()));
        model.setFilterText(deleted.first());
        QVERIFY(column(model, JiraIssuesModel::Key).contains(deleted.first()));
    }

    void pageShowsStatusAndDescription()
    {
        SyncHarness h(opts());
        test::useJira(h);
        QCOMPARE(h.sync(QStringLiteral("jira")).status, RunStatus::Ok);
        ReadConnection reader(h.settings().databasePath());
        JiraIssuesPage page(reader);
        page.reload();
        QVERIFY2(page.statusLabel()->text().startsWith(QLatin1String("main: synced")), qPrintable(page.statusLabel()->text()));
        QVERIFY(page.statusLabel()->text().contains(QLatin1String("230")));
        QVERIFY(!page.detail()->openLinks());
        // An issue with a description: its text appears, rendered.
        int row = -1;
        for (int r = 0; r < page.model()->rowCount() && row < 0; ++r) {
            const sim::JIssue *i = h.sim().jira().issue(page.model()->index(r, 0).data().toString());
            if (i && !i->description.isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        page.table()->setCurrentIndex(page.model()->index(row, 0));
        const QString text = page.detail()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Steps to reproduce")), qPrintable(text));
        QVERIFY(text.contains(page.model()->index(row, JiraIssuesModel::Key).data().toString()));

        // After a sync writes, a reload keeps the selected issue selected and the list where it was.
        page.resize(900, 500);
        page.show();
        fetchAll(*page.model());
        const qint64 far = page.model()->rowIdAt(page.model()->rowCount() - 20);
        QVERIFY(page.selectItem(far));
        const int scrolled = page.table()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QVERIFY(h.sim().jira().editIssue(page.model()->index(0, JiraIssuesModel::Key).data().toString()));
        QCOMPARE(h.sync(QStringLiteral("jira"), SyncMode::Partial).status, RunStatus::Ok);
        page.reload();
        QCOMPARE(page.selectedItemId(), far);
        QCOMPARE(page.table()->verticalScrollBar()->value(), scrolled);
        // Nothing selected: the detail pane says what to do, not an empty white box.
        page.filterEdit()->setText(QStringLiteral("zzzznotthere"));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QVERIFY2(page.detail()->toPlainText().isEmpty() && page.detail()->placeholderText().contains(QLatin1String("Select an issue")), qPrintable(page.detail()->toPlainText()));
        const QLabel *empty = page.table()->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("zzzznotthere")), qPrintable(empty->text()));
    }
};

QTEST_MAIN(TestJiraIssuesModel)
#include "tst_jiraissuesmodel.moc"
