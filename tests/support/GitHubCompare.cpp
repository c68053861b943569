#include "GitHubCompare.h"
#include "github/GitHubRepo.h"
#include "github/PullExport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::test {

void useGitHub(SyncHarness &h, const QStringList &repos)
{
    const QStringList chosen = repos.isEmpty() ? h.sim().github().repoNames() : repos;
    h.settings().setValue(QStringLiteral("github.api_url"), h.sim().baseUrl().toString() + QStringLiteral("/github"));
    h.settings().setValue(QStringLiteral("github.repos"), chosen.join(QLatin1Char(' ')));
    h.setAuthenticator(QStringLiteral("github"),
                                std::make_shared<BearerToken>(h.sim().options().accessToken.toUtf8()));
}

namespace {

// The fields both sides name alike, from the export's JSON (what a user gets out).
QJsonObject canonicalPull(const PullRequest &p, const QList<PullReview> &reviews)
{
    const QJsonObject e = PullExport::toJson(p, reviews);
    QJsonObject out;
    for (const char *k : {"repo", "number", "id", "title", "body", "state", "draft", "user", "labels", "assignees",
                          "requested_reviewers", "updated_at", "merged_at", "closed_at"})
        out.insert(QLatin1String(k), e.value(QLatin1String(k)).isNull() ? QJsonValue(QString()) : e.value(QLatin1String(k)));
    QJsonArray rv;
    for (const QJsonValue &v : e.value(QLatin1String("reviews")).toArray()) {
        const QJsonObject r = v.toObject();
        rv.append(QJsonObject{{QStringLiteral("id"), r[QLatin1String("id")]}, {QStringLiteral("user"), r[QLatin1String("user")]},
                              {QStringLiteral("state"), r[QLatin1String("state")]}, {QStringLiteral("body"), r[QLatin1String("body")]},
                              {QStringLiteral("submitted_at"), r[QLatin1String("submitted_at")]}});
    }
    out.insert(QStringLiteral("reviews"), rv);
    return out;
}

QJsonObject canonicalPullTruth(const QJsonObject &t)
{
    QJsonObject out;
    for (const char *k : {"repo", "number", "id", "title", "body", "state", "draft", "user", "labels", "assignees",
                          "requested_reviewers", "updated_at", "merged_at", "closed_at"})
        out.insert(QLatin1String(k), t.value(QLatin1String(k)));
    QJsonArray rv;
    QList<QJsonObject> sorted;
    for (const QJsonValue &v : t.value(QLatin1String("reviews")).toArray())
        sorted << v.toObject();
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[QLatin1String("id")].toInteger() < b[QLatin1String("id")].toInteger();
    });
    for (const QJsonObject &r : sorted)
        rv.append(r);
    out.insert(QStringLiteral("reviews"), rv);
    return out;
}

} // namespace

QString compareGitHub(SyncHarness &h, const QStringList &repos)
{
    const QStringList chosen = repos.isEmpty()
                                   ? h.settings().value(QStringLiteral("github.repos")).toString().split(u' ', Qt::SkipEmptyParts)
                                   : repos;
    QSqlDatabase db = h.reader();
    QHash<QString, PullRequest> cached;
    for (const PullRequest &p : GitHubRepo::pulls(db))
        cached.insert(p.repo + u'#' + QString::number(p.number), p);
    QHash<QString, QList<PullReview>> reviews;
    for (const PullReview &r : GitHubRepo::reviews(db))
        reviews[r.repo + u'#' + QString::number(r.number)].append(r);

    QSet<QString> known;
    const QJsonObject truth = h.sim().groundTruth(QStringLiteral("github"));
    for (const QJsonValue &v : truth.value(QLatin1String("pulls")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString repo = t.value(QLatin1String("repo")).toString();
        if (!chosen.contains(repo))
            continue;
        const QString key = repo + u'#' + QString::number(t.value(QLatin1String("number")).toInt());
        known.insert(key);
        const QString difference = compareItem(
            key, t.value(QLatin1String("deleted")).toBool(), itemAt(cached, key),
            [&](const PullRequest &p) { return canonicalPull(p, reviews.value(key)); }, [&t] { return canonicalPullTruth(t); });
        if (!difference.isEmpty())
            return difference;
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        if (!known.contains(it.key()) && chosen.contains(it->repo))
            return QStringLiteral("%1 is in the cache but never existed on the service").arg(it.key());
    return {};
}

} // namespace cairn::test
