// JiraSyncer: per configuration, the full or incremental listing (the listing engine: each
// page committed with its nextPageToken), the state-lost fallback and the id sweep.
#include "JiraSyncer.h"
#include "Cancellation.h"
#include "Clock.h"
#include "JiraApi.h"
#include "JiraRepo.h"
#include "Listing.h"
#include "ServiceApi.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcJira, "cairn.sync.jira")

namespace cairn {

namespace {
const QString kSource = QStringLiteral("jira");

void addTo(QJsonObject &o, const char *key, int by)
{
    o.insert(QLatin1String(key), o.value(QLatin1String(key)).toInt() + by);
}
} // namespace

QString JiraSyncer::withoutOrderBy(const QString &jql)
{
    // The last ORDER BY that is not inside quotes.
    static const QRegularExpression orderBy(QStringLiteral("\\border\\s+by\\b"), QRegularExpression::CaseInsensitiveOption);
    qsizetype cut = -1;
    QRegularExpressionMatchIterator it = orderBy.globalMatch(jql);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = jql.left(m.capturedStart());
        if (before.count(QLatin1Char('"')) % 2 == 0 && before.count(QLatin1Char('\'')) % 2 == 0)
            cut = m.capturedStart();
    }
    return (cut >= 0 ? jql.left(cut) : jql).trimmed();
}

QString JiraSyncer::incrementalJql(const QString &jql, const QDateTime &since)
{
    return QStringLiteral("(%1) AND updated >= %2 ORDER BY updated ASC")
        .arg(withoutOrderBy(jql))
        .arg(since.toMSecsSinceEpoch());
}

QCoro::Task<QString> JiraSyncer::whoAmI(HttpClient &http)
{
    // One Atlassian account across the sites of every configuration: the first one answers.
    if (m_cfg.configurations.isEmpty())
        co_return QString();
    jira::JiraApi api(http, m_cfg.configurations.first().site, m_cfg.configurations.first().name);
    const QString id = co_await api.myAccountId();
    co_return id;
}

QCoro::Task<> JiraSyncer::sync(SyncContext &ctx, SyncMode mode)
{
    if (m_cfg.configurations.isEmpty())
        throw Error(Error::Kind::Config,
                    QCoreApplication::translate("cairn::jira", "no Jira configuration: set jira.configs and jira.<name>.site and jira.<name>.jql"));
    QStringList failures;
    std::optional<Error> firstFailure;
    bool anyFull = false;
    for (const Configuration &c : std::as_const(m_cfg.configurations)) {
        std::optional<Error> failure;
        try {
            co_await syncConfiguration(ctx, c, mode);
        } catch (const Error &e) {
            failure = e;
        }
        anyFull = anyFull || modeFromName(m_report.value(c.name).toObject().value(QLatin1String("mode")).toString()) == SyncMode::Full;
        if (!failure)
            continue;
        if (failure->kind == Error::Kind::Cancelled)
            throw *failure;
        qCWarning(lcJira) << "configuration" << c.name << "failed:" << failure->message;
        State st = co_await loadScope<jira::ConfigFields>(ctx, kSource, jira::configScope(c.name));
        st.row.status = RunStatus::Failed;
        st.row.lastError = failure->message;
        co_await saveScope(ctx, st);
        QJsonObject r = m_report.value(c.name).toObject();
        r.insert(QStringLiteral("error"), failure->message);
        m_report.insert(c.name, r);
        failures << QStringLiteral("%1: %2").arg(c.name, failure->message);
        if (!firstFailure)
            firstFailure = failure;
    }
    ctx.run.mode = anyFull ? SyncMode::Full : SyncMode::Partial;
    ctx.run.extra.insert(QStringLiteral("configs"), m_report);
    if (firstFailure) {
        Error e = *firstFailure;
        e.message = m_cfg.configurations.size() == 1 ? firstFailure->message : failures.join(QStringLiteral("; "));
        throw e;
    }
}

QCoro::Task<> JiraSyncer::syncConfiguration(SyncContext &ctx, Configuration c, SyncMode mode)
{
    QJsonObject report;
    m_report.insert(c.name, report);
    if (withoutOrderBy(c.jql).isEmpty())
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::jira", "jira.%1.jql is not set").arg(c.name));
    if (!c.site.isValid() || c.site.host().isEmpty())
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::jira", "jira.%1.site is not set").arg(c.name));
    State st = co_await loadScope<jira::ConfigFields>(ctx, kSource, jira::configScope(c.name));
    st.row.status = RunStatus::Running;
    st.row.lastError.clear();
    st.fields.site = c.site; // the window links its issues there (/browse/KEY)
    co_await saveScope(ctx, st);

    jira::JiraApi api(ctx.http, c.site, c.name);
    if (st.row.listingInProgress() && (st.fields.listingFor != c.jql || st.fields.listingJql.isEmpty())) {
        qCInfo(lcJira) << "the JQL of" << c.name << "changed: the listing in progress starts over";
        st.row.pageToken.clear();
    }
    bool full = mode == SyncMode::Full || !st.row.initialSyncCompleted;
    if (!full && !st.row.listingInProgress() && st.fields.syncedJql != c.jql) {
        qCInfo(lcJira) << "the JQL of" << c.name << "changed since its last listing: full listing";
        full = true;
    }
    const bool resumed = beginListing(&st.row, full ? SyncMode::Full : SyncMode::Partial, ctx.run.id);
    full = st.row.listingMode == SyncMode::Full;
    if (!resumed && !full && !st.row.lastSyncAt.isValid()) {
        // The watermark is gone but the cache is complete: warn, and go on from now.
        const QDateTime now = co_await api.serverTime();
        const QString warning = QCoreApplication::translate(
            "cairn::jira", "Jira configuration %1: the time of the last sync was lost; continuing from the server's time %2 "
                           "without downloading everything again (changes made before it may be missing: run a full sync to be sure)")
                                    .arg(c.name, now.toString(Qt::ISODate));
        qCWarning(lcJira).noquote() << warning;
        QJsonArray warnings = ctx.run.extra.value(QLatin1String("warnings")).toArray();
        warnings.append(warning);
        ctx.run.extra.insert(QStringLiteral("warnings"), warnings);
        report.insert(QStringLiteral("state_lost"), true);
        st.row.lastSyncAt = now;
    }
    report.insert(QStringLiteral("mode"), modeName(full ? SyncMode::Full : SyncMode::Partial));
    m_report.insert(c.name, report);

    // A full listing finished by a later run than the one that began it saw some issues before
    // a pause: one deleted meanwhile looks seen. The id sweep right after finds it.
    const bool resumedFull = full && resumed && st.row.listingRunId != ctx.run.id;
    co_await listIssues(ctx, &api, c, &st, resumed);

    const QDateTime lastSweep = st.fields.lastSweepAt;
    if (resumedFull || (!full && (!lastSweep.isValid() || lastSweep.addSecs(qint64(m_cfg.sweepHours) * 3600) <= st.row.lastSyncAt))) {
        co_await sweep(ctx, &api, c, &st);
    }
    st.row.status = RunStatus::Ok;
    co_await saveScope(ctx, st);
}

// A configuration's issues, for the listing engine: its JQL, each page's issues, the
// watermark of the listing and the mark of the last issue committed.
class JiraSyncer::IssueListing final : public Listing<jira::SearchPage, jira::ConfigFields>
{
public:
    IssueListing(JiraSyncer *syncer, SyncContext *ctx, jira::JiraApi *api, Configuration c, QString jql, bool full)
        : m_syncer(syncer), m_ctx(ctx), m_api(api), m_c(std::move(c)), m_jql(std::move(jql)), m_full(full)
    {
    }
    QString service() const override { return QStringLiteral("Jira"); }
    QString changes() const override { return kSource; }
    QCoro::Task<jira::SearchPage> fetch(QString cursor) override
    {
        jira::SearchPage page = co_await m_api->search(m_jql, cursor, false);
        co_return page;
    }
    QString cursorAfter(const jira::SearchPage &page) const override { return page.nextPageToken; }
    State after(const State &before, const jira::SearchPage &page, bool last) override
    {
        State next = before;
        jira::ConfigFields &f = next.fields;
        const QDateTime started = f.nextWatermark.isValid() ? f.nextWatermark
                                  : page.serverTime.isValid() ? page.serverTime
                                                              : m_ctx->clock.now();
        f.listingJql = m_jql;
        f.listingFor = m_c.jql;
        f.nextWatermark = started;
        // The last issue committed whose `updated` Jira's own clock can vouch for: one dated
        // years ahead would make a resumed listing skip everything before it.
        for (auto it = page.issues.crbegin(); it != page.issues.crend(); ++it) {
            if (isPlausibleCursorTime(it->updated, page.serverTime)) {
                f.listingMark = it->updated.toMSecsSinceEpoch();
                break;
            }
        }
        if (last) {
            f.listingJql.clear();
            f.listingFor.clear();
            f.nextWatermark = QDateTime();
            f.listingMark = 0;
            f.syncedJql = m_c.jql;
            next.row.lastSyncAt = started;
            next.row.initialSyncCompleted = true;
            if (m_full) {
                next.row.lastFullSyncAt = started;
                f.lastSweepAt = started;
            }
        }
        return next;
    }
    std::function<WriteStats(QSqlDatabase &)> write(const jira::SearchPage &page, const State &, qint64 listingRun,
                                                    bool) const override
    {
        const QString account = m_ctx->account;
        const QString config = m_c.name;
        const QList<JiraIssue> issues = page.issues;
        const QDateTime now = m_ctx->clock.now();
        return [account, config, issues, listingRun, now](QSqlDatabase &db) {
            return JiraRepo::applyIssues(db, account, config, issues, listingRun, now);
        };
    }
    void committed(const jira::SearchPage &page, const State &) override
    {
        QJsonObject report = m_syncer->m_report.value(m_c.name).toObject();
        addTo(report, "issues_fetched", int(page.issues.size()));
        addTo(report, "search_calls", 1);
        m_syncer->m_report.insert(m_c.name, report);
    }
    QCoro::Task<> finish(State, qint64 listingRun) override
    {
        if (!m_full)
            co_return;
        // The issues the full listing did not see are confirmed before they are marked
        // deleted: a listing resumed across runs pages by offset, and an issue that moved
        // meanwhile can slip between two pages — absent from the listing, alive in Jira.
        co_await m_syncer->retireUnseenConfirmed(*m_ctx, m_api, m_c, listingRun);
    }
    void restart(State *state) override { state->fields.nextWatermark = QDateTime(); }
    qint64 items(const jira::SearchPage &page) const override { return page.issues.size(); }
    qint64 progressTotal(const jira::SearchPage &, qint64) const override { return 0; } // Jira says no total

private:
    JiraSyncer *m_syncer;
    SyncContext *m_ctx;
    jira::JiraApi *m_api;
    Configuration m_c;
    QString m_jql;
    bool m_full;
};

QCoro::Task<> JiraSyncer::listIssues(SyncContext &ctx, jira::JiraApi *api, Configuration c, State *st, bool resumed)
{
    QString jql;
    if (resumed) {
        jql = st->fields.listingJql;
        if (st->row.listingRunId != ctx.run.id && st->fields.listingMark != 0) {
            // Paused since an earlier run: its page token counts issues, and the issues changed
            // meanwhile moved to the end of the order (updated ASC), so the ones after the
            // offset are not the ones not yet listed — one could slip before it. It goes on
            // from the last issue committed instead: every issue not yet listed, or changed
            // since, has an `updated` at least that.
            jql = incrementalJql(c.jql, QDateTime::fromMSecsSinceEpoch(st->fields.listingMark, Qt::UTC));
            st->row.pageToken.clear();
        }
    } else {
        const bool full = st->row.listingMode == SyncMode::Full;
        jql = full ? withoutOrderBy(c.jql) + QStringLiteral(" ORDER BY updated ASC")
                   : incrementalJql(c.jql, st->row.lastSyncAt.addSecs(-qint64(m_cfg.overlapMinutes) * 60));
        st->fields.nextWatermark = QDateTime();
        st->fields.listingMark = 0;
    }
    IssueListing listing(this, &ctx, api, c, jql, st->row.listingMode == SyncMode::Full);
    co_await runListing(ctx, &listing, st);
}

QCoro::Task<> JiraSyncer::retireUnseenConfirmed(SyncContext &ctx, jira::JiraApi *api, Configuration c, qint64 listingRun)
{
    const QString account = ctx.account;
    const QString config = c.name;
    QFuture<QStringList> reading = ctx.writer.transact([account, config, listingRun](QSqlDatabase &db) {
        return JiraRepo::unseenIssueIds(db, account, config, listingRun);
    });
    const QStringList unseen = co_await reading;
    if (unseen.isEmpty())
        co_return;
    QSet<QString> alive;  // in Jira and in the JQL
    QSet<QString> unsure; // Jira could not say (issueErrors): kept, not proven gone
    // A few: asked for by id, 100 a bulk fetch. Many (the JQL narrowed): the id-only listing of
    // the whole JQL is cheaper (5 000 ids a page).
    constexpr qsizetype kByIdAtMost = 20 * jira::JiraApi::kBulkFetchMax;
    if (unseen.size() > kByIdAtMost) {
        alive = co_await idsOf(ctx, api, withoutOrderBy(c.jql));
    } else {
        for (qsizetype i = 0; i < unseen.size(); i += jira::JiraApi::kBulkFetchMax) {
            alive += co_await inJqlById(ctx, api, c, unseen.mid(i, jira::JiraApi::kBulkFetchMax), &unsure);
        }
    }
    QSet<QString> gone(unseen.cbegin(), unseen.cend());
    gone -= alive;
    gone -= unsure;
    if (!alive.isEmpty())
        qCInfo(lcJira) << config << ":" << alive.size() << "issue(s) the full listing missed are alive: kept";
    if (!unsure.isEmpty()) {
        qCWarning(lcJira) << config << ":" << unsure.size() << "issue(s) Jira could not fetch: kept until a later listing";
        QJsonObject report = m_report.value(c.name).toObject();
        addTo(report, "unconfirmed", int(unsure.size()));
        m_report.insert(c.name, report);
    }
    const QDateTime now = ctx.clock.now();
    QFuture<int> retiring = ctx.writer.transact([account, config, gone, now](QSqlDatabase &db) {
        return JiraRepo::retireIds(db, account, config, gone, now);
    });
    const int retired = co_await retiring;
    ctx.run.deleted += retired;
    if (retired > 0)
        Q_EMIT ctx.writer.changed(kSource);
}

QCoro::Task<QSet<QString>> JiraSyncer::idsOf(SyncContext &ctx, jira::JiraApi *api, QString jql)
{
    QSet<QString> ids;
    QString token;
    PageLoopGuard loop(QStringLiteral("Jira"));
    do {
        ctx.cancel.throwIfCancelled();
        const jira::SearchPage page = co_await api->search(jql, token, true);
        for (const QString &id : page.ids)
            ids.insert(id);
        token = page.nextPageToken;
        loop.see(token);
    } while (!token.isEmpty());
    co_return ids;
}

QCoro::Task<QSet<QString>> JiraSyncer::inJqlById(SyncContext &ctx, jira::JiraApi *api, Configuration c, QStringList ids,
                                                 QSet<QString> *unsure)
{
    // Jira refuses a JQL naming an issue that does not exist (docs/api-notes.md §6): the bulk
    // fetch says which exist (it leaves out the missing ones, whatever the JQL); only those go
    // into `id in (…)`. One deleted between the two calls makes Jira refuse the JQL: asked again.
    for (int attempt = 1;; ++attempt) {
        ctx.cancel.throwIfCancelled();
        const jira::BulkPage bulk = co_await api->bulkFetch(ids, true);
        QStringList present;
        for (const QString &id : bulk.ids)
            if (ids.contains(id))
                present << id;
        for (auto it = bulk.errors.cbegin(); it != bulk.errors.cend(); ++it) {
            qCInfo(lcJira) << c.name << ": Jira could not fetch issue" << it.key() << ":" << it.value();
            unsure->insert(it.key());
        }
        if (present.isEmpty())
            co_return QSet<QString>();
        std::optional<Error> refused;
        QSet<QString> inJql;
        try {
            inJql = co_await 
                idsOf(ctx, api, QStringLiteral("(%1) AND id in (%2)").arg(withoutOrderBy(c.jql), present.join(u',')));
        } catch (const Error &e) {
            if (e.httpStatus != 400 || attempt >= 3)
                throw;
            refused = e;
        }
        if (!refused)
            co_return inJql;
        qCInfo(lcJira) << c.name << ": an issue went while it was confirmed; asking again:" << refused->message;
        ids = present;
    }
}

QCoro::Task<int> JiraSyncer::fetchAbsent(SyncContext &ctx, jira::JiraApi *api, Configuration c, QSet<QString> ids)
{
    const QString account = ctx.account;
    const QString config = c.name;
    QFuture<QSet<QString>> reading = ctx.writer.transact([account, config](QSqlDatabase &db) {
        return JiraRepo::liveIssueIds(db, account, config);
    });
    const QSet<QString> cached = co_await reading;
    QStringList absent;
    for (const QString &id : std::as_const(ids))
        if (!cached.contains(id))
            absent << id;
    absent.sort();
    int fetched = 0;
    int failed = 0;
    // By id, 100 a bulk fetch: the sweep has just listed them in the JQL. One deleted since is
    // left out by Jira (a JQL naming it would be refused); one Jira could not fetch waits for
    // the next sweep.
    for (qsizetype i = 0; i < absent.size(); i += jira::JiraApi::kBulkFetchMax) {
        ctx.cancel.throwIfCancelled();
        const QStringList wanted = absent.mid(i, jira::JiraApi::kBulkFetchMax);
        const jira::BulkPage page = co_await api->bulkFetch(wanted, false);
        QList<JiraIssue> issues;
        for (const JiraIssue &issue : page.issues)
            if (wanted.contains(issue.id))
                issues << issue;
        failed += int(page.errors.size());
        const qint64 runId = ctx.run.id;
        const QDateTime now = ctx.clock.now();
        QFuture<WriteStats> writing = ctx.writer.transact([account, config, issues, runId, now](QSqlDatabase &db) {
            return JiraRepo::applyIssues(db, account, config, issues, runId, now);
        });
        const WriteStats stats = co_await writing;
        countWrite(ctx.run, stats);
        fetched += int(issues.size());
    }
    if (failed > 0)
        qCWarning(lcJira) << config << ":" << failed << "issue(s) the sweep found could not be fetched: the next sweep tries again";
    if (fetched > 0) {
        qCInfo(lcJira) << config << ":" << fetched << "issue(s) no listing had brought were fetched by the sweep";
        Q_EMIT ctx.writer.changed(kSource);
    }
    co_return fetched;
}

QCoro::Task<> JiraSyncer::sweep(SyncContext &ctx, jira::JiraApi *api, Configuration c, State *st)
{
    const QString jql = withoutOrderBy(c.jql) + QStringLiteral(" ORDER BY created ASC");
    QSet<QString> ids;
    QString token;
    std::optional<Error> failure;
    int calls = 0;
    PageLoopGuard loop(QStringLiteral("Jira"));
    for (;;) {
        ctx.cancel.throwIfCancelled();
        jira::SearchPage page;
        try {
            ++calls;
            page = co_await api->search(jql, token, true);
        } catch (const Error &e) {
            failure = e;
        }
        if (failure)
            break;
        for (const QString &id : std::as_const(page.ids))
            ids.insert(id);
        token = page.nextPageToken;
        if (token.isEmpty())
            break;
        if ((failure = loop.check(token)))
            break;
    }
    QJsonObject report = m_report.value(c.name).toObject();
    addTo(report, "sweep_calls", calls);
    if (!failure && ids.isEmpty()) // Jira answers a lost permission with no issues, not an error
        failure = Error(Error::Kind::BadResponse, QCoreApplication::translate("cairn::jira", "it found no issue at all"));
    if (!failure) {
        try {
            const int fetched = co_await fetchAbsent(ctx, api, c, ids);
            addTo(report, "sweep_fetched", fetched);
        } catch (const Error &e) {
            failure = e;
        }
    }
    if (failure) {
        if (failure->kind == Error::Kind::Cancelled)
            throw *failure;
        // Partial: nothing is marked, and the sweep is due again next run.
        const QString warning = QCoreApplication::translate("cairn::jira", "Jira configuration %1: the deletion sweep failed (%2); nothing was marked deleted")
                                    .arg(c.name, failure->message);
        qCWarning(lcJira).noquote() << warning;
        QJsonArray warnings = ctx.run.extra.value(QLatin1String("warnings")).toArray();
        warnings.append(warning);
        ctx.run.extra.insert(QStringLiteral("warnings"), warnings);
        report.insert(QStringLiteral("sweep"), QStringLiteral("failed"));
        m_report.insert(c.name, report);
        co_return;
    }
    State next = *st;
    next.fields.lastSweepAt = st->row.lastSyncAt;
    const QString account = ctx.account;
    const QString config = c.name;
    const QDateTime now = ctx.clock.now();
    const SyncState stored = next.stored();
    QFuture<int> marking = ctx.writer.transact([account, config, ids, now, stored](QSqlDatabase &db) {
        const int n = JiraRepo::retireMissing(db, account, config, ids, now);
        SyncStateRepo::save(db, stored);
        return n;
    });
    const int deleted = co_await marking;
    Q_EMIT ctx.writer.changed(kSource);
    ctx.run.deleted += deleted;
    report.insert(QStringLiteral("sweep"), QStringLiteral("done"));
    addTo(report, "sweep_deleted", deleted);
    m_report.insert(c.name, report);
    *st = next;
}

} // namespace cairn
