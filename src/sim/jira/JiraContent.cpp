// JiraService: issues at their real size (docs/simulator.md "Sizes of the objects"). The
// objects of an issue's fields as Jira Cloud writes them (status, users, priority, issue type
// and project with their self links, icons and avatars), descriptions of the size and kinds of
// node real ones have (sections, steps, a log, a table, a panel, links and mentions), and a
// handful of custom fields of every common type (story points, sprints, flagged, rank, a text,
// an option, a date, a multi-select). Drawn from a generator of their own, so that the
// seeded issues (summary, status, assignee…) stay what they were for a seed.
#include "sim/jira/JiraService.h"
#include "sim/SimClock.h"
#include "sim/SimItems.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace sim {

namespace {

const QString kSite = QStringLiteral("https://cairn-sim.atlassian.net");

QJsonObject text(const QString &t, const char *mark = nullptr)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), t}};
    if (mark)
        o.insert(QStringLiteral("marks"), QJsonArray{QJsonObject{{QStringLiteral("type"), QLatin1String(mark)}}});
    return o;
}

QJsonObject node(const char *type, const QJsonArray &content, const QJsonObject &attrs = {})
{
    QJsonObject o{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("content"), content}};
    if (!attrs.isEmpty())
        o.insert(QStringLiteral("attrs"), attrs);
    return o;
}

QJsonObject paragraph(const QJsonArray &content)
{
    return node("paragraph", content);
}

QJsonObject heading(const QString &title)
{
    return node("heading", {text(title)}, {{QStringLiteral("level"), 3}});
}

QJsonObject list(const char *type, const QStringList &items)
{
    QJsonArray content;
    for (const QString &item : items)
        content.append(node("listItem", {paragraph({text(item)})}));
    return type == QLatin1String("orderedList") ? node(type, content, {{QStringLiteral("order"), 1}}) : node(type, content);
}

QJsonObject cell(const char *type, const QJsonObject &content)
{
    return node(type, {paragraph({content})}, QJsonObject());
}

QString uuid(std::mt19937 &rng)
{
    return QStringLiteral("%1-%2-4%3-a%4-%5%6")
        .arg(rng(), 8, 16, QLatin1Char('0'))
        .arg(rng() & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(rng() & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(rng() & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(rng() & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(rng(), 8, 16, QLatin1Char('0'));
}

const char *const kVersions[] = {"2.14.1", "2.14.0", "2.13.4", "3.0.0-beta.2", "2.12.9"};
const char *const kPlatforms[] = {"Debian 12 (x86_64), Qt 6.4.2", "Ubuntu 24.04, Wayland", "Fedora 40, KDE Plasma 6",
                                  "Windows 11 23H2", "macOS 14.5 (Apple M2)"};
const char *const kAccounts[] = {"team plan, 3 200 contacts", "free plan, 180 contacts", "enterprise SSO, 14 000 contacts",
                                 "two accounts, one of them read-only"};
const char *const kExpected[] = {"The list shows every item and the count matches the service.",
                                 "The sync finishes within a minute and says how many items changed.",
                                 "The export contains every field that the detail pane shows.",
                                 "Nothing is fetched again when nothing changed."};
const char *const kActual[] = {"The sync stops after the third page and the status says it is done.",
                               "Items edited on the phone show up only after a full sync.",
                               "The app freezes for several seconds while the list is sorted.",
                               "Umlauts and emoji in titles come out as question marks."};
const char *const kSteps[] = {"Sign in with an account that has more than 1 000 items",
                              "Start a full sync from the toolbar",
                              "Wait for the progress bar to reach the second page",
                              "Switch off the network for ten seconds",
                              "Sort the list by the last column",
                              "Open the detail of the first item",
                              "Export the list as CSV",
                              "Quit and start the app again"};
const char *const kLogs[] = {"INFO  sync.engine   run 4711 started (mode incremental)",
                             "DEBUG net.http      GET /rest/api/3/search/jql -> 200 (412 ms, 188 KiB)",
                             "WARN  net.retry     429 Too Many Requests, Retry-After 12 s",
                             "INFO  store.writer  page 3 committed: 100 rows, cursor saved",
                             "ERROR sync.engine   unexpected answer: \"issues\" is not a list",
                             "DEBUG ui.model      count finished: 3 184 rows in 41 ms"};
const char *const kEnvironments[][2] = {{"10041", "Production"}, {"10042", "Staging"}, {"10043", "Development"}};
const char *const kPlatformOptions[][2] = {{"10051", "Android"}, {"10052", "iOS"}, {"10053", "Web"}, {"10054", "Desktop"}};

} // namespace

QString JiraService::apiBase() const
{
    // The simulator's address stands for the site's, as in the issue's own `self`.
    return QStringLiteral("http://%1/jira/rest/api/3").arg(QString::fromLatin1(m_host.isEmpty() ? QByteArrayLiteral("127.0.0.1") : m_host));
}

void JiraService::appendDetails(QJsonArray &content, const JIssue &i)
{
    std::mt19937 &rng = m_contentRng;
    content.append(heading(QStringLiteral("Environment")));
    content.append(list("bulletList", {QStringLiteral("Version ") + pick(rng, kVersions), pick(rng, kPlatforms),
                                       QStringLiteral("Account: ") + pick(rng, kAccounts)}));
    if (rng() % 3 != 0) {
        QStringList steps;
        for (int k = 3 + int(rng() % 4); k > 0; --k)
            steps << pick(rng, kSteps);
        content.append(heading(QStringLiteral("Steps")));
        content.append(list("orderedList", steps));
    }
    content.append(heading(QStringLiteral("Expected")));
    content.append(paragraph({text(pick(rng, kExpected))}));
    content.append(heading(QStringLiteral("Actual")));
    content.append(paragraph({text(pick(rng, kActual)), text(QStringLiteral(" Seen in "), nullptr),
                              text(QStringLiteral("cairn.log"), "code"), text(QStringLiteral(" — "), nullptr),
                              text(QStringLiteral("every time"), rng() % 2 ? "strong" : "em"), text(QStringLiteral("."))}));
    if (rng() % 2 == 0) {
        QStringList lines;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(i.createdMs, QTimeZone::utc());
        for (int k = 4 + int(rng() % 8); k > 0; --k) {
            const QString when = at.addMSecs(qint64(rng() % 60'000) * (12 - k)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz "));
            lines << when + pick(rng, kLogs);
        }
        content.append(node("codeBlock", {text(lines.join(u'\n'))}, {{QStringLiteral("language"), QStringLiteral("text")}}));
    }
    if (rng() % 3 == 0) {
        QJsonArray rows{node("tableRow", {cell("tableHeader", text(QStringLiteral("Platform"), "strong")),
                                          cell("tableHeader", text(QStringLiteral("Affected"), "strong")),
                                          cell("tableHeader", text(QStringLiteral("Since"), "strong"))})};
        for (int k = 2 + int(rng() % 3); k > 0; --k)
            rows.append(node("tableRow", {cell("tableCell", text(QString::fromUtf8(kPlatformOptions[rng() % 4][1]))),
                                          cell("tableCell", text(QString::number(rng() % 500))),
                                          cell("tableCell", text(pick(rng, kVersions)))}));
        content.append(node("table", rows, {{QStringLiteral("isNumberColumnEnabled"), false}, {QStringLiteral("layout"), QStringLiteral("default")},
                                            {QStringLiteral("localId"), uuid(rng)}}));
    }
    if (rng() % 4 == 0)
        content.append(node("panel", {paragraph({text(QStringLiteral("Workaround: a full sync (Ctrl+Shift+R) brings the missing items back."))})},
                            {{QStringLiteral("panelType"), rng() % 2 ? QStringLiteral("info") : QStringLiteral("warning")}}));
    if (rng() % 3 == 0)
        content.append(paragraph({text(QStringLiteral("Related: ")),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("inlineCard")},
                                              {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("url"),
                                                  QStringLiteral("%1/browse/%2-%3").arg(kSite, i.projectKey).arg(1 + rng() % 40)}}}},
                                  text(QStringLiteral(" ")),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("emoji")},
                                              {QStringLiteral("attrs"), QJsonObject{{QStringLiteral("shortName"), QStringLiteral(":eyes:")},
                                                                                    {QStringLiteral("id"), QStringLiteral("1f440")},
                                                                                    {QStringLiteral("text"), QStringLiteral("👀")}}}}}));
}

QJsonObject JiraService::makeCustomFields(const JIssue &i)
{
    std::mt19937 &rng = m_contentRng;
    const QString base = QStringLiteral("%1/customFieldOption/").arg(kSite + QStringLiteral("/rest/api/3"));
    const auto option = [&base](const char *const (&o)[2]) {
        return QJsonObject{{QStringLiteral("self"), base + QLatin1String(o[0])}, {QStringLiteral("value"), QLatin1String(o[1])},
                           {QStringLiteral("id"), QLatin1String(o[0])}};
    };
    QJsonObject f;
    f.insert(QStringLiteral("customfield_10000"), QStringLiteral("{}")); // development: what Jira sends without one
    static const int points[] = {1, 2, 3, 5, 8, 13};
    f.insert(QStringLiteral("customfield_10016"), rng() % 5 < 3 ? QJsonValue(points[rng() % 6]) : QJsonValue());
    f.insert(QStringLiteral("customfield_10019"), QStringLiteral("0|i%1:").arg(QString::number(i.id, 36).rightJustified(5, u'0')));
    // Sprints of two weeks from the board's start; the issue is in the one it was created in
    // and, unfinished, the next.
    constexpr qint64 kSprint = 14ll * 86'400'000;
    const qint64 n = i.createdMs / kSprint;
    QJsonArray sprints;
    for (qint64 s = n; s <= n + (rng() % 3 == 0 ? 1 : 0); ++s) {
        const qint64 start = s * kSprint, end = start + kSprint, now = m_clock.nowMs();
        QJsonObject sprint{{QStringLiteral("id"), double(s % 10000)}, {QStringLiteral("name"), QStringLiteral("%1 Sprint %2").arg(i.projectKey).arg(s % 1000)},
                           {QStringLiteral("state"), end < now ? QStringLiteral("closed") : start <= now ? QStringLiteral("active") : QStringLiteral("future")},
                           {QStringLiteral("boardId"), 12}, {QStringLiteral("goal"), QStringLiteral("Fewer calls, faster syncs")},
                           {QStringLiteral("startDate"), QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                           {QStringLiteral("endDate"), QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc()).toString(Qt::ISODateWithMs)}};
        if (end < now)
            sprint.insert(QStringLiteral("completeDate"), QDateTime::fromMSecsSinceEpoch(end + 3'600'000, QTimeZone::utc()).toString(Qt::ISODateWithMs));
        sprints.append(sprint);
    }
    f.insert(QStringLiteral("customfield_10020"), rng() % 4 != 0 ? QJsonValue(sprints) : QJsonValue());
    static const char *const impediment[2] = {"10019", "Impediment"};
    f.insert(QStringLiteral("customfield_10021"), rng() % 10 == 0 ? QJsonValue(QJsonArray{option(impediment)}) : QJsonValue());
    f.insert(QStringLiteral("customfield_10030"), rng() % 2 ? QJsonValue(pick(rng, kVersions)) : QJsonValue());
    f.insert(QStringLiteral("customfield_10031"), rng() % 3 ? QJsonValue(option(kEnvironments[rng() % 3])) : QJsonValue());
    f.insert(QStringLiteral("customfield_10033"), rng() % 3 == 0
                                                      ? QJsonValue(QDateTime::fromMSecsSinceEpoch(i.createdMs + qint64(rng() % 60) * 86'400'000, QTimeZone::utc())
                                                                       .toString(QStringLiteral("yyyy-MM-dd")))
                                                      : QJsonValue());
    QJsonArray platforms;
    for (const auto &p : kPlatformOptions)
        if (rng() % 3 == 0)
            platforms.append(option(p));
    f.insert(QStringLiteral("customfield_10035"), platforms.isEmpty() ? QJsonValue() : QJsonValue(platforms));
    return f;
}

QJsonObject JiraService::statusJson(const JIssue &i) const
{
    static const QHash<QString, std::pair<int, const char *>> categories{{QStringLiteral("new"), {2, "blue-gray"}},
                                                                         {QStringLiteral("indeterminate"), {4, "yellow"}},
                                                                         {QStringLiteral("done"), {3, "green"}}};
    static const QHash<QString, QString> names{{QStringLiteral("new"), QStringLiteral("To Do")},
                                               {QStringLiteral("indeterminate"), QStringLiteral("In Progress")},
                                               {QStringLiteral("done"), QStringLiteral("Done")}};
    const auto category = categories.value(i.statusCategory, {1, "medium-gray"});
    const QString id = QString::number(10000 + int(qHash(i.status) % 100));
    return {{QStringLiteral("self"), apiBase() + QStringLiteral("/status/") + id}, {QStringLiteral("description"), QString()},
            {QStringLiteral("iconUrl"), kSite + QStringLiteral("/images/icons/statuses/generic.png")}, {QStringLiteral("name"), i.status},
            {QStringLiteral("id"), id},
            {QStringLiteral("statusCategory"), QJsonObject{{QStringLiteral("self"), apiBase() + QStringLiteral("/statuscategory/%1").arg(category.first)},
                                                           {QStringLiteral("id"), category.first}, {QStringLiteral("key"), i.statusCategory},
                                                           {QStringLiteral("colorName"), QLatin1String(category.second)},
                                                           {QStringLiteral("name"), names.value(i.statusCategory)}}}};
}

QJsonObject JiraService::priorityJson(const QString &name) const
{
    static const QStringList order{QStringLiteral("Highest"), QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low"),
                                   QStringLiteral("Lowest")};
    const QString id = QString::number(order.indexOf(name) + 1);
    return {{QStringLiteral("self"), apiBase() + QStringLiteral("/priority/") + id},
            {QStringLiteral("iconUrl"), kSite + QStringLiteral("/images/icons/priorities/%1.svg").arg(name.toLower())},
            {QStringLiteral("name"), name}, {QStringLiteral("id"), id}};
}

QJsonObject JiraService::issueTypeJson(const QString &name) const
{
    static const QHash<QString, std::pair<int, const char *>> types{
        {QStringLiteral("Bug"), {10303, "A problem or error."}},
        {QStringLiteral("Task"), {10318, "A small, distinct piece of work."}},
        {QStringLiteral("Story"), {10315, "Functionality or a feature expressed as a user goal."}},
        {QStringLiteral("Epic"), {10307, "A collection of related bugs, stories, and tasks."}}};
    const auto t = types.value(name, {10300, ""});
    const QString id = QString::number(10000 + t.first % 100);
    return {{QStringLiteral("self"), apiBase() + QStringLiteral("/issuetype/") + id}, {QStringLiteral("id"), id},
            {QStringLiteral("description"), QLatin1String(t.second)},
            {QStringLiteral("iconUrl"), apiBase() + QStringLiteral("/universal_avatar/view/type/issuetype/avatar/%1?size=medium").arg(t.first)},
            {QStringLiteral("name"), name}, {QStringLiteral("subtask"), false}, {QStringLiteral("avatarId"), t.first},
            {QStringLiteral("entityId"), QStringLiteral("6f1c%1-3b2a-4c5d-8e9f-0a1b2c3d4e5f").arg(t.first)},
            {QStringLiteral("hierarchyLevel"), name == QLatin1String("Epic") ? 1 : 0}};
}

QJsonObject JiraService::projectRefJson(const JProject &p) const
{
    QJsonObject avatars;
    static const char *const sizes[][2] = {{"48x48", "large"}, {"24x24", "small"}, {"16x16", "xsmall"}, {"32x32", "medium"}};
    for (const auto &size : sizes)
        avatars.insert(QLatin1String(size[0]), apiBase() + QStringLiteral("/universal_avatar/view/type/project/avatar/10411?size=%1").arg(QLatin1String(size[1])));
    return {{QStringLiteral("self"), apiBase() + QStringLiteral("/project/") + p.id}, {QStringLiteral("id"), p.id},
            {QStringLiteral("key"), p.key}, {QStringLiteral("name"), p.name}, {QStringLiteral("projectTypeKey"), QStringLiteral("software")},
            {QStringLiteral("simplified"), false}, {QStringLiteral("avatarUrls"), avatars}};
}

} // namespace sim
