// POST /_admin/asana/mutate {"op": ..., ...}: changes to the Asana state for tests and demos.
//   add_task {project, name?, count?}    edit_task {gid | count}     complete_task {gid}
//   delete_task {gid | count}            undelete_task {gid}
//   add_project {name?, tasks?}          edit_project {gid}          delete_project {gid}
//   archive_project {gid, archived?}     complete_project {gid, completed?}
//   move_task {gid, from, to, section?}  move_section {gid, project, section}
//   add_to_project {gid, project}        search {enabled}
//   api_writes                           (changes nothing) how often the API wrote each task:
//                                        {"writes": {gid: {created, updated, deleted, stories}}}
//                                        and, with `external`, the task that has that external gid
#include "sim/asana/AsanaService.h"

#include <QJsonArray>

namespace sim {

HttpReply AsanaService::mutate(const QJsonObject &body)
{
    AsanaService &a = *this;
    const QString op = adminField(body, "op");
    const QString gid = adminField(body, "gid");
    const int count = body.value(QStringLiteral("count")).toInt(1);
    if (count < 0 || count > 100000)
        return HttpReply::adminError(400, QStringLiteral("count out of range"));
    QStringList changed;
    bool ok = true;
    if (op == QLatin1String("api_writes")) {
        QJsonObject answer{{QStringLiteral("writes"), apiWritesJson()}};
        if (body.contains(QStringLiteral("external")))
            answer.insert(QStringLiteral("task"), taskByExternalGid(adminField(body, "external")));
        return HttpReply::json(200, answer);
    }
    if (op == QLatin1String("add_task")) {
        for (int i = 0; i < count && ok; ++i) {
            const QString t = a.addTask(adminField(body, "project"), adminField(body, "name"));
            ok = !t.isEmpty();
            changed << t;
        }
    } else if (op == QLatin1String("edit_task") || op == QLatin1String("delete_task")) {
        const bool edit = op == QLatin1String("edit_task");
        if (!gid.isEmpty()) {
            ok = edit ? a.editTask(gid) : a.deleteTask(gid);
            changed << gid;
        } else {
            changed = edit ? a.editRandomTasks(count) : a.deleteRandomTasks(count);
        }
    } else if (op == QLatin1String("complete_task")) {
        ok = a.completeTask(gid);
        changed << gid;
    } else if (op == QLatin1String("undelete_task")) {
        ok = a.undeleteTask(gid);
        changed << gid;
    } else if (op == QLatin1String("add_project")) {
        changed << a.addProject(adminField(body, "name"), body.value(QStringLiteral("tasks")).toInt(0));
    } else if (op == QLatin1String("edit_project")) {
        ok = a.editProject(gid);
        changed << gid;
    } else if (op == QLatin1String("delete_project")) {
        ok = a.deleteProject(gid);
        changed << gid;
    } else if (op == QLatin1String("archive_project")) {
        ok = a.archiveProject(gid, body.value(QStringLiteral("archived")).toBool(true));
        changed << gid;
    } else if (op == QLatin1String("complete_project")) {
        ok = a.completeProject(gid, body.value(QStringLiteral("completed")).toBool(true));
        changed << gid;
    } else if (op == QLatin1String("move_task")) {
        ok = a.moveTask(gid, adminField(body, "from"), adminField(body, "to"), adminField(body, "section"));
        changed << gid;
    } else if (op == QLatin1String("move_section")) {
        ok = a.moveToSection(gid, adminField(body, "project"), adminField(body, "section"));
        changed << gid;
    } else if (op == QLatin1String("add_to_project")) {
        ok = a.addToProject(gid, adminField(body, "project"));
        changed << gid;
    } else if (op == QLatin1String("add_to_portfolio")) {
        ok = a.addToPortfolio(adminField(body, "project"));
        changed << adminField(body, "project");
    } else if (op == QLatin1String("remove_from_portfolio")) {
        ok = a.removeFromPortfolio(adminField(body, "project"));
        changed << adminField(body, "project");
    } else if (op == QLatin1String("search")) {
        a.setSearchEnabled(body.value(QStringLiteral("enabled")).toBool());
    } else {
        return HttpReply::adminError(400, QStringLiteral("unknown op: ") + op);
    }
    if (!ok)
        return HttpReply::adminError(404, QStringLiteral("%1: no such live task or project").arg(op));
    return HttpReply::json(200, {{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
}

} // namespace sim
