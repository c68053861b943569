#pragma once
#include "Error.h"
#include "JiraState.h"
#include "ScopeState.h"
#include "Syncer.h"

#include <QUrl>

namespace cairn {

namespace jira {
class JiraApi;
}

// Jira Cloud issues (docs/architecture.md §4). Each named configuration (a site and a bounded JQL) has
// its own sync_state row (jira::configScope: its name, fields jira::ConfigFields):
// `initial_sync_completed`, `last_sync_at` (the server's time when its last complete listing
// started), the listing in progress and the last sweep.
// - First run, or --mode full: every issue of the JQL (no time filter), through the listing
//   engine (runListing: each page committed with its cursor); a complete full listing marks
//   unseen cached issues deleted once Jira confirms them gone.
// - Later runs: `(<jql>) AND updated >= <epoch ms of last_sync − overlap> ORDER BY updated
//   ASC` (epoch milliseconds: a "yyyy/MM/dd HH:mm" literal is read in the user's zone);
//   issues already cached with the same `updated` are skipped (dedupe by id + updated).
// - `last_sync_at` lost but the initial sync done: a warning (log and run history), the
//   server's current time, and on incrementally — no full re-download.
// - Every `sweepHours`, an id-only sweep (fields=id, 5000 a page) diffed against the cache
//   marks missing issues deleted, and fetches the ones the cache lacks by id (bulk fetch);
//   a failed sweep marks nothing and is retried next run.
// Issues are never named in a JQL unless Jira has just said they exist: it refuses a JQL naming
// a deleted one (docs/api-notes.md §6).
// One configuration failing does not stop the others; the run fails naming each failure.
class JiraSyncer final : public Syncer
{
public:
    struct Configuration
    {
        QString name; // settings jira.<name>.site / jira.<name>.jql
        QUrl site;    // e.g. https://acme.atlassian.net or http://127.0.0.1:PORT/jira
        QString jql;  // bounded (an ORDER BY in it is replaced)
    };
    struct Config
    {
        QList<Configuration> configurations;
        int sweepHours = 24;
        int overlapMinutes = 5;
    };
    explicit JiraSyncer(Config config) : m_cfg(std::move(config)) {}
    QString source() const override { return QStringLiteral("jira"); }
    QCoro::Task<> sync(SyncContext &ctx, SyncMode mode) override;
    QCoro::Task<QString> whoAmI(HttpClient &http) override;

    // The JQL without any ORDER BY clause (outside quotes), trimmed.
    static QString withoutOrderBy(const QString &jql);
    // The JQL of an incremental listing from `since` (minus nothing: the caller subtracts).
    static QString incrementalJql(const QString &jql, const QDateTime &since);

private:
    using State = ScopeState<jira::ConfigFields>;
    class IssueListing; // the listing engine's hooks for a configuration's issues

    QCoro::Task<> syncConfiguration(SyncContext &ctx, Configuration c, SyncMode mode);
    // The listing `st` resumes (`resumed`) or begins (full or partial), to its end.
    QCoro::Task<> listIssues(SyncContext &ctx, jira::JiraApi *api, Configuration c, State *st, bool resumed);
    QCoro::Task<> sweep(SyncContext &ctx, jira::JiraApi *api, Configuration c, State *st);
    // The issues among `ids` (the sweep's) that the cache does not have live: fetched by id
    // (bulk fetch, 100 a call). A listing pages by offset, and one that moved between two of its
    // pages while the service changed is in none of them. Returns how many were fetched.
    QCoro::Task<int> fetchAbsent(SyncContext &ctx, jira::JiraApi *api, Configuration c, QSet<QString> ids);
    // After a full listing: the cached issues it did not see, confirmed by id (bulk fetch, then
    // the JQL over the ones that exist); only those gone or out of the JQL are marked deleted,
    // not those Jira could not fetch (issueErrors).
    QCoro::Task<> retireUnseenConfirmed(SyncContext &ctx, jira::JiraApi *api, Configuration c, qint64 listingRun);
    // Which of `ids` (at most 100) exist and are in the JQL; those Jira could not fetch go to *unsure.
    // Every id `jql` matches, from its id-only pages.
    QCoro::Task<QSet<QString>> idsOf(SyncContext &ctx, jira::JiraApi *api, QString jql);
    QCoro::Task<QSet<QString>> inJqlById(SyncContext &ctx, jira::JiraApi *api, Configuration c, QStringList ids,
                                         QSet<QString> *unsure);

    Config m_cfg;
    QJsonObject m_report; // per configuration, into the run's extras
};

} // namespace cairn
