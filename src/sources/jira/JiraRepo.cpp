#include "JiraRepo.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <functional>

namespace cairn::JiraRepo {

namespace {
QVariant scopeValue(const QString &config)
{
    return config.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(config); // bound as '' for "every configuration"
}

QString labelsText(const QStringList &labels)
{
    return labels.join(QLatin1Char(' '));
}

QString searchBody(const JiraIssue &i)
{
    return QStringList{i.key, i.status, i.assigneeName, i.reporterName, i.projectName, labelsText(i.labels),
                       i.descriptionText}
        .join(QLatin1Char('\n'));
}

// Soft-deletes the rows `where` selects (bound to `values`) and drops them from the index.
int retire(QSqlDatabase &db, const QString &where, std::initializer_list<QVariant> values, const QDateTime &now,
           const std::function<bool(const QString &)> &keep = {})
{
    sql::Statement select(db, QStringLiteral("SELECT id, issue_id FROM jira_issues WHERE deleted_at IS NULL AND ") + where);
    select.exec(values);
    QList<qint64> ids;
    while (select.next())
        if (!keep || !keep(select.value(1).toString()))
            ids << select.value(0).toLongLong();
    select.finish();
    sql::Statement mark(db, QStringLiteral("UPDATE jira_issues SET deleted_at=? WHERE id=?"));
    SearchIndex::Batch index(db);
    for (qint64 id : std::as_const(ids)) {
        mark.exec({sql::timeValue(now), id});
        index.remove(kJiraIssueKind, id);
    }
    index.flush();
    return int(ids.size());
}
} // namespace

QString selectColumns()
{
    return QStringLiteral("config, issue_id, issue_key, summary, status, status_category, assignee_id, assignee_name, "
                          "assignee_email, reporter_id, reporter_name, priority, issue_type, project_key, project_name, "
                          "labels, created, updated, description_adf, description_text, deleted_at");
}

JiraIssue fromRow(const sql::Statement &q, int f)
{
    JiraIssue i;
    QString labels; // separated by spaces
    sql::readColumns(q, f, i.config, i.id, i.key, i.summary, i.status, i.statusCategory, i.assigneeId, i.assigneeName, i.assigneeEmail,
                     i.reporterId, i.reporterName, i.priority, i.issueType, i.projectKey, i.projectName, labels, i.created, i.updated,
                     i.descriptionAdf, i.descriptionText, sql::notNull(i.deleted));
    i.labels = labels.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return i;
}

WriteStats applyIssues(QSqlDatabase &db, const QString &account, const QString &config, const QList<JiraIssue> &issues,
                       qint64 runId, const QDateTime &syncedAt)
{
    WriteStats stats;
    sql::Statement find(db, QStringLiteral("SELECT id, updated, deleted_at FROM jira_issues WHERE account=? AND config=? AND issue_id=?"));
    sql::Statement restamp(db, QStringLiteral("UPDATE jira_issues SET run_id=? WHERE id=?"));
    sql::Statement upsert(db, QStringLiteral(
        "INSERT INTO jira_issues(account, config, issue_id, issue_key, summary, status, status_category, assignee_id, "
        "assignee_name, assignee_email, reporter_id, reporter_name, priority, issue_type, project_key, project_name, labels, "
        "created, updated, description_adf, description_text, remote_updated_at, synced_at, deleted_at, run_id) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?) ON CONFLICT(account, config, issue_id) DO UPDATE SET "
        "issue_key=excluded.issue_key, summary=excluded.summary, status=excluded.status, "
        "status_category=excluded.status_category, assignee_id=excluded.assignee_id, assignee_name=excluded.assignee_name, "
        "assignee_email=excluded.assignee_email, reporter_id=excluded.reporter_id, reporter_name=excluded.reporter_name, "
        "priority=excluded.priority, issue_type=excluded.issue_type, project_key=excluded.project_key, "
        "project_name=excluded.project_name, labels=excluded.labels, created=excluded.created, updated=excluded.updated, "
        "description_adf=excluded.description_adf, description_text=excluded.description_text, "
        "remote_updated_at=excluded.remote_updated_at, synced_at=excluded.synced_at, deleted_at=NULL, run_id=excluded.run_id "
        "RETURNING id"));
    SearchIndex::Batch index(db);
    const QVariant now = sql::timeValue(syncedAt);
    for (const JiraIssue &i : issues) {
        find.exec({account, config, i.id});
        const bool exists = find.next();
        const qint64 existing = exists ? find.value(0).toLongLong() : 0;
        const bool same = exists && find.value(2).isNull() && sql::timeFrom(find.value(1)) == i.updated;
        find.finish();
        if (same) {
            restamp.exec({runId, existing});
            ++stats.skipped;
            continue;
        }
        upsert.exec({account, config, i.id, i.key, i.summary, sql::textValue(i.status), sql::textValue(i.statusCategory),
                     sql::textValue(i.assigneeId), sql::textValue(i.assigneeName), sql::textValue(i.assigneeEmail),
                     sql::textValue(i.reporterId), sql::textValue(i.reporterName), sql::textValue(i.priority),
                     sql::textValue(i.issueType), sql::textValue(i.projectKey), sql::textValue(i.projectName),
                     labelsText(i.labels), sql::timeValue(i.created), sql::timeValue(i.updated),
                     sql::textValue(i.descriptionAdf), sql::textValue(i.descriptionText), sql::timeValue(i.updated), now, runId});
        upsert.next();
        const qint64 id = upsert.value(0).toLongLong();
        upsert.finish();
        index.put(kJiraIssueKind, id, i.key + QLatin1Char(' ') + i.summary, searchBody(i), !exists);
        stats.count(exists);
    }
    index.flush();
    return stats;
}

int retireUnseen(QSqlDatabase &db, const QString &account, const QString &config, qint64 runId, const QDateTime &now)
{
    return retire(db, QStringLiteral("account=? AND config=? AND (run_id IS NULL OR run_id<>?)"), {account, config, runId}, now);
}

QStringList unseenIssueIds(QSqlDatabase &db, const QString &account, const QString &config, qint64 runId)
{
    sql::Statement q(db, QStringLiteral("SELECT issue_id FROM jira_issues WHERE deleted_at IS NULL AND account=? AND config=? "
                                        "AND (run_id IS NULL OR run_id<>?)"));
    q.exec({account, config, runId});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QSet<QString> liveIssueIds(QSqlDatabase &db, const QString &account, const QString &config)
{
    sql::Statement q(db, QStringLiteral("SELECT issue_id FROM jira_issues WHERE deleted_at IS NULL AND account=? AND config=?"));
    q.exec({account, config});
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

int retireIds(QSqlDatabase &db, const QString &account, const QString &config, const QSet<QString> &issueIds,
              const QDateTime &now)
{
    return retire(db, QStringLiteral("account=? AND config=?"), {account, config}, now,
                  [&issueIds](const QString &issueId) { return !issueIds.contains(issueId); });
}

int retireMissing(QSqlDatabase &db, const QString &account, const QString &config, const QSet<QString> &liveIds,
                  const QDateTime &now)
{
    return retire(db, QStringLiteral("account=? AND config=?"), {account, config}, now,
                  [&liveIds](const QString &issueId) { return liveIds.contains(issueId); });
}

QList<JiraIssue> issues(QSqlDatabase &db, const QString &account, const QString &config)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM jira_issues WHERE account=? AND (?='' OR config=?) ORDER BY config, id")
                             .arg(selectColumns()));
    q.exec({account, scopeValue(config), scopeValue(config)});
    QList<JiraIssue> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Counts counts(QSqlDatabase &db, const QString &account, const QString &config)
{
    sql::Statement q(db, QStringLiteral("SELECT COUNT(*) FILTER (WHERE deleted_at IS NULL), COUNT(*) FILTER (WHERE deleted_at IS NOT NULL) "
                                        "FROM jira_issues WHERE account=? AND (?='' OR config=?)"));
    q.exec({account, scopeValue(config), scopeValue(config)});
    Counts c;
    if (q.next())
        sql::readRow(q, c.live, c.deleted);
    return c;
}

QMap<int, const char *> releasedSteps()
{
    return {
        // 4: Jira issues, one row per sync configuration and issue (the same issue may match
        // several configurations). Each configuration's cursor is the sync_state row whose scope
        // is the configuration's name.
        {4, R"SQL(
CREATE TABLE jira_issues(
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL DEFAULT 'default',
  config TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  issue_key TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '', status TEXT, status_category TEXT,
  assignee_id TEXT, assignee_name TEXT, assignee_email TEXT, reporter_id TEXT, reporter_name TEXT,
  priority TEXT, issue_type TEXT, project_key TEXT, project_name TEXT, labels TEXT,
  created TEXT, updated TEXT, description_adf TEXT, description_text TEXT,
  remote_updated_at TEXT, synced_at TEXT, deleted_at TEXT, run_id INTEGER,
  UNIQUE(account, config, issue_id));
CREATE INDEX jira_issues_by_key ON jira_issues(account, issue_key);
CREATE INDEX jira_issues_by_updated ON jira_issues(account, updated);
CREATE INDEX jira_issues_by_run ON jira_issues(account, config, run_id);
)SQL"},
        // 7: the window lists the issues of every account (issue 21): the index that gives the
        // list its first screen in its default order (by update) no longer leads with the account.
        {7, R"SQL(
DROP INDEX jira_issues_by_updated;
CREATE INDEX jira_issues_by_update ON jira_issues(updated);
)SQL"},
    };
}

} // namespace cairn::JiraRepo
