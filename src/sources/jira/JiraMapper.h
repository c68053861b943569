#pragma once
#include "Jira.h"

#include <QJsonObject>

namespace cairn::jira {

// One issue of a search page or GET /issue (IssueBean) → JiraIssue. Throws
// Error(BadResponse) for a missing id or key, a wrongly typed field or an unreadable time.
JiraIssue issueFromJson(const QJsonObject &o, const QString &config);
// Jira's "2023-06-24T19:24:50.000+0000" (any offset; also with a colon or Z), or invalid.
QDateTime parseJiraTime(const QString &text);

} // namespace cairn::jira
