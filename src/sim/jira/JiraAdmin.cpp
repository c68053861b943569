// POST /_admin/jira/mutate {"op": ..., ...}: changes to the Jira state for tests and demos.
//   add_issue {project?, summary?, count?}   edit_issue {key | count}   transition_issue {key}
//   delete_issue {key | count}               set_time_zone {time_zone}  (the user's profile zone)
// And the Jira credentials check: Basic email:API-token or a Bearer token.
#include "sim/jira/JiraService.h"

#include <QJsonArray>

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
    JiraService &j = *this;
    const QString op = adminField(body, "op");
    const QString key = adminField(body, "key");
    const int count = body.value(QStringLiteral("count")).toInt(1);
    if (count < 0 || count > 1000000)
        return HttpReply::adminError(400, QStringLiteral("count out of range"));
    QStringList changed;
    bool ok = true;
    if (op == QLatin1String("add_issue")) {
        for (int i = 0; i < count && ok; ++i) {
            const QString k = j.addIssue(adminField(body, "project"), adminField(body, "summary"));
            ok = !k.isEmpty();
            changed << k;
        }
    } else if (op == QLatin1String("edit_issue") || op == QLatin1String("delete_issue")) {
        const bool edit = op == QLatin1String("edit_issue");
        if (!key.isEmpty()) {
            ok = edit ? j.editIssue(key) : j.deleteIssue(key);
            changed << key;
        } else {
            changed = edit ? j.editRandom(count) : j.deleteRandom(count);
        }
    } else if (op == QLatin1String("transition_issue")) {
        ok = j.transitionIssue(key);
        changed << key;
    } else if (op == QLatin1String("set_time_zone")) {
        const QTimeZone zone(adminField(body, "time_zone").toUtf8());
        if (!zone.isValid())
            return HttpReply::adminError(400, QStringLiteral("unknown time zone: ") + adminField(body, "time_zone"));
        j.setUserTimeZone(zone);
    } else {
        return HttpReply::adminError(400, QStringLiteral("unknown op: ") + op);
    }
    if (!ok)
        return HttpReply::adminError(404, QStringLiteral("%1: no such live issue or project").arg(op));
    return HttpReply::json(200, {{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
}

} // namespace sim
