#pragma once
#include "SearchIndex.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn {

// GitHub's search kind (SearchIndex::Kind): its pull requests. Numbers never reused: a cache
// keeps its index rows by them.
inline constexpr SearchIndex::Kind kPullRequestKind = SearchIndex::Kind(4);

// A GitHub pull request as Cairn keeps it (docs/architecture.md §4). `repo` is "owner/name".
struct PullRequest
{
    qint64 id = 0;      // the service's pull request id
    QString repo;
    int number = 0;
    QString state;      // open, closed
    bool draft = false;
    QString title;
    QString body;
    QString author;     // user.login
    QStringList labels; // label names
    QStringList assignees;          // logins
    QStringList requestedReviewers; // logins (teams are not kept)
    QString headRef;
    QString baseRef;
    QString htmlUrl;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt;
    QDateTime mergedAt;
    bool deleted = false;

    bool merged() const { return mergedAt.isValid(); }
};

// A review of a pull request.
struct PullReview
{
    qint64 id = 0;
    QString repo;
    int number = 0;     // of the pull request
    QString author;
    QString state;      // APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING
    QString body;
    QString commitId;
    QString htmlUrl;
    QDateTime submittedAt;
};

} // namespace cairn
