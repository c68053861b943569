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

// What POST /issue/bulkfetch answered for some ids.
struct BulkPage
{
    QList<JiraIssue> issues;        // with every field Cairn keeps (empty when ids only)
    QStringList ids;                // every issue returned, in both kinds of answer
    QHash<QString, QString> errors; // issueErrors: id → message (a failure to retry, not an absence)
};

// One project of the site as the project picker shows it (GET /project/search).
struct ProjectChoice
{
    QString id;
    QString key;
    QString name;
};

struct ProjectChoicesPage
{
    QList<ProjectChoice> projects;
    qint64 nextStartAt = -1; // -1 on the last page
};

// What Jira's strict check of a JQL said (POST /jql/parse?validation=strict).
struct JqlCheck
{
    QStringList errors;   // Jira's own messages; empty when the JQL is valid
    bool bounded = false; // valid and with a search restriction (not only an ORDER BY)
};

// The Jira Cloud REST API v3 as Cairn uses it (docs/api-notes.md §4): the enhanced search
// /rest/api/3/search/jql with nextPageToken (the old /search answers 410), bulk fetch by id
// (/issue/bulkfetch: an issue missing or not visible is left out, never an error), and /serverInfo.
// Throws cairn::Error on failures, with Jira's own message.
class JiraApi
{
public:
    JiraApi(HttpClient &http, QUrl site, QString config);

    static constexpr int kPageSize = 100;    // the most Jira gives with many fields
    static constexpr int kIdPageSize = 5000; // the most Jira gives with fields=id
    static constexpr int kBulkFetchMax = 100; // issueIdsOrKeys in one bulk fetch
    static QString fields();

    // One page of `jql`; `idsOnly` asks for fields=id only. Parsed and mapped off the calling thread.
    QCoro::Task<SearchPage> search(QString jql, QString pageToken, bool idsOnly);
    // The issues of `ids` (at most kBulkFetchMax) that exist and the user may see, whatever the
    // JQL; `idsOnly` asks for their ids alone. Parsed and mapped off the calling thread.
    QCoro::Task<BulkPage> bulkFetch(QStringList ids, bool idsOnly);
    // The server's clock now (GET /serverInfo: its Date header, else its serverTime).
    QCoro::Task<QDateTime> serverTime();
    // The accountId of the user the credentials belong to (GET /myself).
    QCoro::Task<QString> myAccountId();
    // One page of the projects the user can see, by name (GET /project/search, 100 a page).
    QCoro::Task<ProjectChoicesPage> projects(qint64 startAt);
    // Jira's strict check of `jql` (POST /jql/parse?validation=strict).
    QCoro::Task<JqlCheck> checkJql(QString jql);

private:
    QUrl endpoint(const QString &path) const;

    ServiceApi m_api;
    QString m_config;
};

// Jira's error body {"errorMessages":[...],"errors":{field: message}} → cairn::Error.
Error errorFromResponse(const HttpResponse &r);

// The body of a search page (/search/jql: issues, nextPageToken, isLast) or of a bulk fetch
// (issues, issueErrors), read and mapped; pure (JiraApi runs them off the calling thread, the
// tests on fixtures). `idsOnly`: the issues carry their ids alone. Throws Error(BadResponse).
SearchPage parseSearchPage(const QByteArray &body, bool idsOnly, const QString &config);
BulkPage parseBulkPage(const QByteArray &body, bool idsOnly, const QString &config);

} // namespace cairn::jira
