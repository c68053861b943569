// GitLabService: seeded projects, merge requests and approvals, mutations, tokens, ground truth.
#include "sim/gitlab/GitLabService.h"
#include "sim/SimItems.h"
#include "sim/DemoWords.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <iterator>

namespace sim {

namespace {

const char *const kGroups[] = {"acme", "acme/platform", "open-tools"};
const char *const kNames[] = {"web-app", "api", "billing", "docs", "infra", "mobile", "design-system", "cli"};
// GitLab usernames are ASCII (letters, digits, _ . -); their display names are not.
const char *const kUsers[] = {"cairn-user", "ada.lovelace", "grace_h", "linus", "marie.c", "hanako", "ivan.p",
                              "project_1234_bot"};
const char *const kLabels[] = {"bug", "feature", "documentation", "dependencies", "workflow::in review",
                               "priority::1", "später"};
const char *const kDescriptions[] = {"", "Customer-facing web application", "Public REST API (Go)", "",
                                     "Rechnungen und Zahlungen", "ドキュメント / documentation", "Terraform for every environment",
                                     "Shared UI components", "Command-line client"};

QString iso(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

GitLabService::GitLabService(const SimContext &context)
    : SimService(QStringLiteral("gitlab"), context)
    , m_counts(context.limits.counts(QStringLiteral("gitlab")))
    , m_rng(context.options.seed * 2654435761u + 77u)
    , m_perMinute(int(context.options.number(QStringLiteral("gitlab-rate-limit"))))
{
    const Options &options = context.options;
    // The static token of the simulator is a personal access token that never expires.
    if (!options.accessToken.isEmpty())
        m_tokens.insert(options.accessToken, GLToken{options.accessToken, QStringLiteral("static"), 0, false});
    seed(int(options.number(QStringLiteral("gitlab-projects"))), int(options.number(QStringLiteral("gitlab-merge-requests"))));
}

QStringList GitLabService::seed(int projects, int mergeRequests)
{
    QStringList added;
    for (int i = 0; i < projects; ++i) {
        const int n = int(m_projects.size());
        QString path = QString::fromUtf8(kGroups[n % 3]) + u'/' + QString::fromUtf8(kNames[n % 8]);
        if (n >= 8)
            path += QStringLiteral("-%1").arg(n / 8 + 1);
        if (!addProject(path, mergeRequests).isEmpty())
            added << path;
    }
    return added;
}

QString GitLabService::addProject(const QString &path, int mergeRequests)
{
    if (path.count(u'/') < 1 || path.startsWith(u'/') || path.endsWith(u'/') || liveProject(path))
        return {};
    GLProject p;
    p.id = ++m_nextProjectId;
    p.path = path;
    p.name = path.section(u'/', -1);
    // Its own fields come from its path, not from the seeded sequence (the merge requests of
    // every seed stay as they are).
    const quint32 h = quint32(qHash(path.toLower(), 23u));
    p.description = QString::fromUtf8(kDescriptions[h % std::size(kDescriptions)]);
    const qint64 now = m_clock.nowMs();
    p.createdMs = now - qint64(200 + h % 1000) * 24 * 3600 * 1000;
    p.lastActivityMs = now - qint64(1 + h % 2000) * 3600 * 1000;
    for (int i = 0; i < mergeRequests; ++i) {
        GLMergeRequest m = makeMergeRequest(p);
        // Seed history: spread over the last 90 days, at least an hour old, with milliseconds.
        m.createdMs = now - qint64(3600 + m_rng() % (90 * 24 * 3600)) * 1000 - qint64(m_rng() % 1000);
        m.updatedMs = std::min(m.createdMs + qint64(m_rng() % (3600 * 1000)), now - 3600 * 1000);
        m.updatedMs = std::max(m.updatedMs, m.createdMs);
        const int approvals = int(m_rng() % 4);
        for (int a = 0; a < approvals; ++a) {
            const QString who = pick(m_rng, kUsers);
            if (who != m.author && !m.approvedBy.contains(who))
                m.approvedBy << who;
        }
        m.userNotesCount = int(m_rng() % 7);
        switch (m_rng() % 6) {
        case 0: m.state = QStringLiteral("merged"); m.mergedMs = m.updatedMs; break;
        case 1: m.state = QStringLiteral("closed"); m.closedMs = m.updatedMs; break;
        default: break;
        }
        p.lastActivityMs = std::max(p.lastActivityMs, m.updatedMs);
        p.mergeRequests.append(m);
    }
    m_projects.push_back(p);
    return path;
}

GLMergeRequest GitLabService::makeMergeRequest(GLProject &p)
{
    GLMergeRequest m;
    m.id = ++m_nextMrId;
    m.iid = int(p.mergeRequests.size()) + 1;
    m.title = m_options.demo ? demo::pullTitle(m_rng) : pick(m_rng, kPullVerbs) + u' ' + pick(m_rng, kPullThings);
    if (m_rng() % 4 != 0) {
        const bool longBody = m_rng() % 6 == 0;
        m.description = m_options.demo ? demo::pullBody(m.title, longBody)
                                       : QStringLiteral("## What\n%1.\n\n## Why\nSee the linked issue — Closes #%2.")
                                                 .arg(m.title)
                                                 .arg(m_rng() % 500 + 1)
                                             + (longBody ? u'\n' + QString(3000, u'y') : QString());
    }
    m.state = QStringLiteral("opened");
    m.author = pick(m_rng, kUsers);
    m.draft = m_rng() % 7 == 0;
    m.labels = pickDistinct(m_rng, kLabels);
    if (m_rng() % 2 == 0)
        m.assignees << pick(m_rng, kUsers);
    if (m_rng() % 3 == 0)
        m.reviewers << pick(m_rng, kUsers);
    m.approvalsRequired = int(m_rng() % 3);
    m.sourceBranch = QStringLiteral("%1-%2").arg(m.iid).arg(m_rng() % 10000);
    m.targetBranch = QStringLiteral("main");
    m.sha = QString::number(quint64(m_rng()) << 32 | m_rng(), 16).rightJustified(40, u'0');
    m.createdMs = m_clock.nowMs();
    m.updatedMs = m.createdMs;
    return m;
}

GLProject *GitLabService::liveProject(const QString &idOrPath)
{
    bool numeric = false;
    const qint64 id = idOrPath.toLongLong(&numeric);
    for (GLProject &p : m_projects)
        if (!p.deleted && (numeric ? p.id == id : p.path.compare(idOrPath, Qt::CaseInsensitive) == 0))
            return &p;
    return nullptr;
}

GLMergeRequest *GitLabService::liveMergeRequest(const QString &project, int iid)
{
    GLProject *p = liveProject(project);
    if (!p || iid < 1 || iid > p->mergeRequests.size() || p->mergeRequests[iid - 1].deleted)
        return nullptr;
    return &p->mergeRequests[iid - 1];
}

void GitLabService::touch(GLProject &p, GLMergeRequest &m)
{
    // Milliseconds, as GitLab writes them; strictly later than the last change of the same
    // merge request (docs/simulator.md: two changes of one merge request never share an instant).
    m.updatedMs = std::max(m_clock.nowMs(), m.updatedMs + 1);
    p.lastActivityMs = std::max(p.lastActivityMs, m.updatedMs);
}

bool GitLabService::deleteProject(const QString &idOrPath)
{
    return markDeleted(liveProject(idOrPath));
}

int GitLabService::addMergeRequest(const QString &project)
{
    GLProject *p = liveProject(project);
    if (!p)
        return 0;
    GLMergeRequest m = makeMergeRequest(*p);
    touch(*p, m);
    p->mergeRequests.append(m);
    return m.iid;
}

bool GitLabService::editMergeRequest(const QString &project, int iid)
{
    GLMergeRequest *m = liveMergeRequest(project, iid);
    if (!m)
        return false;
    switch (m_rng() % 4) {
    case 0: if (m_options.demo) {
                const quint32 a = m_rng(), b = m_rng();
                m->title = demo::pullTitle(a, b + m_rng() % 9);
            } else {
                m->title = pick(m_rng, kPullVerbs) + u' ' + pick(m_rng, kPullThings) + QStringLiteral(" (v%1)").arg(m_rng() % 9 + 2);
            }
            break;
    case 1: m->labels = QStringList{pick(m_rng, kLabels)}; break;
    case 2: m->draft = !m->draft; break;
    default: m->description = m_options.demo ? demo::pullBody(m->title, m_rng() % 2)
                                             : QStringLiteral("Updated description: %1.").arg(pick(m_rng, kPullThings));
             break;
    }
    touch(*liveProject(project), *m);
    return true;
}

bool GitLabService::closeMergeRequest(const QString &project, int iid, bool merge)
{
    GLMergeRequest *m = liveMergeRequest(project, iid);
    if (!m || m->state != QLatin1String("opened"))
        return false;
    touch(*liveProject(project), *m);
    m->state = merge ? QStringLiteral("merged") : QStringLiteral("closed");
    (merge ? m->mergedMs : m->closedMs) = m->updatedMs;
    m->draft = merge ? false : m->draft;
    return true;
}

bool GitLabService::reopenMergeRequest(const QString &project, int iid)
{
    GLMergeRequest *m = liveMergeRequest(project, iid);
    if (!m || m->state != QLatin1String("closed"))
        return false;
    touch(*liveProject(project), *m);
    m->state = QStringLiteral("opened");
    m->closedMs = 0;
    return true;
}

bool GitLabService::approve(const QString &project, int iid, const QString &user)
{
    GLMergeRequest *m = liveMergeRequest(project, iid);
    if (!m || m->state != QLatin1String("opened"))
        return false;
    const QString who = user.isEmpty() ? pick(m_rng, kUsers) : user;
    if (m->approvedBy.contains(who) || who == m->author)
        return false;
    m->approvedBy << who;
    m->reviewers.removeAll(who);
    touch(*liveProject(project), *m); // its system note touches the merge request (docs/api-notes.md §7)
    return true;
}

bool GitLabService::comment(const QString &project, int iid)
{
    GLMergeRequest *m = liveMergeRequest(project, iid);
    if (!m)
        return false;
    ++m->userNotesCount;
    touch(*liveProject(project), *m);
    return true;
}

bool GitLabService::requestReview(const QString &project, int iid, const QString &user)
{
    GLMergeRequest *m = liveMergeRequest(project, iid);
    if (!m || m->state != QLatin1String("opened") || user.isEmpty() || m->reviewers.contains(user))
        return false;
    m->reviewers << user;
    touch(*liveProject(project), *m);
    return true;
}

bool GitLabService::deleteMergeRequest(const QString &project, int iid)
{
    return markDeleted(liveMergeRequest(project, iid)); // no tombstone, no change of anything else
}

QList<int> GitLabService::editRandom(const QString &project, int count)
{
    const GLProject *p = liveProject(project);
    return changeRandom(m_rng, p ? int(p->mergeRequests.size()) : 0, count, [&](int iid) { return editMergeRequest(project, iid); });
}

QString GitLabService::createToken(const QString &name, qint64 lifetimeSeconds)
{
    QString token = QStringLiteral("glpat-");
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    for (int i = 0; i < 20; ++i)
        token += QLatin1Char(kAlphabet[m_rng() % (sizeof(kAlphabet) - 1)]);
    m_tokens.insert(token, GLToken{token, name, lifetimeSeconds > 0 ? m_clock.nowMs() + lifetimeSeconds * 1000 : 0, false});
    return token;
}

bool GitLabService::revokeToken(const QString &token)
{
    auto it = m_tokens.find(token);
    if (it == m_tokens.end() || it->revoked)
        return false;
    it->revoked = true;
    return true;
}

bool GitLabService::validPat(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.cend() && !it->revoked && (it->expiresMs == 0 || m_clock.nowMs() < it->expiresMs);
}

QStringList GitLabService::projectPaths() const
{
    QStringList out;
    for (const GLProject &p : m_projects)
        if (!p.deleted)
            out << p.path;
    return out;
}

const GLProject *GitLabService::project(const QString &idOrPath) const
{
    return const_cast<GitLabService *>(this)->liveProject(idOrPath);
}

const GLMergeRequest *GitLabService::mergeRequest(const QString &project, int iid) const
{
    return const_cast<GitLabService *>(this)->liveMergeRequest(project, iid);
}

QJsonObject GitLabService::groundTruth() const
{
    QJsonArray projects, mrs;
    for (const GLProject &p : m_projects) {
        projects.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("path"), p.path}, {QStringLiteral("deleted"), p.deleted}});
        for (const GLMergeRequest &m : p.mergeRequests)
            mrs.append(QJsonObject{
                {QStringLiteral("project"), p.path}, {QStringLiteral("project_id"), p.id}, {QStringLiteral("iid"), m.iid},
                {QStringLiteral("id"), m.id}, {QStringLiteral("title"), m.title}, {QStringLiteral("description"), m.description},
                {QStringLiteral("state"), m.state}, {QStringLiteral("draft"), m.draft}, {QStringLiteral("author"), m.author},
                {QStringLiteral("assignees"), QJsonArray::fromStringList(m.assignees)},
                {QStringLiteral("reviewers"), QJsonArray::fromStringList(m.reviewers)},
                {QStringLiteral("labels"), QJsonArray::fromStringList(m.labels)},
                {QStringLiteral("approved_by"), QJsonArray::fromStringList(m.approvedBy)},
                {QStringLiteral("approvals_required"), m.approvalsRequired},
                {QStringLiteral("user_notes_count"), m.userNotesCount},
                {QStringLiteral("updated_at"), iso(m.updatedMs)}, {QStringLiteral("merged_at"), iso(m.mergedMs)},
                {QStringLiteral("closed_at"), iso(m.closedMs)},
                {QStringLiteral("deleted"), m.deleted || p.deleted}});
    }
    return {{QStringLiteral("projects"), projects}, {QStringLiteral("merge_requests"), mrs}, {QStringLiteral("rate_limited"), m_limited}};
}

} // namespace sim
