#include "GitLabMapper.h"
#include "ClipLine.h"
#include "Error.h"
#include "Json.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <climits>

namespace cairn::gitlab {

namespace {

const QString kWhat = QStringLiteral("GitLab");

qint64 requiredNumber(const QJsonObject &o, QLatin1String key, const char *what)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 9e15)
        badAnswer(QCoreApplication::translate("cairn::gitlab", "a %1 without a valid \"%2\"").arg(QLatin1String(what), QString(key)));
    return qint64(d);
}

int count(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != double(int(d)))
        badAnswer(QCoreApplication::translate("cairn::gitlab", "\"%1\" is not a count").arg(QString(key)));
    return int(d);
}

QDateTime timeOf(const QJsonObject &o, QLatin1String key)
{
    const QString text = json::string(o, key, kWhat);
    if (text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        badAnswer(QCoreApplication::translate("cairn::gitlab", "\"%1\" is not a date and time: %2").arg(QString(key), text.left(40)));
    return t.toUTC();
}

// A user object's username; "" for null (a deleted user shows as "Ghost User" in GitLab).
QString usernameOf(const QJsonValue &v, const QString &where)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        badAnswer(QCoreApplication::translate("cairn::gitlab", "a user in %1 is not an object").arg(where));
    return json::string(v.toObject(), QLatin1String("username"), kWhat);
}

QStringList usernames(const QJsonObject &o, QLatin1String key, const QString &where)
{
    QStringList out;
    for (const QJsonValue &u : json::array(o, key, kWhat)) {
        const QString name = usernameOf(u, where);
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

} // namespace

void badAnswer(const QString &detail)
{
    // The detail may quote the service's text: one clean line.
    throw Error(Error::Kind::BadResponse,
                clipLine(QCoreApplication::translate("cairn::gitlab", "unexpected answer from GitLab: %1").arg(detail), 400));
}

MergeRequest mergeRequestFromJson(const QJsonObject &o, const QString &project)
{
    MergeRequest m;
    m.project = project;
    m.id = requiredNumber(o, QLatin1String("id"), "merge request");
    m.iid = int(std::min<qint64>(requiredNumber(o, QLatin1String("iid"), "merge request"), INT_MAX));
    m.projectId = requiredNumber(o, QLatin1String("project_id"), "merge request");
    const QString where = QStringLiteral("!%1").arg(m.iid);
    m.state = json::string(o, QLatin1String("state"), kWhat);
    static const QStringList states{QStringLiteral("opened"), QStringLiteral("closed"), QStringLiteral("locked"), QStringLiteral("merged")};
    if (!states.contains(m.state))
        badAnswer(QCoreApplication::translate("cairn::gitlab", "merge request %1 has the unknown state \"%2\"").arg(where, m.state.left(20)));
    // `draft` since GitLab 14.0; `work_in_progress` before (and still, deprecated).
    m.draft = o.contains(QLatin1String("draft")) ? json::boolean(o, QLatin1String("draft"), kWhat)
                                                 : json::boolean(o, QLatin1String("work_in_progress"), kWhat);
    m.title = json::string(o, QLatin1String("title"), kWhat);
    m.description = json::string(o, QLatin1String("description"), kWhat);
    m.author = usernameOf(o.value(QLatin1String("author")), where);
    m.assignees = usernames(o, QLatin1String("assignees"), where);
    if (m.assignees.isEmpty()) // the single `assignee` of older versions
        if (const QString one = usernameOf(o.value(QLatin1String("assignee")), where); !one.isEmpty())
            m.assignees << one;
    m.reviewers = usernames(o, QLatin1String("reviewers"), where);
    for (const QJsonValue &l : json::array(o, QLatin1String("labels"), kWhat)) {
        // Names; objects with `with_labels_details=true` (not asked for, read all the same).
        if (l.isString())
            m.labels << l.toString();
        else if (l.isObject())
            m.labels << json::string(l.toObject(), QLatin1String("name"), kWhat);
        else
            badAnswer(QCoreApplication::translate("cairn::gitlab", "a label of merge request %1 is neither a name nor an object").arg(where));
    }
    m.sourceBranch = json::string(o, QLatin1String("source_branch"), kWhat);
    m.targetBranch = json::string(o, QLatin1String("target_branch"), kWhat);
    m.webUrl = json::string(o, QLatin1String("web_url"), kWhat);
    m.userNotesCount = count(o, QLatin1String("user_notes_count"));
    m.createdAt = timeOf(o, QLatin1String("created_at"));
    m.updatedAt = timeOf(o, QLatin1String("updated_at"));
    if (!m.updatedAt.isValid())
        badAnswer(QCoreApplication::translate("cairn::gitlab", "merge request %1 has no \"updated_at\"").arg(where));
    m.mergedAt = timeOf(o, QLatin1String("merged_at"));
    m.closedAt = timeOf(o, QLatin1String("closed_at"));
    return m;
}

Approvals approvalsFromJson(const QJsonObject &o)
{
    Approvals a;
    if (!o.contains(QLatin1String("approved_by")))
        badAnswer(QCoreApplication::translate("cairn::gitlab", "approvals without \"approved_by\""));
    for (const QJsonValue &v : json::array(o, QLatin1String("approved_by"), kWhat)) {
        if (!v.isObject())
            badAnswer(QCoreApplication::translate("cairn::gitlab", "an approval is not an object"));
        const QString name = usernameOf(v.toObject().value(QLatin1String("user")), QStringLiteral("approved_by"));
        if (!name.isEmpty() && !a.approvedBy.contains(name))
            a.approvedBy << name;
    }
    a.approvalsRequired = count(o, QLatin1String("approvals_required"));
    a.approvalsLeft = count(o, QLatin1String("approvals_left"));
    return a;
}

Project projectFromJson(const QJsonObject &o)
{
    Project p;
    p.id = requiredNumber(o, QLatin1String("id"), "project");
    p.path = json::string(o, QLatin1String("path_with_namespace"), kWhat);
    if (p.path.isEmpty())
        badAnswer(QCoreApplication::translate("cairn::gitlab", "a project without \"path_with_namespace\""));
    p.name = json::string(o, QLatin1String("name"), kWhat);
    p.description = clipLine(json::string(o, QLatin1String("description"), kWhat));
    p.webUrl = json::string(o, QLatin1String("web_url"), kWhat);
    p.lastActivityAt = timeOf(o, QLatin1String("last_activity_at"));
    return p;
}

QString usernameFromJson(const QJsonObject &o)
{
    const QString name = json::string(o, QLatin1String("username"), kWhat);
    if (name.isEmpty())
        badAnswer(QCoreApplication::translate("cairn::gitlab", "the user has no \"username\""));
    return name;
}

QList<MergeRequest> parseMergeRequests(const QByteArray &body, const QString &project)
{
    QList<MergeRequest> out;
    for (const QJsonValue &v : json::parseArrayOfObjects(body, kWhat))
        out.append(mergeRequestFromJson(v.toObject(), project));
    return out;
}

QList<Project> parseProjects(const QByteArray &body)
{
    QList<Project> out;
    for (const QJsonValue &v : json::parseArrayOfObjects(body, kWhat))
        out.append(projectFromJson(v.toObject()));
    return out;
}

} // namespace cairn::gitlab
