// The GitHub state of the simulator: repositories, their pull requests and reviews. Written
// from docs/api-notes.md §3 only (shares nothing with src/sources/github).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sim {

struct GReview
{
    qint64 id = 0;
    QString user;
    QString state;       // APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED
    QString body;
    QString commitId;
    qint64 submittedMs = 0;
};

struct GPull
{
    qint64 id = 0;
    int number = 0;
    QString title;
    QString body;        // "" = null
    QString user;
    bool closed = false;
    bool draft = false;
    QStringList labels;
    QStringList assignees;          // logins
    QStringList requestedReviewers; // logins
    QString headRef;
    QString headSha;
    QString baseRef;
    qint64 createdMs = 0;
    qint64 updatedMs = 0; // seconds precision, moves with every change (reviews included)
    qint64 closedMs = 0;
    qint64 mergedMs = 0;
    bool deleted = false; // removed (spam, takedown): gone from every answer
    QList<GReview> reviews;
};

struct GRepo
{
    QString owner;
    QString name;
    bool deleted = false;
    // The repository's own fields (GET /user/repos): set when it is added, from its name.
    qint64 id = 0;
    QString description;  // "" = null
    bool isPrivate = false;
    qint64 createdMs = 0;
    qint64 pushedMs = 0;  // the last push: moves with every new pull (its branch was pushed)
    QList<GPull> pulls;  // by number - 1 (issues and pulls share numbers: gaps are fine)

    QString fullName() const { return owner + u'/' + name; }
};

} // namespace sim
