#pragma once
// The listing engine (docs/architecture.md §4, "The listing engine"): one paged listing of a
// service, described by its hooks (Listing), run by runListing(). Every source's paged
// listings go through it: Google's connections and groups, Asana's tasks of a project,
// GitHub's pulls of a repository, Jira's issues of a configuration.
// (Coroutine parameters by value: a reference need not outlive a suspension.)
#include "Cancellation.h"
#include "Clock.h"
#include "Error.h"
#include "ScopeState.h"
#include "SendOutbox.h"
#include "ServiceApi.h"
#include "StoreWriter.h"
#include "Syncer.h"

#include <QCoroFuture>
#include <QLoggingCategory>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcListing)

namespace cairn {

// Whether the listing in progress in `row` goes on: it does, unless a full listing is wanted
// and it is a partial one. Otherwise a new listing begins — no cursor, begun by run `runId`,
// in `wanted` mode (Full or Partial). True when the listing in progress resumes.
bool beginListing(SyncState *row, SyncMode wanted, qint64 runId);

// What a source says about one of its listings. `Page` is what fetch() returns; `Fields` the
// source's typed state of the listing's scope (ScopeState).
template<typename Page, typename Fields>
class Listing
{
public:
    using State = ScopeState<Fields>;
    virtual ~Listing() = default;

    // The service, in messages ("Google People"), and what the writer says changed.
    virtual QString service() const = 0;
    virtual QString changes() const = 0;

    // fetch-page: the page at `cursor` ("" the first one). It may be asked for while the
    // page before is being written: it depends on the cursor only.
    virtual QCoro::Task<Page> fetch(QString cursor) = 0;
    // The cursor after `page`; "" when `page` is the listing's last.
    virtual QString cursorAfter(const Page &page) const = 0;
    // What `page` needs from the network before it is written (GitHub: the reviews that did
    // not come with it). The page before is committed by then.
    virtual QCoro::Task<> prepare(Page *page, State before)
    {
        Q_UNUSED(page);
        Q_UNUSED(before);
        co_return;
    }
    // The state that resumes right after `page`: the source's fields (and, after the last
    // page, its row's watermarks). The engine sets the cursor and ends the listing after it.
    virtual State after(const State &before, const Page &page, bool last) = 0;
    // write-page: the page's rows, on the writer thread, in the transaction that stores the
    // state after it. `listingRun`: the run that began the listing (rows seen by it).
    virtual std::function<WriteStats(QSqlDatabase &)> write(const Page &page, const State &next, qint64 listingRun,
                                                            bool last) const = 0;
    // After the page and the state after it are committed.
    virtual void committed(const Page &page, const State &next)
    {
        Q_UNUSED(page);
        Q_UNUSED(next);
    }
    // finish: after the last page is committed (GitHub and Jira: the check of what a complete
    // full listing did not see).
    virtual QCoro::Task<> finish(State done, qint64 listingRun)
    {
        Q_UNUSED(done);
        Q_UNUSED(listingRun);
        co_return;
    }

    // Whether `e`, the answer to a request with a cursor, says the cursor is stale or invalid.
    virtual bool staleCursor(const Error &e) const { return e.httpStatus == 400; }
    // A failure the source answers by listing again from the start in another way (Google: an
    // expired sync token, a full listing); it changes `state` and what fetch() asks for. True
    // when the listing starts again.
    virtual bool recover(const Error &e, const QString &cursor, State *state)
    {
        Q_UNUSED(e);
        Q_UNUSED(cursor);
        Q_UNUSED(state);
        return false;
    }
    // The listing starts again from its first page: what the source keeps of the listing in
    // progress in its fields goes.
    virtual void restart(State *state) { Q_UNUSED(state); }

    // The items of `page`, and the total to report as progress once `done` items are written:
    // 0 when unknown, -1 to report no progress (the syncer reports its own).
    virtual qint64 items(const Page &page) const = 0;
    virtual qint64 progressTotal(const Page &page, qint64 done) const
    {
        Q_UNUSED(page);
        Q_UNUSED(done);
        return -1;
    }
};

namespace listing {
// A listing starting again from its first page, for run `runId`.
void restartRow(SyncState *row, qint64 runId);
// The end of a listing: no cursor, no listing in progress.
void endRow(SyncState *row);
} // namespace listing

// A page's write in flight while the listing goes on: settle() awaits it — before anything
// else of the next page, and at the end — and then counts the page, says what changed,
// reports progress, keeps `*state` to what is committed and calls Listing::committed().
template<typename Page, typename Fields>
class PageWrite
{
public:
    bool pending() const { return m_writing.has_value(); }
    void start(QFuture<WriteStats> writing, Page page, ScopeState<Fields> next)
    {
        m_writing = writing;
        m_page.emplace(std::move(page));
        m_next = std::move(next);
    }
    // Throws the write's error.
    QCoro::Task<> settle(SyncContext *ctx, Listing<Page, Fields> *listing, ScopeState<Fields> *state, qint64 *done)
    {
        if (!m_writing)
            co_return;
        QFuture<WriteStats> writing = *m_writing;
        m_writing.reset();
        const WriteStats stats = co_await writing;
        countWrite(ctx->run, stats);
        Q_EMIT ctx->writer.changed(listing->changes());
        *state = m_next;
        *done += listing->items(*m_page);
        const qint64 total = listing->progressTotal(*m_page, *done);
        if (total >= 0)
            ctx->progress(*done, total);
        listing->committed(*m_page, m_next);
        m_page.reset();
    }

private:
    std::optional<QFuture<WriteStats>> m_writing;
    std::optional<Page> m_page;
    ScopeState<Fields> m_next;
};

// Runs `listing` from the cursor in `*state` (beginListing() decided whether it resumes) to
// its last page, and then its finish(). The engine
// - asks for the next page while this one is written (the writer has its own thread);
// - writes each page's rows and the state after it in one transaction, and keeps `*state` to
//   what is committed;
// - starts the listing again from its first page, once, when the service says the cursor it
//   was sent is stale or invalid (Listing::staleCursor), whichever page it was;
// - stops between pages when the run is cancelled, every page before committed;
// - counts each page in the run (pages, created, updated, deleted, skipped), says what
//   changed, and reports progress.
// A failure is thrown once nothing of the listing is in flight any more: the page asked for
// ahead and the write of the page before are awaited first (a failed write's error wins).
template<typename Page, typename Fields>
QCoro::Task<> runListing(SyncContext &ctx, Listing<Page, Fields> *listing, ScopeState<Fields> *state)
{
    using State = ScopeState<Fields>;
    PageLoopGuard loop(listing->service());
    bool restarted = false; // the stale-cursor restart: once a listing
    qint64 done = 0;
    qint64 listingRun = state->row.listingRunId;
    State st = *state;
    std::optional<QCoro::Task<Page>> prefetch;
    PageWrite<Page, Fields> write; // the page before, written while this one is fetched
    for (;;) {
        const QString cursor = st.row.pageToken;
        std::optional<Error> failure;
        std::optional<Page> fetched;
        try {
            if (!prefetch)
                prefetch.emplace(listing->fetch(cursor));
            Page got = co_await std::move(*prefetch);
            fetched.emplace(std::move(got));
        } catch (const Error &e) {
            failure = e;
        }
        prefetch.reset();
        co_await write.settle(&ctx, listing, state, &done);
        if (failure) {
            const bool stale = !restarted && !cursor.isEmpty() && listing->staleCursor(*failure);
            if (stale) {
                restarted = true;
                qCWarning(lcListing).noquote() << listing->service() << "refused a page token (" + failure->message
                                                                          + "): the listing starts again from its first page";
            }
            if (stale || listing->recover(*failure, cursor, &st)) {
                listing::restartRow(&st.row, ctx.run.id);
                listing->restart(&st);
                loop.reset();
                continue;
            }
            throw *failure;
        }
        ctx.cancel.throwIfCancelled(); // nothing is in flight now
        Page page = std::move(*fetched);
        const QString next = listing->cursorAfter(page);
        const bool last = next.isEmpty();
        if (!last)
            loop.see(next);
        co_await listing->prepare(&page, st);
        listingRun = st.row.listingRunId;
        State after = listing->after(st, page, last);
        after.row.pageToken = next;
        if (last)
            listing::endRow(&after.row);
        // The page's rows and the state after it: one transaction.
        const std::function<WriteStats(QSqlDatabase &)> rows = listing->write(page, after, listingRun, last);
        const SyncState stored = after.stored();
        const QDateTime now = ctx.clock.now();
        QFuture<WriteStats> written = ctx.writer.transact([rows, stored, now](QSqlDatabase &db) {
            WriteStats s = rows(db);
            reapplyOpenChanges(db, stored.source, stored.account, now); // a local change shows until the service has it
            SyncStateRepo::save(db, stored);
            return s;
        });
        write.start(written, std::move(page), after);
        st = after;
        if (last)
            break;
        prefetch.emplace(listing->fetch(next));
    }
    co_await write.settle(&ctx, listing, state, &done);
    co_await listing->finish(*state, listingRun);
}

} // namespace cairn
