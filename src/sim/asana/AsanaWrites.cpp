// Asana's task writes (docs/simulator.md "Asana", docs/api-notes.md §1 "Writes"): POST /tasks
// (201), PUT /tasks/{task_gid}, DELETE /tasks/{task_gid}, POST /tasks/{task_gid}/stories
// (201), with `external:<gid>` for a task gid. Each logs its events and moves `modified_at`
// as the admin mutations do (it shows in the project's Events stream and in `modified_since`
// listings at once), and is counted per task for the exactly-once checks (apiWrites).
#include "sim/asana/AsanaService.h"
#include "sim/SimClock.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace sim {

namespace {

const QString kHelp = QStringLiteral("For more information on API status codes and how to handle them, read the docs on "
                                     "errors: https://developers.asana.com/docs/errors");

// Asana's error body with its `help` line, as recorded answers carry it.
HttpReply writeError(int status, const QString &message)
{
    return HttpReply::json(status, {{QStringLiteral("errors"), QJsonArray{QJsonObject{
                                         {QStringLiteral("message"), message}, {QStringLiteral("help"), kHelp}}}}});
}

// TaskBase's readOnly members: a request that sets one is refused.
const QStringList &readOnlyTaskFields()
{
    static const QStringList fields = QStringLiteral(
        "gid,resource_type,created_at,created_by,modified_at,completed_at,completed_by,memberships,num_subtasks,"
        "num_likes,num_hearts,likes,hearts,hearted,dependencies,dependents,is_rendered_as_separator,"
        "actual_time_minutes,assigned_by,permalink_url").split(u',');
    return fields;
}

// TaskCreateRequest's "*Create-Only*" members (TaskUpdateRequest has none of them): the task's
// containers change through addProject, removeProject, addTag, addFollowers…
const QStringList &createOnlyTaskFields()
{
    static const QStringList fields{QStringLiteral("projects"), QStringLiteral("tags"), QStringLiteral("followers"),
                                    QStringLiteral("workspace")};
    return fields;
}

std::optional<QJsonObject> dataOf(const HttpRequest &r, HttpReply *error)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = writeError(400, QStringLiteral("Could not parse request data, invalid JSON"));
        return std::nullopt;
    }
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (!data.isObject()) {
        *error = writeError(400, QStringLiteral("data: Missing input"));
        return std::nullopt;
    }
    return data.toObject();
}

bool isDate(const QString &s)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return form.match(s).hasMatch() && QDate::fromString(s, QStringLiteral("yyyy-MM-dd")).isValid();
}

bool isDateTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).isValid() || QDateTime::fromString(s, Qt::ISODate).isValid();
}

QString stripTags(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    return html.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

std::optional<HttpReply> AsanaService::missingScope(const HttpRequest &r, const QString &scope) const
{
    // A token granted only some of Asana's OAuth scopes (`default` is full access) needs the
    // endpoint's "Required scope" (ASANA-OAS: tasks:write, tasks:delete, stories:write).
    const std::optional<QString> granted = m_oauth.scopeOf(r.bearerToken());
    if (!granted || granted->trimmed().isEmpty())
        return std::nullopt;
    const QStringList scopes = granted->split(u' ', Qt::SkipEmptyParts);
    if (scopes.contains(QStringLiteral("default")) || scopes.contains(scope))
        return std::nullopt;
    return writeError(403, QStringLiteral("Forbidden: this token does not have the scope this endpoint requires: %1").arg(scope));
}

std::optional<HttpReply> AsanaService::openTaskWrite(const HttpRequest &r, const QString &gid, const QString &scope,
                                                     ATask **task, QJsonObject *data)
{
    if (std::optional<HttpReply> refused = missingScope(r, scope))
        return refused;
    *task = liveTask(gid);
    if (!*task)
        return writeError(404, QStringLiteral("task: Not a recognized ID: %1").arg(gid));
    HttpReply error;
    const auto d = dataOf(r, &error);
    if (!d)
        return error;
    *data = *d;
    return std::nullopt;
}

void AsanaService::logWrite(const QString &stream, const QString &action, const QString &type, const QString &gid,
                            const QString &parent, const QString &field)
{
    logEvent(stream, action, type, gid, parent, field);
    m_events.back().userGid = meGid(); // the token's user made it
}

HttpReply AsanaService::createTask(const HttpRequest &r)
{
    if (std::optional<HttpReply> refused = missingScope(r, QStringLiteral("tasks:write")))
        return *refused;
    HttpReply error;
    const auto data = dataOf(r, &error);
    if (!data)
        return error;
    for (const QString &f : readOnlyTaskFields())
        if (data->contains(f))
            return writeError(400, QStringLiteral("%1: Cannot write this property").arg(f));
    const QString workspace = data->value(QLatin1String("workspace")).toString();
    QStringList projects;
    for (const QJsonValue &v : data->value(QLatin1String("projects")).toArray())
        projects << v.toString();
    const QString parent = data->value(QLatin1String("parent")).toString();
    // "Every task is required to be created in a specific workspace … The workspace need not be
    // set explicitly if you specify projects or a parent task instead."
    if (workspace.isEmpty() && projects.isEmpty() && parent.isEmpty())
        return writeError(400, QStringLiteral("You should specify one of workspace, parent, projects"));
    if (!workspace.isEmpty() && workspace != m_workspaceGid && workspace != m_otherWorkspaceGid)
        return writeError(400, QStringLiteral("workspace: Not a recognized ID: %1").arg(workspace));
    for (const QString &gid : std::as_const(projects))
        if (!liveProject(gid))
            return writeError(400, QStringLiteral("projects: Not a recognized ID: %1").arg(gid));
    ATask *parentTask = parent.isEmpty() ? nullptr : liveTask(resolveTaskGid(parent));
    if (!parent.isEmpty() && !parentTask)
        return writeError(400, QStringLiteral("parent: Not a recognized ID: %1").arg(parent));
    QStringList tags;
    for (const QJsonValue &v : data->value(QLatin1String("tags")).toArray()) {
        const auto known = std::find_if(m_tags.cbegin(), m_tags.cend(), [&](const auto &t) { return t.first == v.toString(); });
        if (known == m_tags.cend())
            return writeError(400, QStringLiteral("tags: Not a recognized ID: %1").arg(v.toString()));
        tags << v.toString();
    }

    ATask t;
    t.gid = QStringLiteral("0"); // taken below, once the fields are known to be good
    t.createdMs = t.modifiedMs = m_clock.nowMs();
    QStringList changed;
    if (std::optional<HttpReply> bad = applyTaskFields(t, *data, &changed))
        return *bad;
    t.gid = newGid();
    t.tagGids = tags;
    if (parentTask) {
        t.parentGid = parentTask->gid;
        ++parentTask->numSubtasks;
    }
    for (const QString &gid : std::as_const(projects)) {
        const AProject *p = liveProject(gid);
        t.memberships.append({gid, p->sections.first().gid});
    }
    // Its project's custom fields, none set (custom_fields values are not modelled).
    if (!t.memberships.isEmpty())
        t.customFields = fieldValues(*liveProject(t.memberships.first().projectGid), QString(), QString());
    m_taskIndex.insert(t.gid, int(m_tasks.size()));
    m_tasks.push_back(t);
    if (!t.externalGid.isEmpty())
        m_byExternal.insert(t.externalGid, t.gid);
    for (const AMembership &m : t.memberships)
        logWrite(m.projectGid, QStringLiteral("added"), QStringLiteral("task"), t.gid, m.projectGid);
    ++m_apiWrites[t.gid].created;
    HttpReply reply = HttpReply::json(201, {{QStringLiteral("data"), shapeForWrite(taskJson(m_tasks.back()), r)}});
    return reply;
}

std::optional<HttpReply> AsanaService::applyTaskFields(ATask &t, const QJsonObject &data, QStringList *changed)
{
    const auto string = [&](const char *key, QString *out) -> std::optional<HttpReply> {
        const QJsonValue v = data.value(QLatin1String(key));
        if (!v.isString())
            return writeError(400, QStringLiteral("%1: Not a string").arg(QLatin1String(key)));
        if (*out != v.toString()) {
            *out = v.toString();
            *changed << QLatin1String(key);
        }
        return std::nullopt;
    };
    // due_on and due_at: "should not be used together".
    const bool dueOn = data.contains(QLatin1String("due_on")) && !data.value(QLatin1String("due_on")).isNull();
    const bool dueAt = data.contains(QLatin1String("due_at")) && !data.value(QLatin1String("due_at")).isNull();
    if (dueOn && dueAt)
        return writeError(400, QStringLiteral("You may only provide one of due_on or due_at"));
    for (const char *key : {"due_on", "due_at", "start_on"}) {
        if (!data.contains(QLatin1String(key)))
            continue;
        const QJsonValue v = data.value(QLatin1String(key));
        const bool time = qstrcmp(key, "due_at") == 0;
        if (!v.isNull() && (!v.isString() || !(time ? isDateTime(v.toString()) : isDate(v.toString()))))
            return writeError(400, QStringLiteral("%1: Not a valid %2: %3").arg(QLatin1String(key), time ? QStringLiteral("date-time")
                                                                                                         : QStringLiteral("date"),
                                                                                v.toVariant().toString()));
    }
    if (data.contains(QLatin1String("completed")) && !data.value(QLatin1String("completed")).isBool())
        return writeError(400, QStringLiteral("completed: Not a boolean: %1").arg(data.value(QLatin1String("completed")).toVariant().toString()));
    QString assignee = t.assigneeGid;
    if (data.contains(QLatin1String("assignee"))) {
        const QJsonValue v = data.value(QLatin1String("assignee"));
        assignee.clear();
        if (!v.isNull()) {
            const QString who = v.toString();
            for (const AUser &u : std::as_const(m_users))
                if (u.gid == who || u.email == who || (who == QLatin1String("me") && u.gid == meGid()))
                    assignee = u.gid;
            if (assignee.isEmpty())
                return writeError(400, QStringLiteral("assignee: Not a recognized ID: %1").arg(who));
        }
    }
    QString externalGid = t.externalGid, externalData = t.externalData;
    if (data.contains(QLatin1String("external"))) {
        const QJsonObject e = data.value(QLatin1String("external")).toObject();
        // "The external gid is capped at 1,024 characters, while data blobs are capped at 32,768".
        if (e.contains(QLatin1String("gid"))) {
            externalGid = e.value(QLatin1String("gid")).toString();
            if (externalGid.size() > 1024)
                return writeError(400, QStringLiteral("external.gid: Must be at most 1024 characters long"));
            const QString owner = m_byExternal.value(externalGid);
            if (!externalGid.isEmpty() && !owner.isEmpty() && owner != t.gid)
                return writeError(400, QStringLiteral("external.gid: Another object already has this external gid: %1").arg(externalGid));
        }
        if (e.contains(QLatin1String("data"))) {
            externalData = e.value(QLatin1String("data")).toString();
            if (externalData.size() > 32768)
                return writeError(400, QStringLiteral("external.data: Must be at most 32768 characters long"));
        }
    }
    // Every value is good: now change the task.
    if (data.contains(QLatin1String("name")))
        if (auto bad = string("name", &t.name))
            return bad;
    if (data.contains(QLatin1String("html_notes"))) {
        QString html = t.htmlNotes;
        if (auto bad = string("html_notes", &html))
            return bad;
        t.htmlNotes = html;
        const QString plain = stripTags(html);
        if (t.notes != plain) {
            t.notes = plain;
            if (!changed->contains(QLatin1String("notes")))
                *changed << QStringLiteral("notes");
        }
    } else if (data.contains(QLatin1String("notes"))) {
        if (auto bad = string("notes", &t.notes))
            return bad;
        t.htmlNotes = QStringLiteral("<body>") + t.notes.toHtmlEscaped() + QStringLiteral("</body>");
    }
    for (const auto &[key, field] : {std::pair{"due_on", &t.dueOn}, std::pair{"due_at", &t.dueAt}, std::pair{"start_on", &t.startOn}}) {
        if (!data.contains(QLatin1String(key)))
            continue;
        const QString value = data.value(QLatin1String(key)).toString(); // null clears it
        if (*field != value) {
            *field = value;
            *changed << QLatin1String(key);
        }
    }
    // A due date clears the due time and the other way round (one of the two at a time).
    if (dueOn && data.value(QLatin1String("due_at")).isUndefined())
        t.dueAt.clear();
    if (dueAt) {
        t.dueOn = QDateTime::fromString(t.dueAt, Qt::ISODateWithMs).toUTC().date().toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (data.contains(QLatin1String("completed"))) {
        const bool done = data.value(QLatin1String("completed")).toBool();
        if (done != t.completed) {
            t.completed = done;
            t.completedMs = done ? m_clock.nowMs() : 0;
            *changed << QStringLiteral("completed");
        }
    }
    if (assignee != t.assigneeGid) {
        t.assigneeGid = assignee;
        *changed << QStringLiteral("assignee");
    }
    if (externalGid != t.externalGid || externalData != t.externalData) {
        if (t.gid != QLatin1String("0") && externalGid != t.externalGid) {
            m_byExternal.remove(t.externalGid);
            if (!externalGid.isEmpty())
                m_byExternal.insert(externalGid, t.gid);
        }
        t.externalGid = externalGid;
        t.externalData = externalData;
        *changed << QStringLiteral("external");
    }
    return std::nullopt;
}

HttpReply AsanaService::updateTask(const HttpRequest &r, const QString &gid)
{
    ATask *t = nullptr;
    QJsonObject body;
    if (std::optional<HttpReply> bad = openTaskWrite(r, gid, QStringLiteral("tasks:write"), &t, &body))
        return *bad;
    const QJsonObject *data = &body;
    for (const QString &f : readOnlyTaskFields())
        if (data->contains(f))
            return writeError(400, QStringLiteral("%1: Cannot write this property").arg(f));
    for (const QString &f : createOnlyTaskFields())
        if (data->contains(f))
            return writeError(400, QStringLiteral("%1: Cannot write this property on an existing task").arg(f));
    if (data->contains(QLatin1String("parent")) && data->value(QLatin1String("parent")).toString() != t->parentGid)
        return writeError(400, QStringLiteral("parent: Cannot write this property on an existing task (use setParent)"));
    ATask next = *t;
    QStringList changed;
    if (std::optional<HttpReply> bad = applyTaskFields(next, *data, &changed))
        return *bad;
    *t = next;
    if (!changed.isEmpty()) {
        t->modifiedMs = m_clock.nowMs();
        for (const QString &field : std::as_const(changed))
            if (field != QLatin1String("external")) // app data: no change anyone sees
                for (const AMembership &m : t->memberships)
                    logWrite(m.projectGid, QStringLiteral("changed"), QStringLiteral("task"), t->gid, QString(), field);
        ++m_apiWrites[t->gid].updated;
    }
    return HttpReply::json(200, {{QStringLiteral("data"), shapeForWrite(taskJson(*t), r)}});
}

HttpReply AsanaService::deleteTaskCall(const HttpRequest &r, const QString &gid)
{
    if (std::optional<HttpReply> refused = missingScope(r, QStringLiteral("tasks:delete")))
        return *refused;
    if (!liveTask(gid))
        return writeError(404, QStringLiteral("task: Not a recognized ID: %1").arg(gid));
    const size_t before = m_events.size();
    deleteTask(gid); // its "deleted" events, modified_at
    for (size_t i = before; i < m_events.size(); ++i)
        m_events[i].userGid = meGid(); // …by the token's user
    ++m_apiWrites[gid].deleted;
    return HttpReply::json(200, {{QStringLiteral("data"), QJsonObject()}});
}

HttpReply AsanaService::createStory(const HttpRequest &r, const QString &taskGid)
{
    ATask *t = nullptr;
    QJsonObject body;
    if (std::optional<HttpReply> bad = openTaskWrite(r, taskGid, QStringLiteral("stories:write"), &t, &body))
        return *bad;
    const QJsonObject *data = &body;
    const bool text = data->contains(QLatin1String("text")), html = data->contains(QLatin1String("html_text"));
    // StoryBase.text: "Cannot be used with html_text."
    if (text && html)
        return writeError(400, QStringLiteral("text: Cannot be used with html_text"));
    const QString value = data->value(QLatin1String(html ? "html_text" : "text")).toString();
    if (value.trimmed().isEmpty())
        return writeError(400, QStringLiteral("text: Missing input"));
    AStory s;
    s.gid = newGid();
    s.taskGid = t->gid;
    s.text = html ? stripTags(value) : value;
    s.htmlText = html ? value : QStringLiteral("<body>") + value.toHtmlEscaped() + QStringLiteral("</body>");
    s.authorGid = meGid();
    s.createdMs = m_clock.nowMs();
    s.pinned = data->value(QLatin1String("is_pinned")).toBool();
    m_stories.push_back(s);
    // "story is created on a task" changes modified_at; the story's event bubbles up to the
    // task's projects (docs/api-notes.md §1 Incremental).
    t->modifiedMs = s.createdMs;
    for (const AMembership &m : t->memberships)
        logWrite(m.projectGid, QStringLiteral("added"), QStringLiteral("story"), s.gid, t->gid);
    ++m_apiWrites[t->gid].stories;
    return HttpReply::json(201, {{QStringLiteral("data"), shapeForWrite(storyJson(s), r)}});
}

QJsonObject AsanaService::storyJson(const AStory &s) const
{
    const ATask *t = task(s.taskGid);
    QJsonObject author = userRef(s.authorGid);
    return {{QStringLiteral("gid"), s.gid}, {QStringLiteral("resource_type"), QStringLiteral("story")},
            {QStringLiteral("created_at"), isoTime(s.createdMs)}, {QStringLiteral("created_by"), author},
            {QStringLiteral("resource_subtype"), QStringLiteral("comment_added")}, {QStringLiteral("text"), s.text},
            {QStringLiteral("html_text"), s.htmlText}, {QStringLiteral("is_pinned"), s.pinned},
            {QStringLiteral("type"), QStringLiteral("comment")}, {QStringLiteral("is_editable"), true},
            {QStringLiteral("is_edited"), false}, {QStringLiteral("hearted"), false}, {QStringLiteral("hearts"), QJsonArray()},
            {QStringLiteral("num_hearts"), 0}, {QStringLiteral("liked"), false}, {QStringLiteral("likes"), QJsonArray()},
            {QStringLiteral("num_likes"), 0}, {QStringLiteral("previews"), QJsonArray()}, {QStringLiteral("source"), QStringLiteral("api")},
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("gid"), s.taskGid}, {QStringLiteral("resource_type"), QStringLiteral("task")},
                                                   {QStringLiteral("name"), t ? t->name : QString()},
                                                   {QStringLiteral("resource_subtype"), QStringLiteral("default_task")}}}};
}

const AStory *AsanaService::story(const QString &gid) const
{
    for (const AStory &s : m_stories)
        if (s.gid == gid)
            return &s;
    return nullptr;
}

QList<AStory> AsanaService::stories(const QString &taskGid) const
{
    QList<AStory> out;
    for (const AStory &s : m_stories)
        if (s.taskGid == taskGid)
            out << s;
    return out;
}

QJsonObject AsanaService::apiWritesJson() const
{
    QJsonObject out;
    for (auto it = m_apiWrites.cbegin(); it != m_apiWrites.cend(); ++it)
        out.insert(it.key(), QJsonObject{{QStringLiteral("created"), it->created}, {QStringLiteral("updated"), it->updated},
                                         {QStringLiteral("deleted"), it->deleted}, {QStringLiteral("stories"), it->stories}});
    return out;
}

} // namespace sim
