#pragma once
#include "Contact.h"
#include "Error.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QUrl>

namespace cairn::google {

struct ConnectionsPage
{
    QList<Contact> people;
    QString nextPageToken;
    QString nextSyncToken;
    int totalItems = -1;
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

private:
    ServiceApi m_api;
};

// A people/me/connections response body → its page of contacts. Throws Error(BadResponse)
// for a body that is not such a page (also the entry of the fuzz target google_connections).
ConnectionsPage parseConnectionsPage(const QByteArray &body);

// Google's error body {"error":{code,message,status,details[{reason}]}} → cairn::Error.
Error errorFromResponse(const HttpResponse &r);

} // namespace cairn::google
