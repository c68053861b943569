// /_admin/gitlab/mutate {"op": ..., ...}: changes to the GitLab state for tests and demos;
//   seed {projects, merge_requests}     add_project {project, merge_requests?}   delete_project {project}
//   add_mr {project, count?}            edit_mr {project, iid | count}           close_mr / merge_mr / reopen_mr {project, iid}
//   approve {project, iid, user?}       comment {project, iid}                   request_review {project, iid, user}
//   delete_mr {project, iid}            create_token {name?, expires_in_seconds?} → {"token"}
//   revoke_token {token}                rate_limit {per_minute}
#include "sim/gitlab/GitLabService.h"

#include <QJsonArray>

namespace sim {

HttpReply GitLabService::mutate(const QJsonObject &body)
{
    const QString op = body.value(QLatin1String("op")).toString();
    const QString project = body.value(QLatin1String("project")).toVariant().toString();
    const int iid = body.value(QLatin1String("iid")).toInt();
    const int count = body.value(QLatin1String("count")).toInt(1);
    if (count < 0 || count > 100000)
        return HttpReply::adminError(400, QStringLiteral("count out of range"));
    QJsonArray changed;
    bool ok = true;
    if (op == QLatin1String("seed")) {
        const int projects = body.value(QLatin1String("projects")).toInt(1);
        const int mrs = body.value(QLatin1String("merge_requests")).toInt(20);
        if (projects < 0 || projects > 10000 || mrs < 0 || mrs > 1000000)
            return HttpReply::adminError(400, QStringLiteral("projects or merge_requests out of range"));
        for (const QString &p : seed(projects, mrs))
            changed.append(p);
    } else if (op == QLatin1String("add_project")) {
        ok = !addProject(project, body.value(QLatin1String("merge_requests")).toInt(0)).isEmpty();
        changed.append(project);
    } else if (op == QLatin1String("delete_project")) {
        ok = deleteProject(project);
        changed.append(project);
    } else if (op == QLatin1String("add_mr")) {
        for (int i = 0; i < count && ok; ++i) {
            const int n = addMergeRequest(project);
            ok = n > 0;
            changed.append(n);
        }
    } else if (op == QLatin1String("edit_mr")) {
        if (iid > 0) {
            ok = editMergeRequest(project, iid);
            changed.append(iid);
        } else {
            for (int n : editRandom(project, count))
                changed.append(n);
        }
    } else if (op == QLatin1String("close_mr") || op == QLatin1String("merge_mr")) {
        ok = closeMergeRequest(project, iid, op == QLatin1String("merge_mr"));
        changed.append(iid);
    } else if (op == QLatin1String("reopen_mr")) {
        ok = reopenMergeRequest(project, iid);
        changed.append(iid);
    } else if (op == QLatin1String("approve")) {
        ok = approve(project, iid, body.value(QLatin1String("user")).toString());
        changed.append(iid);
    } else if (op == QLatin1String("comment")) {
        ok = comment(project, iid);
        changed.append(iid);
    } else if (op == QLatin1String("request_review")) {
        ok = requestReview(project, iid, body.value(QLatin1String("user")).toString());
        changed.append(iid);
    } else if (op == QLatin1String("delete_mr")) {
        ok = deleteMergeRequest(project, iid);
        changed.append(iid);
    } else if (op == QLatin1String("create_token")) {
        const QString token = createToken(body.value(QLatin1String("name")).toString(QStringLiteral("cairn")),
                                          qint64(body.value(QLatin1String("expires_in_seconds")).toDouble(0)));
        return HttpReply::json(200, {{QStringLiteral("token"), token}});
    } else if (op == QLatin1String("revoke_token")) {
        ok = revokeToken(body.value(QLatin1String("token")).toString());
    } else if (op == QLatin1String("rate_limit")) {
        setRequestsPerMinute(body.value(QLatin1String("per_minute")).toInt(2000));
    } else {
        return HttpReply::adminError(400, QStringLiteral("unknown op: ") + op);
    }
    if (!ok)
        return HttpReply::adminError(404, QStringLiteral("%1: no such live project, merge request or token, or nothing to change").arg(op));
    return HttpReply::json(200, {{QStringLiteral("changed"), changed}});
}

} // namespace sim
