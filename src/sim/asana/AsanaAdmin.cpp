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
#include "sim/AdminMutation.h"
#include "sim/asana/AsanaService.h"

namespace sim {

HttpReply AsanaService::mutate(const QJsonObject &body)
{
    AdminMutation m(body, 100000);
    const QString gid = m.field("gid");
    const QString project = m.field("project");
    return m.run(QStringLiteral("live task or project"), {
        {"api_writes", [&] {
             QJsonObject answer{{QStringLiteral("writes"), apiWritesJson()}};
             if (body.contains(QStringLiteral("external")))
                 answer.insert(QStringLiteral("task"), taskByExternalGid(m.field("external")));
             m.answer(HttpReply::json(200, answer));
         }},
        {"add_task", [&] {
             for (int i = 0; i < m.count() && m.ok(); ++i) {
                 const QString t = addTask(project, m.field("name"));
                 m.attempted(!t.isEmpty(), t);
             }
         }},
        {"edit_task", [&] { gid.isEmpty() ? m.changedAll(editRandomTasks(m.count())) : m.attempted(editTask(gid), gid); }},
        {"delete_task", [&] { gid.isEmpty() ? m.changedAll(deleteRandomTasks(m.count())) : m.attempted(deleteTask(gid), gid); }},
        {"complete_task", [&] { m.attempted(completeTask(gid), gid); }},
        {"undelete_task", [&] { m.attempted(undeleteTask(gid), gid); }},
        {"add_project", [&] { m.changed(addProject(m.field("name"), body.value(QStringLiteral("tasks")).toInt(0))); }},
        {"edit_project", [&] { m.attempted(editProject(gid), gid); }},
        {"delete_project", [&] { m.attempted(deleteProject(gid), gid); }},
        {"archive_project", [&] { m.attempted(archiveProject(gid, body.value(QStringLiteral("archived")).toBool(true)), gid); }},
        {"complete_project", [&] { m.attempted(completeProject(gid, body.value(QStringLiteral("completed")).toBool(true)), gid); }},
        {"move_task", [&] { m.attempted(moveTask(gid, m.field("from"), m.field("to"), m.field("section")), gid); }},
        {"move_section", [&] { m.attempted(moveToSection(gid, project, m.field("section")), gid); }},
        {"add_to_project", [&] { m.attempted(addToProject(gid, project), gid); }},
        {"add_to_portfolio", [&] { m.attempted(addToPortfolio(project), project); }},
        {"remove_from_portfolio", [&] { m.attempted(removeFromPortfolio(project), project); }},
        {"search", [&] { setSearchEnabled(body.value(QStringLiteral("enabled")).toBool()); }},
    });
}

} // namespace sim
