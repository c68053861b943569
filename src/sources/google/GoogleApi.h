#pragma once
#include "Contact.h"
#include "Error.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QUrl>

#include <optional>

namespace cairn::google {

struct ConnectionsPage
{
    QList<Contact> people;
    QString nextPageToken;
    QString nextSyncToken;
    int totalItems = -1;
};

// One person as people.get, createContact and updateContact answer it: as Cairn keeps it, and
// the JSON itself (an update is written over it: the fields Cairn does not keep stay as they were).
struct PersonRecord
{
    Contact contact;
    QJsonObject json;
};

struct GroupsPage
{
    QList<ContactGroup> groups;
    QString nextPageToken;
    QString nextSyncToken;
};

// The People API as Cairn uses it: typed requests and pages (docs/api-notes.md §2).
class GoogleApi
{
public:
    // `base` is the API root, e.g. https://people.googleapis.com or http://127.0.0.1:PORT/google.
    GoogleApi(HttpClient &http, QUrl base);

    static constexpr int kPageSize = 1000;
    static QString personFields();

    // One page of people/me/connections. With `syncToken` empty this is a page of a full
    // listing (requestSyncToken=true on every page); else an incremental page.
    // Throws Error(Expired) for EXPIRED_SYNC_TOKEN, Error(Auth) for 401/403.
    // (Coroutine parameters by value: references would dangle across suspension.)
    QCoro::Task<ConnectionsPage> connections(QString syncToken, QString pageToken);
    QCoro::Task<GroupsPage> contactGroups(QString syncToken, QString pageToken);

    QUrl connectionsUrl(const QString &syncToken, const QString &pageToken) const;

    // Writing back (issue 22; docs/api-notes.md §2 "Writes"). None is sent twice by the HTTP
    // layer (a cut or a 5xx is thrown to the outbox, which finds out before sending again).
    // people.get of a contact ("people/c…"); nullopt when it is not there (404).
    QCoro::Task<std::optional<PersonRecord>> person(QString resourceName);
    // people.createContact of `person` (a Person's JSON).
    QCoro::Task<PersonRecord> createContact(QJsonObject person);
    // people.updateContact: `person` carries the etag the change is made over; `fields` the
    // person fields it replaces. A stale etag throws an Error whose reason is FAILED_PRECONDITION (a 400).
    QCoro::Task<PersonRecord> updateContact(QString resourceName, QJsonObject person, QStringList fields);
    // people.deleteContact; false when it was not there (404).
    QCoro::Task<bool> deleteContact(QString resourceName);
    // The contact whose clientData has `key` = `value` (a create Cairn sent before without
    // hearing the answer), by listing every contact's clientData; "" when none has.
    QCoro::Task<QString> contactWithClientData(QString key, QString value);

private:
    ServiceApi m_api;
};

// A people/me/connections response body → its page of contacts. Throws Error(BadResponse)
// for a body that is not such a page (also the entry of the fuzz target google_connections).
ConnectionsPage parseConnectionsPage(const QByteArray &body);

// Google's error body {"error":{code,message,status,details[{reason}]}} → cairn::Error.
Error errorFromResponse(const HttpResponse &r);

} // namespace cairn::google
