#include "ClipLine.h"
#include "AsanaApi.h"
#include "AsanaMapper.h"
#include "Json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cairn::asana {

namespace {
const QString kWhat = QStringLiteral("Asana");

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// The `data` list of a page, each item an object.
QJsonArray dataList(const QJsonObject &o)
{
    if (!o.contains(QLatin1String("data")))
        throw Error(Error::Kind::BadResponse,
                    QCoreApplication::translate("cairn::asana", "unexpected answer from Asana: no \"data\" in a list"));
    const QJsonArray a = json::array(o, QLatin1String("data"), kWhat);
    for (const QJsonValue &v : a)
        if (!v.isObject())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::asana", "unexpected answer from Asana: an item of \"data\" is not an object"));
    return a;
}

QString nextOffsetOf(const QJsonObject &o)
{
    return json::string(json::object(o, QLatin1String("next_page"), kWhat), QLatin1String("offset"), kWhat);
}
} // namespace

QString AsanaApi::projectFields()
{
    return QStringLiteral("name,archived,completed,completed_at,color,created_at,modified_at,due_on,start_on,notes,"
                          "owner,members,members.name,permalink_url"); // only documented opt_fields (ASANA-OAS)
}

QString AsanaApi::taskFields()
{
    return QStringLiteral("name,notes,html_notes,completed,completed_at,due_on,due_at,start_on,created_at,modified_at,"
                          "assignee,assignee.name,permalink_url,tags,tags.name,custom_fields,custom_fields.name,"
                          "custom_fields.type,custom_fields.display_value,num_subtasks,parent,memberships.project,"
                          "memberships.project.name,memberships.section,memberships.section.name");
}

Error errorFromResponse(const HttpResponse &r)
{
    QString message;
    const QJsonArray errors = QJsonDocument::fromJson(r.body).object().value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        message = clipLine(errors.first().toObject().value(QLatin1String("message")).toString());
    if (message.isEmpty())
        message = QCoreApplication::translate("cairn::asana", "HTTP %1").arg(r.status);
    if (r.status == 401)
        return Error(Error::Kind::Auth,
                     QCoreApplication::translate("cairn::asana", "Asana refused the credentials (%1): sign in again").arg(message),
                     r.status);
    return Error(Error::Kind::Http, QCoreApplication::translate("cairn::asana", "Asana answered %1: %2").arg(r.status).arg(message),
                 r.status);
}

AsanaApi::AsanaApi(HttpClient &http, QUrl base, QString meGid)
    : m_api(http, std::move(base), kWhat, &errorFromResponse), m_me(std::move(meGid))
{
}

QUrl AsanaApi::endpoint(const QString &path) const
{
    // Either the service root (…/asana, as the simulator's base) or the API root (…/api/1.0).
    QString basePath = m_api.base().path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    return m_api.endpoint(basePath.endsWith(QLatin1String("/api/1.0")) ? path : QStringLiteral("/api/1.0") + path);
}

QCoro::Task<QString> AsanaApi::firstWorkspace()
{
    QUrl url = endpoint(QStringLiteral("/workspaces"));
    url.setQuery(QStringLiteral("limit=100"));
    const QJsonObject o = co_await m_api.getJson(url);
    const QJsonArray list = dataList(o);
    if (list.isEmpty())
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::asana", "this Asana account has no workspace"));
    co_return json::string(list.first().toObject(), QLatin1String("gid"), kWhat);
}

QCoro::Task<QString> AsanaApi::meGid()
{
    QUrl url = endpoint(QStringLiteral("/users/me"));
    url.setQuery(QStringLiteral("opt_fields=name")); // the gid comes always
    const QJsonObject o = co_await m_api.getJson(url);
    co_return json::string(json::object(o, QLatin1String("data"), kWhat), QLatin1String("gid"), kWhat);
}

QCoro::Task<NamedPage> AsanaApi::workspaces(QString offset)
{
    NamedPage page = co_await namedPage(QStringLiteral("/workspaces"), QUrlQuery(), std::move(offset));
    co_return page;
}

QCoro::Task<NamedPage> AsanaApi::portfolios(QString workspace, QString offset)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("workspace"), workspace);
    q.addQueryItem(QStringLiteral("owner"), QStringLiteral("me")); // a person sees only their own (ASANA-OAS)
    NamedPage page = co_await namedPage(QStringLiteral("/portfolios"), q, std::move(offset));
    co_return page;
}

QCoro::Task<NamedPage> AsanaApi::namedPage(QString path, QUrlQuery query, QString offset)
{
    QUrl url = endpoint(path);
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("opt_fields"), QStringLiteral("name"));
    if (!offset.isEmpty())
        query.addQueryItem(QStringLiteral("offset"), offset);
    url.setQuery(query);
    const QJsonObject o = co_await m_api.getJson(url);
    NamedPage page;
    for (const QJsonValue &v : dataList(o)) {
        const QJsonObject item = v.toObject();
        const QString gid = json::string(item, QLatin1String("gid"), kWhat);
        if (gid.isEmpty())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::asana", "unexpected answer from Asana: an item without a gid"));
        page.items.append({gid, json::string(item, QLatin1String("name"), kWhat)});
    }
    page.nextOffset = nextOffsetOf(o);
    co_return page;
}

QCoro::Task<ProjectsPage> AsanaApi::projects(QString workspace, QString offset)
{
    QUrl url = endpoint(QStringLiteral("/projects"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("workspace"), workspace);
    q.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("opt_fields"), projectFields());
    if (!offset.isEmpty())
        q.addQueryItem(QStringLiteral("offset"), offset);
    url.setQuery(q);
    ProjectsPage page = co_await projectsPage(url, false);
    co_return page;
}

QCoro::Task<ProjectsPage> AsanaApi::portfolioProjects(QString portfolio, QString offset)
{
    QUrl url = endpoint(QStringLiteral("/portfolios/%1/items").arg(QString::fromLatin1(QUrl::toPercentEncoding(portfolio))));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("opt_fields"), projectFields()); // gid and resource_type come always
    if (!offset.isEmpty())
        q.addQueryItem(QStringLiteral("offset"), offset);
    url.setQuery(q);
    ProjectsPage page = co_await projectsPage(url, true);
    co_return page;
}

QCoro::Task<ProjectsPage> AsanaApi::projectsPage(QUrl url, bool portfolioItems)
{
    const HttpResponse r = co_await m_api.get(url);
    if (!r.ok())
        throw errorFromResponse(r);
    const QJsonObject o = json::parseObject(r.body, kWhat);
    ProjectsPage page;
    for (const QJsonValue &v : dataList(o)) {
        const QJsonObject item = v.toObject();
        // An item without `resource_type` is taken for a project (the description lists the
        // items as ProjectCompact).
        if (portfolioItems && item.contains(QLatin1String("resource_type"))
            && item.value(QLatin1String("resource_type")).toString() != QLatin1String("project"))
            continue;
        const AsanaProject p = projectFromJson(item);
        if (portfolioItems && p.archived)
            continue;
        page.projects.append(p);
    }
    page.nextOffset = nextOffsetOf(o);
    page.serverTime = serverTimeOf(r);
    co_return page;
}

QCoro::Task<std::optional<AsanaProject>> AsanaApi::project(QString gid)
{
    QUrl url = endpoint(QStringLiteral("/projects/") + gid);
    url.setQuery(QUrlQuery{{QStringLiteral("opt_fields"), projectFields()}});
    const HttpResponse r = co_await m_api.get(url);
    if (r.status == 404)
        co_return std::nullopt;
    if (!r.ok())
        throw errorFromResponse(r);
    const QJsonObject o = json::parseObject(r.body, kWhat);
    co_return projectFromJson(json::object(o, QLatin1String("data"), kWhat));
}

QCoro::Task<TasksPage> AsanaApi::tasks(QString project, QDateTime modifiedSince, QString offset)
{
    QUrl url = endpoint(QStringLiteral("/tasks"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("project"), project);
    if (modifiedSince.isValid())
        q.addQueryItem(QStringLiteral("modified_since"), isoUtc(modifiedSince));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("opt_fields"), taskFields());
    if (!offset.isEmpty())
        q.addQueryItem(QStringLiteral("offset"), offset);
    url.setQuery(q);
    const HttpResponse r = co_await m_api.get(url);
    co_return tasksPageFromResponse(r, m_me);
}

TasksPage tasksPageFromResponse(const HttpResponse &r, const QString &meGid)
{
    if (!r.ok())
        throw errorFromResponse(r);
    const QJsonObject o = json::parseObject(r.body, kWhat);
    TasksPage page;
    for (const QJsonValue &v : dataList(o))
        page.tasks.append(taskFromJson(v.toObject(), meGid));
    page.nextOffset = nextOffsetOf(o);
    page.serverTime = serverTimeOf(r);
    return page;
}

QCoro::Task<std::optional<AsanaTask>> AsanaApi::task(QString gid)
{
    QUrl url = endpoint(QStringLiteral("/tasks/") + gid);
    url.setQuery(QUrlQuery{{QStringLiteral("opt_fields"), taskFields()}});
    const std::optional<QJsonObject> o = co_await m_api.getItem(url);
    if (!o)
        co_return std::nullopt;
    co_return taskFromJson(json::object(*o, QLatin1String("data"), kWhat), m_me);
}

QCoro::Task<AsanaTask> AsanaApi::taskWrite(QByteArray method, QUrl url, QJsonObject data, bool resendable)
{
    url.setQuery(QUrlQuery{{QStringLiteral("opt_fields"), taskFields()}});
    const HttpResponse r = co_await m_api.write(method, url, QJsonObject{{QStringLiteral("data"), data}}, resendable);
    if (!r.ok())
        throw errorFromResponse(r);
    const QJsonObject o = json::parseObject(r.body, kWhat);
    co_return taskFromJson(json::object(o, QLatin1String("data"), kWhat), m_me);
}

QCoro::Task<AsanaTask> AsanaApi::createTask(QJsonObject data)
{
    co_return co_await taskWrite("POST", endpoint(QStringLiteral("/tasks")), data, false);
}

QCoro::Task<std::optional<AsanaTask>> AsanaApi::taskByExternal(QString externalId)
{
    // (The id is Cairn's own uuid: nothing in it needs escaping beyond what QUrl does.)
    co_return co_await task(QStringLiteral("external:") + externalId);
}

QCoro::Task<AsanaTask> AsanaApi::updateTask(QString gid, QJsonObject data)
{
    co_return co_await taskWrite("PUT", endpoint(QStringLiteral("/tasks/") + gid), data, true);
}

QCoro::Task<bool> AsanaApi::deleteTask(QString gid)
{
    const HttpResponse r = co_await m_api.write("DELETE", endpoint(QStringLiteral("/tasks/") + gid), std::nullopt, true);
    if (r.status == 404)
        co_return false;
    if (!r.ok())
        throw errorFromResponse(r);
    co_return true;
}

QCoro::Task<> AsanaApi::addComment(QString gid, QString text)
{
    const HttpResponse r = co_await m_api.write("POST", endpoint(QStringLiteral("/tasks/%1/stories").arg(gid)),
                                                QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), text}}}}, false);
    if (!r.ok())
        throw errorFromResponse(r);
}

QCoro::Task<bool> AsanaApi::hasComment(QString gid, QString text)
{
    QUrl url = endpoint(QStringLiteral("/tasks/%1/stories").arg(gid));
    QString offset;
    do {
        QUrlQuery q{{QStringLiteral("opt_fields"), QStringLiteral("type,text,created_by")},
                    {QStringLiteral("limit"), QString::number(kPageSize)}};
        if (!offset.isEmpty())
            q.addQueryItem(QStringLiteral("offset"), offset);
        url.setQuery(q);
        const QJsonObject page = co_await m_api.getJson(url);
        for (const QJsonValue &v : page.value(QLatin1String("data")).toArray()) {
            const QJsonObject story = v.toObject();
            if (story.value(QLatin1String("type")).toString() == QLatin1String("comment") && story.value(QLatin1String("text")).toString() == text
                && story.value(QLatin1String("created_by")).toObject().value(QLatin1String("gid")).toString() == m_me)
                co_return true;
        }
        offset = page.value(QLatin1String("next_page")).toObject().value(QLatin1String("offset")).toString();
    } while (!offset.isEmpty());
    co_return false;
}

QCoro::Task<EventsPage> AsanaApi::events(QString resource, QString sync)
{
    QUrl url = endpoint(QStringLiteral("/events"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("resource"), resource);
    if (!sync.isEmpty())
        q.addQueryItem(QStringLiteral("sync"), sync);
    url.setQuery(q);
    const HttpResponse r = co_await m_api.get(url);
    co_return eventsPageFromResponse(r);
}

EventsPage eventsPageFromResponse(const HttpResponse &r)
{
    EventsPage page;
    page.serverTime = serverTimeOf(r);
    if (r.status == 412) {
        const QJsonObject o = json::parseObject(r.body, kWhat);
        page.tokenRejected = true;
        page.sync = json::string(o, QLatin1String("sync"), kWhat);
        if (page.sync.isEmpty())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::asana", "Asana refused an events sync token without giving a new one"));
        return page;
    }
    if (!r.ok())
        throw errorFromResponse(r);
    const QJsonObject o = json::parseObject(r.body, kWhat);
    for (const QJsonValue &v : dataList(o)) {
        const QJsonObject e = v.toObject();
        const QJsonObject res = json::object(e, QLatin1String("resource"), kWhat);
        const QJsonObject parent = json::object(e, QLatin1String("parent"), kWhat);
        page.events.append({json::string(e, QLatin1String("action"), kWhat),
                            json::string(res, QLatin1String("resource_type"), kWhat),
                            json::string(res, QLatin1String("gid"), kWhat),
                            json::string(parent, QLatin1String("resource_type"), kWhat),
                            json::string(parent, QLatin1String("gid"), kWhat),
                            json::string(json::object(e, QLatin1String("change"), kWhat), QLatin1String("field"), kWhat)});
    }
    page.sync = json::string(o, QLatin1String("sync"), kWhat);
    page.hasMore = json::boolean(o, QLatin1String("has_more"), kWhat);
    if (page.sync.isEmpty())
        throw Error(Error::Kind::BadResponse, QCoreApplication::translate("cairn::asana", "Asana sent events without a sync token"));
    return page;
}

QCoro::Task<SearchResult> AsanaApi::search(QString workspace, QStringList projects, QDateTime after, int limit)
{
    QUrl url = endpoint(QStringLiteral("/workspaces/%1/tasks/search").arg(workspace));
    QUrlQuery q;
    if (!projects.isEmpty())
        q.addQueryItem(QStringLiteral("projects.any"), projects.join(QLatin1Char(',')));
    if (after.isValid())
        q.addQueryItem(QStringLiteral("modified_at.after"), isoUtc(after));
    q.addQueryItem(QStringLiteral("sort_by"), QStringLiteral("modified_at"));
    q.addQueryItem(QStringLiteral("sort_ascending"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.addQueryItem(QStringLiteral("opt_fields"), taskFields());
    url.setQuery(q);
    const HttpResponse r = co_await m_api.get(url);
    SearchResult result;
    result.serverTime = serverTimeOf(r);
    if (r.status == 402 || r.status == 403) {
        result.refused = true;
        co_return result;
    }
    if (!r.ok())
        throw errorFromResponse(r);
    const QJsonObject o = json::parseObject(r.body, kWhat);
    for (const QJsonValue &v : dataList(o))
        result.tasks.append(taskFromJson(v.toObject(), m_me));
    co_return result;
}

} // namespace cairn::asana
