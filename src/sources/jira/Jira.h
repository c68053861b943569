#pragma once
#include "SearchIndex.h"
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cairn {

// Jira's search kind (SearchIndex::Kind): its issues. Numbers never reused: a cache
// keeps its index rows by them.
inline constexpr SearchIndex::Kind kJiraIssueKind = SearchIndex::Kind(5);

// A Jira issue as Cairn keeps it (docs/architecture.md §4). `id` is Jira's numeric id as text; the
// same issue may be cached once per sync configuration (`config`).
struct JiraIssue
{
    QString config;
    QString id;
    QString key;
    QString summary;
    QString status;
    QString statusCategory; // new, indeterminate, done
    QString assigneeId;     // "" = unassigned
    QString assigneeName;
    QString assigneeEmail;  // "" when hidden by the user's privacy settings
    QString reporterId;
    QString reporterName;
    QString priority;
    QString issueType;
    QString projectKey;
    QString projectName;
    QStringList labels;
    QDateTime created;
    QDateTime updated;
    QString descriptionAdf;  // the ADF document as compact JSON, "" = no description
    QString descriptionText; // its plain-text rendering
    bool deleted = false;
};

} // namespace cairn
