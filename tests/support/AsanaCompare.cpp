#include "AsanaCompare.h"
#include "asana/AsanaRepo.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::test {

void useAsana(SyncHarness &h)
{
    h.settings().setValue(QStringLiteral("asana.api_url"), h.sim().baseUrl().toString() + QStringLiteral("/asana"));
    h.setAuthenticator(QStringLiteral("asana"),
                                std::make_shared<BearerToken>(h.sim().options().accessToken.toUtf8()));
}

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

QJsonObject canonicalAsanaTask(const AsanaTask &t)
{
    QJsonArray members;
    for (const AsanaMembership &m : t.memberships)
        members.append(QJsonObject{{QStringLiteral("project"), m.projectGid}, {QStringLiteral("section"), m.sectionName}});
    return {{QStringLiteral("gid"), t.gid}, {QStringLiteral("name"), t.name}, {QStringLiteral("notes"), t.notes},
            {QStringLiteral("completed"), t.completed}, {QStringLiteral("assignee"), t.assigneeGid},
            {QStringLiteral("assignee_name"), t.assigneeName}, {QStringLiteral("due_on"), t.dueOn},
            {QStringLiteral("modified_at"), iso(t.modifiedAt)}, {QStringLiteral("memberships"), members}};
}

QJsonObject canonicalAsanaTruth(const QJsonObject &t)
{
    return {{QStringLiteral("gid"), t[QLatin1String("gid")].toString()}, {QStringLiteral("name"), t[QLatin1String("name")].toString()},
            {QStringLiteral("notes"), t[QLatin1String("notes")].toString()},
            {QStringLiteral("completed"), t[QLatin1String("completed")].toBool()},
            {QStringLiteral("assignee"), t[QLatin1String("assignee")].toString()},
            {QStringLiteral("assignee_name"), t[QLatin1String("assignee_name")].toString()},
            {QStringLiteral("due_on"), t[QLatin1String("due_on")].toString()},
            {QStringLiteral("modified_at"), t[QLatin1String("modified_at")].toString()},
            {QStringLiteral("memberships"), t[QLatin1String("memberships")].toArray()}};
}

} // namespace

QString compareAsana(SyncHarness &h, const std::optional<QSet<QString>> &scope)
{
    const QJsonObject truth = h.sim().groundTruth(QStringLiteral("asana"));
    QSqlDatabase db = h.reader();
    const QHash<QString, AsanaProject> projects = AsanaRepo::projectsByGid(db);
    QSet<QString> active;
    for (const QJsonValue &v : truth.value(QLatin1String("projects")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString gid = p[QLatin1String("gid")].toString();
        const auto it = projects.constFind(gid);
        const bool deleted = p[QLatin1String("deleted")].toBool();
        const bool archived = p[QLatin1String("archived")].toBool();
        const bool completed = p[QLatin1String("completed")].toBool();
        if (scope && !scope->contains(gid)) {
            if (it != projects.cend() && !it->deleted)
                return QStringLiteral("project %1 is outside the scope but live in the cache").arg(gid);
            continue;
        }
        if (!deleted && !archived && !completed) {
            active.insert(gid);
            if (it == projects.cend() || it->deleted)
                return QStringLiteral("project %1 is missing from the cache").arg(gid);
            if (!it->active())
                return QStringLiteral("project %1 is active on the service but not in the cache").arg(gid);
            if (it->name != p[QLatin1String("name")].toString() || iso(it->modifiedAt) != p[QLatin1String("modified_at")].toString())
                return QStringLiteral("project %1 differs: cache %2 %3, truth %4 %5")
                    .arg(gid, it->name, iso(it->modifiedAt), p[QLatin1String("name")].toString(), p[QLatin1String("modified_at")].toString());
            continue;
        }
        if (it == projects.cend())
            continue;
        if (deleted && !it->deleted)
            return QStringLiteral("project %1 is deleted on the service but live in the cache").arg(gid);
        if (!deleted && archived && !it->archived)
            return QStringLiteral("project %1 is archived on the service but not in the cache").arg(gid);
        if (!deleted && completed && !it->completed)
            return QStringLiteral("project %1 is completed on the service but not in the cache").arg(gid);
    }

    QHash<QString, AsanaTask> cached;
    for (const AsanaTask &t : AsanaRepo::tasks(db))
        cached.insert(t.gid, t);
    QSet<QString> known;
    for (const QJsonValue &v : truth.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString gid = t[QLatin1String("gid")].toString();
        known.insert(gid);
        const auto it = cached.constFind(gid);
        bool inActive = false;
        if (t[QLatin1String("deleted")].toBool()) {
            // Deleted in a project Cairn follows (active): it must be gone. A completed or
            // archived project is not followed any more; its tasks stay as last seen.
            for (const QJsonValue &p : t[QLatin1String("projects")].toArray())
                inActive = inActive || active.contains(p.toString());
            const bool followed = inActive || t[QLatin1String("projects")].toArray().isEmpty();
            if (followed && it != cached.cend() && !it->deleted)
                return QStringLiteral("task %1 is deleted on the service but live in the cache").arg(gid);
            continue;
        }
        bool inScope = !scope;
        for (const QJsonValue &p : t[QLatin1String("projects")].toArray()) {
            inActive = inActive || active.contains(p.toString());
            inScope = inScope || scope->contains(p.toString());
        }
        if (!inScope && it != cached.cend() && !it->deleted)
            return QStringLiteral("task %1 is in no project of the scope but live in the cache").arg(gid);
        if (!inActive)
            continue; // only in projects Cairn does not follow
        if (it == cached.cend() || it->deleted)
            return QStringLiteral("task %1 is missing from the cache").arg(gid);
        const QJsonObject a = canonicalAsanaTask(*it);
        const QJsonObject b = canonicalAsanaTruth(t);
        if (a != b)
            return differs(QStringLiteral("task ") + gid, a, b);
    }
    for (const AsanaTask &t : std::as_const(cached))
        if (!t.deleted && !known.contains(t.gid))
            return QStringLiteral("task %1 is live in the cache but never existed on the service").arg(t.gid);
    return {};
}

} // namespace cairn::test
