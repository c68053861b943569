// The Jira Cloud state of the simulator: users, projects and issues (ADF descriptions).
// Written from docs/api-notes.md §4 and JIRA-OAS only (shares nothing with
// src/sources/jira).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sim {

struct JUser
{
    QString accountId;
    QString displayName;
    QString email;
};

struct JProject
{
    QString id;
    QString key;
    QString name;
};

struct JIssue
{
    qint64 id = 0;
    QString key;
    QString projectKey;
    QString summary;
    QString status;          // "To Do", "In Progress", "Done"
    QString statusCategory;  // new, indeterminate, done
    QString assigneeId;      // "" = unassigned
    QString reporterId;
    QString priority;        // "" = none
    QString issueType;
    QStringList labels;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QJsonObject description; // ADF document; empty = null
    QJsonObject customFields; // customfield_… → its value (null when not set), as in `fields`
    bool deleted = false;
};

} // namespace sim
