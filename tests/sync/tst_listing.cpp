// The listing engine (src/sources/Listing.h) on a scripted service and a real store: resume
// after a failure mid-listing, the stale-cursor restart once and only once, cancellation
// between pages, a failing write awaited with the page asked for ahead, beginListing's rule.
#include "Cancellation.h"
#include "Clock.h"
#include "HttpClient.h"
#include "Listing.h"
#include "StoreWriter.h"
#include "SyncHarness.h"

#include <QCoroTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cairn;

namespace {

const QString kSource = QStringLiteral("test");
const QString kScope = QStringLiteral("things");

// The source's own fields: what the listing saw so far, as a source keeps a watermark.
struct Fields
{
    QStringList seen;
    static Fields read(SyncState *row)
    {
        Fields f;
        for (const QJsonValue &v : row->data.value(QLatin1String("seen")).toArray())
            f.seen << v.toString();
        return f;
    }
    QJsonObject toJson() const { return {{QStringLiteral("v"), 1}, {QStringLiteral("seen"), QJsonArray::fromStringList(seen)}}; }
};

struct Page
{
    int index = 0;
    QStringList items;
    QString next;
};

QString cursorOf(int page)
{
    return page == 0 ? QString() : QStringLiteral("p%1").arg(page);
}

// A service of `pages` pages of two items each, with scripted failures, and the hooks a source
// would give; it records what the engine asked of it.
class Scripted final : public Listing<Page, Fields>
{
public:
    explicit Scripted(SyncContext *ctx, int pages = 4) : m_ctx(ctx), m_pages(pages) {}

    // Failures of the next requests for a cursor, in order.
    QHash<QString, QList<Error>> failures;
    // Milliseconds a request for a cursor takes.
    QHash<QString, int> delays;
    int failWriteOf = -1;   // the write of this page throws
    int cancelAfter = -1;   // the run is cancelled once this page is committed
    QStringList asked;      // cursors, in the order asked for
    QStringList answered;   // cursors whose request has ended (answered or failed)
    QList<int> committedPages;
    int restarts = 0;
    int finished = 0;
    qint64 finishedRun = -1;

    QString service() const override { return QStringLiteral("Scripted"); }
    QString changes() const override { return QStringLiteral("things"); }
    QCoro::Task<Page> fetch(QString cursor) override
    {
        asked << cursor;
        if (const int ms = delays.value(cursor); ms > 0) {
            co_await QCoro::sleepFor(std::chrono::milliseconds(ms));
        }
        answered << cursor;
        QList<Error> &queue = failures[cursor];
        if (!queue.isEmpty())
            throw queue.takeFirst();
        const int index = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
        if (index >= m_pages)
            throw Error(Error::Kind::Http, QStringLiteral("no such page"), 400);
        Page page;
        page.index = index;
        page.items = {QStringLiteral("%1a").arg(index), QStringLiteral("%1b").arg(index)};
        page.next = index + 1 < m_pages ? cursorOf(index + 1) : QString();
        co_return page;
    }
    QString cursorAfter(const Page &page) const override { return page.next; }
    State after(const State &before, const Page &page, bool last) override
    {
        State next = before;
        next.fields.seen += page.items;
        if (last)
            next.row.initialSyncCompleted = true;
        return next;
    }
    std::function<WriteStats(QSqlDatabase &)> write(const Page &page, const State &, qint64 listingRun, bool) const override
    {
        const QStringList items = page.items;
        const bool fail = page.index == failWriteOf;
        return [items, listingRun, fail](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS things(item TEXT, run INTEGER)"));
            for (const QString &item : items) {
                q.prepare(QStringLiteral("INSERT INTO things(item, run) VALUES(?, ?)"));
                q.addBindValue(item);
                q.addBindValue(listingRun);
                q.exec();
            }
            if (fail)
                throw Error(Error::Kind::Store, QStringLiteral("disk full"));
            WriteStats s;
            s.created = int(items.size());
            return s;
        };
    }
    void committed(const Page &page, const State &) override
    {
        committedPages << page.index;
        if (page.index == cancelAfter)
            m_ctx->cancel.cancel();
    }
    QCoro::Task<> finish(State, qint64 listingRun) override
    {
        ++finished;
        finishedRun = listingRun;
        co_return;
    }
    void restart(State *state) override
    {
        ++restarts;
        state->fields.seen.clear();
    }
    qint64 items(const Page &page) const override { return page.items.size(); }
    qint64 progressTotal(const Page &, qint64) const override { return 2 * m_pages; }

private:
    SyncContext *m_ctx;
    int m_pages;
};

Error staleCursor()
{
    return Error(Error::Kind::Http, QStringLiteral("Your pagination token is invalid."), 400);
}

QCoro::Task<std::optional<Error>> runGuarded(SyncContext *ctx, Scripted *listing, ScopeState<Fields> *state)
{
    std::optional<Error> failure;
    try {
        co_await runListing(*ctx, listing, state);
    } catch (const Error &e) {
        failure = e;
    }
    co_return failure;
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT

    // One run's parts: a store, a context, the scope's state as a syncer would load it.
    struct Run
    {
        explicit Run(StoreWriter &writer, qint64 id) : writer(writer)
        {
            run.id = id;
            ctx.progress = [this](qint64 done, qint64 total) { progress << qMakePair(done, total); };
        }
        StoreWriter &writer;
        QNetworkAccessManager nam;
        HttpClient http{&nam};
        Cancellation cancel;
        SyncRun run;
        SyncContext ctx{writer, http, cancel, Clock::system(), run};
        QList<QPair<qint64, qint64>> progress;

        ScopeState<Fields> load(SyncMode wanted, bool *resumed = nullptr)
        {
            QFuture<SyncState> loading = writer.transact([](QSqlDatabase &db) { return SyncStateRepo::load(db, kSource, QStringLiteral("default"), kScope); });
            loading.waitForFinished();
            ScopeState<Fields> st = ScopeState<Fields>::of(loading.result());
            const bool r = beginListing(&st.row, wanted, run.id);
            if (resumed)
                *resumed = r;
            return st;
        }
        std::optional<Error> list(Scripted *listing, ScopeState<Fields> *state)
        {
            return QCoro::waitFor(runGuarded(&ctx, listing, state));
        }
    };

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<StoreWriter> m_writer;

    SyncState stored()
    {
        QFuture<SyncState> loading = m_writer->transact([](QSqlDatabase &db) { return SyncStateRepo::load(db, kSource, QStringLiteral("default"), kScope); });
        loading.waitForFinished();
        return loading.result();
    }
    QStringList things()
    {
        QFuture<QStringList> reading = m_writer->transact([](QSqlDatabase &db) {
            QSqlQuery q(db);
            QStringList out;
            if (q.exec(QStringLiteral("SELECT item FROM things ORDER BY rowid")))
                while (q.next())
                    out << q.value(0).toString();
            return out;
        });
        reading.waitForFinished();
        return reading.result();
    }

private Q_SLOTS:
    void init()
    {
        m_writer = std::make_unique<StoreWriter>(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)));
        m_writer->open().waitForFinished();
    }
    void cleanup() { m_writer.reset(); }

    void eachPageCommitsWithTheStateAfterIt()
    {
        Run r(*m_writer, 7);
        Scripted listing(&r.ctx, 3);
        bool resumed = true;
        ScopeState<Fields> st = r.load(SyncMode::Full, &resumed);
        QVERIFY(!resumed);
        const std::optional<Error> failure = r.list(&listing, &st);
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QCOMPARE(listing.asked, (QStringList{QString(), QStringLiteral("p1"), QStringLiteral("p2")}));
        QCOMPARE(r.run.pages, 3);
        QCOMPARE(r.run.created, 6);
        QCOMPARE(listing.committedPages, (QList<int>{0, 1, 2}));
        QCOMPARE(listing.finished, 1);
        QCOMPARE(listing.finishedRun, qint64(7)); // the run that began the listing, though the row no longer says
        QCOMPARE(r.progress.last(), qMakePair(qint64(6), qint64(6)));
        SyncState row = stored();
        QVERIFY(!row.listingInProgress());
        QCOMPARE(row.listingRunId, qint64(0));
        QVERIFY(row.initialSyncCompleted);
        QCOMPARE(Fields::read(&row).seen, things());
        QCOMPARE(st.stored().data, row.data); // *state is what is committed
    }

    void aFailureMidListingResumesAfterTheLastCommittedPage()
    {
        {
            Run r(*m_writer, 1);
            Scripted listing(&r.ctx, 4);
            listing.failures[QStringLiteral("p2")] = {Error(Error::Kind::Network, QStringLiteral("connection reset"))};
            ScopeState<Fields> st = r.load(SyncMode::Full);
            const std::optional<Error> failure = r.list(&listing, &st);
            QVERIFY(failure);
            QCOMPARE(failure->kind, Error::Kind::Network);
            QCOMPARE(listing.finished, 0);
            QCOMPARE(r.run.pages, 2);
            QCOMPARE(st.row.pageToken, QStringLiteral("p2")); // the caller's state: what is committed
        }
        SyncState row = stored();
        QCOMPARE(row.pageToken, QStringLiteral("p2"));
        QCOMPARE(row.listingRunId, qint64(1));
        QCOMPARE(row.listingMode, SyncMode::Full);
        QCOMPARE(things(), (QStringList{"0a", "0b", "1a", "1b"}));

        Run next(*m_writer, 2);
        Scripted listing(&next.ctx, 4);
        bool resumed = false;
        ScopeState<Fields> st = next.load(SyncMode::Partial, &resumed); // a full listing in progress goes on
        QVERIFY(resumed);
        const std::optional<Error> failure = next.list(&listing, &st);
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QCOMPARE(listing.asked, (QStringList{QStringLiteral("p2"), QStringLiteral("p3")})); // no page fetched again
        QCOMPARE(listing.finishedRun, qint64(1));
        QCOMPARE(things(), (QStringList{"0a", "0b", "1a", "1b", "2a", "2b", "3a", "3b"}));
        QCOMPARE(st.fields.seen, Fields::read(&row).seen + QStringList({"2a", "2b", "3a", "3b"}));
    }

    // The rule, once: a cursor the service calls stale or invalid starts the listing again
    // from its first page, whichever page it was — the one a run resumed from or a later one.
    void aStaleCursorRestartsTheListingOnce_data()
    {
        QTest::addColumn<bool>("resumedCursor");
        QTest::newRow("the cursor a listing resumes from") << true;
        QTest::newRow("a later page's cursor") << false;
    }
    void aStaleCursorRestartsTheListingOnce()
    {
        QFETCH(bool, resumedCursor);
        if (resumedCursor) { // an earlier run left the listing at page 2
            Run r(*m_writer, 1);
            Scripted listing(&r.ctx, 3);
            listing.failures[QStringLiteral("p2")] = {Error(Error::Kind::Network, QStringLiteral("down"))};
            ScopeState<Fields> st = r.load(SyncMode::Full);
            QVERIFY(r.list(&listing, &st));
        }
        Run r(*m_writer, 2);
        Scripted listing(&r.ctx, 3);
        listing.failures[QStringLiteral("p2")] = {staleCursor()};
        ScopeState<Fields> st = r.load(SyncMode::Full);
        const std::optional<Error> failure = r.list(&listing, &st);
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        const QStringList expected = resumedCursor ? QStringList{"p2", "", "p1", "p2"} : QStringList{"", "p1", "p2", "", "p1", "p2"};
        QCOMPARE(listing.asked, expected);
        QCOMPARE(listing.restarts, 1);
        QCOMPARE(listing.finishedRun, qint64(2)); // begun again by this run
        SyncState row = stored();
        QVERIFY(!row.listingInProgress());
        QCOMPARE(Fields::read(&row).seen, (QStringList{"0a", "0b", "1a", "1b", "2a", "2b"}));
    }

    void aSecondStaleCursorFailsTheRun()
    {
        Run r(*m_writer, 3);
        Scripted listing(&r.ctx, 3);
        listing.failures[QStringLiteral("p1")] = {staleCursor(), staleCursor()};
        ScopeState<Fields> st = r.load(SyncMode::Full);
        const std::optional<Error> failure = r.list(&listing, &st);
        QVERIFY(failure);
        QCOMPARE(failure->httpStatus, 400);
        QCOMPARE(listing.asked, (QStringList{QString(), QStringLiteral("p1"), QString(), QStringLiteral("p1")}));
        QCOMPARE(listing.restarts, 1);
        QCOMPARE(listing.finished, 0);
        // The first page, listed twice, stays committed; the cursor after it is kept.
        QCOMPARE(stored().pageToken, QStringLiteral("p1"));
    }

    void aFirstPageRefusedIsNoStaleCursor()
    {
        Run r(*m_writer, 4);
        Scripted listing(&r.ctx, 3);
        listing.failures[QString()] = {staleCursor()};
        ScopeState<Fields> st = r.load(SyncMode::Full);
        const std::optional<Error> failure = r.list(&listing, &st);
        QVERIFY(failure);
        QCOMPARE(listing.asked, QStringList{QString()}); // no cursor was sent: nothing to restart
        QCOMPARE(listing.restarts, 0);
    }

    void aCancelledRunStopsBetweenPages()
    {
        Run r(*m_writer, 5);
        Scripted listing(&r.ctx, 4);
        listing.cancelAfter = 1;
        ScopeState<Fields> st = r.load(SyncMode::Full);
        const std::optional<Error> failure = r.list(&listing, &st);
        QVERIFY(failure);
        QCOMPARE(failure->kind, Error::Kind::Cancelled);
        // Page 2 was asked for while page 1 was written, and is not written.
        QCOMPARE(listing.asked, (QStringList{QString(), QStringLiteral("p1"), QStringLiteral("p2")}));
        QCOMPARE(listing.committedPages, (QList<int>{0, 1}));
        QCOMPARE(things(), (QStringList{"0a", "0b", "1a", "1b"}));
        QCOMPARE(stored().pageToken, QStringLiteral("p2"));
        QCOMPARE(r.run.pages, 2);
    }

    void aFailedWriteIsThrownOnceThePageAskedForAheadIsIn()
    {
        Run r(*m_writer, 6);
        Scripted listing(&r.ctx, 4);
        listing.failWriteOf = 1;
        listing.delays[QStringLiteral("p2")] = 300; // page 2 is still on its way when the write fails
        ScopeState<Fields> st = r.load(SyncMode::Full);
        const std::optional<Error> failure = r.list(&listing, &st);
        QVERIFY(failure);
        QCOMPARE(failure->kind, Error::Kind::Store); // the write's error, not the page's
        QVERIFY(listing.answered.contains(QStringLiteral("p2"))); // nothing of the listing outlives it
        QCOMPARE(listing.asked, (QStringList{QString(), QStringLiteral("p1"), QStringLiteral("p2")}));
        QCOMPARE(listing.committedPages, QList<int>{0});
        QCOMPARE(things(), (QStringList{"0a", "0b"})); // page 1's rows rolled back with its cursor
        QCOMPARE(stored().pageToken, QStringLiteral("p1"));
        QCOMPARE(r.run.pages, 1);
    }

    void aPartialListingInProgressGivesWayToAWantedFullOne()
    {
        SyncState row;
        row.pageToken = QStringLiteral("p3");
        row.listingRunId = 9;
        row.listingMode = SyncMode::Partial;
        SyncState full = row;
        QVERIFY(!beginListing(&full, SyncMode::Full, 10));
        QVERIFY(!full.listingInProgress());
        QCOMPARE(full.listingRunId, qint64(10));
        QCOMPARE(full.listingMode, SyncMode::Full);
        SyncState partial = row;
        QVERIFY(beginListing(&partial, SyncMode::Auto, 10));
        QCOMPARE(partial.pageToken, QStringLiteral("p3"));
        QCOMPARE(partial.listingRunId, qint64(9));
        row.listingMode = SyncMode::Full;
        QVERIFY(beginListing(&row, SyncMode::Partial, 10));
        QCOMPARE(row.listingMode, SyncMode::Full);
    }
};

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
