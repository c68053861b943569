#include "AsanaExport.h"
#include "Export.h"

#include <QJsonArray>

namespace cairn {

namespace {
QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

namespace AsanaExport {

QJsonObject toJson(const AsanaTask &t)
{
    QJsonArray memberships;
    for (const AsanaMembership &m : t.memberships)
        memberships.append(QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("gid"), m.projectGid},
                                                                                {QStringLiteral("name"), m.projectName}}},
                                       {QStringLiteral("section"), m.sectionName.isEmpty()
                                                                        ? QJsonValue()
                                                                        : QJsonValue(QJsonObject{{QStringLiteral("gid"), m.sectionGid},
                                                                                                 {QStringLiteral("name"), m.sectionName}})}});
    QJsonObject o{{QStringLiteral("id"), t.gid},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("completed"), t.completed},
                  {QStringLiteral("completed_at"), timeJson(t.completedAt)},
                  {QStringLiteral("due_on"), textJson(t.dueOn)},
                  {QStringLiteral("due_at"), textJson(t.dueAt)},
                  {QStringLiteral("start_on"), textJson(t.startOn)},
                  {QStringLiteral("created_at"), timeJson(t.createdAt)},
                  {QStringLiteral("modified_at"), timeJson(t.modifiedAt)},
                  {QStringLiteral("assignee"), t.assigneeGid.isEmpty() ? QJsonValue()
                                                                       : QJsonValue(QJsonObject{{QStringLiteral("gid"), t.assigneeGid},
                                                                                                {QStringLiteral("name"), t.assigneeName}})},
                  {QStringLiteral("assigned_to_me"), t.assignedToMe},
                  {QStringLiteral("notes"), t.notes},
                  {QStringLiteral("permalink_url"), textJson(t.permalinkUrl)},
                  {QStringLiteral("tags"), t.tags},
                  {QStringLiteral("custom_fields"), t.customFields},
                  {QStringLiteral("num_subtasks"), t.numSubtasks},
                  {QStringLiteral("parent"), textJson(t.parentGid)},
                  {QStringLiteral("memberships"), memberships}};
    if (t.deleted)
        o.insert(QStringLiteral("deleted"), true);
    return o;
}

QByteArray toCsv(const QList<AsanaTask> &tasks)
{
    QString out = QStringLiteral("id,name,completed,due_on,assignee,projects,section,tags,modified_at,permalink_url\r\n");
    for (const AsanaTask &t : tasks) {
        QStringList projects, tags;
        for (const AsanaMembership &m : t.memberships)
            projects << m.projectName;
        for (const QJsonValue &tag : t.tags)
            tags << tag.toObject().value(QLatin1String("name")).toString();
        out += Export::csvRow({t.gid, t.name, yesNo(t.completed), t.dueOn, t.assigneeName, projects.join(QStringLiteral("; ")),
                                      t.memberships.value(0).sectionName, tags.join(QLatin1Char(' ')),
                                      t.modifiedAt.toUTC().toString(Qt::ISODate), t.permalinkUrl});
    }
    return out.toUtf8();
}

} // namespace AsanaExport

} // namespace cairn
