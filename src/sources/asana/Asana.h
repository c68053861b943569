#pragma once
#include "SearchIndex.h"
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace cairn {

// Asana's search kinds (SearchIndex::Kind): its projects and its tasks. Numbers never reused: a cache
// keeps its index rows by them.
inline constexpr SearchIndex::Kind kProjectKind = SearchIndex::Kind(2);
inline constexpr SearchIndex::Kind kTaskKind = SearchIndex::Kind(3);

// An Asana project as Cairn keeps it (docs/architecture.md §4).
struct AsanaProject
{
    QString gid;
    QString name;
    QString notes;
    QString color;
    QString ownerGid;
    QString ownerName;
    QString dueOn;   // yyyy-MM-dd or ""
    QString startOn;
    bool archived = false;
    bool completed = false;
    QDateTime completedAt;
    QDateTime createdAt;
    QDateTime modifiedAt; // moves with the project's own fields only, not with its tasks
    QString permalinkUrl;
    bool deleted = false;
    QDateTime tasksRefreshedAt; // server time of the last task listing (cache only)

    bool active() const { return !archived && !completed && !deleted; }
};

// A task's place in one project (a task can live in several).
struct AsanaMembership
{
    QString projectGid;
    QString projectName;
    QString sectionGid;
    QString sectionName;
};

struct AsanaTask
{
    QString gid;
    QString name;
    QString notes;
    QString htmlNotes;
    bool completed = false;
    QDateTime completedAt;
    QString dueOn;  // yyyy-MM-dd or ""
    QString dueAt;  // as the service wrote it, or ""
    QString startOn;
    QDateTime createdAt;
    QDateTime modifiedAt;
    QString assigneeGid;
    QString assigneeName;
    bool assignedToMe = false;
    QString permalinkUrl;
    QJsonArray tags;         // [{gid, name}]
    QJsonArray customFields; // [{gid, name, type, display_value}]
    int numSubtasks = 0;
    QString parentGid;
    QList<AsanaMembership> memberships; // first = home project
    bool deleted = false;
};

} // namespace cairn
