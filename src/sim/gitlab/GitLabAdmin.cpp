// /_admin/gitlab/mutate {"op": ..., ...}: changes to the GitLab state for tests and demos;
//   seed {projects, merge_requests}     add_project {project, merge_requests?}   delete_project {project}
//   add_mr {project, count?}            edit_mr {project, iid | count}           close_mr / merge_mr / reopen_mr {project, iid}
//   approve {project, iid, user?}       comment {project, iid}                   request_review {project, iid, user}
//   delete_mr {project, iid}            create_token {name?, expires_in_seconds?} → {"token"}
//   revoke_token {token}                rate_limit {per_minute}
#include "sim/AdminMutation.h"
#include "sim/gitlab/GitLabService.h"

namespace sim {

HttpReply GitLabService::mutate(const QJsonObject &body)
{
    AdminMutation m(body, 100000);
    const QString project = body.value(QLatin1String("project")).toVariant().toString();
    const int iid = body.value(QLatin1String("iid")).toInt();
    return m.run(QStringLiteral("live project, merge request or token, or nothing to change"), {
        {"seed", [&] {
             const int projects = body.value(QLatin1String("projects")).toInt(1);
             const int mrs = body.value(QLatin1String("merge_requests")).toInt(20);
             if (projects < 0 || projects > 10000 || mrs < 0 || mrs > 1000000)
                 m.answer(HttpReply::adminError(400, QStringLiteral("projects or merge_requests out of range")));
             else
                 m.changedAll(seed(projects, mrs));
         }},
        {"add_project", [&] { m.attempted(!addProject(project, body.value(QLatin1String("merge_requests")).toInt(0)).isEmpty(), project); }},
        {"delete_project", [&] { m.attempted(deleteProject(project), project); }},
        {"add_mr", [&] {
             for (int i = 0; i < m.count() && m.ok(); ++i) {
                 const int n = addMergeRequest(project);
                 m.attempted(n > 0, n);
             }
         }},
        {"edit_mr", [&] { iid > 0 ? m.attempted(editMergeRequest(project, iid), iid) : m.changedAll(editRandom(project, m.count())); }},
        {"close_mr", [&] { m.attempted(closeMergeRequest(project, iid, false), iid); }},
        {"merge_mr", [&] { m.attempted(closeMergeRequest(project, iid, true), iid); }},
        {"reopen_mr", [&] { m.attempted(reopenMergeRequest(project, iid), iid); }},
        {"approve", [&] { m.attempted(approve(project, iid, m.field("user")), iid); }},
        {"comment", [&] { m.attempted(comment(project, iid), iid); }},
        {"request_review", [&] { m.attempted(requestReview(project, iid, m.field("user")), iid); }},
        {"delete_mr", [&] { m.attempted(deleteMergeRequest(project, iid), iid); }},
        {"create_token", [&] {
             const QString token = createToken(body.value(QLatin1String("name")).toString(QStringLiteral("cairn")),
                                               qint64(body.value(QLatin1String("expires_in_seconds")).toDouble(0)));
             m.answer(HttpReply::json(200, {{QStringLiteral("token"), token}}));
         }},
        {"revoke_token", [&] { m.require(revokeToken(m.field("token"))); }},
        {"rate_limit", [&] { setRequestsPerMinute(body.value(QLatin1String("per_minute")).toInt(2000)); }},
    });
}

} // namespace sim
