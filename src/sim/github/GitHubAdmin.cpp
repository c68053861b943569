// POST /_admin/github/mutate {"op": ..., ...}: changes to the GitHub state for tests and demos.
//   add_pull {repo, count?}        edit_pull {repo, number | count}   close_pull {repo, number}
//   merge_pull {repo, number}      add_review {repo, number, state?}  delete_pull {repo, number}
//   add_repo {repo, pulls?}        delete_repo {repo}
//   rate_limit {remaining, reset_in_seconds?, limit?}
#include "sim/AdminMutation.h"
#include "sim/github/GitHubService.h"

namespace sim {

HttpReply GitHubService::mutate(const QJsonObject &body)
{
    AdminMutation m(body, 100000);
    const QString repo = m.field("repo");
    const int number = body.value(QLatin1String("number")).toInt();
    return m.run(QStringLiteral("live repository or pull"), {
        {"add_pull", [&] {
             for (int i = 0; i < m.count() && m.ok(); ++i) {
                 const int n = addPull(repo);
                 m.attempted(n > 0, n);
             }
         }},
        {"edit_pull", [&] { number > 0 ? m.attempted(editPull(repo, number), number) : m.changedAll(editRandomPulls(repo, m.count())); }},
        {"close_pull", [&] { m.attempted(closePull(repo, number, false), number); }},
        {"merge_pull", [&] { m.attempted(closePull(repo, number, true), number); }},
        {"add_review", [&] { m.attempted(addReview(repo, number, m.field("state")), number); }},
        {"delete_pull", [&] { m.attempted(deletePull(repo, number), number); }},
        {"add_repo", [&] { m.attempted(!addRepo(repo, body.value(QLatin1String("pulls")).toInt(0)).isEmpty(), repo); }},
        {"delete_repo", [&] { m.attempted(deleteRepo(repo), repo); }},
        {"rate_limit", [&] {
             setRateLimit(body.value(QLatin1String("limit")).toInt(5000), body.value(QLatin1String("remaining")).toInt(),
                          qint64(body.value(QLatin1String("reset_in_seconds")).toDouble(3600)));
         }},
    });
}

} // namespace sim
