#include "JiraCompare.h"
#include "jira/JiraRepo.h"
#include "jira/Adf.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::test {

void useJira(SyncHarness &h, const QList<QPair<QString, QString>> &configs)
{
    QStringList names;
    for (const auto &c : configs) {
        names << c.first;
        h.settings().setValue(QStringLiteral("jira.%1.site").arg(c.first), h.sim().baseUrl().toString() + QStringLiteral("/jira"));
        h.settings().setValue(QStringLiteral("jira.%1.jql").arg(c.first), c.second);
    }
    h.settings().setValue(QStringLiteral("jira.configs"), names.join(QLatin1Char(',')));
    h.setAuthenticator(QStringLiteral("jira"),
                                std::make_shared<BasicAuth>("me@example.com", h.sim().options().accessToken.toUtf8()));
}

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

QString isoMs(double ms)
{
    return iso(QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC));
}

QJsonObject canonicalIssue(const JiraIssue &i)
{
    return {{QStringLiteral("id"), i.id}, {QStringLiteral("key"), i.key}, {QStringLiteral("summary"), i.summary},
            {QStringLiteral("status"), i.status}, {QStringLiteral("category"), i.statusCategory},
            {QStringLiteral("assignee"), i.assigneeId}, {QStringLiteral("assignee_name"), i.assigneeName},
            {QStringLiteral("assignee_email"), i.assigneeEmail}, {QStringLiteral("reporter"), i.reporterId},
            {QStringLiteral("priority"), i.priority}, {QStringLiteral("type"), i.issueType},
            {QStringLiteral("project"), i.projectKey}, {QStringLiteral("project_name"), i.projectName},
            {QStringLiteral("labels"), QJsonArray::fromStringList(i.labels)}, {QStringLiteral("created"), iso(i.created)},
            {QStringLiteral("updated"), iso(i.updated)},
            {QStringLiteral("description"), QJsonDocument::fromJson(i.descriptionAdf.toUtf8()).object()},
            {QStringLiteral("text"), i.descriptionText}};
}

QJsonObject canonicalIssueTruth(const QJsonObject &t)
{
    auto sub = [&t](const char *key, const char *field) {
        return t.value(QLatin1String(key)).toObject().value(QLatin1String(field)).toString();
    };
    const QJsonObject description = t.value(QLatin1String("description")).toObject();
    return {{QStringLiteral("id"), t.value(QLatin1String("id")).toString()}, {QStringLiteral("key"), t.value(QLatin1String("key")).toString()},
            {QStringLiteral("summary"), t.value(QLatin1String("summary")).toString()}, {QStringLiteral("status"), sub("status", "name")},
            {QStringLiteral("category"), t.value(QLatin1String("status")).toObject().value(QLatin1String("statusCategory")).toObject().value(QLatin1String("key")).toString()},
            {QStringLiteral("assignee"), sub("assignee", "accountId")}, {QStringLiteral("assignee_name"), sub("assignee", "displayName")},
            {QStringLiteral("assignee_email"), sub("assignee", "emailAddress")}, {QStringLiteral("reporter"), sub("reporter", "accountId")},
            {QStringLiteral("priority"), sub("priority", "name")}, {QStringLiteral("type"), sub("issuetype", "name")},
            {QStringLiteral("project"), sub("project", "key")}, {QStringLiteral("project_name"), sub("project", "name")},
            {QStringLiteral("labels"), t.value(QLatin1String("labels")).toArray()},
            {QStringLiteral("created"), isoMs(t.value(QLatin1String("created_ms")).toDouble())},
            {QStringLiteral("updated"), isoMs(t.value(QLatin1String("updated_ms")).toDouble())},
            {QStringLiteral("description"), description},
            {QStringLiteral("text"), description.isEmpty() ? QString() : adf::toPlainText(description)}};
}
} // namespace

QString compareJira(SyncHarness &h, const QString &config, const QStringList &projects)
{
    const QJsonObject truth = h.sim().groundTruth(QStringLiteral("jira"));
    QSqlDatabase db = h.reader();
    const QList<JiraIssue> cached = JiraRepo::issues(db, QStringLiteral("default"), config);
    QHash<QString, JiraIssue> byId;
    for (const JiraIssue &i : cached)
        byId.insert(i.id, i);
    QSet<QString> known;
    int live = 0;
    for (const QJsonValue &v : truth.value(QLatin1String("issues")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString id = t.value(QLatin1String("id")).toString();
        const QString key = t.value(QLatin1String("key")).toString();
        if (!projects.isEmpty() && !projects.contains(t.value(QLatin1String("project")).toObject().value(QLatin1String("key")).toString()))
            continue;
        known.insert(id);
        const bool deleted = t.value(QLatin1String("deleted")).toBool();
        if (!deleted)
            ++live;
        const QString difference = compareItem(key, deleted, itemAt(byId, id), &canonicalIssue, [&t] { return canonicalIssueTruth(t); });
        if (!difference.isEmpty())
            return difference;
    }
    for (const JiraIssue &i : cached)
        if (!known.contains(i.id) && !i.deleted)
            return QStringLiteral("%1 is live in the cache but not an issue of this configuration on the service").arg(i.key);
    const int cachedLive = JiraRepo::counts(db, QStringLiteral("default"), config).live;
    if (cachedLive != live)
        return QStringLiteral("the cache has %1 live issues, the service %2").arg(cachedLive).arg(live);
    return {};
}

} // namespace cairn::test
