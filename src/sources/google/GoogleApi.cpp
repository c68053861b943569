#include "ClipLine.h"
#include "GoogleApi.h"
#include "Error.h"
#include "GoogleMapper.h"
#include "Json.h"
#include "OffThread.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>
#include <limits>

namespace cairn::google {

namespace {
const QString kWhat = QStringLiteral("Google People");
}

GoogleApi::GoogleApi(HttpClient &http, QUrl base) : m_api(http, std::move(base), kWhat, &errorFromResponse) {}

QString GoogleApi::personFields()
{
    return QStringLiteral("names,emailAddresses,phoneNumbers,organizations,photos,memberships,birthdays,"
                          "biographies,nicknames,metadata");
}

QUrl GoogleApi::connectionsUrl(const QString &syncToken, const QString &pageToken) const
{
    QUrl url = m_api.endpoint(QStringLiteral("/v1/people/me/connections"));
    QUrlQuery q;
    // Every parameter but pageToken must be the same on each page of one listing.
    q.addQueryItem(QStringLiteral("personFields"), personFields());
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
    if (syncToken.isEmpty())
        q.addQueryItem(QStringLiteral("requestSyncToken"), QStringLiteral("true"));
    else
        q.addQueryItem(QStringLiteral("syncToken"), syncToken);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    url.setQuery(q);
    return url;
}

Error errorFromResponse(const HttpResponse &r)
{
    QString message;
    QString reason;
    QString status;
    const QJsonObject err = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject();
    message = clipLine(err.value(QLatin1String("message")).toString());
    status = err.value(QLatin1String("status")).toString();
    for (const QJsonValue &d : err.value(QLatin1String("details")).toArray()) {
        const QString rr = d.toObject().value(QLatin1String("reason")).toString();
        if (!rr.isEmpty())
            reason = rr;
    }
    if (message.isEmpty())
        message = QCoreApplication::translate("cairn::google", "HTTP %1").arg(r.status);

    Error::Kind kind = Error::Kind::Http;
    if (reason == QLatin1String("EXPIRED_SYNC_TOKEN"))
        kind = Error::Kind::Expired;
    else if (r.status == 401 || r.status == 403)
        kind = Error::Kind::Auth;
    Error e(kind,
            kind == Error::Kind::Auth
                ? QCoreApplication::translate("cairn::google", "Google refused the credentials (%1): sign in again").arg(message)
                : QCoreApplication::translate("cairn::google", "Google People answered %1: %2").arg(r.status).arg(message),
            r.status);
    e.reason = reason.isEmpty() ? status : reason;
    return e;
}

ConnectionsPage parseConnectionsPage(const QByteArray &body)
{
    ConnectionsPage page;
    const QJsonObject o = json::parseObject(body, kWhat);
    const QJsonArray people = json::array(o, QLatin1String("connections"), kWhat);
    page.people.reserve(people.size());
    for (const QJsonValue &v : people) {
        if (!v.isObject())
            throw Error(Error::Kind::BadResponse, QCoreApplication::translate("cairn::google", "unexpected answer from Google People: a connection is not an object"));
        page.people.append(contactFromPerson(v.toObject()));
    }
    page.nextPageToken = json::string(o, QLatin1String("nextPageToken"), kWhat);
    page.nextSyncToken = json::string(o, QLatin1String("nextSyncToken"), kWhat);
    const QJsonValue total = o.value(QLatin1String("totalItems"));
    // Only a count is a count: a negative, fractional or out-of-range number reads as unknown.
    const double n = total.toDouble(-1);
    page.totalItems = total.isDouble() && n >= 0 && n <= std::numeric_limits<int>::max() && n == std::floor(n)
        ? int(n) : -1;
    return page;
}

QCoro::Task<ConnectionsPage> GoogleApi::connections(QString syncToken, QString pageToken)
{
    const HttpResponse r = co_await m_api.getOk(connectionsUrl(syncToken, pageToken));
    const QByteArray body = r.body;
    co_return co_await offThread<ConnectionsPage>([body] { return parseConnectionsPage(body); });
}

QCoro::Task<GroupsPage> GoogleApi::contactGroups(QString syncToken, QString pageToken)
{
    QUrl url = m_api.endpoint(QStringLiteral("/v1/contactGroups"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("groupFields"), QStringLiteral("name,groupType,metadata"));
    if (!syncToken.isEmpty())
        q.addQueryItem(QStringLiteral("syncToken"), syncToken);
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    url.setQuery(q);
    const QJsonObject o = co_await m_api.getJson(url);
    GroupsPage page;
    for (const QJsonValue &v : json::array(o, QLatin1String("contactGroups"), kWhat)) {
        if (!v.isObject())
            throw Error(Error::Kind::BadResponse, QCoreApplication::translate("cairn::google", "unexpected answer from Google People: a contact group is not an object"));
        page.groups.append(groupFromJson(v.toObject()));
    }
    page.nextPageToken = json::string(o, QLatin1String("nextPageToken"), kWhat);
    page.nextSyncToken = json::string(o, QLatin1String("nextSyncToken"), kWhat);
    co_return page;
}

namespace {
// The person a write answered with; the service's error when it refused the write.
PersonRecord personOf(const HttpResponse &r)
{
    if (!r.ok())
        throw errorFromResponse(r);
    const QJsonObject o = json::parseObject(r.body, kWhat);
    return PersonRecord{contactFromPerson(o), o};
}
} // namespace

QCoro::Task<std::optional<PersonRecord>> GoogleApi::person(QString resourceName)
{
    QUrl url = m_api.endpoint(QStringLiteral("/v1/") + resourceName);
    url.setQuery(QUrlQuery{{QStringLiteral("personFields"), personFields()}});
    const std::optional<QJsonObject> o = co_await m_api.getItem(url);
    if (!o)
        co_return std::nullopt;
    co_return PersonRecord{contactFromPerson(*o), *o};
}

QCoro::Task<PersonRecord> GoogleApi::createContact(QJsonObject person)
{
    QUrl url = m_api.endpoint(QStringLiteral("/v1/people:createContact"));
    url.setQuery(QUrlQuery{{QStringLiteral("personFields"), personFields()}});
    const HttpResponse r = co_await m_api.write("POST", url, person, false);
    co_return personOf(r);
}

QCoro::Task<PersonRecord> GoogleApi::updateContact(QString resourceName, QJsonObject person, QStringList fields)
{
    QUrl url = m_api.endpoint(QStringLiteral("/v1/%1:updateContact").arg(resourceName));
    url.setQuery(QUrlQuery{{QStringLiteral("updatePersonFields"), fields.join(u',')},
                           {QStringLiteral("personFields"), personFields()}});
    const HttpResponse r = co_await m_api.write("PATCH", url, person, false);
    co_return personOf(r);
}

QCoro::Task<bool> GoogleApi::deleteContact(QString resourceName)
{
    const HttpResponse r = co_await m_api.write("DELETE", m_api.endpoint(QStringLiteral("/v1/%1:deleteContact").arg(resourceName)),
                                                std::nullopt, true);
    if (r.status == 404)
        co_return false;
    if (!r.ok())
        throw errorFromResponse(r);
    co_return true;
}

QCoro::Task<QString> GoogleApi::contactWithClientData(QString key, QString value)
{
    PageLoopGuard guard(kWhat);
    QString pageToken;
    do {
        QUrl url = m_api.endpoint(QStringLiteral("/v1/people/me/connections"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("personFields"), QStringLiteral("clientData"));
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
        if (!pageToken.isEmpty())
            q.addQueryItem(QStringLiteral("pageToken"), pageToken);
        url.setQuery(q);
        const QJsonObject o = co_await m_api.getJson(url);
        for (const QJsonValue &person : json::array(o, QLatin1String("connections"), kWhat))
            for (const QJsonValue &d : person[QLatin1String("clientData")].toArray())
                if (d[QLatin1String("key")].toString() == key && d[QLatin1String("value")].toString() == value)
                    co_return person[QLatin1String("resourceName")].toString();
        pageToken = json::string(o, QLatin1String("nextPageToken"), kWhat);
        guard.see(pageToken);
    } while (!pageToken.isEmpty());
    co_return QString();
}

} // namespace cairn::google
