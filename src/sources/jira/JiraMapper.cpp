#include "ClipLine.h"
#include "JiraMapper.h"
#include "Adf.h"
#include "Error.h"
#include "Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace cairn::jira {

namespace {
const QString kWhat = QStringLiteral("Jira");

[[noreturn]] void bad(const QString &detail)
{
    // The detail may quote the service's text: one clean line (fuzzing found a NUL in a time).
    throw Error(Error::Kind::BadResponse,
                clipLine(QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: %1").arg(detail), 400));
}

QString nameOf(const QJsonObject &fields, const char *key)
{
    return json::string(json::object(fields, QLatin1String(key), kWhat), QLatin1String("name"), kWhat);
}

QDateTime timeOf(const QJsonObject &fields, const char *key, const QString &issueKey)
{
    const QString text = json::string(fields, QLatin1String(key), kWhat);
    if (text.isEmpty())
        return {};
    const QDateTime t = parseJiraTime(text);
    if (!t.isValid())
        bad(QCoreApplication::translate("cairn::jira", "issue %1 has an unreadable \"%2\" time: %3")
                .arg(issueKey, QLatin1String(key), text.left(40)));
    return t;
}
} // namespace

QDateTime parseJiraTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,3})\\d*)?(Z|([+-])(\\d{2}):?(\\d{2}))$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        return {};
    const int ms = m.captured(2).isEmpty() ? 0 : m.captured(2).leftJustified(3, QLatin1Char('0')).toInt();
    int offsetSecs = 0;
    if (m.captured(3) != QLatin1String("Z")) {
        offsetSecs = (m.captured(5).toInt() * 60 + m.captured(6).toInt()) * 60;
        if (m.captured(4) == QLatin1String("-"))
            offsetSecs = -offsetSecs;
    }
    t = QDateTime(t.date(), t.time().addMSecs(ms), Qt::OffsetFromUTC, offsetSecs);
    return t.toUTC();
}

JiraIssue issueFromJson(const QJsonObject &o, const QString &config)
{
    JiraIssue i;
    i.config = config;
    i.id = json::string(o, QLatin1String("id"), kWhat);
    i.key = json::string(o, QLatin1String("key"), kWhat);
    if (i.id.isEmpty() || i.key.isEmpty())
        bad(QCoreApplication::translate("cairn::jira", "an issue without an id or key"));
    const QJsonObject f = json::object(o, QLatin1String("fields"), kWhat);
    i.summary = json::string(f, QLatin1String("summary"), kWhat);
    const QJsonObject status = json::object(f, QLatin1String("status"), kWhat);
    i.status = json::string(status, QLatin1String("name"), kWhat);
    i.statusCategory = json::string(json::object(status, QLatin1String("statusCategory"), kWhat), QLatin1String("key"), kWhat);
    const QJsonObject assignee = json::object(f, QLatin1String("assignee"), kWhat);
    i.assigneeId = json::string(assignee, QLatin1String("accountId"), kWhat);
    i.assigneeName = json::string(assignee, QLatin1String("displayName"), kWhat);
    i.assigneeEmail = json::string(assignee, QLatin1String("emailAddress"), kWhat);
    const QJsonObject reporter = json::object(f, QLatin1String("reporter"), kWhat);
    i.reporterId = json::string(reporter, QLatin1String("accountId"), kWhat);
    i.reporterName = json::string(reporter, QLatin1String("displayName"), kWhat);
    i.priority = nameOf(f, "priority");
    i.issueType = nameOf(f, "issuetype");
    const QJsonObject project = json::object(f, QLatin1String("project"), kWhat);
    i.projectKey = json::string(project, QLatin1String("key"), kWhat);
    i.projectName = json::string(project, QLatin1String("name"), kWhat);
    for (const QJsonValue &l : json::array(f, QLatin1String("labels"), kWhat)) {
        if (!l.isString())
            bad(QCoreApplication::translate("cairn::jira", "issue %1 has a label that is not a string").arg(i.key));
        i.labels << l.toString();
    }
    i.created = timeOf(f, "created", i.key);
    i.updated = timeOf(f, "updated", i.key);
    if (!i.updated.isValid())
        bad(QCoreApplication::translate("cairn::jira", "issue %1 has no \"updated\" time").arg(i.key));
    const QJsonValue description = f.value(QLatin1String("description"));
    if (description.isObject()) {
        i.descriptionAdf = QString::fromUtf8(QJsonDocument(description.toObject()).toJson(QJsonDocument::Compact));
        i.descriptionText = adf::toPlainText(description);
    } else if (description.isString()) { // v2-style plain text
        i.descriptionText = description.toString();
    } else if (!description.isNull() && !description.isUndefined()) {
        bad(QCoreApplication::translate("cairn::jira", "issue %1 has a description that is not a document").arg(i.key));
    }
    return i;
}

} // namespace cairn::jira
