#pragma once
// GitLab's side of the tests' harness (tests/support/SyncHarness.h): the settings and token
// that point Cairn at the simulator's GitLab, and the comparison of the cache with the
// simulator's ground truth. Header-only: shared by the tests of this folder.
#include "SyncHarness.h"
#include "gitlab/GitLabExport.h"
#include "gitlab/GitLabRepo.h"
#include "sim/gitlab/GitLabService.h"

#include <QJsonArray>
#include <QSet>

namespace cairn::test {

// One of the simulator's GitLab options (`--gitlab-projects`…): sim::Options keeps the options
// of a service it has no field for in `values`, by their cairn-sim name.
inline void setOption(sim::Options &o, const QString &name, int value)
{
    o.values.insert(name, QString::number(value));
}

inline QString gitLabApiUrl(SyncHarness &h)
{
    return h.sim().baseUrl().toString() + QStringLiteral("/gitlab/api/v4");
}

// Points the harness at the simulator's GitLab, syncing `projects` (paths or ids; all of the
// simulator's projects when empty), with the simulator's static token (a personal access token).
inline void useGitLab(SyncHarness &h, const QStringList &projects = {})
{
    const QStringList chosen = projects.isEmpty() ? h.sim().service<sim::GitLabService>().projectPaths() : projects;
    h.settings().setValue(QStringLiteral("gitlab.api_url"), gitLabApiUrl(h));
    h.settings().setValue(QStringLiteral("gitlab.projects"), chosen.join(QLatin1Char(' ')));
    h.setAuthenticator(QStringLiteral("gitlab"), std::make_shared<BearerToken>(h.sim().options().accessToken.toUtf8()));
}

namespace gitlabcompare {

inline const QStringList &fields()
{
    static const QStringList f{QStringLiteral("project"), QStringLiteral("project_id"), QStringLiteral("iid"), QStringLiteral("id"),
                               QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("state"), QStringLiteral("draft"),
                               QStringLiteral("author"), QStringLiteral("assignees"), QStringLiteral("reviewers"),
                               QStringLiteral("labels"), QStringLiteral("user_notes_count"), QStringLiteral("updated_at"),
                               QStringLiteral("merged_at"), QStringLiteral("closed_at")};
    return f;
}

inline bool open(const QString &state)
{
    return state == QLatin1String("opened") || state == QLatin1String("locked");
}

// The fields both sides name alike; the approvals of open merge requests (Cairn reads them for
// the open ones, docs/architecture.md §4).
inline QJsonObject canonical(const QJsonObject &o)
{
    QJsonObject out;
    for (const QString &k : fields())
        out.insert(k, o.value(k).isNull() ? QJsonValue(QString()) : o.value(k));
    if (open(o.value(QLatin1String("state")).toString())) {
        out.insert(QStringLiteral("approved_by"), o.value(QLatin1String("approved_by")));
        out.insert(QStringLiteral("approvals_required"), o.value(QLatin1String("approvals_required")));
    }
    return out;
}

} // namespace gitlabcompare

// "" when the GitLab cache equals the simulator's ground truth for the configured projects:
// every merge request the service has is live and equal; every one it removed (or whose project
// it removed) is deleted or absent; no cached one is unknown to it. Else the first difference.
inline QString compareGitLab(SyncHarness &h, const QStringList &projects = {})
{
    const QStringList chosen = projects.isEmpty()
                                   ? h.settings().value(QStringLiteral("gitlab.projects")).toString().split(u' ', Qt::SkipEmptyParts)
                                   : projects;
    QSqlDatabase db = h.reader();
    QHash<QString, gitlab::MergeRequest> cached; // by project id!iid
    for (const gitlab::MergeRequest &m : gitlab::GitLabRepo::mergeRequests(db))
        cached.insert(QStringLiteral("%1!%2").arg(m.projectId).arg(m.iid), m);
    QSet<QString> known;
    QSet<qint64> chosenIds;
    const QJsonObject truth = h.sim().service<sim::GitLabService>().groundTruth();
    for (const QJsonValue &v : truth.value(QLatin1String("merge_requests")).toArray()) {
        const QJsonObject t = v.toObject();
        if (!chosen.contains(t.value(QLatin1String("project")).toString())
            && !chosen.contains(QString::number(t.value(QLatin1String("project_id")).toInteger())))
            continue;
        chosenIds.insert(t.value(QLatin1String("project_id")).toInteger());
        const QString key = QStringLiteral("%1!%2").arg(t.value(QLatin1String("project_id")).toInteger()).arg(t.value(QLatin1String("iid")).toInt());
        const QString name = t.value(QLatin1String("project")).toString() + u'!' + QString::number(t.value(QLatin1String("iid")).toInt());
        known.insert(key);
        const QString difference = compareItem(
            name, t.value(QLatin1String("deleted")).toBool(), itemAt(cached, key),
            [](const gitlab::MergeRequest &m) { return gitlabcompare::canonical(gitlab::GitLabExport::toJson(m)); },
            [&t] { return gitlabcompare::canonical(t); });
        if (!difference.isEmpty())
            return difference;
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        if (!known.contains(it.key()) && chosenIds.contains(it->projectId) && !it->deleted)
            return QStringLiteral("%1 is in the cache but never existed on the service").arg(it->reference());
    return {};
}

} // namespace cairn::test
