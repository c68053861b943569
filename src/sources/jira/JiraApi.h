#pragma once
#include "Error.h"
#include "Jira.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QUrl>

namespace cairn::jira {

struct SearchPage
{
    QList<JiraIssue> issues; // with every field Cairn keeps (empty for an id-only page)
    QStringList ids;         // every issue's id, in both kinds of page
    QString nextPageToken;   // "" on the last page
    QDateTime serverTime;    // the response's Date header
};

// The Jira Cloud REST API v3 as Cairn uses it (docs/api-notes.md §4): only the enhanced search
// /rest/api/3/search/jql with nextPageToken (the old /search answers 410), and /serverInfo.
// Throws cairn::Error on failures, with Jira's own message.
class JiraApi
{
public:
    JiraApi(HttpClient &http, QUrl site, QString config);

    static constexpr int kPageSize = 100;    // the most Jira gives with many fields
    static constexpr int kIdPageSize = 5000; // the most Jira gives with fields=id
    static QString fields();

    // One page of `jql`; `idsOnly` asks for fields=id only. Parsed and mapped off the calling thread.
    QCoro::Task<SearchPage> search(QString jql, QString pageToken, bool idsOnly);
    // The server's clock now (GET /serverInfo: its Date header, else its serverTime).
    QCoro::Task<QDateTime> serverTime();
    // The accountId of the user the credentials belong to (GET /myself).
    QCoro::Task<QString> myAccountId();

private:
    QUrl endpoint(const QString &path) const;

    ServiceApi m_api;
    QString m_config;
};

// Jira's error body {"errorMessages":[...],"errors":{field: message}} → cairn::Error.
Error errorFromResponse(const HttpResponse &r);

} // namespace cairn::jira
