// A service of the cloud simulator (Google People, Asana, GitHub, Jira Cloud, …): everything
// the simulator knows of one lives in its folder, src/sim/<id>/, and is attached by id through
// its descriptor on the one list, src/sim/Services.cpp (docs/adding-a-source.md, "The
// simulator"). The shared parts (CloudSimulator, AdminApi, OAuthService, RateLimits, FaultPlan,
// Latency, cairn-sim) ask the list and never name a service.
//
//   /<id>/…               its API (answer): credentials, rate limits, the answer
//   /_admin/<id>/mutate   changes for tests and the demo (mutate)
//   /_admin/truth/<id>    what a synced cache must equal (groundTruth)
//   /oauth/<id>/…         its OAuth client (SimServiceDescriptor::oauth, OAuthService)
//   cairn-sim --<id>-…    its options and rate limits (SimServiceDescriptor::options)
#pragma once

#include "sim/HttpTypes.h"
#include "sim/OAuthService.h"
#include "sim/SimOptions.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QUrl;

namespace sim {

class RateLimits;
class SimClock;

// What a service is made with: the simulator's options and its shared parts.
struct SimContext
{
    const Options &options;
    SimClock &clock;
    OAuthService &oauth; // its tokens: isValidAccessToken(id(), token)
    RateLimits &limits;  // the engine its own limits run on (windows, refusal counts)
};

class SimService
{
public:
    // `id`, made with `context` (its options copied: a service may change its own).
    SimService(QString id, const SimContext &context)
        : m_options(context.options), m_clock(context.clock), m_oauth(context.oauth), m_id(std::move(id))
    {
    }
    virtual ~SimService() = default;
    SimService(const SimService &) = delete;
    SimService &operator=(const SimService &) = delete;

    // The id: the client's source id, its folder, its paths (/<id>/, /_admin/<id>/, /oauth/<id>/).
    const QString &id() const { return m_id; }

    // ---- HTTP ----
    // The path prefixes it answers: "/<id>/" and any of its own (Google's "/google-photos/").
    virtual QStringList prefixes() const { return {u'/' + m_id + u'/'}; }
    // One of its API calls: counted against its rate limits (sign-in, photos and revocation
    // are not).
    virtual bool isApiCall(const HttpRequest &request) const { return request.path.startsWith(prefixes().first()); }
    // A request under one of its prefixes: its credentials, its rate limits' windows, the
    // answer; noSuchEndpoint() for a path it does not know.
    virtual HttpReply answer(const HttpRequest &request) = 0;
    // The answer of an injected fault that brings no body (FaultPlan), in its error shape.
    virtual HttpReply faultReply(int status) const = 0;
    // Its in-flight limits: an API call's arrival, before anything else (a refusal is answered
    // at once), and the moment its answer is written or its client gone.
    virtual std::optional<HttpReply> arrive(const HttpRequest &) { return std::nullopt; }
    virtual void leave(const HttpRequest &) {}

    // ---- the admin API ----
    // POST /_admin/<id>/mutate {"op": …, …}: changes for tests and demos.
    virtual HttpReply mutate(const QJsonObject &body) = 0;
    // GET /_admin/truth/<id>.
    virtual QJsonObject groundTruth() const = 0;

    // ---- the demo (cairn --demo) ----
    // What the demo adds to the generated data once the simulator exists.
    virtual void seedDemo() {}
    // The environment that points a client's source at it: CAIRN_<ID>_API_URL (base/<id>),
    // CAIRN_<ID>_TOKEN, and any of its own.
    virtual QList<QPair<QByteArray, QString>> clientEnvironment(const QUrl &base, const QString &token) const;
    // The client's settings the demo needs to sync it (which repositories, which query).
    virtual QList<QPair<QString, QString>> demoSettings() const { return {}; }
    // The window's Demo menu, "Simulate changes", on the people it keeps (contacts): adds,
    // modifies and deletes about `count` of them (a seeded mix) and names those touched; and
    // how many are live now. A service that keeps no people: nothing, 0.
    virtual QStringList changePeople(int count)
    {
        Q_UNUSED(count);
        return {};
    }
    virtual int livePeople() const { return 0; }

    // 404 "No such endpoint: <path>", the simulator's answer to a path nobody serves.
    static HttpReply noSuchEndpoint(const HttpRequest &request);

protected:
    Options m_options;
    SimClock &m_clock;
    OAuthService &m_oauth;

private:
    QString m_id;
};

// A service with a rate-limits class of its own (AsanaLimits…: made with the options and the
// engine; admit() before it answers, and arrive()/leave() for its in-flight limits when it has
// them).
template<class Limits>
class LimitedSimService : public SimService
{
public:
    std::optional<HttpReply> arrive(const HttpRequest &request) override
    {
        if constexpr (requires(Limits &l) { l.arrive(request); })
            return m_limits.arrive(request);
        else
            return std::nullopt;
    }
    void leave(const HttpRequest &request) override
    {
        if constexpr (requires(Limits &l) { l.leave(request); })
            m_limits.leave(request);
    }

protected:
    LimitedSimService(QString id, const SimContext &context)
        : SimService(std::move(id), context), m_limits(context.options, context.limits)
    {
    }

    Limits m_limits;
};

// One service before any simulator exists: its facts, its options, and how to make it. The
// entry of the one list (Services.cpp); each folder defines one (`googleSimService()`).
struct SimServiceDescriptor
{
    QString id;               // the folder's name and the client's source id
    QString title;            // "Google People": cairn-sim's description names it
    QList<SimOption> options; // its cairn-sim options, in --help's order; its rate limits among them
    // Its OAuth client under /oauth/<id>/ (OAuthClientConfig::from gives the shared part).
    OAuthClientConfig (*oauth)(const Options &options) = nullptr;
    // The sizes of its generated data in the demo.
    void (*demo)(Options &options) = nullptr;
    std::unique_ptr<SimService> (*make)(const SimContext &context) = nullptr;
};

} // namespace sim
