// The cloud simulator: one HTTP/1.1 server on 127.0.0.1 that speaks the APIs of the services
// of its list (src/sim/Services.cpp; each under /<id>/, src/sim/<id>/), OAuth
// (/oauth/<source>) and an admin API (/_admin) for tests. It owns the sockets, so it can
// delay, truncate or drop replies (FaultPlan). Keep-alive works.
// Create and use it in one thread (any thread with an event loop).
#pragma once

#include "sim/FaultPlan.h"
#include "sim/HttpTypes.h"
#include "sim/Latency.h"
#include "sim/OAuthService.h"
#include "sim/RateLimits.h"
#include "sim/SimClock.h"
#include "sim/SimOptions.h"
#include "sim/SimService.h"
// The typed accessors of the first services (below), for the tests and the demo.
#include "sim/asana/AsanaService.h"
#include "sim/github/GitHubService.h"
#include "sim/google/GoogleService.h"
#include "sim/jira/JiraService.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QUrl>
#include <memory>
#include <vector>

class QTcpSocket;

namespace sim {

class CloudSimulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit CloudSimulator(const Options &o, QObject *parent = nullptr);
    ~CloudSimulator() override;

    quint16 listenLocal(quint16 port = 0); // binds 127.0.0.1 only; the port, 0 on failure
    QUrl baseUrl() const;                  // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }

    // Its services, one of each on the list (Services::all()), in the list's order.
    QList<SimService *> services() const;
    SimService *service(const QString &id) const; // nullptr for an unknown id
    // The service of type S (a test's `sim.service<GitLabService>()`); it must be on the list.
    template<class S>
    S &service() const
    {
        for (const auto &s : m_services)
            if (auto *typed = dynamic_cast<S *>(s.get()))
                return *typed;
        Q_UNREACHABLE();
    }
    // Shorthands of the first four, as the tests and the demo wrote them before the list.
    GoogleService &google() { return service<GoogleService>(); }
    AsanaService &asana() { return service<AsanaService>(); }
    GitHubService &github() { return service<GitHubService>(); }
    JiraService &jira() { return service<JiraService>(); }
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
    QJsonObject groundTruth(const QString &source) const; // a service's id; {} for unknown ones
    // In-process tests: the client was killed (Fault::onKill). Until set back, every request
    // — one held by a delay too — is dropped unanswered and not applied: a dead process sends
    // nothing more.
    void setClientGone(bool gone) { m_clientGone = gone; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply route(const HttpRequest &request);
    HttpReply handleAdmin(const HttpRequest &request); // AdminApi.cpp
    SimService *serviceFor(const QString &path) const;     // the one whose prefixes the path is under
    SimService *apiServiceOf(const HttpRequest &request) const; // …if it is one of its API calls
    HttpReply defaultFaultReply(const HttpRequest &request, const Fault &fault) const;
    void serve(const HttpRequest &request, QTcpSocket *socket, const std::optional<Fault> &fault);
    void write(QTcpSocket *socket, const HttpReply &reply, bool close, bool truncate);

    Options m_options;
    SimClock m_clock;
    RateLimits m_limits; // the engine of the services' documented limits, on this clock
    FaultPlan m_faults;
    Latency m_latency;
    std::unique_ptr<OAuthService> m_oauth;
    std::vector<std::unique_ptr<SimService>> m_services;
    QHash<QString, int> m_counts;
    int m_total = 0;
    bool m_logging = false;
    bool m_clientGone = false;
    QStringList m_log; // "path?query" of every API GET while logging (the benchmark's floor)
    quint16 m_port = 0;
};

} // namespace sim
