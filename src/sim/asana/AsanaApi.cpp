// The HTTP side of AsanaService: Asana's paths, limit/offset paging with opaque offsets,
// compact records unless opt_fields, {"errors":[{"message"}]} bodies, Events streams and
// the premium-only task search (ASANA-OAS, docs/api-notes.md §1).
#include "sim/asana/AsanaService.h"
#include "sim/SimClock.h"
#include "sim/TokenCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace sim {

namespace {

const QString kPrefix = QStringLiteral("/asana/api/1.0");
constexpr qint64 kSyncTokenLifetimeMs = 24ll * 3600 * 1000;
constexpr int kMaxEvents = 100;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject ref(const QString &gid, const char *type, const QString &name)
{
    return {{QStringLiteral("gid"), gid}, {QStringLiteral("resource_type"), QLatin1String(type)},
            {QStringLiteral("name"), name}};
}

// opt_fields "a,b.c,b.d" as a tree {a:{}, b:{c:{}, d:{}}}.
struct FieldTree
{
    QMap<QString, FieldTree> children;
};

FieldTree parseFields(const QString &text)
{
    FieldTree root;
    for (const QString &path : text.split(u',', Qt::SkipEmptyParts)) {
        FieldTree *node = &root;
        for (const QString &part : path.trimmed().split(u'.', Qt::SkipEmptyParts))
            node = &node->children[part];
    }
    return root;
}

QJsonValue filterValue(const QJsonValue &v, const FieldTree &t);

QJsonObject filterObject(const QJsonObject &o, const FieldTree &t)
{
    // `gid` and `resource_type` (AsanaResource, the base of every record) come always: no
    // endpoint lists them among its opt_fields (docs/simulator.md).
    QJsonObject out;
    for (const QLatin1String key : {QLatin1String("gid"), QLatin1String("resource_type")})
        if (o.contains(key))
            out.insert(key, o.value(key));
    if (t.children.isEmpty()) // a reference asked for by name only: its compact form
        return out;
    for (auto it = t.children.cbegin(); it != t.children.cend(); ++it)
        if (o.contains(it.key()))
            out.insert(it.key(), filterValue(o.value(it.key()), it.value()));
    return out;
}

QJsonValue filterValue(const QJsonValue &v, const FieldTree &t)
{
    if (v.isObject())
        return filterObject(v.toObject(), t);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(item.isObject() ? QJsonValue(filterObject(item.toObject(), t)) : item);
        return out;
    }
    return v;
}

// The record as the request asked for it: `compact` keys unless opt_fields names others.
QJsonObject shape(const QJsonObject &full, const HttpRequest &r, const QStringList &compact)
{
    if (r.hasQuery(QStringLiteral("opt_fields")))
        return filterObject(full, parseFields(r.queryValue(QStringLiteral("opt_fields"))));
    if (compact.isEmpty())
        return full;
    QJsonObject out;
    for (const QString &k : compact)
        if (full.contains(k))
            out.insert(k, full.value(k));
    return out;
}

std::optional<qint64> parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

// One page of `items` (already filtered, in a stable order of their creation index).
// `limit` absent: everything, no next_page key at all (docs/api-notes.md §1 Listing).
HttpReply page(const HttpRequest &r, const QList<QPair<int, QJsonObject>> &items, const QString &path)
{
    int limit = -1;
    if (r.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return AsanaService::error(400, QStringLiteral("limit: Must be between 1 and 100."));
    }
    QUrlQuery same = r.query;
    same.removeAllQueryItems(QStringLiteral("offset"));
    const quint64 print = fingerprint(path + u'?' + same.toString(QUrl::FullyEncoded));
    int after = -1;
    if (r.hasQuery(QStringLiteral("offset"))) {
        const auto t = decodeToken(r.queryValue(QStringLiteral("offset")), 'A');
        if (!t || t->values.size() != 2 || t->values[0] != print || limit < 0)
            return AsanaService::error(400, QStringLiteral("offset: Your pagination token is invalid."));
        after = int(t->values[1]);
    }
    QJsonArray data;
    int lastIndex = -1;
    bool more = false;
    for (const auto &item : items) {
        if (item.first <= after)
            continue;
        if (limit > 0 && data.size() == limit) {
            more = true;
            break;
        }
        data.append(item.second);
        lastIndex = item.first;
    }
    QJsonObject body{{QStringLiteral("data"), data}};
    if (limit > 0) {
        if (more) {
            const QString offset = encodeToken({'A', {print, quint64(lastIndex)}});
            QUrlQuery next = same;
            next.addQueryItem(QStringLiteral("offset"), offset);
            const QString rel = path + u'?' + next.toString(QUrl::FullyEncoded);
            body.insert(QStringLiteral("next_page"),
                        QJsonObject{{QStringLiteral("offset"), offset}, {QStringLiteral("path"), rel},
                                    {QStringLiteral("uri"), QStringLiteral("https://app.asana.com/api/1.0") + rel}});
        } else {
            body.insert(QStringLiteral("next_page"), QJsonValue());
        }
    }
    return HttpReply::json(200, body);
}

} // namespace

HttpReply AsanaService::error(int status, const QString &message)
{
    return HttpReply::json(status, {{QStringLiteral("errors"),
                                     QJsonArray{QJsonObject{{QStringLiteral("message"), message}}}}});
}

// The path template of the description for a request path ("" when it has none).
QString AsanaService::pathTemplate(const QStringList &p)
{
    if (p.size() == 1)
        return u'/' + p[0];
    if (p.size() == 2 && p[0] == QLatin1String("users"))
        return QStringLiteral("/users/{user_gid}");
    if (p.size() == 2 && (p[0] == QLatin1String("projects") || p[0] == QLatin1String("tasks")))
        return QStringLiteral("/%1/{%2_gid}").arg(p[0], p[0].chopped(1));
    if (p.size() == 3 && p[0] == QLatin1String("portfolios") && p[2] == QLatin1String("items"))
        return QStringLiteral("/portfolios/{portfolio_gid}/items");
    if (p.size() == 4 && p[0] == QLatin1String("workspaces") && p[2] == QLatin1String("tasks") && p[3] == QLatin1String("search"))
        return QStringLiteral("/workspaces/{workspace_gid}/tasks/search");
    return {};
}

QString AsanaService::resolveTaskGid(const QString &part) const
{
    // "Once an external gid is set, you can use the notation `external:custom_gid` to reference
    // your object anywhere in the API where you may use the original object gid."
    if (part.startsWith(QLatin1String("external:"))) {
        const QString gid = m_byExternal.value(part.mid(int(qstrlen("external:"))));
        return gid.isEmpty() ? part : gid;
    }
    return part;
}

HttpReply AsanaService::handle(const HttpRequest &r)
{
    QStringList p = r.path.mid(kPrefix.size()).split(u'/', Qt::SkipEmptyParts);
    // An external gid may hold a slash (a URI, escaped in the request): it is one part.
    if (p.size() > 2 && p[0] == QLatin1String("tasks") && p[1].startsWith(QLatin1String("external:"))) {
        const bool stories = p.last() == QLatin1String("stories") && r.method == "POST";
        const QString id = p.mid(1, stories ? p.size() - 2 : -1).join(u'/');
        p = stories ? QStringList{p[0], id, QStringLiteral("stories")} : QStringList{p[0], id};
    }
    // opt_fields: only what the endpoint documents; Asana answers anything else with a 400 in
    // its "<parameter>: <problem>" form (the exact words are not documented).
    if (r.hasQuery(QStringLiteral("opt_fields"))) {
        const auto known = documentedOptFields().constFind(pathTemplate(p));
        if (known != documentedOptFields().cend())
            for (const QString &f : r.queryValue(QStringLiteral("opt_fields")).split(u',', Qt::SkipEmptyParts))
                if (!known->contains(f.trimmed()))
                    return error(400, QStringLiteral("opt_fields: Unknown field: %1").arg(f.trimmed()));
    }
    // The writes (AsanaWrites.cpp).
    if (r.method == "POST" && p == QStringList{QStringLiteral("tasks")})
        return createTask(r);
    if (r.method == "PUT" && p.size() == 2 && p[0] == QLatin1String("tasks"))
        return updateTask(r, resolveTaskGid(p[1]));
    if (r.method == "DELETE" && p.size() == 2 && p[0] == QLatin1String("tasks"))
        return deleteTaskCall(r, resolveTaskGid(p[1]));
    if (r.method == "POST" && p.size() == 3 && p[0] == QLatin1String("tasks") && p[2] == QLatin1String("stories"))
        return createStory(r, resolveTaskGid(p[1]));
    if (r.method != "GET")
        return error(404, QStringLiteral("No matching route for request"));
    if (p == QStringList{QStringLiteral("workspaces")})
        return listWorkspaces(r);
    if (p == QStringList{QStringLiteral("users"), QStringLiteral("me")})
        return me(r);
    if (p == QStringList{QStringLiteral("projects")})
        return listProjects(r);
    if (p.size() == 2 && p[0] == QLatin1String("projects"))
        return getProject(r, p[1]);
    if (p == QStringList{QStringLiteral("portfolios")})
        return listPortfolios(r);
    if (p.size() == 3 && p[0] == QLatin1String("portfolios") && p[2] == QLatin1String("items"))
        return portfolioItems(r, p[1]);
    if (p.size() == 3 && p[0] == QLatin1String("projects") && p[2] == QLatin1String("events"))
        return events(r, p[1]);
    if (p == QStringList{QStringLiteral("tasks")})
        return listTasks(r);
    if (p.size() == 2 && p[0] == QLatin1String("tasks"))
        return getTask(r, resolveTaskGid(p[1]));
    if (p.size() == 3 && p[0] == QLatin1String("tasks") && p[2] == QLatin1String("stories"))
        return listStories(r, resolveTaskGid(p[1]));
    if (p == QStringList{QStringLiteral("events")}) {
        if (!r.hasQuery(QStringLiteral("resource")))
            return error(400, QStringLiteral("resource: Missing input"));
        return events(r, r.queryValue(QStringLiteral("resource")));
    }
    if (p.size() == 4 && p[0] == QLatin1String("workspaces") && p[2] == QLatin1String("tasks")
        && p[3] == QLatin1String("search"))
        return search(r, p[1]);
    return error(404, QStringLiteral("No matching route for request"));
}

QJsonObject AsanaService::shapeForWrite(const QJsonObject &full, const HttpRequest &r) const
{
    return shape(full, r, {});
}

QJsonObject AsanaService::userRef(const QString &gid) const
{
    for (const AUser &u : m_users)
        if (u.gid == gid)
            return ref(u.gid, "user", u.name);
    return {};
}

HttpReply AsanaService::listWorkspaces(const HttpRequest &r)
{
    QList<QPair<int, QJsonObject>> items;
    items.append({0, shape(ref(m_workspaceGid, "workspace", QStringLiteral("Cairn Sim Workspace")), r, {})});
    items.append({1, shape(ref(m_otherWorkspaceGid, "workspace", QStringLiteral("Personal Projects")), r, {})});
    return page(r, items, QStringLiteral("/workspaces"));
}

HttpReply AsanaService::me(const HttpRequest &r)
{
    QJsonObject u = userRef(meGid());
    u.insert(QStringLiteral("email"), m_users.first().email);
    u.insert(QStringLiteral("workspaces"), QJsonArray{ref(m_workspaceGid, "workspace", QStringLiteral("Cairn Sim Workspace"))});
    return HttpReply::json(200, {{QStringLiteral("data"), shape(u, r, {})}});
}

QJsonObject AsanaService::projectJson(const AProject &p) const
{
    return {{QStringLiteral("gid"), p.gid}, {QStringLiteral("resource_type"), QStringLiteral("project")},
            {QStringLiteral("name"), p.name}, {QStringLiteral("archived"), p.archived},
            {QStringLiteral("completed"), p.completed},
            {QStringLiteral("completed_at"), p.completed ? QJsonValue(isoTime(p.completedMs)) : QJsonValue()},
            {QStringLiteral("color"), p.color}, {QStringLiteral("created_at"), isoTime(p.createdMs)},
            {QStringLiteral("modified_at"), isoTime(p.modifiedMs)}, {QStringLiteral("due_on"), orNull(p.dueOn)},
            {QStringLiteral("start_on"), orNull(p.startOn)}, {QStringLiteral("notes"), p.notes},
            {QStringLiteral("owner"), p.ownerGid.isEmpty() ? QJsonValue() : QJsonValue(userRef(p.ownerGid))},
            // The owner is a member of the project (Asana adds them).
            {QStringLiteral("members"), p.ownerGid.isEmpty() ? QJsonArray() : QJsonArray{userRef(p.ownerGid)}},
            {QStringLiteral("workspace"), ref(m_workspaceGid, "workspace", QStringLiteral("Cairn Sim Workspace"))},
            {QStringLiteral("permalink_url"), QStringLiteral("https://app.asana.com/0/%1/list").arg(p.gid)},
            {QStringLiteral("public"), true}};
}

HttpReply AsanaService::listProjects(const HttpRequest &r)
{
    const QString workspace = r.queryValue(QStringLiteral("workspace"));
    if (workspace.isEmpty())
        return error(400, QStringLiteral("workspace: Missing input"));
    if (workspace != m_workspaceGid && workspace != m_otherWorkspaceGid)
        return error(404, QStringLiteral("workspace: Unknown object: %1").arg(workspace));
    std::optional<bool> archived;
    if (r.hasQuery(QStringLiteral("archived"))) {
        const QString a = r.queryValue(QStringLiteral("archived"));
        if (a != QLatin1String("true") && a != QLatin1String("false"))
            return error(400, QStringLiteral("archived: Not a boolean: %1").arg(a));
        archived = a == QLatin1String("true");
    }
    QList<QPair<int, QJsonObject>> items;
    if (workspace == m_workspaceGid) {
        for (int i = 0; i < int(m_projects.size()); ++i) {
            const AProject &p = m_projects[i];
            if (p.deleted || (archived && p.archived != *archived))
                continue;
            items.append({i, shape(projectJson(p), r, {QStringLiteral("gid"), QStringLiteral("resource_type"),
                                                       QStringLiteral("name")})});
        }
    }
    return page(r, items, QStringLiteral("/projects"));
}

// The portfolios of a workspace (ASANA-OAS getPortfolios): `workspace` is required; a regular
// user (not a service account) gets only the portfolios they own, whatever `owner` names ("me"
// or a user gid). Compact records ({gid, resource_type, name}) unless opt_fields.
HttpReply AsanaService::listPortfolios(const HttpRequest &r)
{
    const QString workspace = r.queryValue(QStringLiteral("workspace"));
    if (workspace.isEmpty())
        return error(400, QStringLiteral("workspace: Missing input"));
    if (workspace != m_workspaceGid && workspace != m_otherWorkspaceGid)
        return error(404, QStringLiteral("workspace: Unknown object: %1").arg(workspace));
    QString owner = meGid();
    if (r.hasQuery(QStringLiteral("owner"))) {
        owner = r.queryValue(QStringLiteral("owner"));
        if (owner == QLatin1String("me"))
            owner = meGid();
        else if (userRef(owner).isEmpty())
            return error(404, QStringLiteral("owner: Unknown object: %1").arg(owner));
    }
    QList<QPair<int, QJsonObject>> items;
    for (int i = 0; i < int(m_portfolios.size()); ++i) {
        const APortfolio &p = m_portfolios[size_t(i)];
        if (p.workspaceGid != workspace || p.ownerGid != meGid() || p.ownerGid != owner)
            continue;
        const QString workspaceName = workspace == m_workspaceGid ? QStringLiteral("Cairn Sim Workspace") : QStringLiteral("Personal Projects");
        const QJsonObject full{{QStringLiteral("gid"), p.gid}, {QStringLiteral("resource_type"), QStringLiteral("portfolio")},
                               {QStringLiteral("name"), p.name}, {QStringLiteral("archived"), false},
                               {QStringLiteral("color"), p.color}, {QStringLiteral("owner"), userRef(p.ownerGid)},
                               {QStringLiteral("workspace"), ref(workspace, "workspace", workspaceName)},
                               {QStringLiteral("permalink_url"), QStringLiteral("https://app.asana.com/0/portfolio/%1/list").arg(p.gid)},
                               {QStringLiteral("public"), false}};
        items.append({i, shape(full, r, {QStringLiteral("gid"), QStringLiteral("resource_type"), QStringLiteral("name")})});
    }
    return page(r, items, QStringLiteral("/portfolios"));
}

// A portfolio's items (ASANA-OAS /portfolios/{portfolio_gid}/items): its projects, archived
// and completed ones too (the endpoint has no filter), compact unless opt_fields.
HttpReply AsanaService::portfolioItems(const HttpRequest &r, const QString &portfolioGid)
{
    const auto found = std::find_if(m_portfolios.cbegin(), m_portfolios.cend(),
                                    [&](const APortfolio &p) { return p.gid == portfolioGid; });
    if (found == m_portfolios.cend())
        return error(404, QStringLiteral("portfolio: Unknown object: %1").arg(portfolioGid));
    QList<QPair<int, QJsonObject>> items;
    for (int i = 0; i < int(found->projectGids.size()); ++i) {
        const AProject *p = project(found->projectGids[i]);
        if (p && !p->deleted)
            items.append({i, shape(projectJson(*p), r, {QStringLiteral("gid"), QStringLiteral("resource_type"),
                                                        QStringLiteral("name")})});
    }
    return page(r, items, QStringLiteral("/portfolios/%1/items").arg(portfolioGid));
}

HttpReply AsanaService::getProject(const HttpRequest &r, const QString &gid)
{
    const AProject *p = project(gid);
    if (!p || p->deleted)
        return error(404, QStringLiteral("project: Unknown object: %1").arg(gid));
    return HttpReply::json(200, {{QStringLiteral("data"), shape(projectJson(*p), r, {})}});
}

QJsonObject AsanaService::taskJson(const ATask &t) const
{
    QJsonArray memberships, projects, tags, fields;
    for (const AMembership &m : t.memberships) {
        const AProject *p = project(m.projectGid);
        const QString pname = p ? p->name : QString();
        memberships.append(QJsonObject{{QStringLiteral("project"), ref(m.projectGid, "project", pname)},
                                       {QStringLiteral("section"), ref(m.sectionGid, "section", p ? sectionName(*p, m.sectionGid) : QString())}});
        projects.append(ref(m.projectGid, "project", pname));
    }
    for (const QString &g : t.tagGids)
        for (const auto &tag : m_tags)
            if (tag.first == g)
                tags.append(ref(g, "tag", tag.second));
    for (const ACustomField &f : t.customFields)
        fields.append(customFieldJson(f));
    QJsonArray followers{userRef(meGid())};
    if (!t.assigneeGid.isEmpty() && t.assigneeGid != meGid())
        followers.append(userRef(t.assigneeGid));
    const QString home = t.memberships.isEmpty() ? QStringLiteral("0") : t.memberships.first().projectGid;
    QJsonObject json = taskJsonBase(t, memberships, projects, tags, fields, followers, home);
    // "This field is returned only if external values are set or included by using Opt In."
    if (!t.externalGid.isEmpty() || !t.externalData.isEmpty())
        json.insert(QStringLiteral("external"), QJsonObject{{QStringLiteral("gid"), t.externalGid},
                                                            {QStringLiteral("data"), t.externalData}});
    return json;
}

QJsonObject AsanaService::taskJsonBase(const ATask &t, const QJsonArray &memberships, const QJsonArray &projects,
                                       const QJsonArray &tags, const QJsonArray &fields, const QJsonArray &followers,
                                       const QString &home) const
{
    return {{QStringLiteral("gid"), t.gid}, {QStringLiteral("resource_type"), QStringLiteral("task")},
            // The rest of the full record (TaskResponse), as a task without them has them.
            {QStringLiteral("actual_time_minutes"), QJsonValue()},
            {QStringLiteral("assignee_section"), t.assigneeGid.isEmpty() ? QJsonValue()
                                                                         : QJsonValue(ref(QStringLiteral("1201000000000001"), "section",
                                                                                          QStringLiteral("Recently assigned")))},
            {QStringLiteral("assignee_status"), t.assigneeGid.isEmpty() ? QStringLiteral("inbox") : QStringLiteral("upcoming")},
            {QStringLiteral("completed_by"), t.completed ? QJsonValue(userRef(meGid())) : QJsonValue()},
            {QStringLiteral("dependencies"), QJsonArray()}, {QStringLiteral("dependents"), QJsonArray()},
            {QStringLiteral("followers"), followers}, {QStringLiteral("hearted"), false}, {QStringLiteral("hearts"), QJsonArray()},
            {QStringLiteral("liked"), false}, {QStringLiteral("likes"), QJsonArray()}, {QStringLiteral("num_hearts"), 0},
            {QStringLiteral("num_likes"), 0}, {QStringLiteral("is_rendered_as_separator"), false}, {QStringLiteral("start_at"), QJsonValue()},
            {QStringLiteral("resource_subtype"), QStringLiteral("default_task")}, {QStringLiteral("name"), t.name},
            {QStringLiteral("notes"), t.notes}, {QStringLiteral("html_notes"), t.htmlNotes.isEmpty() ? QStringLiteral("<body></body>") : t.htmlNotes},
            {QStringLiteral("completed"), t.completed},
            {QStringLiteral("completed_at"), t.completed ? QJsonValue(isoTime(t.completedMs)) : QJsonValue()},
            {QStringLiteral("due_on"), orNull(t.dueOn)}, {QStringLiteral("due_at"), orNull(t.dueAt)},
            {QStringLiteral("start_on"), orNull(t.startOn)}, {QStringLiteral("created_at"), isoTime(t.createdMs)},
            {QStringLiteral("modified_at"), isoTime(t.modifiedMs)},
            {QStringLiteral("assignee"), t.assigneeGid.isEmpty() ? QJsonValue() : QJsonValue(userRef(t.assigneeGid))},
            {QStringLiteral("created_by"), QJsonObject{{QStringLiteral("gid"), meGid()}, {QStringLiteral("resource_type"), QStringLiteral("user")}}},
            {QStringLiteral("memberships"), memberships}, {QStringLiteral("projects"), projects},
            {QStringLiteral("parent"), t.parentGid.isEmpty() ? QJsonValue() : QJsonValue(ref(t.parentGid, "task", QString()))},
            {QStringLiteral("num_subtasks"), t.numSubtasks}, {QStringLiteral("tags"), tags},
            {QStringLiteral("custom_fields"), fields},
            {QStringLiteral("workspace"), ref(m_workspaceGid, "workspace", QStringLiteral("Cairn Sim Workspace"))},
            {QStringLiteral("permalink_url"), QStringLiteral("https://app.asana.com/0/%1/%2").arg(home, t.gid)}};
}

HttpReply AsanaService::listTasks(const HttpRequest &r)
{
    const QString projectGid = r.queryValue(QStringLiteral("project"));
    if (projectGid.isEmpty())
        return error(400, QStringLiteral("Must specify exactly one of project, tag, section, user task list, or assignee + workspace"));
    const AProject *p = project(projectGid);
    if (!p || p->deleted)
        return error(404, QStringLiteral("project: Unknown object: %1").arg(projectGid));
    qint64 since = std::numeric_limits<qint64>::min();
    if (r.hasQuery(QStringLiteral("modified_since"))) {
        const auto t = parseTime(r.queryValue(QStringLiteral("modified_since")));
        if (!t)
            return error(400, QStringLiteral("modified_since: Not a valid date-time: %1").arg(r.queryValue(QStringLiteral("modified_since"))));
        since = *t;
    }
    const QStringList compact{QStringLiteral("gid"), QStringLiteral("resource_type"), QStringLiteral("name"),
                              QStringLiteral("resource_subtype"), QStringLiteral("created_by")};
    QList<QPair<int, QJsonObject>> items;
    for (int i = 0; i < int(m_tasks.size()); ++i) {
        const ATask &t = m_tasks[i];
        if (!t.deleted && t.modifiedMs >= since && t.inProject(projectGid))
            items.append({i, shape(taskJson(t), r, compact)});
    }
    return page(r, items, QStringLiteral("/tasks"));
}

HttpReply AsanaService::getTask(const HttpRequest &r, const QString &gid)
{
    const ATask *t = task(gid);
    if (!t || t->deleted)
        return error(404, QStringLiteral("task: Unknown object: %1").arg(gid));
    return HttpReply::json(200, {{QStringLiteral("data"), shape(taskJson(*t), r, {})}});
}

HttpReply AsanaService::listStories(const HttpRequest &r, const QString &taskGid)
{
    // GET /tasks/{task_gid}/stories: the task's stories, oldest first, compact as Asana's
    // StoryCompact (the simulator keeps the comments made through the API).
    const ATask *t = task(taskGid);
    if (!t || t->deleted)
        return error(404, QStringLiteral("task: Unknown object: %1").arg(taskGid));
    QList<QPair<int, QJsonObject>> items;
    int i = 0;
    for (const AStory &s : m_stories)
        if (s.taskGid == t->gid)
            items.append({i++, shape(storyJson(s), r, {QStringLiteral("gid"), QStringLiteral("resource_type"), QStringLiteral("created_at"),
                                                      QStringLiteral("created_by"), QStringLiteral("resource_subtype"), QStringLiteral("text")})});
    return page(r, items, QStringLiteral("/tasks/%1/stories").arg(t->gid));
}

QJsonObject AsanaService::eventJson(const AEvent &e) const
{
    QString name;
    const char *type = "project";
    if (e.resourceType == QLatin1String("task")) {
        type = "task";
        if (const ATask *t = task(e.resourceGid))
            name = t->name;
    } else if (e.resourceType == QLatin1String("story")) {
        type = "story";
        if (const AStory *s = story(e.resourceGid))
            name = s->text.left(100);
    } else if (const AProject *p = project(e.resourceGid)) {
        name = p->name;
    }
    QJsonObject o{{QStringLiteral("user"), e.userGid.isEmpty() ? QJsonValue() : QJsonValue(userRef(e.userGid))},
                  {QStringLiteral("created_at"), isoTime(e.createdMs)}, {QStringLiteral("type"), e.resourceType},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("resource"), ref(e.resourceGid, type, name)}};
    if (!e.parentGid.isEmpty()) {
        const AProject *p = project(e.parentGid);
        const ATask *t = p ? nullptr : task(e.parentGid);
        o.insert(QStringLiteral("parent"), p ? ref(p->gid, "project", p->name)
                                             : t ? ref(t->gid, "task", t->name) : ref(e.parentGid, "section", QString()));
    } else {
        o.insert(QStringLiteral("parent"), QJsonValue());
    }
    if (e.action == QLatin1String("changed"))
        o.insert(QStringLiteral("change"), QJsonObject{{QStringLiteral("field"), e.field}, {QStringLiteral("action"), QStringLiteral("changed")}});
    return o;
}

HttpReply AsanaService::events(const HttpRequest &r, const QString &resourceGid)
{
    const AProject *p = project(resourceGid);
    if (!p || p->deleted)
        return error(404, QStringLiteral("resource: Unknown object: %1").arg(resourceGid));
    const qint64 now = m_clock.nowMs();
    const quint64 gidValue = resourceGid.toULongLong();
    const auto fresh = [&](quint64 seq) { return encodeToken({'E', {gidValue, seq, quint64(now)}}); };
    const QString sync = r.queryValue(QStringLiteral("sync"));
    const auto t = decodeToken(sync, 'E');
    if (sync.isEmpty() || !t || t->values.size() != 3 || t->values[0] != gidValue
        || now - qint64(t->values[2]) > kSyncTokenLifetimeMs) {
        HttpReply reply = HttpReply::json(412, {{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"),
            QStringLiteral("Sync token invalid or too old. If you are attempting to keep resources in sync, you must "
                           "fetch the full dataset for this query now and use the new sync token for the next sync.")}}}},
                                                {QStringLiteral("sync"), fresh(m_events.size())}});
        return reply;
    }
    QJsonArray data;
    quint64 last = t->values[1];
    bool more = false;
    for (quint64 i = t->values[1]; i < m_events.size(); ++i) {
        const AEvent &e = m_events[i];
        if (e.stream != resourceGid)
            continue;
        if (data.size() == kMaxEvents) {
            more = true;
            break;
        }
        data.append(eventJson(e));
        last = e.seq;
    }
    if (!more)
        last = m_events.size();
    return HttpReply::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("sync"), fresh(last)},
                                 {QStringLiteral("has_more"), more}});
}

HttpReply AsanaService::search(const HttpRequest &r, const QString &workspaceGid)
{
    if (workspaceGid != m_workspaceGid && workspaceGid != m_otherWorkspaceGid)
        return error(404, QStringLiteral("workspace: Unknown object: %1").arg(workspaceGid));
    if (!m_searchEnabled)
        return error(402, QStringLiteral("Search is only available to premium users."));
    int limit = 20;
    if (r.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return error(400, QStringLiteral("limit: Must be between 1 and 100."));
    }
    const QStringList projects = r.queryValue(QStringLiteral("projects.any")).split(u',', Qt::SkipEmptyParts);
    qint64 after = std::numeric_limits<qint64>::min();
    if (r.hasQuery(QStringLiteral("modified_at.after"))) {
        const auto t = parseTime(r.queryValue(QStringLiteral("modified_at.after")));
        if (!t)
            return error(400, QStringLiteral("modified_at.after: Not a valid date-time"));
        after = *t;
    }
    std::vector<const ATask *> hits;
    for (const ATask &t : m_tasks) {
        if (t.deleted || t.modifiedMs <= after || workspaceGid != m_workspaceGid)
            continue;
        bool in = projects.isEmpty();
        for (const QString &p : projects)
            in = in || t.inProject(p);
        if (in)
            hits.push_back(&t);
    }
    const bool ascending = r.queryValue(QStringLiteral("sort_ascending")) == QLatin1String("true");
    std::stable_sort(hits.begin(), hits.end(), [ascending](const ATask *a, const ATask *b) {
        return ascending ? a->modifiedMs < b->modifiedMs : a->modifiedMs > b->modifiedMs;
    });
    QJsonArray data;
    const QStringList compact{QStringLiteral("gid"), QStringLiteral("resource_type"), QStringLiteral("name"),
                              QStringLiteral("resource_subtype")};
    for (std::size_t i = 0; i < hits.size() && int(i) < limit; ++i)
        data.append(shape(taskJson(*hits[i]), r, compact));
    return HttpReply::json(200, {{QStringLiteral("data"), data}});
}

} // namespace sim
