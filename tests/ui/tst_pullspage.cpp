// The GitHub page over a real cache filled by a sync from the simulator: the model passes
// QAbstractItemModelTester, lists every live pull newest first, filters, and shows deleted
// pulls only when asked.
#include "GitHubCompare.h"
#include "github/GitHubRepo.h"
#include "github/PullsModel.h"
#include "github/PullsPage.h"
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
void fetchAll(LazySqlModel &m)
{
    while (m.canFetchMore({}))
        m.fetchMore({});
}

// The cached pull behind a row, read back from the cache (the oracle for order and filter).
PullRequest pullOf(ReadConnection &reader, const LazySqlModel &m, int row)
{
    return GitHubRepo::pullsByRow(reader.db(), {m.idAt(row)}).value(m.idAt(row));
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
    void listsFiltersSortsAndHidesDeleted()
    {
        SyncHarness h(opts());
        test::useGitHub(h);
        QVERIFY(h.sim().github().deletePull(QStringLiteral("octo-org/website"), 4));
        QCOMPARE(h.sync(QStringLiteral("github")).status, RunStatus::Ok);
        QVERIFY(h.sim().github().editPull(QStringLiteral("acme-labs/api-server"), 9));
        QCOMPARE(h.sync(QStringLiteral("github"), SyncMode::Partial).status, RunStatus::Ok);

        ReadConnection reader(h.settings().databasePath());
        PullsModel model(reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatchSize(50);
        model.reload();
        QCOMPARE(model.rowCount(), 50); // rows arrive as the view scrolls
        QCOMPARE(model.matchCount(), 119);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 119);
        QCOMPARE(model.cachedCount(), 119);
        // Newest update first: the pull just edited.
        QCOMPARE(model.data(model.index(0, PullsModel::Repo)).toString(), QStringLiteral("acme-labs/api-server"));
        QCOMPARE(model.data(model.index(0, PullsModel::Number)).toInt(), 9);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(pullOf(reader, model, r - 1).updatedAt >= pullOf(reader, model, r).updatedAt);

        // Filtered through the search index: the repository, a word of a title.
        model.setFilterText(QStringLiteral("octo-org/website"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 59);
        const QString word = pullOf(reader, model, 0).title.split(u' ').first();
        model.setFilterText(QStringLiteral("website ") + word.toUpper());
        QVERIFY(model.rowCount() >= 1);
        for (int r = 0; r < model.rowCount(); ++r) {
            const PullRequest p = pullOf(reader, model, r);
            QCOMPARE(p.repo, QStringLiteral("octo-org/website"));
            QVERIFY2((p.title + u' ' + p.body + u' ' + p.labels.join(u' ') + u' ' + p.author + u' ' + p.headRef).contains(word, Qt::CaseInsensitive),
                     qPrintable(p.title));
        }
        model.setFilterText(QStringLiteral("no-such-words-anywhere"));
        QCOMPARE(model.rowCount(), 0);

        model.setFilterText(QString());
        model.setShowDeleted(true);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 119); // a pull deleted before the first sync was never cached
        model.sort(PullsModel::Number, Qt::AscendingOrder);
        fetchAll(model);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, PullsModel::Number).data().toInt() <= model.index(r, PullsModel::Number).data().toInt());

        // The review status sorts in SQL as the column shows it: changes requested, approved,
        // review requested, commented, none.
        const QStringList ranks{QStringLiteral("changes requested"), QStringLiteral("approved"), QStringLiteral("review requested"),
                                QStringLiteral("commented"), QString()};
        model.sort(PullsModel::ReviewStatus, Qt::AscendingOrder);
        fetchAll(model);
        QSet<QString> seen;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString status = model.index(r, PullsModel::ReviewStatus).data().toString();
            seen.insert(status);
            QVERIFY2(ranks.contains(status), qPrintable(status));
            if (r > 0)
                QVERIFY2(ranks.indexOf(model.index(r - 1, PullsModel::ReviewStatus).data().toString()) <= ranks.indexOf(status),
                         qPrintable(QStringLiteral("row %1: %2").arg(r).arg(status)));
        }
        QVERIFY2(seen.size() >= 3, qPrintable(QStringList(seen.values()).join(u','))); // the data has several kinds
    }

    void pageShowsCountsAndDeletedOnRequest()
    {
        SyncHarness h(opts());
        test::useGitHub(h);
        QCOMPARE(h.sync(QStringLiteral("github")).status, RunStatus::Ok);
        QVERIFY(h.sim().github().deletePull(QStringLiteral("octo-org/website"), 4));
        QCOMPARE(h.sync(QStringLiteral("github"), SyncMode::Full).status, RunStatus::Ok);

        ReadConnection reader(h.settings().databasePath());
        PullsPage page(reader);
        QVERIFY(page.detail()->toPlainText().isEmpty() && !page.detail()->placeholderText().isEmpty()); // says what to do
        page.reload();
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 119);
        QVERIFY(page.repoStatus()->text().contains(QStringLiteral("octo-org/website: synced")));
        page.setShowDeleted(true);
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 120);
        int deleted = 0;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            deleted += page.model()->index(r, 0).data(LazySqlModel::DeletedRole).toBool() ? 1 : 0;
        QCOMPARE(deleted, 1);
        page.filterEdit()->setText(QStringLiteral("website"));
        QTRY_COMPARE(page.model()->filterText(), QStringLiteral("website"));
        QVERIFY(page.model()->matchCount() >= 59);

        // The detail pane: title, body, and every review of the selected pull.
        page.filterEdit()->clear();
        QTRY_COMPARE(page.model()->filterText(), QString());
        int withReviews = -1;
        QList<PullReview> itsReviews;
        for (int r = 0; r < page.model()->rowCount() && withReviews < 0; ++r) {
            itsReviews = GitHubRepo::reviewsByRow(reader.db(), {page.model()->idAt(r)}).value(page.model()->idAt(r));
            if (!itsReviews.isEmpty())
                withReviews = r;
        }
        QVERIFY(withReviews >= 0);
        QVERIFY(page.selectItem(page.model()->idAt(withReviews)));
        const QString shown = page.detail()->toPlainText();
        const PullRequest p = pullOf(reader, *page.model(), withReviews);
        QVERIFY2(shown.contains(p.title), qPrintable(shown));
        for (const PullReview &r : std::as_const(itsReviews))
            QVERIFY2(shown.contains(r.author) && shown.contains(r.state), qPrintable(shown));
        QVERIFY(!page.model()->index(withReviews, PullsModel::ReviewStatus).data().toString().isEmpty());
        QVERIFY(!page.detail()->openLinks());
    }
};

QTEST_MAIN(TestPullsPage)
#include "tst_pullspage.moc"
