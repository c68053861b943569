// The GitHub page over a real cache filled by a sync from the simulator: the model passes
// QAbstractItemModelTester, lists every live pull newest first, filters, and shows deleted
// pulls only when asked.
#include "GitHubCompare.h"
#include "PullsModel.h"
#include "PullsPage.h"
#include "ReadConnection.h"
#include "SyncHarness.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
void fetchAll(PullsModel &m)
{
    while (m.canFetchMore({}))
        m.fetchMore({});
}

sim::Options opts()
{
    sim::Options o;
    o.contacts = 0;
    o.githubRepos = 2;
    o.githubPullsPerRepo = 60;
    o.seed = 5;
    return o;
}
} // namespace

class TestPullsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsFiltersAndHidesDeleted()
    {
        SyncHarness h(opts());
        test::useGitHub(h);
        QVERIFY(h.sim().github().deletePull(QStringLiteral("octo-org/website"), 4));
        QCOMPARE(h.sync(QStringLiteral("github")).status, QStringLiteral("ok"));
        QVERIFY(h.sim().github().editPull(QStringLiteral("acme-labs/api-server"), 9));
        QCOMPARE(h.sync(QStringLiteral("github"), SyncMode::Partial).status, QStringLiteral("ok"));

        ReadConnection reader(h.settings().databasePath());
        PullsModel model(reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), PullsModel::kBatch); // rows arrive as the view scrolls
        fetchAll(model);
        QCOMPARE(model.rowCount(), 119);
        QCOMPARE(model.totalLive(), 119);
        // Newest update first: the pull just edited.
        QCOMPARE(model.data(model.index(0, PullsModel::Repo)).toString(), QStringLiteral("acme-labs/api-server"));
        QCOMPARE(model.data(model.index(0, PullsModel::Number)).toInt(), 9);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.pullAt(r - 1).updatedAt >= model.pullAt(r).updatedAt);

        model.setFilter(QStringLiteral("octo-org/website"));
        QCOMPARE(model.rowCount(), 59);
        const QString title = model.pullAt(0).title;
        model.setFilter(QStringLiteral("website ") + title.split(u' ').first().toUpper());
        QVERIFY(model.rowCount() >= 1);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.pullAt(r).title.contains(title.split(u' ').first(), Qt::CaseInsensitive));
        model.setFilter(QStringLiteral("no-such-words-anywhere"));
        QCOMPARE(model.rowCount(), 0);

        model.setFilter(QString());
        model.setShowDeleted(true);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 119);
        model.sort(PullsModel::Number, Qt::AscendingOrder);
        fetchAll(model);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.pullAt(r - 1).number <= model.pullAt(r).number); // a pull deleted before the first sync was never cached
    }

    void pageShowsCountsAndDeletedOnRequest()
    {
        SyncHarness h(opts());
        test::useGitHub(h);
        QCOMPARE(h.sync(QStringLiteral("github")).status, QStringLiteral("ok"));
        QVERIFY(h.sim().github().deletePull(QStringLiteral("octo-org/website"), 4));
        QCOMPARE(h.sync(QStringLiteral("github"), SyncMode::Full).status, QStringLiteral("ok"));

        ReadConnection reader(h.settings().databasePath());
        PullsPage page(reader);
        page.reload();
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 119);
        QVERIFY(page.repoStatus()->text().contains(QStringLiteral("octo-org/website: synced")));
        page.setShowDeleted(true);
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 120);
        int deleted = 0;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            deleted += page.model()->index(r, 0).data(PullsModel::DeletedRole).toBool() ? 1 : 0;
        QCOMPARE(deleted, 1);
        page.filterEdit()->setText(QStringLiteral("#4"));
        QVERIFY(page.model()->rowCount() >= 1);

        // The detail pane: title, body, and every review of the selected pull.
        page.filterEdit()->clear();
        int withReviews = -1;
        for (int r = 0; r < page.model()->rowCount() && withReviews < 0; ++r)
            if (!page.model()->reviewsAt(r).isEmpty())
                withReviews = r;
        QVERIFY(withReviews >= 0);
        page.table()->selectRow(withReviews);
        const QString shown = page.detail()->toPlainText();
        const PullRequest p = page.model()->pullAt(withReviews);
        QVERIFY2(shown.contains(p.title), qPrintable(shown));
        for (const PullReview &r : page.model()->reviewsAt(withReviews))
            QVERIFY2(shown.contains(r.author) && shown.contains(r.state), qPrintable(shown));
        QVERIFY(!page.model()->index(withReviews, PullsModel::ReviewStatus).data().toString().isEmpty());
        QVERIFY(!page.detail()->openLinks());
    }
};

QTEST_MAIN(TestPullsPage)
#include "tst_pullspage.moc"
