// POST /_admin/jira/mutate {"op": ..., ...}: changes to the Jira state for tests and demos.
//   add_issue {project?, summary?, count?}   edit_issue {key | count}   transition_issue {key}
//   delete_issue {key | count}               set_time_zone {time_zone}  (the user's profile zone)
// And the Jira credentials check: Basic email:API-token or a Bearer token.
#include "sim/AdminMutation.h"
#include "sim/jira/JiraService.h"

namespace sim {

bool JiraService::authorized(const HttpRequest &request) const
{
    const QByteArray auth = request.header("Authorization").trimmed();
    if (auth.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(auth.mid(6));
        const qsizetype colon = pair.indexOf(':');
        return colon > 0 && m_oauth.isValidAccessToken(id(), QString::fromUtf8(pair.mid(colon + 1)));
    }
    return m_oauth.isValidAccessToken(id(), request.bearerToken());
}

HttpReply JiraService::mutate(const QJsonObject &body)
{
    AdminMutation m(body, 1000000);
    const QString key = m.field("key");
    return m.run(QStringLiteral("live issue or project"), {
        {"add_issue", [&] {
             for (int i = 0; i < m.count() && m.ok(); ++i) {
                 const QString k = addIssue(m.field("project"), m.field("summary"));
                 m.attempted(!k.isEmpty(), k);
             }
         }},
        {"edit_issue", [&] { key.isEmpty() ? m.changedAll(editRandom(m.count())) : m.attempted(editIssue(key), key); }},
        {"delete_issue", [&] { key.isEmpty() ? m.changedAll(deleteRandom(m.count())) : m.attempted(deleteIssue(key), key); }},
        {"transition_issue", [&] { m.attempted(transitionIssue(key), key); }},
        {"set_time_zone", [&] {
             const QTimeZone zone(m.field("time_zone").toUtf8());
             if (zone.isValid())
                 setUserTimeZone(zone);
             else
                 m.answer(HttpReply::adminError(400, QStringLiteral("unknown time zone: ") + m.field("time_zone")));
         }},
    });
}

} // namespace sim
