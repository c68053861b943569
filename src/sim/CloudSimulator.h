// The cloud simulator: one HTTP/1.1 server on 127.0.0.1 that speaks the Google People API
// (/google), OAuth (/oauth/<source>) and an admin API (/_admin) for tests. It owns the
// sockets, so it can delay, truncate or drop replies (FaultPlan). Keep-alive works.
// Create and use it in one thread (any thread with an event loop).
#pragma once

#include "sim/AsanaService.h"
#include "sim/FaultPlan.h"
#include "sim/GitHubService.h"
#include "sim/GoogleService.h"
#include "sim/HttpTypes.h"
#include "sim/JiraService.h"
#include "sim/Latency.h"
#include "sim/OAuthService.h"
#include "sim/RateLimits.h"
#include "sim/SimClock.h"
#include "sim/SimOptions.h"
#include "sim/gitlab/GitLabService.h" // gitlab: registered in sim/Services.cpp once it exists

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QUrl>
#include <memory>

class QTcpSocket;

namespace sim {

// A string field of an admin request body ("" when missing).
inline QString adminField(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toString();
}

class CloudSimulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit CloudSimulator(const Options &o, QObject *parent = nullptr);
    ~CloudSimulator() override;

    quint16 listenLocal(quint16 port = 0); // binds 127.0.0.1 only; the port, 0 on failure
    QUrl baseUrl() const;                  // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }

    GoogleService &google() { return *m_google; }
    AsanaService &asana() { return *m_asana; }
    GitHubService &github() { return *m_github; }
    JiraService &jira() { return *m_jira; }
    GitLabService &gitlab() { return *m_gitlab; } // gitlab: registered in sim/Services.cpp once it exists
    OAuthService &oauth() { return *m_oauth; }
    FaultPlan &faults() { return m_faults; }
    SimClock &clock() { return m_clock; }
    Latency &latency() { return m_latency; }
    RateLimits &rateLimits() { return m_limits; }
    const Options &options() const { return m_options; }

    // {"total":N,"by_endpoint":{"GET /path":n},"rate_limits":{"asana":{"limited":n,"early":n},…}},
    // admin excluded (RateLimits::stats())
    QJsonObject requestCounts() const;
    void resetRequestCounts();
    // Logging every API GET ("path?query") from now on, for a client that replays them.
    void startRequestLog();
    QStringList takeRequestLog(); // and stops logging
    QJsonObject groundTruth(const QString &source) const; // "google"; {} for unknown sources

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply route(const HttpRequest &request);
    HttpReply handleAdmin(const HttpRequest &request); // AdminApi.cpp
    HttpReply handleAsanaAdmin(const QJsonObject &body); // AsanaAdmin.cpp
    HttpReply handleGitHubAdmin(const QJsonObject &body); // GitHubAdmin.cpp
    HttpReply handleJiraAdmin(const QJsonObject &body);  // JiraAdmin.cpp
    bool jiraAuthorized(const HttpRequest &request) const; // JiraAdmin.cpp
    HttpReply defaultFaultReply(const HttpRequest &request, const Fault &fault) const;
    void serve(const HttpRequest &request, QTcpSocket *socket, const std::optional<Fault> &fault);
    void write(QTcpSocket *socket, const HttpReply &reply, bool close, bool truncate);

    Options m_options;
    SimClock m_clock;
    RateLimits m_limits; // the services' documented limits, on this clock
    FaultPlan m_faults;
    Latency m_latency;
    std::unique_ptr<GoogleService> m_google;
    std::unique_ptr<AsanaService> m_asana;
    std::unique_ptr<GitHubService> m_github;
    std::unique_ptr<JiraService> m_jira;
    std::unique_ptr<GitLabService> m_gitlab; // gitlab: registered in sim/Services.cpp once it exists
    std::unique_ptr<OAuthService> m_oauth;
    QHash<QString, int> m_counts;
    int m_total = 0;
    bool m_logging = false;
    QStringList m_log; // "path?query" of every API GET while logging (the benchmark's floor)
    quint16 m_port = 0;
};

} // namespace sim
