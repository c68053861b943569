#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::gitlab {

// A GitLab merge request as Cairn keeps it (docs/api-notes.md §7). People are named by their
// usernames; `project` is the project's path_with_namespace ("group/sub/project").
struct MergeRequest
{
    qint64 id = 0;        // global id
    qint64 projectId = 0; // project_id (the target project)
    QString project;      // path_with_namespace of the project it was listed in
    int iid = 0;          // !iid, per project
    QString title;
    QString description;
    QString state;        // opened, closed, locked, merged
    bool draft = false;
    QString author;       // author.username
    QStringList assignees;
    QStringList reviewers;
    QStringList labels;
    QString sourceBranch;
    QString targetBranch;
    QString webUrl;
    int userNotesCount = 0; // the comments (discussions) on it
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime mergedAt;
    QDateTime closedAt;
    // From …/approvals (read when updated_at moved).
    QStringList approvedBy;
    int approvalsRequired = 0;
    int approvalsLeft = 0;
    bool deleted = false;

    bool merged() const { return state == QLatin1String("merged"); }
    bool open() const { return state == QLatin1String("opened") || state == QLatin1String("locked"); }
    // "group/project!42"
    QString reference() const { return project + u'!' + QString::number(iid); }
};

// What GET …/approvals says of one merge request.
struct Approvals
{
    QStringList approvedBy; // usernames, in GitLab's order
    int approvalsRequired = 0;
    int approvalsLeft = 0;
};

// A project as GET /projects/:id and the picker's GET /projects?membership=true give it.
struct Project
{
    qint64 id = 0;
    QString path;        // path_with_namespace
    QString name;
    QString description; // "" when none
    QString webUrl;
    QDateTime lastActivityAt;
};

} // namespace cairn::gitlab
