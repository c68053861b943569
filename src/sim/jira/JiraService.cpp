// JiraService: generated data (deterministic for a seed), mutations and the ground truth.
#include "sim/jira/JiraService.h"
#include "sim/jira/JiraSimService.h"
#include "sim/DemoWords.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QJsonArray>

namespace sim {

namespace {
const char *const kWords[] = {"login", "crash", "sync", "export", "calendar", "timeout", "report", "cache", "search",
                              "billing", "upload", "dark mode", "retry", "token", "invoice", "widget"};
const char *const kVerbs[] = {"Fix", "Improve", "Investigate", "Add", "Remove", "Document", "Refactor", "Speed up"};
const char *const kOther[] = {"Grüße aus Köln: Umlaute im Export", "日本語の件名が切れる", "Проверить синхронизацию",
                              "مشكلة في البحث", "Émojis 🎉 in titles", "Ελληνικά ονόματα"};
const char *const kStatus[][2] = {{"To Do", "new"}, {"In Progress", "indeterminate"}, {"Done", "done"}};
const char *const kPriorities[] = {"Highest", "High", "Medium", "Low", "Lowest", ""};
const char *const kTypes[] = {"Bug", "Task", "Story", "Epic"};
const char *const kLabels[] = {"backend", "ui", "regression", "customer", "i18n", "performance"};

QJsonObject text(const QString &t, const QJsonArray &marks = {})
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), t}};
    if (!marks.isEmpty())
        o.insert(QStringLiteral("marks"), marks);
    return o;
}
QJsonObject node(const char *type, const QJsonArray &content, const QJsonObject &attrs = {})
{
    QJsonObject o{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("content"), content}};
    if (!attrs.isEmpty())
        o.insert(QStringLiteral("attrs"), attrs);
    return o;
}
} // namespace

JiraService::JiraService(const SimContext &context)
    : LimitedSimService(jiraSimService().id, context), m_rng(context.options.seed * 7919u + 4),
      m_contentRng(context.options.seed * 104729u + 11), m_zone(context.options.jiraTimeZone.toUtf8())
{
    const Options &options = context.options;
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_users = {{QStringLiteral("5b10a2844c20165700ede21g"), QStringLiteral("Mia Krämer"), QStringLiteral("mia@example.com")},
               {QStringLiteral("5b10ac8d82e05b22cc7d4ef5"), QStringLiteral("Kenji Watanabe"), QStringLiteral("kenji@example.com")},
               {QStringLiteral("5c3e1f0b8a2d4e0012f3a9b1"), QStringLiteral("Aroha Ngata"), QStringLiteral("aroha@example.com")},
               {QStringLiteral("60a7c2d1e4b5f60071a8c3d2"), QStringLiteral("Sam O'Neil"), QString()}}; // email hidden
    m_projects = {{QStringLiteral("10000"), QStringLiteral("CAIRN"), QStringLiteral("Cairn Desktop")},
                  {QStringLiteral("10001"), QStringLiteral("OPS"), QStringLiteral("Operations")},
                  {QStringLiteral("10002"), QStringLiteral("WEB"), QStringLiteral("Web Site")}};
    // More projects (Options::jiraProjects) with no issues: "Mobile App" MOBAP, "Data Pipeline" DATPI, …
    static const char *const areas[] = {"Mobile", "Data", "Billing", "Support", "Infra", "Design", "Growth", "Security",
                                        "Platform", "Research"};
    static const char *const things[] = {"App", "Pipeline", "Portal", "Desk", "Tools", "Ops", "Lab", "Core", "Gateway",
                                         "Docs", "Insights", "Release"};
    for (int n = 0; n < options.jiraProjects - 3; ++n) {
        const int round = n / int(std::size(areas) * std::size(things));
        const QString area = QLatin1String(areas[(n / std::size(things)) % std::size(areas)]);
        const QString thing = QLatin1String(things[n % std::size(things)]);
        const QString suffix = round > 0 ? QString::number(round + 1) : QString();
        m_projects.append({QString::number(10003 + n), (area.left(3) + thing.left(2)).toUpper() + suffix,
                           area + u' ' + thing + (suffix.isEmpty() ? QString() : u' ' + suffix)});
    }
    const qint64 now = m_clock.nowMs();
    m_issues.reserve(size_t(options.jiraIssues));
    for (int n = 0; n < options.jiraIssues; ++n) {
        const JProject &p = m_projects[int(m_rng() % 3)];
        const qint64 created = now - 120ll * 86'400'000 + qint64(m_rng() % (100u * 86'400u)) * 1000 + m_rng() % 1000;
        JIssue i = makeIssue(p, created);
        i.updatedMs = std::min<qint64>(now - 3600000, created + qint64(m_rng() % (19u * 86400u)) * 1000 + qint64(m_rng() % 1000));
        m_byKey.insert(i.key, int(m_issues.size()));
        m_byId.insert(i.id, int(m_issues.size()));
        m_issues.push_back(i);
    }
}

JIssue JiraService::makeIssue(const JProject &p, qint64 createdMs)
{
    JIssue i;
    i.id = m_nextId++;
    i.projectKey = p.key;
    i.key = p.key + u'-' + QString::number(++m_nextNumber[p.key]);
    if (m_options.demo) { // as many draws as the test flavour's summary takes
        const quint32 a = m_rng(), b = m_rng();
        i.summary = demo::issueSummary(b, a % 8 == 0 ? 0 : m_rng() ^ m_rng());
    } else if (m_rng() % 8 == 0)
        i.summary = QString::fromUtf8(kOther[m_rng() % std::size(kOther)]);
    else {
        // (The draws in sequence, last word first: as a call's arguments their order would be the
        // compiler's choice, and the same seed must give the same summaries with GCC and clang.)
        const char *last = kWords[m_rng() % std::size(kWords)];
        const char *first = kWords[m_rng() % std::size(kWords)];
        const char *verb = kVerbs[m_rng() % std::size(kVerbs)];
        i.summary = QStringLiteral("%1 %2 %3").arg(QLatin1String(verb), QLatin1String(first), QLatin1String(last));
    }
    const auto &st = kStatus[m_rng() % 3];
    i.status = QLatin1String(st[0]);
    i.statusCategory = QLatin1String(st[1]);
    i.assigneeId = m_rng() % 4 == 0 ? QString() : m_users[int(m_rng() % m_users.size())].accountId;
    i.reporterId = m_users[int(m_rng() % m_users.size())].accountId;
    i.priority = QLatin1String(kPriorities[m_rng() % std::size(kPriorities)]);
    i.issueType = QLatin1String(kTypes[m_rng() % std::size(kTypes)]);
    for (int l = int(m_rng() % 3); l > 0; --l) {
        const QString label = QLatin1String(kLabels[m_rng() % std::size(kLabels)]);
        if (!i.labels.contains(label))
            i.labels << label;
    }
    i.createdMs = createdMs;
    i.updatedMs = createdMs;
    if (m_rng() % 5 != 0)
        i.description = makeDescription(i);
    i.customFields = makeCustomFields(i);
    return i;
}

QJsonObject JiraService::makeDescription(const JIssue &i)
{
    QJsonArray content;
    content.append(node("paragraph", {text(QStringLiteral("Steps to reproduce the ")),
                                      text(QLatin1String(kWords[m_rng() % std::size(kWords)]),
                                           {QJsonObject{{QStringLiteral("type"), QStringLiteral("strong")}}}),
                                      text(QStringLiteral(" problem:"))}));
    if (m_rng() % 2)
        content.append(node("heading", {text(QStringLiteral("Details"))}, {{QStringLiteral("level"), 3}}));
    QJsonArray items;
    for (int k = 1 + int(m_rng() % 3); k > 0; --k)
        items.append(node("listItem", {node("paragraph", {text(QStringLiteral("Open the %1 view").arg(QLatin1String(kWords[m_rng() % std::size(kWords)])))})}));
    content.append(node("bulletList", items));
    if (m_rng() % 3 == 0)
        content.append(node("codeBlock", {text(QStringLiteral("cairn sync --source jira\nexit 1"))},
                            {{QStringLiteral("language"), QStringLiteral("shell")}}));
    if (m_rng() % 3 == 0) {
        const JUser &u = m_users[int(m_rng() % m_users.size())];
        content.append(node("paragraph", {text(QStringLiteral("See ")),
                                          text(QStringLiteral("the runbook"),
                                               {QJsonObject{{QStringLiteral("type"), QStringLiteral("link")},
                                                            {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("href"), QStringLiteral("https://example.com/runbook")}}}}}),
                                          text(QStringLiteral(", cc ")),
                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("mention")},
                                                      {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("id"), u.accountId},
                                                                                            {QStringLiteral("text"), u'@' + u.displayName}}}}}));
    }
    appendDetails(content, i);
    return {{QStringLiteral("type"), QStringLiteral("doc")}, {QStringLiteral("version"), 1}, {QStringLiteral("content"), content}};
}

JIssue *JiraService::liveIssue(const QString &key)
{
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.cend() || m_issues[size_t(*it)].deleted)
        return nullptr;
    return &m_issues[size_t(*it)];
}

QString JiraService::addIssue(const QString &projectKey, const QString &summary)
{
    ++m_version;
    const JProject *p = &m_projects.first();
    if (!projectKey.isEmpty()) {
        p = nullptr;
        for (const JProject &q : std::as_const(m_projects))
            if (q.key == projectKey)
                p = &q;
        if (!p)
            return {};
    }
    JIssue i = makeIssue(*p, m_clock.nowMs());
    if (!summary.isEmpty())
        i.summary = summary;
    m_byKey.insert(i.key, int(m_issues.size()));
    m_byId.insert(i.id, int(m_issues.size()));
    m_issues.push_back(i);
    return i.key;
}

bool JiraService::editIssue(const QString &key)
{
    ++m_version;
    JIssue *i = liveIssue(key);
    if (!i)
        return false;
    i->summary = QStringLiteral("%1 (edited %2)").arg(i->summary.section(QStringLiteral(" (edited"), 0, 0)).arg(m_rng() % 10000);
    i->description = makeDescription(*i);
    i->assigneeId = m_users[int(m_rng() % m_users.size())].accountId;
    i->updatedMs = std::max(i->updatedMs + 1, m_clock.nowMs());
    return true;
}

bool JiraService::assignIssue(const QString &key, const QString &accountId)
{
    ++m_version;
    JIssue *i = liveIssue(key);
    if (!i || i->assigneeId == accountId)
        return false;
    i->assigneeId = accountId;
    i->updatedMs = std::max(i->updatedMs + 1, m_clock.nowMs());
    return true;
}

QString JiraService::myAccountId() const
{
    return m_users.first().accountId;
}

bool JiraService::transitionIssue(const QString &key)
{
    ++m_version;
    JIssue *i = liveIssue(key);
    if (!i)
        return false;
    int k = 0;
    while (k < 3 && i->status != QLatin1String(kStatus[k][0]))
        ++k;
    const auto &st = kStatus[(k + 1) % 3];
    i->status = QLatin1String(st[0]);
    i->statusCategory = QLatin1String(st[1]);
    i->updatedMs = std::max(i->updatedMs + 1, m_clock.nowMs());
    return true;
}

bool JiraService::deleteIssue(const QString &key)
{
    ++m_version;
    JIssue *i = liveIssue(key);
    if (!i)
        return false;
    i->deleted = true;
    return true;
}

QStringList JiraService::editRandom(int count)
{
    QStringList live = issueKeys();
    QStringList done;
    for (int k = 0; k < count && !live.isEmpty(); ++k) {
        const QString key = live.takeAt(int(m_rng() % live.size()));
        if (editIssue(key))
            done << key;
    }
    return done;
}

QStringList JiraService::deleteRandom(int count)
{
    QStringList live = issueKeys();
    QStringList done;
    for (int k = 0; k < count && !live.isEmpty(); ++k) {
        const QString key = live.takeAt(int(m_rng() % live.size()));
        if (deleteIssue(key))
            done << key;
    }
    return done;
}

QStringList JiraService::projectKeys() const
{
    QStringList out;
    for (const JProject &p : m_projects)
        out << p.key;
    return out;
}

QStringList JiraService::issueKeys(bool liveOnly) const
{
    QStringList out;
    for (const JIssue &i : m_issues)
        if (!liveOnly || !i.deleted)
            out << i.key;
    return out;
}

const JIssue *JiraService::issue(const QString &idOrKey) const
{
    bool numeric = false;
    const qint64 id = idOrKey.toLongLong(&numeric);
    const int at = numeric ? m_byId.value(id, -1) : m_byKey.value(idOrKey.toUpper(), -1);
    return at < 0 ? nullptr : &m_issues[size_t(at)];
}

QJsonObject JiraService::groundTruth() const
{
    QJsonArray issues;
    for (const JIssue &i : m_issues) {
        QJsonObject o = issueJson(i, {QStringLiteral("*all")}).value(QLatin1String("fields")).toObject();
        o.insert(QStringLiteral("id"), QString::number(i.id));
        o.insert(QStringLiteral("key"), i.key);
        o.insert(QStringLiteral("deleted"), i.deleted);
        o.insert(QStringLiteral("created_ms"), double(i.createdMs));
        o.insert(QStringLiteral("updated_ms"), double(i.updatedMs));
        issues.append(o);
    }
    return {{QStringLiteral("issues"), issues}, {QStringLiteral("time_zone"), QString::fromUtf8(m_zone.id())}};
}

} // namespace sim
