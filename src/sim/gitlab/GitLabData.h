// The GitLab state of the simulator: projects, their merge requests and approvals, and the
// personal access tokens. Written from docs/api-notes.md §7 only (shares nothing with
// src/sources/gitlab).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sim {

struct GLMergeRequest
{
    qint64 id = 0;          // global
    int iid = 0;            // per project, from 1
    QString title;
    QString description;    // "" = null
    QString state;          // opened, closed, locked, merged
    bool draft = false;
    QString author;         // usernames
    QStringList assignees;
    QStringList reviewers;
    QStringList labels;
    QStringList approvedBy;
    int approvalsRequired = 0;
    int userNotesCount = 0;
    QString sourceBranch;
    QString targetBranch;
    QString sha;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;   // milliseconds; moves (strictly) with every change, approvals and comments included
    qint64 mergedMs = 0;
    qint64 closedMs = 0;
    bool deleted = false;   // deleted by an owner: gone from every answer, no tombstone
};

struct GLProject
{
    qint64 id = 0;
    QString path;           // path_with_namespace ("acme/platform/api")
    QString name;
    QString description;    // "" = null
    qint64 createdMs = 0;
    qint64 lastActivityMs = 0;
    bool member = true;     // listed by GET /projects?membership=true
    bool deleted = false;   // 404 everywhere
    QList<GLMergeRequest> mergeRequests; // by iid - 1

    QString namespacePath() const { return path.section(u'/', 0, -2); }
};

// A personal access token (glpat-…); the simulator's static token is one that never expires.
struct GLToken
{
    QString token;
    QString name;
    qint64 expiresMs = 0;   // 0: never
    bool revoked = false;
};

} // namespace sim
