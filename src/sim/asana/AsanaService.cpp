// AsanaService: seeded data, mutations with their events, ground truth.
#include "sim/asana/AsanaService.h"
#include "sim/SimItems.h"
#include "sim/asana/AsanaSimService.h"
#include "sim/DemoWords.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace sim {

namespace {

const char *const kVerbs[] = {"Review", "Draft", "Fix", "Plan", "Ship", "Test", "Überprüfen", "Préparer",
                              "整理", "Проверить", "Call", "Update"};
const char *const kThings[] = {"the budget", "onboarding flow", "release notes", "Q3 roadmap", "login bug",
                               "Angebot für Müller GmbH", "fiche produit", "デザイン案", "отчёт", "vendor contract",
                               "search index", "customer interviews"};
const char *const kProjects[] = {"Website relaunch", "Mobile app", "Hiring", "Büro-Umzug", "Lancement produit",
                                 "研究開発", "Маркетинг", "Customer success", "Infrastructure", "Events 2026"};
const char *const kPeople[] = {"Alex Morgan", "Jürgen Weiß", "Camille Lefèvre", "佐藤 花子", "Иван Петров",
                               "Priya Natarajan", "Sam O'Neill", "María José García"};
const char *const kSections[] = {"To do", "Doing", "Done"};
const char *const kColors[] = {"dark-blue", "light-green", "dark-orange", "none"};
const char *const kPortfolioNames[] = {"Roadmap", "Launches", "Kundenprojekte", "Initiatives", "Marketing",
                                       "Ingénierie", "Operations", "Recherche", "Growth", "Partners"};

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

AsanaService::AsanaService(const SimContext &context)
    : LimitedSimService(asanaSimService().id, context)
    , m_rng(context.options.seed * 2654435761u + 17u)
    , m_contentRng(context.options.seed * 40503u + 29u)
    , m_searchEnabled(context.options.asanaSearch)
{
    const Options &options = context.options;
    makeFieldDefs();
    m_workspaceGid = newGid();
    m_otherWorkspaceGid = newGid();
    for (const char *name : kPeople) {
        const QString n = QString::fromUtf8(name);
        m_users.append({newGid(), n, n.split(u' ').first().toLower() + QStringLiteral("@example.com")});
    }
    for (const char *tag : {"urgent", "blocked", "customer", "später"})
        m_tags.append({newGid(), QString::fromUtf8(tag)});
    for (int i = 0; i < options.asanaProjects; ++i) {
        const QString name = options.demo ? demo::projectName(m_rng(), i)
                                          : pick(m_rng, kProjects) + QStringLiteral(" #%1").arg(i + 1);
        addProject(name, options.asanaTasksPerProject);
    }
    m_events.clear(); // the seed data is history, not news
    // Portfolios (fixed gids: the generated ones keep their sequence). The first holds every
    // other seed project, in creation order; the others of the user are empty.
    const auto portfolioGid = [](int n) { return QStringLiteral("12099990%1").arg(n, 8, 10, QLatin1Char('0')); };
    for (int i = 0; i < std::max(1, options.asanaPortfolios); ++i) {
        const int word = i % int(std::size(kPortfolioNames));
        const QString round = i < int(std::size(kPortfolioNames)) ? QString() : QStringLiteral(" %1").arg(i / int(std::size(kPortfolioNames)) + 1);
        m_portfolios.push_back({portfolioGid(i + 1), QString::fromUtf8(kPortfolioNames[word]) + round, m_workspaceGid, meGid(),
                                QLatin1String(kColors[i % std::size(kColors)]), {}});
    }
    for (int i = 0; i < int(m_projects.size()); i += 2)
        m_portfolios.front().projectGids << m_projects[size_t(i)].gid;
    m_portfolios.push_back({portfolioGid(900001), QStringLiteral("Personal goals"), m_otherWorkspaceGid, meGid(),
                            QStringLiteral("light-green"), {}});
    m_portfolios.push_back({portfolioGid(900002), QStringLiteral("Someone else's portfolio"), m_workspaceGid,
                            m_users.value(1).gid, QStringLiteral("dark-blue"), {}});
}

bool AsanaService::addToPortfolio(const QString &projectGid)
{
    QStringList &items = m_portfolios.front().projectGids;
    if (!liveProject(projectGid) || items.contains(projectGid))
        return false;
    items << projectGid;
    return true;
}

bool AsanaService::removeFromPortfolio(const QString &projectGid)
{
    return m_portfolios.front().projectGids.removeAll(projectGid) > 0;
}

QString AsanaService::newGid()
{
    m_nextGid += 1 + m_rng() % 97;
    return QString::number(m_nextGid);
}

AProject AsanaService::makeProject(const QString &name)
{
    AProject p;
    p.gid = newGid();
    if (!name.isEmpty())
        p.name = name;
    else
        p.name = m_options.demo ? demo::projectName(m_rng(), 0) : pick(m_rng, kProjects);
    const qint64 now = m_clock.nowMs();
    p.createdMs = now - qint64(m_rng() % (90 * 24 * 3600)) * 1000;
    p.modifiedMs = now - qint64(m_rng() % (24 * 3600)) * 1000;
    p.color = pick(m_rng, kColors);
    if (m_rng() % 3 != 0)
        p.ownerGid = m_users[int(m_rng() % m_users.size())].gid;
    if (m_rng() % 2 == 0)
        p.dueOn = isoDate(now + qint64(m_rng() % 120) * 24 * 3600 * 1000);
    p.notes = m_rng() % 2 ? QStringLiteral("Goals, owners and dates for %1.").arg(p.name) : QString();
    for (const char *s : kSections)
        p.sections.append({newGid(), QString::fromUtf8(s)});
    p.customFieldGids = chooseFields();
    return p;
}

ATask AsanaService::makeTask(const AProject &p)
{
    ATask t;
    t.gid = newGid();
    if (m_options.demo) {
        const quint32 a = m_rng();
        t.name = demo::taskName(a, m_rng());
    } else {
        // (The draws in sequence, the thing first: as operands of + their order would be the
        // compiler's choice, and the same seed must give the same titles with GCC and clang.)
        const QString thing = pick(m_rng, kThings);
        t.name = pick(m_rng, kVerbs) + u' ' + thing;
    }
    const qint64 now = m_clock.nowMs();
    t.createdMs = now - qint64(m_rng() % (60 * 24 * 3600)) * 1000;
    t.modifiedMs = now - qint64(m_rng() % (48 * 3600)) * 1000 - 3600 * 1000; // seed data is at least an hour old
    if (m_rng() % 4 != 0) {
        const bool longNotes = m_rng() % 5 == 0;
        if (m_options.demo)
            t.notes = demo::taskNotes(quint32(t.createdMs / 1000), longNotes);
        else
            t.notes = QStringLiteral("Context for “%1”.\nSee the shared drive — and ask before changing it.").arg(t.name)
                      + (longNotes ? QStringLiteral("\n") + QString(800, u'…') : QString());
        t.htmlNotes = QStringLiteral("<body>") + t.notes.toHtmlEscaped() + QStringLiteral("</body>");
    }
    if (m_rng() % 5 == 0) {
        t.completed = true;
        t.completedMs = t.modifiedMs;
    }
    if (m_rng() % 3 != 0)
        t.dueOn = isoDate(now + qint64(m_rng() % 60) * 24 * 3600 * 1000);
    if (m_rng() % 10 == 0 && !t.dueOn.isEmpty())
        t.dueAt = t.dueOn + QStringLiteral("T16:00:00.000Z");
    if (m_rng() % 6 == 0)
        t.startOn = isoDate(now - qint64(m_rng() % 10) * 24 * 3600 * 1000);
    if (m_rng() % 4 != 0)
        t.assigneeGid = m_users[int(m_rng() % m_users.size())].gid;
    t.memberships.append({p.gid, p.sections[int(m_rng() % p.sections.size())].gid});
    if (m_rng() % 3 == 0)
        t.tagGids << m_tags[int(m_rng() % m_tags.size())].first;
    QString priority, estimate; // "" = not set
    if (m_rng() % 2 == 0)
        priority = m_rng() % 2 ? QStringLiteral("High") : QStringLiteral("Low");
    if (m_rng() % 4 == 0)
        estimate = QString::number(1 + m_rng() % 40);
    t.customFields = fieldValues(p, priority, estimate);
    t.numSubtasks = m_rng() % 8 == 0 ? int(1 + m_rng() % 4) : 0;
    return t;
}

void AsanaService::logEvent(const QString &stream, const QString &action, const QString &type, const QString &gid,
                            const QString &parent, const QString &field)
{
    AEvent e;
    e.seq = m_events.size() + 1;
    e.createdMs = m_clock.nowMs();
    e.stream = stream;
    e.action = action;
    e.resourceType = type;
    e.resourceGid = gid;
    e.parentGid = parent;
    e.field = field;
    e.userGid = m_rng() % 10 == 0 ? QString() : meGid();
    m_events.push_back(e);
}

void AsanaService::logTaskChange(const ATask &t, const QString &field)
{
    for (const AMembership &m : t.memberships)
        logEvent(m.projectGid, QStringLiteral("changed"), QStringLiteral("task"), t.gid, QString(), field);
}

ATask *AsanaService::liveTask(const QString &gid)
{
    const auto it = m_taskIndex.constFind(gid);
    if (it == m_taskIndex.cend() || m_tasks[*it].deleted)
        return nullptr;
    return &m_tasks[*it];
}

AProject *AsanaService::liveProject(const QString &gid)
{
    const auto it = m_projectIndex.constFind(gid);
    if (it == m_projectIndex.cend() || m_projects[*it].deleted)
        return nullptr;
    return &m_projects[*it];
}

const AProject *AsanaService::project(const QString &gid) const
{
    const auto it = m_projectIndex.constFind(gid);
    return it == m_projectIndex.cend() ? nullptr : &m_projects[*it];
}

const ATask *AsanaService::task(const QString &gid) const
{
    const auto it = m_taskIndex.constFind(gid);
    return it == m_taskIndex.cend() ? nullptr : &m_tasks[*it];
}

QString AsanaService::sectionName(const AProject &p, const QString &sectionGid) const
{
    for (const ASection &s : p.sections)
        if (s.gid == sectionGid)
            return s.name;
    return {};
}

QString AsanaService::addProject(const QString &name, int tasks)
{
    AProject p = makeProject(name);
    m_projectIndex.insert(p.gid, int(m_projects.size()));
    m_projects.push_back(p);
    for (int i = 0; i < tasks; ++i) {
        ATask t = makeTask(p);
        m_taskIndex.insert(t.gid, int(m_tasks.size()));
        m_tasks.push_back(t);
    }
    return p.gid;
}

QString AsanaService::addTask(const QString &projectGid, const QString &name)
{
    AProject *p = liveProject(projectGid);
    if (!p)
        return {};
    ATask t = makeTask(*p);
    if (!name.isEmpty())
        t.name = name;
    t.createdMs = t.modifiedMs = m_clock.nowMs();
    t.completed = false;
    t.completedMs = 0;
    m_taskIndex.insert(t.gid, int(m_tasks.size()));
    m_tasks.push_back(t);
    logEvent(projectGid, QStringLiteral("added"), QStringLiteral("task"), t.gid, projectGid);
    return t.gid;
}

bool AsanaService::editTask(const QString &gid)
{
    ATask *t = liveTask(gid);
    if (!t)
        return false;
    QString field;
    switch (m_rng() % 3) {
    case 0: if (m_options.demo) { // another title; the draws of the version number too
                const quint32 a = m_rng(), b = m_rng();
                t->name = demo::taskName(a, b + m_rng() % 100);
            } else {
                const quint32 version = m_rng() % 100; // (in sequence, as above)
                const QString thing = pick(m_rng, kThings);
                t->name = pick(m_rng, kVerbs) + u' ' + thing + QStringLiteral(" (v%1)").arg(version);
            }
            field = QStringLiteral("name"); break;
    case 1: t->notes = m_options.demo ? t->notes + QStringLiteral("\n\nUpdate: discussed in the weekly, next steps agreed.")
                                      : QStringLiteral("Edited: ") + t->notes.left(200);
            t->htmlNotes = QStringLiteral("<body>") + t->notes.toHtmlEscaped() + QStringLiteral("</body>");
            field = QStringLiteral("notes"); break;
    default: t->assigneeGid = t->assigneeGid == meGid() ? m_users.last().gid : meGid();
            field = QStringLiteral("assignee"); break;
    }
    t->modifiedMs = m_clock.nowMs();
    logTaskChange(*t, field);
    return true;
}

bool AsanaService::assignTask(const QString &gid, const QString &assigneeGid)
{
    ATask *t = liveTask(gid);
    if (!t || t->assigneeGid == assigneeGid)
        return false;
    t->assigneeGid = assigneeGid;
    t->modifiedMs = m_clock.nowMs();
    logTaskChange(*t, QStringLiteral("assignee"));
    return true;
}

bool AsanaService::completeTask(const QString &gid)
{
    ATask *t = liveTask(gid);
    if (!t || t->completed)
        return false;
    t->completed = true;
    t->completedMs = t->modifiedMs = m_clock.nowMs();
    logTaskChange(*t, QStringLiteral("completed"));
    return true;
}

bool AsanaService::deleteTask(const QString &gid)
{
    ATask *t = liveTask(gid);
    if (!t)
        return false;
    t->deleted = true;
    t->modifiedMs = m_clock.nowMs();
    for (const AMembership &m : t->memberships)
        logEvent(m.projectGid, QStringLiteral("deleted"), QStringLiteral("task"), t->gid);
    return true;
}

bool AsanaService::undeleteTask(const QString &gid)
{
    const auto it = m_taskIndex.constFind(gid);
    if (it == m_taskIndex.cend() || !m_tasks[*it].deleted)
        return false;
    ATask &t = m_tasks[*it];
    t.deleted = false;
    t.modifiedMs = m_clock.nowMs();
    for (const AMembership &m : t.memberships)
        logEvent(m.projectGid, QStringLiteral("undeleted"), QStringLiteral("task"), t.gid);
    return true;
}

bool AsanaService::moveTask(const QString &gid, const QString &from, const QString &to, const QString &sectionName)
{
    ATask *t = liveTask(gid);
    AProject *target = liveProject(to);
    if (!t || !target || !t->inProject(from) || t->inProject(to))
        return false;
    QString section = target->sections.first().gid;
    for (const ASection &s : target->sections)
        if (s.name == sectionName)
            section = s.gid;
    for (int i = 0; i < t->memberships.size(); ++i)
        if (t->memberships[i].projectGid == from)
            t->memberships[i] = {to, section};
    // Association changes count as modifying the task (GET /tasks modified_since).
    t->modifiedMs = m_clock.nowMs();
    logEvent(from, QStringLiteral("removed"), QStringLiteral("task"), gid, from);
    logEvent(to, QStringLiteral("added"), QStringLiteral("task"), gid, to);
    return true;
}

bool AsanaService::moveToSection(const QString &gid, const QString &projectGid, const QString &name)
{
    ATask *t = liveTask(gid);
    const AProject *p = liveProject(projectGid);
    if (!t || !p)
        return false;
    for (AMembership &m : t->memberships) {
        if (m.projectGid != projectGid)
            continue;
        for (const ASection &s : p->sections)
            if (s.name == name) {
                m.sectionGid = s.gid;
                t->modifiedMs = m_clock.nowMs();
                logEvent(projectGid, QStringLiteral("added"), QStringLiteral("task"), gid, s.gid);
                return true;
            }
    }
    return false;
}

bool AsanaService::addToProject(const QString &gid, const QString &projectGid)
{
    ATask *t = liveTask(gid);
    const AProject *p = liveProject(projectGid);
    if (!t || !p || t->inProject(projectGid))
        return false;
    t->memberships.append({projectGid, p->sections.first().gid});
    t->modifiedMs = m_clock.nowMs();
    logEvent(projectGid, QStringLiteral("added"), QStringLiteral("task"), gid, projectGid);
    return true;
}

bool AsanaService::editProject(const QString &gid)
{
    AProject *p = liveProject(gid);
    if (!p)
        return false;
    p->name = p->name.section(QStringLiteral(" ·"), 0, 0) + QStringLiteral(" · rev %1").arg(m_rng() % 1000);
    p->modifiedMs = m_clock.nowMs();
    logEvent(gid, QStringLiteral("changed"), QStringLiteral("project"), gid, QString(), QStringLiteral("name"));
    return true;
}

bool AsanaService::archiveProject(const QString &gid, bool archived)
{
    AProject *p = liveProject(gid);
    if (!p)
        return false;
    p->archived = archived;
    p->modifiedMs = m_clock.nowMs();
    logEvent(gid, QStringLiteral("changed"), QStringLiteral("project"), gid, QString(), QStringLiteral("archived"));
    return true;
}

bool AsanaService::completeProject(const QString &gid, bool completed)
{
    AProject *p = liveProject(gid);
    if (!p)
        return false;
    p->completed = completed;
    p->completedMs = completed ? m_clock.nowMs() : 0;
    p->modifiedMs = m_clock.nowMs();
    logEvent(gid, QStringLiteral("changed"), QStringLiteral("project"), gid, QString(), QStringLiteral("completed"));
    return true;
}

bool AsanaService::deleteProject(const QString &gid)
{
    AProject *p = liveProject(gid);
    if (!p)
        return false;
    p->deleted = true;
    logEvent(gid, QStringLiteral("deleted"), QStringLiteral("project"), gid);
    return true;
}

QStringList AsanaService::editRandomTasks(int count)
{
    QStringList out;
    for (int tries = 0; out.size() < count && tries < count * 50 && !m_tasks.empty(); ++tries) {
        const ATask &t = m_tasks[m_rng() % m_tasks.size()];
        if (!t.deleted && !out.contains(t.gid) && editTask(t.gid))
            out << t.gid;
    }
    return out;
}

QStringList AsanaService::deleteRandomTasks(int count)
{
    QStringList out;
    for (int tries = 0; out.size() < count && tries < count * 50 && !m_tasks.empty(); ++tries) {
        const QString gid = m_tasks[m_rng() % m_tasks.size()].gid;
        if (deleteTask(gid))
            out << gid;
    }
    return out;
}

QStringList AsanaService::projectGids(bool activeOnly) const
{
    QStringList out;
    for (const AProject &p : m_projects)
        if (!p.deleted && (!activeOnly || (!p.archived && !p.completed)))
            out << p.gid;
    return out;
}

QStringList AsanaService::taskGids(const QString &projectGid) const
{
    QStringList out;
    for (const ATask &t : m_tasks)
        if (!t.deleted && t.inProject(projectGid))
            out << t.gid;
    return out;
}

QJsonObject AsanaService::groundTruth() const
{
    QJsonArray projects, tasks;
    for (const AProject &p : m_projects) {
        const QString owner = p.ownerGid;
        QString ownerName;
        for (const AUser &u : m_users)
            if (u.gid == owner)
                ownerName = u.name;
        projects.append(QJsonObject{{QStringLiteral("gid"), p.gid}, {QStringLiteral("name"), p.name},
                                    {QStringLiteral("archived"), p.archived}, {QStringLiteral("completed"), p.completed},
                                    {QStringLiteral("deleted"), p.deleted}, {QStringLiteral("modified_at"), isoTime(p.modifiedMs)},
                                    {QStringLiteral("due_on"), p.dueOn}, {QStringLiteral("owner_name"), ownerName}});
    }
    for (const ATask &t : m_tasks) {
        QJsonArray projectList, memberships;
        QString section;
        for (const AMembership &m : t.memberships) {
            projectList.append(m.projectGid);
            const AProject *p = project(m.projectGid);
            const QString s = p ? sectionName(*p, m.sectionGid) : QString();
            if (section.isEmpty())
                section = s;
            memberships.append(QJsonObject{{QStringLiteral("project"), m.projectGid}, {QStringLiteral("section"), s}});
        }
        QString assigneeName;
        for (const AUser &u : m_users)
            if (u.gid == t.assigneeGid)
                assigneeName = u.name;
        tasks.append(QJsonObject{{QStringLiteral("gid"), t.gid}, {QStringLiteral("name"), t.name},
                                 {QStringLiteral("notes"), t.notes}, {QStringLiteral("completed"), t.completed},
                                 {QStringLiteral("assignee"), t.assigneeGid.isEmpty() ? QJsonValue() : QJsonValue(t.assigneeGid)},
                                 {QStringLiteral("assignee_name"), assigneeName}, {QStringLiteral("due_on"), t.dueOn},
                                 {QStringLiteral("modified_at"), isoTime(t.modifiedMs)},
                                 {QStringLiteral("projects"), projectList}, {QStringLiteral("memberships"), memberships},
                                 {QStringLiteral("section"), section}, {QStringLiteral("deleted"), t.deleted}});
    }
    return {{QStringLiteral("workspace"), m_workspaceGid}, {QStringLiteral("me"), meGid()},
            {QStringLiteral("projects"), projects}, {QStringLiteral("tasks"), tasks}};
}

} // namespace sim
