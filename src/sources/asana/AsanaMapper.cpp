#include "ClipLine.h"
#include "AsanaMapper.h"
#include "Error.h"
#include "Json.h"

#include <QCoreApplication>

namespace cairn::asana {

namespace {

const QString kWhat = QStringLiteral("Asana");

[[noreturn]] void bad(const QString &detail)
{
    throw Error(Error::Kind::BadResponse,
                QCoreApplication::translate("cairn::asana", "unexpected answer from Asana: %1").arg(detail));
}

QString gidOf(const QJsonObject &o, QLatin1String key)
{
    return json::string(json::object(o, key, kWhat), QLatin1String("gid"), kWhat);
}

QString nameOf(const QJsonObject &o, QLatin1String key)
{
    return json::string(json::object(o, key, kWhat), QLatin1String("name"), kWhat);
}

QString requiredGid(const QJsonObject &o, const char *what)
{
    const QString gid = json::string(o, QLatin1String("gid"), kWhat);
    if (gid.isEmpty())
        bad(QCoreApplication::translate("cairn::asana", "a %1 without a gid").arg(QLatin1String(what)));
    return gid;
}

} // namespace

QDateTime timeFromJson(const QJsonObject &o, QLatin1String key, const QString &what)
{
    const QString text = json::string(o, key, what);
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        bad(QCoreApplication::translate("cairn::asana", "\"%1\" is not a date and time: %2").arg(QString(key), clipLine(text, 40)));
    return t.toUTC();
}

AsanaProject projectFromJson(const QJsonObject &o)
{
    AsanaProject p;
    p.gid = requiredGid(o, "project");
    p.name = json::string(o, QLatin1String("name"), kWhat);
    p.notes = json::string(o, QLatin1String("notes"), kWhat);
    p.color = json::string(o, QLatin1String("color"), kWhat);
    p.ownerGid = gidOf(o, QLatin1String("owner"));
    p.ownerName = nameOf(o, QLatin1String("owner"));
    // Asana documents no `owner.name` on projects: the owner's name comes from `members.name`
    // (the owner is a member of the project), when the owner is among them.
    if (p.ownerName.isEmpty() && !p.ownerGid.isEmpty())
        for (const QJsonValue &m : json::array(o, QLatin1String("members"), kWhat))
            if (m.isObject() && json::string(m.toObject(), QLatin1String("gid"), kWhat) == p.ownerGid)
                p.ownerName = json::string(m.toObject(), QLatin1String("name"), kWhat);
    p.dueOn = json::string(o, QLatin1String("due_on"), kWhat);
    p.startOn = json::string(o, QLatin1String("start_on"), kWhat);
    p.archived = json::boolean(o, QLatin1String("archived"), kWhat);
    p.completed = json::boolean(o, QLatin1String("completed"), kWhat);
    p.completedAt = timeFromJson(o, QLatin1String("completed_at"), kWhat);
    p.createdAt = timeFromJson(o, QLatin1String("created_at"), kWhat);
    p.modifiedAt = timeFromJson(o, QLatin1String("modified_at"), kWhat);
    p.permalinkUrl = json::string(o, QLatin1String("permalink_url"), kWhat);
    return p;
}

AsanaTask taskFromJson(const QJsonObject &o, const QString &meGid)
{
    AsanaTask t;
    t.gid = requiredGid(o, "task");
    t.name = json::string(o, QLatin1String("name"), kWhat);
    t.notes = json::string(o, QLatin1String("notes"), kWhat);
    t.htmlNotes = json::string(o, QLatin1String("html_notes"), kWhat);
    t.completed = json::boolean(o, QLatin1String("completed"), kWhat);
    t.completedAt = timeFromJson(o, QLatin1String("completed_at"), kWhat);
    t.dueOn = json::string(o, QLatin1String("due_on"), kWhat);
    t.dueAt = json::string(o, QLatin1String("due_at"), kWhat);
    t.startOn = json::string(o, QLatin1String("start_on"), kWhat);
    t.createdAt = timeFromJson(o, QLatin1String("created_at"), kWhat);
    t.modifiedAt = timeFromJson(o, QLatin1String("modified_at"), kWhat);
    t.assigneeGid = gidOf(o, QLatin1String("assignee"));
    t.assigneeName = nameOf(o, QLatin1String("assignee"));
    t.assignedToMe = !t.assigneeGid.isEmpty() && t.assigneeGid == meGid;
    t.permalinkUrl = json::string(o, QLatin1String("permalink_url"), kWhat);
    t.parentGid = gidOf(o, QLatin1String("parent"));
    const QJsonValue subtasks = o.value(QLatin1String("num_subtasks"));
    if (!subtasks.isUndefined() && !subtasks.isNull() && !subtasks.isDouble())
        bad(QStringLiteral("\"num_subtasks\" is not a number"));
    t.numSubtasks = subtasks.toInt();
    for (const QJsonValue &v : json::array(o, QLatin1String("tags"), kWhat)) {
        if (!v.isObject())
            bad(QStringLiteral("a tag is not an object"));
        const QJsonObject tag = v.toObject();
        t.tags.append(QJsonObject{{QStringLiteral("gid"), json::string(tag, QLatin1String("gid"), kWhat)},
                                  {QStringLiteral("name"), json::string(tag, QLatin1String("name"), kWhat)}});
    }
    for (const QJsonValue &v : json::array(o, QLatin1String("custom_fields"), kWhat)) {
        if (!v.isObject())
            bad(QStringLiteral("a custom field is not an object"));
        const QJsonObject f = v.toObject();
        t.customFields.append(QJsonObject{{QStringLiteral("gid"), json::string(f, QLatin1String("gid"), kWhat)},
                                          {QStringLiteral("name"), json::string(f, QLatin1String("name"), kWhat)},
                                          {QStringLiteral("type"), json::string(f, QLatin1String("type"), kWhat)},
                                          {QStringLiteral("display_value"), json::string(f, QLatin1String("display_value"), kWhat)}});
    }
    for (const QJsonValue &v : json::array(o, QLatin1String("memberships"), kWhat)) {
        if (!v.isObject())
            bad(QStringLiteral("a membership is not an object"));
        const QJsonObject m = v.toObject();
        AsanaMembership member{gidOf(m, QLatin1String("project")), nameOf(m, QLatin1String("project")),
                               gidOf(m, QLatin1String("section")), nameOf(m, QLatin1String("section"))};
        if (member.projectGid.isEmpty())
            continue; // a membership in a user task list or portfolio: not a project
        bool dup = false;
        for (const AsanaMembership &had : std::as_const(t.memberships))
            dup = dup || had.projectGid == member.projectGid;
        if (!dup)
            t.memberships.append(member);
    }
    return t;
}

} // namespace cairn::asana
