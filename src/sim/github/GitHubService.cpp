// GitHubService: seeded repositories, pulls and reviews, mutations, ground truth.
#include "sim/github/GitHubService.h"
#include "sim/SimItems.h"
#include "sim/github/GitHubSimService.h"
#include "sim/DemoWords.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <iterator>

namespace sim {

namespace {

const char *const kOwners[] = {"octo-org", "acme-labs"};
const char *const kRepos[] = {"website", "api-server", "mobile-app", "docs", "infra", "design-system",
                              "data-pipeline", "cli"};
const char *const kUsers[] = {"octocat", "hubot", "mona-lisa", "jürgen-w", "camille-l", "hanako-s", "ivan-p",
                              "dependabot[bot]"};
const char *const kLabels[] = {"bug", "enhancement", "documentation", "dependencies", "good first issue",
                               "needs review", "später"};
const char *const kReviewStates[] = {"APPROVED", "CHANGES_REQUESTED", "COMMENTED", "COMMENTED"};
// Repository descriptions; "" is a repository without one (null).
const char *const kDescriptions[] = {"", "The public website — Hugo, deployed on every merge", "REST API server (Go)",
                                     "", "Mobile app für iOS und Android", "ドキュメント / documentation",
                                     "Terraform for every environment", "Shared UI components", "Nightly ETL jobs"};

qint64 toSeconds(qint64 ms)
{
    return ms - ms % 1000;
}

QString isoSeconds(qint64 ms)
{
    return ms == 0 ? QString()
                   : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

GitHubService::GitHubService(const SimContext &context)
    : LimitedSimService(gitHubSimService().id, context)
    , m_rng(context.options.seed * 2246822519u + 31u)
    , m_limit(context.options.githubRateLimit)
    , m_remaining(context.options.githubRateLimit)
    , m_gqlRemaining(context.options.githubRateLimit)
{
    const Options &options = context.options;
    m_resetMs = m_gqlResetMs = m_clock.nowMs() + 3600 * 1000;
    for (int i = 0; i < options.githubRepos; ++i) {
        QString name = QString::fromUtf8(kOwners[i % 2]) + u'/' + QString::fromUtf8(kRepos[i % 8]);
        if (i >= 8)
            name += QStringLiteral("-%1").arg(i / 8 + 1);
        addRepo(name, options.githubPullsPerRepo);
    }
}

QString GitHubService::baseUrl() const
{
    return QStringLiteral("http://%1/github").arg(QString::fromLatin1(m_host.isEmpty() ? QByteArray("127.0.0.1") : m_host));
}

QString GitHubService::addRepo(const QString &fullName, int pulls)
{
    const QStringList parts = fullName.split(u'/');
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty() || liveRepo(fullName))
        return {};
    GRepo repo;
    repo.owner = parts[0];
    repo.name = parts[1];
    // The repository's own fields come from its name, not from the seeded random sequence (the
    // pulls of every seed stay as they were).
    const quint32 h = quint32(qHash(fullName.toLower(), 17u));
    repo.id = 500'000'000 + qint64(h % 400'000'000);
    repo.description = QString::fromUtf8(kDescriptions[h % std::size(kDescriptions)]);
    repo.isPrivate = m_repos.size() % 3 == 1; // every third, whatever the names: both kinds in any list of two or more
    const qint64 added = m_clock.nowMs();
    repo.createdMs = toSeconds(added - qint64(200 + h % 1000) * 24 * 3600 * 1000);
    repo.pushedMs = toSeconds(added - qint64(2 + h % (120 * 24)) * 3600 * 1000);
    for (int i = 0; i < pulls; ++i) {
        GPull p = makePull(repo);
        // Seed history: spread over the last 90 days, at least an hour old.
        const qint64 now = m_clock.nowMs();
        p.createdMs = toSeconds(now - qint64(3600 + m_rng() % (90 * 24 * 3600)) * 1000);
        p.updatedMs = toSeconds(p.createdMs + qint64(m_rng() % 3600) * 1000);
        if (p.updatedMs > now - 3600 * 1000)
            p.updatedMs = toSeconds(now - 3600 * 1000);
        for (int r = 0; r < int(m_rng() % 4); ++r)
            p.reviews.append({++m_nextId, pick(m_rng, kUsers), pick(m_rng, kReviewStates),
                              m_rng() % 2 ? QStringLiteral("Looks good — one nit inline.") : QString(),
                              p.headSha, p.updatedMs - (3 - r) * 1000});
        if (m_rng() % 3 == 0) {
            p.closed = true;
            p.closedMs = p.updatedMs;
            if (m_rng() % 2 == 0)
                p.mergedMs = p.updatedMs;
        }
        repo.pulls.append(p);
        repo.pushedMs = std::max(repo.pushedMs, p.createdMs); // its branch was pushed first
    }
    m_repos.push_back(repo);
    return fullName;
}

GPull GitHubService::makePull(GRepo &repo)
{
    GPull p;
    p.id = ++m_nextId;
    p.number = int(repo.pulls.size()) + 1;
    if (m_options.demo) {
        p.title = demo::pullTitle(m_rng);
    } else {
        // (The draws in sequence, the thing first: as operands of + their order would be the
        // compiler's choice, and the same seed must give the same titles with GCC and clang.)
        const QString thing = pick(m_rng, kPullThings);
        p.title = pick(m_rng, kPullVerbs) + u' ' + thing;
    }
    if (m_rng() % 4 != 0) {
        const bool longBody = m_rng() % 6 == 0;
        if (m_options.demo)
            p.body = demo::pullBody(p.title, longBody);
        else
            p.body = QStringLiteral("## What\n%1.\n\n## Why\nReported by users — see the linked issue.").arg(p.title)
                     + (longBody ? u'\n' + QString(2000, u'x') : QString());
    }
    p.user = pick(m_rng, kUsers);
    p.draft = m_rng() % 8 == 0;
    p.labels = pickDistinct(m_rng, kLabels);
    if (m_rng() % 2 == 0)
        p.assignees << pick(m_rng, kUsers);
    if (m_rng() % 3 == 0)
        p.requestedReviewers << pick(m_rng, kUsers);
    p.headRef = QStringLiteral("feature/%1-%2").arg(p.number).arg(m_rng() % 1000);
    p.headSha = QString::number(quint64(m_rng()) << 32 | m_rng(), 16).rightJustified(40, u'a');
    p.baseRef = QStringLiteral("main");
    p.createdMs = toSeconds(m_clock.nowMs());
    p.updatedMs = p.createdMs;
    return p;
}

GRepo *GitHubService::liveRepo(const QString &fullName)
{
    for (GRepo &r : m_repos)
        if (!r.deleted && r.fullName().compare(fullName, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

GPull *GitHubService::livePull(const QString &repo, int number)
{
    GRepo *r = liveRepo(repo);
    if (!r || number < 1 || number > r->pulls.size() || r->pulls[number - 1].deleted)
        return nullptr;
    return &r->pulls[number - 1];
}

void GitHubService::touch(GPull &p)
{
    // Second precision, as GitHub writes it: two changes in one second leave the same updated_at.
    p.updatedMs = std::max(toSeconds(m_clock.nowMs()), p.updatedMs);
}

bool GitHubService::deleteRepo(const QString &fullName)
{
    return markDeleted(liveRepo(fullName));
}

int GitHubService::addPull(const QString &repo)
{
    GRepo *r = liveRepo(repo);
    if (!r)
        return 0;
    GPull p = makePull(*r);
    p.updatedMs = p.createdMs;
    r->pulls.append(p);
    r->pushedMs = std::max(r->pushedMs, p.createdMs);
    return p.number;
}

bool GitHubService::editPull(const QString &repo, int number)
{
    GPull *p = livePull(repo, number);
    if (!p)
        return false;
    switch (m_rng() % 3) {
    case 0: if (m_options.demo) { // another title; the draws of the version number too
                const quint32 a = m_rng(), b = m_rng();
                p->title = demo::pullTitle(a, b + m_rng() % 9);
            } else {
                const quint32 version = m_rng() % 9 + 2; // (in sequence, as above)
                const QString thing = pick(m_rng, kPullThings);
                p->title = pick(m_rng, kPullVerbs) + u' ' + thing + QStringLiteral(" (v%1)").arg(version);
            }
            break;
    case 1: p->labels = QStringList{pick(m_rng, kLabels)}; break;
    default: p->body = m_options.demo ? demo::pullBody(p->title, m_rng() % 2) // one draw, as the word is
                                      : QStringLiteral("Updated description: %1.").arg(pick(m_rng, kPullThings));
             break;
    }
    touch(*p);
    return true;
}

bool GitHubService::requestReview(const QString &repo, int number, const QString &login)
{
    GPull *p = livePull(repo, number);
    if (!p || p->closed || p->requestedReviewers.contains(login))
        return false;
    p->requestedReviewers << login;
    touch(*p);
    return true;
}

bool GitHubService::closePull(const QString &repo, int number, bool merge)
{
    GPull *p = livePull(repo, number);
    if (!p || p->closed)
        return false;
    touch(*p);
    p->closed = true;
    p->closedMs = p->updatedMs;
    if (merge)
        p->mergedMs = p->updatedMs;
    return true;
}

bool GitHubService::addReview(const QString &repo, int number, const QString &state)
{
    GPull *p = livePull(repo, number);
    if (!p)
        return false;
    p->requestedReviewers.clear(); // a review answers the request
    touch(*p); // a submitted review moves the pull's updated_at (assumed, see docs/api-notes.md §3)
    p->reviews.append({++m_nextId, pick(m_rng, kUsers), state.isEmpty() ? pick(m_rng, kReviewStates) : state,
                       QStringLiteral("Review of “%1”.").arg(p->title), p->headSha, p->updatedMs});
    return true;
}

bool GitHubService::deletePull(const QString &repo, int number)
{
    return markDeleted(livePull(repo, number));
}

QList<int> GitHubService::editRandomPulls(const QString &repo, int count)
{
    const GRepo *r = liveRepo(repo);
    return changeRandom(m_rng, r ? int(r->pulls.size()) : 0, count, [&](int n) { return editPull(repo, n); });
}

void GitHubService::setRateLimit(int limit, int remaining, qint64 resetInSeconds)
{
    m_limit = limit;
    m_remaining = m_gqlRemaining = remaining;
    m_resetMs = m_gqlResetMs = m_clock.nowMs() + resetInSeconds * 1000;
}

QStringList GitHubService::repoNames() const
{
    QStringList out;
    for (const GRepo &r : m_repos)
        if (!r.deleted)
            out << r.fullName();
    return out;
}

const GPull *GitHubService::pull(const QString &repo, int number) const
{
    return const_cast<GitHubService *>(this)->livePull(repo, number);
}

QJsonObject GitHubService::groundTruth() const
{
    QJsonArray repos, pulls;
    for (const GRepo &r : m_repos) {
        repos.append(QJsonObject{{QStringLiteral("full_name"), r.fullName()}, {QStringLiteral("deleted"), r.deleted}});
        for (const GPull &p : r.pulls) {
            QJsonArray reviews;
            for (const GReview &v : p.reviews)
                reviews.append(QJsonObject{{QStringLiteral("id"), v.id}, {QStringLiteral("user"), v.user},
                                           {QStringLiteral("state"), v.state}, {QStringLiteral("body"), v.body},
                                           {QStringLiteral("submitted_at"), isoSeconds(v.submittedMs)}});
            pulls.append(QJsonObject{
                {QStringLiteral("repo"), r.fullName()}, {QStringLiteral("number"), p.number}, {QStringLiteral("id"), p.id},
                {QStringLiteral("title"), p.title}, {QStringLiteral("body"), p.body}, {QStringLiteral("user"), p.user},
                {QStringLiteral("state"), p.closed ? QStringLiteral("closed") : QStringLiteral("open")},
                {QStringLiteral("draft"), p.draft}, {QStringLiteral("labels"), QJsonArray::fromStringList(p.labels)},
                {QStringLiteral("assignees"), QJsonArray::fromStringList(p.assignees)},
                {QStringLiteral("requested_reviewers"), QJsonArray::fromStringList(p.requestedReviewers)},
                {QStringLiteral("updated_at"), isoSeconds(p.updatedMs)}, {QStringLiteral("merged_at"), isoSeconds(p.mergedMs)},
                {QStringLiteral("closed_at"), isoSeconds(p.closedMs)},
                {QStringLiteral("deleted"), p.deleted || r.deleted}, {QStringLiteral("reviews"), reviews}});
        }
    }
    return {{QStringLiteral("repos"), repos}, {QStringLiteral("pulls"), pulls},
            {QStringLiteral("quota_used"), QJsonObject{{QStringLiteral("core"), m_coreSpent}, {QStringLiteral("graphql"), m_gqlSpent}}}};
}

} // namespace sim
