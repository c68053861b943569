// The JQL subset the simulator understands (docs/api-notes.md §4): clauses on project, key, id,
// status, assignee, labels, created and updated (=, !=, >, >=, <, <=, in, not in), AND, OR,
// NOT, parentheses and ORDER BY. Date values are epoch milliseconds, "yyyy/MM/dd HH:mm",
// "yyyy-MM-dd HH:mm", "yyyy/MM/dd", "yyyy-MM-dd" — read in the searching user's time zone,
// as Jira does — or a relative period such as "-5m" or "-2d".
#pragma once

#include "sim/jira/JiraData.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace sim {

struct JqlQuery
{
    std::function<bool(const JIssue &)> where; // empty: the query has no restriction (unbounded)
    struct Order
    {
        QString field; // lower case: updated, created, key, id
        bool ascending = true;
    };
    QList<Order> order;
    // The issues the query names by `id =`, `id in`, `key =`, `key in` (or issuekey): Jira
    // refuses a query naming one that does not exist (docs/api-notes.md §4). `field` as written.
    struct IssueRef
    {
        QString field;
        QString value;
    };
    QList<IssueRef> issueRefs;
    // The projects the query names (by key, id or name, any operator): Jira's strict validation
    // refuses one that does not exist. Same form as issueRefs.
    QList<IssueRef> projectRefs;
    // The syntax tree as POST /jql/parse returns it (JIRA-OAS JqlQuery): "where" (absent when
    // the query has no restriction) and "orderBy".
    QJsonObject structure;
};

// nullopt with Jira's message in *error when the query does not parse.
std::optional<JqlQuery> parseJql(const QString &jql, const QTimeZone &userZone, qint64 nowMs, QString *error);

} // namespace sim
