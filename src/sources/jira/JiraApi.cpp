#include "ClipLine.h"
#include "JiraApi.h"
#include "JiraMapper.h"
#include "Json.h"
#include "OffThread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::jira {

namespace {
const QString kWhat = QStringLiteral("Jira");
// The "issues" of a search page or a bulk fetch: ids only, or issues with every field.
// `noIssues`: the error when there are none at all.
void readIssues(const QJsonObject &o, const QString &noIssues, bool idsOnly, const QString &config, QStringList *ids,
                QList<JiraIssue> *issues)
{
    if (!o.contains(QLatin1String("issues")))
        throw Error(Error::Kind::BadResponse, noIssues);
    for (const QJsonValue &v : json::array(o, QLatin1String("issues"), kWhat)) {
        if (!v.isObject())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: an issue is not an object"));
        const QJsonObject issue = v.toObject();
        if (idsOnly) {
            const QString id = json::string(issue, QLatin1String("id"), kWhat);
            if (id.isEmpty())
                throw Error(Error::Kind::BadResponse,
                            QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: an issue without an id"));
            *ids << id;
        } else {
            *issues << issueFromJson(issue, config);
            *ids << issues->last().id;
        }
    }
}

} // namespace

// A search page's parse and mapping (run off the calling thread).
SearchPage parseSearchPage(const QByteArray &body, bool idsOnly, const QString &config)
{
    const QJsonObject o = json::parseObject(body, kWhat);
    SearchPage page;
    readIssues(o, QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: no \"issues\" in a search page"),
               idsOnly, config, &page.ids, &page.issues);
    page.nextPageToken = json::string(o, QLatin1String("nextPageToken"), kWhat);
    if (json::boolean(o, QLatin1String("isLast"), kWhat))
        page.nextPageToken.clear();
    return page;
}

// A bulk fetch's answer {"issues":[…],"issueErrors":[{"id","errorMessage"}]} (run off the calling thread).
BulkPage parseBulkPage(const QByteArray &body, bool idsOnly, const QString &config)
{
    const QJsonObject o = json::parseObject(body, kWhat);
    BulkPage page;
    readIssues(o, QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: no \"issues\" in a bulk fetch"),
               idsOnly, config, &page.ids, &page.issues);
    for (const QJsonValue &v : json::array(o, QLatin1String("issueErrors"), kWhat)) {
        const QJsonObject e = v.toObject();
        const QString id = json::string(e, QLatin1String("id"), kWhat);
        if (id.isEmpty())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: an issue error without an id"));
        page.errors.insert(id, clipLine(json::string(e, QLatin1String("errorMessage"), kWhat)));
    }
    return page;
}

Error errorFromResponse(const HttpResponse &r)
{
    QStringList messages;
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    for (const QJsonValue &m : o.value(QLatin1String("errorMessages")).toArray())
        messages << m.toString();
    const QJsonObject fieldErrors = o.value(QLatin1String("errors")).toObject();
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it)
        messages << it.key() + QStringLiteral(": ") + it.value().toString();
    QString message = clipLine(messages.join(QStringLiteral("; ")));
    if (message.isEmpty())
        message = QCoreApplication::translate("cairn::jira", "HTTP %1").arg(r.status);
    if (r.status == 401)
        return Error(Error::Kind::Auth,
                     QCoreApplication::translate("cairn::jira", "Jira refused the credentials (%1): check CAIRN_JIRA_EMAIL and the API token").arg(message),
                     r.status);
    Error e(Error::Kind::Http, QCoreApplication::translate("cairn::jira", "Jira answered %1: %2").arg(r.status).arg(message), r.status);
    if (r.status == 410)
        e.reason = QStringLiteral("gone");
    return e;
}

JiraApi::JiraApi(HttpClient &http, QUrl site, QString config)
    : m_api(http, std::move(site), kWhat, &errorFromResponse), m_config(std::move(config))
{
}

QString JiraApi::fields()
{
    return QStringLiteral("summary,status,assignee,reporter,priority,issuetype,project,labels,created,updated,description");
}

QUrl JiraApi::endpoint(const QString &path) const
{
    // Either the site (https://x.atlassian.net, …/jira on the simulator) or the API root.
    QString basePath = m_api.base().path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    return m_api.endpoint(basePath.endsWith(QLatin1String("/rest/api/3")) ? path : QStringLiteral("/rest/api/3") + path);
}

QCoro::Task<SearchPage> JiraApi::search(QString jql, QString pageToken, bool idsOnly)
{
    QUrl url = endpoint(QStringLiteral("/search/jql"));
    // Encoded by hand: a JQL may hold '+', '&' or '=' that a form decoder would misread.
    auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString query = QStringLiteral("jql=") + enc(jql) + QStringLiteral("&fields=") + enc(idsOnly ? QStringLiteral("id") : fields())
                    + QStringLiteral("&maxResults=") + QString::number(idsOnly ? kIdPageSize : kPageSize);
    if (!pageToken.isEmpty())
        query += QStringLiteral("&nextPageToken=") + enc(pageToken);
    url.setQuery(query);
    const HttpResponse r = co_await m_api.getOk(url);
    const QByteArray body = r.body;
    const QString config = m_config;
    SearchPage page = co_await offThread<SearchPage>([body, idsOnly, config] { return parseSearchPage(body, idsOnly, config); });
    page.serverTime = serverTimeOf(r);
    co_return page;
}

QCoro::Task<BulkPage> JiraApi::bulkFetch(QStringList ids, bool idsOnly)
{
    Q_ASSERT(!ids.isEmpty() && ids.size() <= kBulkFetchMax);
    const QJsonObject request{{QStringLiteral("issueIdsOrKeys"), QJsonArray::fromStringList(ids)},
                              {QStringLiteral("fields"), QJsonArray::fromStringList(idsOnly ? QStringList{QStringLiteral("id")}
                                                                                              : fields().split(u','))}};
    HttpRequest req;
    req.method = "POST";
    req.url = endpoint(QStringLiteral("/issue/bulkfetch"));
    req.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                   {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    req.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const HttpResponse r = co_await m_api.http().send(req);
    if (!r.ok())
        throw m_api.errorFor(r);
    const QByteArray body = r.body;
    const QString config = m_config;
    BulkPage page = co_await offThread<BulkPage>([body, idsOnly, config] { return parseBulkPage(body, idsOnly, config); });
    co_return page;
}

QCoro::Task<QDateTime> JiraApi::serverTime()
{
    const HttpResponse r = co_await m_api.getOk(endpoint(QStringLiteral("/serverInfo")));
    QDateTime t = serverTimeOf(r);
    if (!t.isValid())
        t = parseJiraTime(json::string(m_api.parseObject(r.body), QLatin1String("serverTime"), kWhat));
    if (!t.isValid())
        throw Error(Error::Kind::BadResponse, QCoreApplication::translate("cairn::jira", "Jira did not say what time it is"));
    co_return t;
}

QCoro::Task<QString> JiraApi::myAccountId()
{
    const QJsonObject me = co_await m_api.getJson(endpoint(QStringLiteral("/myself")));
    co_return json::string(me, QLatin1String("accountId"), kWhat);
}

QCoro::Task<ProjectChoicesPage> JiraApi::projects(qint64 startAt)
{
    QUrl url = endpoint(QStringLiteral("/project/search"));
    url.setQuery(QStringLiteral("startAt=%1&maxResults=%2&orderBy=name").arg(startAt).arg(kPageSize));
    const QJsonObject o = co_await m_api.getJson(url);
    ProjectChoicesPage page;
    if (!o.contains(QLatin1String("values")))
        throw Error(Error::Kind::BadResponse,
                    QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: no \"values\" in a list of projects"));
    for (const QJsonValue &v : json::array(o, QLatin1String("values"), kWhat)) {
        const QJsonObject p = v.toObject();
        const QString key = json::string(p, QLatin1String("key"), kWhat);
        if (!v.isObject() || key.isEmpty())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: a project without a key"));
        page.projects.append({json::string(p, QLatin1String("id"), kWhat), key, json::string(p, QLatin1String("name"), kWhat)});
    }
    // isLast says whether more follow (total where it is missing); a page that brings nothing
    // cannot move on.
    const qint64 next = startAt + page.projects.size();
    const bool last = o.contains(QLatin1String("isLast")) ? json::boolean(o, QLatin1String("isLast"), kWhat)
                                                          : next >= o.value(QLatin1String("total")).toInteger();
    page.nextStartAt = last || page.projects.isEmpty() ? -1 : next;
    co_return page;
}

QCoro::Task<JqlCheck> JiraApi::checkJql(QString jql)
{
    HttpRequest req;
    req.method = "POST";
    req.url = endpoint(QStringLiteral("/jql/parse"));
    req.url.setQuery(QStringLiteral("validation=strict"));
    req.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                   {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("queries"), QJsonArray{jql}}}).toJson(QJsonDocument::Compact);
    const HttpResponse r = co_await m_api.http().send(req);
    if (!r.ok())
        throw m_api.errorFor(r);
    const QJsonArray queries = json::array(m_api.parseObject(r.body), QLatin1String("queries"), kWhat);
    if (queries.size() != 1 || !queries.first().isObject())
        throw Error(Error::Kind::BadResponse,
                    QCoreApplication::translate("cairn::jira", "unexpected answer from Jira: no check of the JQL"));
    const QJsonObject answer = queries.first().toObject();
    JqlCheck check;
    for (const QJsonValue &e : json::array(answer, QLatin1String("errors"), kWhat))
        check.errors << clipLine(e.toString());
    check.bounded = check.errors.isEmpty()
                    && !json::object(answer, QLatin1String("structure"), kWhat).value(QLatin1String("where")).toObject().isEmpty();
    co_return check;
}

} // namespace cairn::jira
