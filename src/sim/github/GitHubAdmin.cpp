// POST /_admin/github/mutate {"op": ..., ...}: changes to the GitHub state for tests and demos.
//   add_pull {repo, count?}        edit_pull {repo, number | count}   close_pull {repo, number}
//   merge_pull {repo, number}      add_review {repo, number, state?}  delete_pull {repo, number}
//   add_repo {repo, pulls?}        delete_repo {repo}
//   rate_limit {remaining, reset_in_seconds?, limit?}
#include "sim/github/GitHubService.h"

#include <QJsonArray>

namespace sim {

HttpReply GitHubService::mutate(const QJsonObject &body)
{
    GitHubService &g = *this;
    const QString op = body.value(QLatin1String("op")).toString();
    const QString repo = body.value(QLatin1String("repo")).toString();
    const int number = body.value(QLatin1String("number")).toInt();
    const int count = body.value(QLatin1String("count")).toInt(1);
    if (count < 0 || count > 100000)
        return HttpReply::adminError(400, QStringLiteral("count out of range"));
    QJsonArray changed;
    bool ok = true;
    if (op == QLatin1String("add_pull")) {
        for (int i = 0; i < count && ok; ++i) {
            const int n = g.addPull(repo);
            ok = n > 0;
            changed.append(n);
        }
    } else if (op == QLatin1String("edit_pull")) {
        if (number > 0) {
            ok = g.editPull(repo, number);
            changed.append(number);
        } else {
            for (int n : g.editRandomPulls(repo, count))
                changed.append(n);
        }
    } else if (op == QLatin1String("close_pull") || op == QLatin1String("merge_pull")) {
        ok = g.closePull(repo, number, op == QLatin1String("merge_pull"));
        changed.append(number);
    } else if (op == QLatin1String("add_review")) {
        ok = g.addReview(repo, number, body.value(QLatin1String("state")).toString());
        changed.append(number);
    } else if (op == QLatin1String("delete_pull")) {
        ok = g.deletePull(repo, number);
        changed.append(number);
    } else if (op == QLatin1String("add_repo")) {
        ok = !g.addRepo(repo, body.value(QLatin1String("pulls")).toInt(0)).isEmpty();
        changed.append(repo);
    } else if (op == QLatin1String("delete_repo")) {
        ok = g.deleteRepo(repo);
        changed.append(repo);
    } else if (op == QLatin1String("rate_limit")) {
        g.setRateLimit(body.value(QLatin1String("limit")).toInt(5000), body.value(QLatin1String("remaining")).toInt(),
                       qint64(body.value(QLatin1String("reset_in_seconds")).toDouble(3600)));
    } else {
        return HttpReply::adminError(400, QStringLiteral("unknown op: ") + op);
    }
    if (!ok)
        return HttpReply::adminError(404, QStringLiteral("%1: no such live repository or pull").arg(op));
    return HttpReply::json(200, {{QStringLiteral("changed"), changed}});
}

} // namespace sim
