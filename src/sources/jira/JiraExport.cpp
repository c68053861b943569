#include "JiraExport.h"
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
} // namespace

namespace JiraExport {

QJsonObject toJson(const JiraIssue &i)
{
    const auto person = [](const QString &id, const QString &name) {
        return id.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{QStringLiteral("accountId"), id}, {QStringLiteral("displayName"), name}});
    };
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("key"), i.key},
                  {QStringLiteral("configuration"), i.config},
                  {QStringLiteral("summary"), i.summary},
                  {QStringLiteral("status"), textJson(i.status)},
                  {QStringLiteral("statusCategory"), textJson(i.statusCategory)},
                  {QStringLiteral("assignee"), person(i.assigneeId, i.assigneeName)},
                  {QStringLiteral("reporter"), person(i.reporterId, i.reporterName)},
                  {QStringLiteral("priority"), textJson(i.priority)},
                  {QStringLiteral("issuetype"), textJson(i.issueType)},
                  {QStringLiteral("project"), QJsonObject{{QStringLiteral("key"), i.projectKey}, {QStringLiteral("name"), i.projectName}}},
                  {QStringLiteral("labels"), QJsonArray::fromStringList(i.labels)},
                  {QStringLiteral("created"), timeJson(i.created)},
                  {QStringLiteral("updated"), timeJson(i.updated)},
                  {QStringLiteral("description"), i.descriptionText}};
    if (i.deleted)
        o.insert(QStringLiteral("deleted"), true);
    return o;
}

QByteArray toCsv(const QList<JiraIssue> &issues)
{
    QString out = QStringLiteral("id,key,summary,status,assignee,reporter,priority,issuetype,project,labels,updated,configuration\r\n");
    for (const JiraIssue &i : issues)
        out += Export::csvRow({i.id, i.key, i.summary, i.status, i.assigneeName, i.reporterName, i.priority, i.issueType,
                                      i.projectKey, i.labels.join(QLatin1Char(' ')), i.updated.toUTC().toString(Qt::ISODate), i.config});
    return out.toUtf8();
}

} // namespace JiraExport
} // namespace cairn
