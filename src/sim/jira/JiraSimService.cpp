#include "sim/jira/JiraSimService.h"

#include "sim/jira/JiraService.h"

namespace sim {

namespace {
const QString kApi = QStringLiteral("/jira/rest/api/3/");
} // namespace

const SimServiceDescriptor &jiraSimService()
{
    static const SimServiceDescriptor d{
        QStringLiteral("jira"),
        QStringLiteral("Jira Cloud"),
        {
            SimOption::number(QStringLiteral("jira-issues"), QStringLiteral("Number of Jira issues."), QStringLiteral("n"),
                              &Options::jiraIssues, 0, 10000000),
            SimOption::text(QStringLiteral("jira-time-zone"),
                            QStringLiteral("Time zone of the Jira user's profile (JQL dates are read in it)."),
                            QStringLiteral("zone"), &Options::jiraTimeZone),
            SimOption::number(QStringLiteral("jira-projects"),
                              QStringLiteral("Projects of the Jira site (at least the 3 the issues are in)."), QStringLiteral("n"),
                              &Options::jiraProjects, 3, 10000),
            SimOption::number(QStringLiteral("jira-burst-limit"),
                              QStringLiteral("Jira GET/POST requests a second per endpoint (0 = no limit)."), QStringLiteral("n"),
                              &Options::jiraBurstPerSecond, 0, 1000000)
                .asRateLimit(),
            SimOption::number(QStringLiteral("jira-quota"), QStringLiteral("Jira points an hour of OAuth traffic (0 = no limit)."),
                              QStringLiteral("n"), &Options::jiraPointsPerHour, 0, 100000000)
                .asRateLimit(),
        },
        [](const Options &o) {
            // 3LO: the secret, refresh tokens that rotate, the sites (cloud ids) a token may use.
            OAuthClientConfig c = OAuthClientConfig::from(o);
            c.requireSecret = true;
            c.rotateRefreshTokens = true;
            c.resourceScopes = {QStringLiteral("read:jira-work"), QStringLiteral("offline_access")};
            return c;
        },
        [](Options &o) { o.jiraIssues = 300; },
        [](const SimContext &context) -> std::unique_ptr<SimService> { return std::make_unique<JiraService>(context); },
    };
    return d;
}

QStringList JiraService::prefixes() const
{
    return {kApi, QStringLiteral("/jira/")}; // the API first: its calls (isApiCall); the rest, 404
}

HttpReply JiraService::answer(const HttpRequest &req)
{
    if (!isApiCall(req))
        return noSuchEndpoint(req);
    if (!authorized(req))
        return error(401, QStringLiteral("Client must be authenticated to access this resource."));
    if (std::optional<HttpReply> refused = m_limits.admit(req))
        return *refused;
    HttpReply reply = handle(req);
    m_limits.charge(req, reply);
    return reply;
}

HttpReply JiraService::faultReply(int status) const
{
    return error(status, status == 429 ? QStringLiteral("Rate limit exceeded.") : QStringLiteral("Injected fault."));
}

QList<QPair<QString, QString>> JiraService::demoSettings() const
{
    // A Jira configuration over every project of the demo ("demo").
    return {{QStringLiteral("jira.configs"), QStringLiteral("demo")},
            {QStringLiteral("jira.demo.jql"), QStringLiteral("project in (CAIRN, OPS, WEB)")}};
}

} // namespace sim
