// The Asana state of the simulator: users, projects with sections, tasks with memberships,
// and the event log the per-project Events streams read from. Written from docs/api-notes.md §1
// and ASANA-OAS only (shares nothing with src/sources/asana).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sim {

struct AUser
{
    QString gid;
    QString name;
    QString email;
};

struct ASection
{
    QString gid;
    QString name;
};

struct AProject
{
    QString gid;
    QString name;
    QString notes;
    QString color;
    QString ownerGid;      // "" = no owner
    QString dueOn;         // yyyy-MM-dd or ""
    QString startOn;
    bool archived = false;
    bool completed = false;
    bool deleted = false;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0; // moves with the project's own fields only, never with its tasks
    qint64 completedMs = 0;
    QList<ASection> sections;
    QStringList customFieldGids; // the fields its tasks carry (AFieldDef::gid), in order
};

struct AMembership
{
    QString projectGid;
    QString sectionGid;
};

// A custom field of the workspace (Asana's custom field definition; AsanaFields.cpp).
struct AFieldDef
{
    QString gid;
    QString name;
    QString type;          // text, number, enum, multi_enum, date, people
    QString description;
    QList<QPair<QString, QString>> options; // enum, multi_enum: option gid, name (colors follow)
    int precision = 0;     // number
    QString format;        // number: none, currency
    QString currency;      // format currency: its code
};

// A task's value of a custom field of its project.
struct ACustomField
{
    QString gid;           // the field's (AFieldDef::gid)
    QString name;
    QString type;          // as AFieldDef::type
    QString displayValue;  // "" = not set (display_value null)
    QStringList values;    // enum, multi_enum: option gids; people: user gids; text, number, date: the value
};

struct ATask
{
    QString gid;
    QString name;
    QString notes;
    QString htmlNotes;
    bool completed = false;
    qint64 completedMs = 0;
    QString dueOn;         // yyyy-MM-dd or ""
    QString dueAt;         // ISO date-time or ""
    QString startOn;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    QString assigneeGid;   // "" = unassigned
    QList<AMembership> memberships;
    QStringList tagGids;
    QList<ACustomField> customFields;
    int numSubtasks = 0;
    QString parentGid;
    bool deleted = false;
    QString externalGid;   // custom external data (an OAuth app's): "" = none
    QString externalData;

    bool inProject(const QString &projectGid) const
    {
        for (const AMembership &m : memberships)
            if (m.projectGid == projectGid)
                return true;
        return false;
    }
};

// A portfolio (GET /portfolios lists the ones the user owns; /portfolios/{gid}/items its projects).
struct APortfolio
{
    QString gid;
    QString name;
    QString workspaceGid;
    QString ownerGid;
    QString color;
    QStringList projectGids; // in order
};

// A comment story on a task (POST /tasks/{task_gid}/stories).
struct AStory
{
    QString gid;
    QString taskGid;
    QString text;
    QString htmlText;
    QString authorGid;
    qint64 createdMs = 0;
    bool pinned = false;
};

// One entry of the event log; `stream` is the project whose Events stream carries it.
struct AEvent
{
    quint64 seq = 0;
    qint64 createdMs = 0;
    QString stream;
    QString action;        // changed, added, removed, deleted, undeleted
    QString resourceType;  // task, project, story
    QString resourceGid;
    QString parentGid;     // for added/removed: the project (a story's: its task)
    QString field;         // for changed: the field
    QString userGid;       // "" = system event (user null)
};

} // namespace sim
