#include "PersonQuery.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn {

namespace {
// The values as one JSON array, for `IN (SELECT value FROM json_each(?))`.
QString jsonList(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v.toLower());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

PersonQuery::PersonQuery(const QStringList &names, const QStringList &emails, int limit)
    : m_names(jsonList(names))
    , m_emails(jsonList(emails))
    , m_limit(limit)
{
}

QList<PersonQuery::Task> PersonQuery::tasks(QSqlDatabase &db) const
{
    sql::Statement t(db, QStringLiteral(
        "SELECT id, account, name, completed, due_on FROM asana_tasks WHERE deleted_at IS NULL "
        "AND lower(assignee_name) IN (SELECT value FROM json_each(?)) ORDER BY completed, due_on IS NULL, due_on, name, id LIMIT ?"));
    QList<Task> out;
    for (t.exec({m_names, m_limit}); t.next();) {
        Task task;
        task.id = t.value(0).toLongLong();
        task.account = t.value(1).toString();
        task.name = t.value(2).toString();
        task.completed = t.value(3).toBool();
        task.dueOn = t.value(4).toString();
        out.append(task);
    }
    return out;
}

QList<PersonQuery::Pull> PersonQuery::pulls(QSqlDatabase &db) const
{
    sql::Statement p(db, QStringLiteral(
        "SELECT p.id, p.account, p.repo, p.number, p.title, p.state, p.updated_at, p.merged_at IS NOT NULL, p.draft, "
        "lower(p.author) IN (SELECT value FROM json_each(?)) AS opened FROM github_pulls p "
        "WHERE p.deleted_at IS NULL AND (lower(p.author) IN (SELECT value FROM json_each(?)) "
        "OR p.id IN (SELECT r.pull_row FROM github_reviews r WHERE lower(r.author) IN (SELECT value FROM json_each(?)))) "
        "ORDER BY p.updated_at DESC, p.id DESC LIMIT ?"));
    QList<Pull> out;
    // (Qt counts every `?`: numbered placeholders would not bind.)
    for (p.exec({m_names, m_names, m_names, m_limit}); p.next();) {
        Pull pull;
        pull.id = p.value(0).toLongLong();
        pull.account = p.value(1).toString();
        pull.repo = p.value(2).toString();
        pull.number = p.value(3).toInt();
        pull.title = p.value(4).toString();
        pull.state = p.value(5).toString();
        pull.updatedAt = sql::timeFrom(p.value(6));
        pull.merged = p.value(7).toBool();
        pull.draft = p.value(8).toBool();
        pull.opened = p.value(9).toBool();
        out.append(pull);
    }
    return out;
}

QList<PersonQuery::Issue> PersonQuery::issues(QSqlDatabase &db) const
{
    sql::Statement j(db, QStringLiteral(
        "SELECT id, account, issue_key, summary, status, updated FROM jira_issues WHERE deleted_at IS NULL "
        "AND (lower(assignee_email) IN (SELECT value FROM json_each(?)) OR lower(assignee_name) IN (SELECT value FROM json_each(?)) "
        "OR lower(reporter_name) IN (SELECT value FROM json_each(?))) GROUP BY account, issue_key ORDER BY updated DESC, id DESC LIMIT ?"));
    QList<Issue> out;
    for (j.exec({m_emails, m_names, m_names, m_limit}); j.next();) {
        Issue issue;
        issue.id = j.value(0).toLongLong();
        issue.account = j.value(1).toString();
        issue.key = j.value(2).toString();
        issue.summary = j.value(3).toString();
        issue.status = j.value(4).toString();
        issue.updated = sql::timeFrom(j.value(5));
        out.append(issue);
    }
    return out;
}

} // namespace cairn
