#include "ClipLine.h"
#include "JiraMapper.h"
#include "Adf.h"
#include "Error.h"
#include "Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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
    // "2023-06-25T08:24:50.123+1300" (also "Z", "+13:00", 1-9 fraction digits). Read by hand:
    // a regular expression and QDateTime::fromString (local time first) were a tenth of a
    // Jira sync's instructions, two times per issue.
    const QString s = text.trimmed();
    const auto number = [&s](qsizetype at, int width, int *out) {
        if (at + width > s.size())
            return false;
        int v = 0;
        for (qsizetype i = at; i < at + width; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + int(c - u'0');
        }
        *out = v;
        return true;
    };
    const auto is = [&s](qsizetype at, char16_t c) { return at < s.size() && s.at(at).unicode() == c; };
    int year, month, day, hour, minute, second;
    if (!number(0, 4, &year) || !is(4, u'-') || !number(5, 2, &month) || !is(7, u'-') || !number(8, 2, &day)
        || !is(10, u'T') || !number(11, 2, &hour) || !is(13, u':') || !number(14, 2, &minute) || !is(16, u':')
        || !number(17, 2, &second))
        return {};
    qsizetype i = 19;
    int ms = 0;
    if (is(i, u'.')) {
        int digits = 0;
        for (++i; i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128; ++i, ++digits)
            if (digits < 3)
                ms = ms * 10 + int(s.at(i).unicode() - u'0');
        if (digits == 0)
            return {};
        for (; digits < 3; ++digits)
            ms *= 10;
    }
    int offsetSecs = 0;
    if (is(i, u'Z')) {
        ++i;
    } else if (is(i, u'+') || is(i, u'-')) {
        const int sign = is(i, u'-') ? -1 : 1;
        int hours, minutes;
        if (!number(i + 1, 2, &hours))
            return {};
        i += 3;
        if (is(i, u':'))
            ++i;
        if (!number(i, 2, &minutes))
            return {};
        i += 2;
        offsetSecs = sign * (hours * 60 + minutes) * 60;
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (i != s.size() || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSecs);
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
        i.descriptionText = adf::toPlainText(description);
        // A document that shows nothing (no content, or only empty paragraphs: what the editor
        // leaves when the text is cleared) is no description, as null is: the window says
        // "No description" rather than showing an empty pane.
        if (!i.descriptionText.isEmpty())
            i.descriptionAdf = QString::fromUtf8(QJsonDocument(description.toObject()).toJson(QJsonDocument::Compact));
    } else if (description.isString()) { // v2-style plain text
        i.descriptionText = description.toString();
    } else if (!description.isNull() && !description.isUndefined()) {
        bad(QCoreApplication::translate("cairn::jira", "issue %1 has a description that is not a document").arg(i.key));
    }
    return i;
}

} // namespace cairn::jira
