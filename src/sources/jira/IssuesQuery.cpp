#include "IssuesQuery.h"
#include "PersonQuery.h"
#include "Error.h"
#include "JiraRepo.h"
#include "SearchIndex.h"
#include "Sql.h"

namespace cairn {

namespace {
QString orderKey(int order, const QString &dir)
{
    switch (order) {
    case IssuesQuery::Key: // PROJ-9 before PROJ-10
        return QStringLiteral("j.project_key%1, CAST(substr(j.issue_key, instr(j.issue_key, '-') + 1) AS INTEGER)%1").arg(dir);
    case IssuesQuery::Summary: return QStringLiteral("j.summary COLLATE cairn_locale") + dir;
    case IssuesQuery::Status: return QStringLiteral("j.status COLLATE NOCASE") + dir;
    case IssuesQuery::Assignee: return QStringLiteral("coalesce(j.assignee_name, '') COLLATE cairn_locale") + dir;
    case IssuesQuery::Account: return QStringLiteral("j.account%1, j.updated%1").arg(dir);
    default: return QStringLiteral("j.updated") + dir;
    }
}
} // namespace

ListCursor IssuesQuery::cursor() const
{
    // The matches as the index by update gives them in order ("+": not by their ids, then
    // sorted), as for contacts.
    return itemsCursor(QStringLiteral("j"), QStringLiteral("+j.id"), int(kJiraIssueKind),
                       QStringLiteral("j.deleted_at IS NOT NULL AND cairn_match(?, j.issue_key, j.summary, j.assignee_name)"),
                       orderKey(order(), direction()));
}

QHash<qint64, IssuesQuery::Row> IssuesQuery::rows(QSqlDatabase &db, const QList<qint64> &ids)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT id, account, issue_key, summary, status, assignee_name, updated, status_category, deleted_at FROM jira_issues "
        "WHERE id IN (SELECT value FROM json_each(?))"));
    q.exec({idList(ids)});
    QHash<qint64, Row> out;
    while (q.next()) {
        Row r;
        sql::readRow(q, r.id, r.account, r.key, r.summary, r.status, r.assignee, r.updated, r.statusCategory, sql::notNull(r.deleted));
        out.insert(r.id, r);
    }
    return out;
}

IssuesQuery::Detail IssuesQuery::detail(QSqlDatabase &db, qint64 id)
{
    Detail d;
    sql::Statement q(db, QStringLiteral("SELECT account, %1 FROM jira_issues WHERE id=?").arg(JiraRepo::selectColumns()));
    q.exec({id});
    if (!q.next())
        return d;
    d.found = true;
    d.account = q.value(0).toString();
    d.issue = JiraRepo::fromRow(q, 1);
    return d;
}

QList<IssuesQuery::OfPerson> IssuesQuery::ofPerson(QSqlDatabase &db, const PersonQuery &person)
{
    sql::Statement j(db, QStringLiteral(
        "SELECT id, account, issue_key, summary, status, updated FROM jira_issues WHERE deleted_at IS NULL "
        "AND (lower(assignee_email) IN (SELECT value FROM json_each(?)) OR lower(assignee_name) IN (SELECT value FROM json_each(?)) "
        "OR lower(reporter_name) IN (SELECT value FROM json_each(?))) GROUP BY account, issue_key ORDER BY updated DESC, id DESC LIMIT ?"));
    QList<OfPerson> out;
    for (j.exec({person.emails(), person.names(), person.names(), person.limit()}); j.next();) {
        OfPerson issue;
        sql::readRow(j, issue.id, issue.account, issue.key, issue.summary, issue.status, issue.updated);
        out.append(issue);
    }
    return out;
}

} // namespace cairn
