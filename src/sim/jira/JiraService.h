// Jira Cloud state and endpoints under /jira/rest/api/3: the enhanced search
// (/search/jql: nextPageToken, no total, fields default id, maxResults caps, a JQL naming a
// missing issue by id or key refused), the old /search answering 410, single issues (404 once
// deleted), bulk fetch (≤ 100 ids or keys, missing ones left out), /myself (with the user's time
// zone, which JQL date literals are read in), /serverInfo, the projects of the site
// (/project/search: startAt/maxResults/isLast/values) and the JQL check (/jql/parse). The
// simulator's service "jira" (JiraSimService.cpp: its sign-in, limits, options). Not
// thread-safe: use it from the thread the CloudSimulator lives in.
#pragma once

#include "sim/jira/JiraData.h"
#include "sim/jira/JiraLimits.h"
#include "sim/HttpTypes.h"
#include "sim/SimService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <random>
#include <vector>

namespace sim {

class JiraService : public LimitedSimService<JiraLimits>
{
public:
    explicit JiraService(const SimContext &context);

    // ---- the simulator's service (JiraSimService.cpp, JiraAdmin.cpp) ----
    QStringList prefixes() const override;
    HttpReply answer(const HttpRequest &request) override;
    HttpReply faultReply(int status) const override;
    HttpReply mutate(const QJsonObject &body) override;
    QList<QPair<QString, QString>> demoSettings() const override;

    // ---- mutations (each stamps `updated` from the server clock) ----
    QString addIssue(const QString &projectKey = QString(), const QString &summary = QString()); // "" if no such project
    bool editIssue(const QString &key);       // new summary and description
    bool transitionIssue(const QString &key); // next status in To Do → In Progress → Done → To Do
    bool assignIssue(const QString &key, const QString &accountId);
    QString myAccountId() const; // the user of GET /myself
    bool deleteIssue(const QString &key);
    QStringList editRandom(int count);
    QStringList deleteRandom(int count);
    // The searching user's profile zone; JQL date literals without a zone are read in it.
    void setUserTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone userTimeZone() const { return m_zone; }

    // ---- reading ----
    QStringList projectKeys() const;
    QStringList issueKeys(bool liveOnly = true) const;
    const JIssue *issue(const QString &idOrKey) const;
    QJsonObject groundTruth() const override;

    // ---- HTTP (already authenticated); path starts with /jira/rest/api/3 ----
    HttpReply handle(const HttpRequest &request);
    static HttpReply error(int status, const QString &message);
    static HttpReply errors(int status, const QStringList &messages); // {"errorMessages":[…],"errors":{}}

private:
    // Basic email:API-token or a Bearer token (JiraAdmin.cpp).
    bool authorized(const HttpRequest &request) const;

    // JiraApi.cpp
    HttpReply search(const HttpRequest &r);
    HttpReply getIssue(const HttpRequest &r, const QString &idOrKey);
    HttpReply bulkFetch(const HttpRequest &r); // POST /issue/bulkfetch: ≤ 100 ids or keys
    HttpReply myself() const;
    HttpReply serverInfo() const;
    // JiraProjects.cpp
    HttpReply projectSearch(const HttpRequest &r) const; // GET /project/search
    HttpReply jqlParse(const HttpRequest &r) const;      // POST /jql/parse?validation=
    QJsonObject projectJson(const JProject &p, const QString &origin) const;
    QJsonObject issueJson(const JIssue &i, const QStringList &fields) const;
    QJsonValue userJson(const QString &accountId) const;

    // JiraService.cpp
    JIssue makeIssue(const JProject &p, qint64 createdMs);
    QJsonObject makeDescription(const JIssue &i);
    JIssue *liveIssue(const QString &key);
    // JiraContent.cpp: the issue's objects, description and custom fields at their real size
    void appendDetails(QJsonArray &content, const JIssue &i);
    QJsonObject makeCustomFields(const JIssue &i);
    QString apiBase() const;
    QJsonObject statusJson(const JIssue &i) const;
    QJsonObject priorityJson(const QString &name) const;
    QJsonObject issueTypeJson(const QString &name) const;
    QJsonObject projectRefJson(const JProject &p) const;

    std::mt19937 m_rng;
    std::mt19937 m_contentRng; // descriptions' details and custom fields (m_rng's draws stay as they were)
    QTimeZone m_zone;
    QByteArray m_host; // Host of the request being answered (for `self`)
    QString m_self; // the base URL's path part used in "self" links
    QList<JUser> m_users;
    QList<JProject> m_projects;
    QHash<QString, int> m_nextNumber; // per project key
    qint64 m_nextId = 10000;
    std::vector<JIssue> m_issues; // creation order, deleted stay
    quint64 m_version = 0;        // bumped by every mutation
    struct Listing                // the ordered hits of the last search, for its next pages
    {
        quint64 print = 0;
        quint64 version = 0;
        std::vector<int> hits;    // indexes into m_issues
    };
    Listing m_listing;
    QHash<QString, int> m_byKey;
    QHash<qint64, int> m_byId;
};

} // namespace sim
