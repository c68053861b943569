#include "sim/asana/AsanaSimService.h"

#include "sim/asana/AsanaService.h"

namespace sim {

namespace {
const QString kApi = QStringLiteral("/asana/api/1.0");
} // namespace

const SimServiceDescriptor &asanaSimService()
{
    static const SimServiceDescriptor d{
        QStringLiteral("asana"),
        QStringLiteral("Asana"),
        {
            SimOption::number(QStringLiteral("asana-projects"), QStringLiteral("Number of active Asana projects (0 = none)."),
                              QStringLiteral("n"), &Options::asanaProjects, 0, 100000),
            SimOption::number(QStringLiteral("asana-tasks"), QStringLiteral("Tasks in each Asana project."), QStringLiteral("n"),
                              &Options::asanaTasksPerProject, 0, 100000),
            SimOption::flag(QStringLiteral("asana-search"),
                            QStringLiteral("Premium workspace: the Asana task search answers instead of 402."),
                            &Options::asanaSearch),
            SimOption::number(QStringLiteral("asana-portfolios"),
                              QStringLiteral("Asana portfolios the user owns in the workspace (at least 1)."), QStringLiteral("n"),
                              &Options::asanaPortfolios, 1, 10000),
            // Its default depends on --asana-search: none to show.
            SimOption::number(QStringLiteral("asana-rate-limit"),
                              QStringLiteral("Asana requests a minute per token (default 150, 1500 with --asana-search; 0 = no limit)."),
                              QStringLiteral("n"), &Options::asanaRequestsPerMinute, 0, 1000000)
                .asRateLimit()
                .withoutDefault(),
            SimOption::number(QStringLiteral("asana-search-rate-limit"),
                              QStringLiteral("Asana task searches a minute per token (0 = no limit)."), QStringLiteral("n"),
                              &Options::asanaSearchPerMinute, 0, 1000000)
                .asRateLimit(),
            SimOption::number(QStringLiteral("asana-concurrent-reads"),
                              QStringLiteral("Asana GET requests of a token in flight at once (0 = no limit)."), QStringLiteral("n"),
                              &Options::asanaReadsInFlight, 0, 100000)
                .asRateLimit(),
            SimOption::number(QStringLiteral("asana-concurrent-writes"),
                              QStringLiteral("Asana POST/PUT/PATCH/DELETE requests in flight at once (0 = no limit)."),
                              QStringLiteral("n"), &Options::asanaWritesInFlight, 0, 100000)
                .asRateLimit(),
        },
        [](const Options &o) {
            OAuthClientConfig c = OAuthClientConfig::from(o);
            c.requireSecret = true; // Asana wants the client secret
            return c;
        },
        [](Options &o) {
            o.asanaProjects = 8;
            o.asanaTasksPerProject = 30;
        },
        [](const SimContext &context) -> std::unique_ptr<SimService> { return std::make_unique<AsanaService>(context); },
    };
    return d;
}

bool AsanaService::isApiCall(const HttpRequest &request) const
{
    return request.path.startsWith(kApi + u'/') || request.path == kApi;
}

HttpReply AsanaService::answer(const HttpRequest &req)
{
    if (!isApiCall(req))
        return noSuchEndpoint(req);
    if (!m_oauth.isValidAccessToken(id(), req.bearerToken()))
        return error(401, QStringLiteral("Not Authorized"));
    if (std::optional<HttpReply> refused = m_limits.admit(req))
        return *refused;
    return handle(req);
}

QList<QPair<QString, QString>> AsanaService::demoSettings() const
{
    return {{QStringLiteral("asana.write"), QStringLiteral("true")}};
}

QString AsanaService::rateLimitMessage()
{
    return QStringLiteral("You've made too many requests and hit a rate limit. Please retry after the given amount of time.");
}

HttpReply AsanaService::faultReply(int status) const
{
    if (status == 429)
        return error(429, rateLimitMessage());
    return error(status, status >= 500 ? QStringLiteral("Server Error (phrase: sim flaky otter %1)").arg(status)
                                       : QStringLiteral("Injected fault."));
}

} // namespace sim
