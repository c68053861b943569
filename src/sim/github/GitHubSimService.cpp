#include "sim/github/GitHubSimService.h"

#include "sim/github/GitHubService.h"

namespace sim {

namespace {
const QString kApi = QStringLiteral("/github/");
const QString kApplications = QStringLiteral("/github/applications/");
} // namespace

const SimServiceDescriptor &gitHubSimService()
{
    static const SimServiceDescriptor d{
        QStringLiteral("github"),
        QStringLiteral("GitHub"),
        {
            SimOption::number(QStringLiteral("github-repos"), QStringLiteral("Number of GitHub repositories (0 = none)."),
                              QStringLiteral("n"), &Options::githubRepos, 0, 10000),
            SimOption::number(QStringLiteral("github-pulls"), QStringLiteral("Pull requests in each GitHub repository."),
                              QStringLiteral("n"), &Options::githubPullsPerRepo, 0, 1000000),
            SimOption::number(QStringLiteral("github-rate-limit"), QStringLiteral("GitHub primary rate limit per hour."),
                              QStringLiteral("n"), &Options::githubRateLimit, 0, 1000000),
            SimOption::number(QStringLiteral("github-concurrent-requests"),
                              QStringLiteral("GitHub secondary limit: requests in flight at once (0 = no limit)."),
                              QStringLiteral("n"), &Options::githubRequestsInFlight, 0, 100000)
                .asRateLimit(),
            SimOption::number(QStringLiteral("github-secondary-limit"),
                              QStringLiteral("GitHub secondary limit: points a minute per REST endpoint (0 = no limit)."),
                              QStringLiteral("n"), &Options::githubRestPointsPerMinute, 0, 1000000)
                .asRateLimit(),
            SimOption::number(QStringLiteral("github-graphql-secondary-limit"),
                              QStringLiteral("GitHub secondary limit: GraphQL points a minute (0 = no limit)."),
                              QStringLiteral("n"), &Options::githubGraphqlPointsPerMinute, 0, 1000000)
                .asRateLimit(),
        },
        [](const Options &o) {
            // As a GitHub App: the secret, refresh tokens that rotate, and the device flow.
            OAuthClientConfig c = OAuthClientConfig::from(o);
            c.requireSecret = true;
            c.rotateRefreshTokens = true;
            c.deviceFlow = true;
            return c;
        },
        [](Options &o) {
            o.githubRepos = 3;
            o.githubPullsPerRepo = 40;
        },
        [](const SimContext &context) -> std::unique_ptr<SimService> { return std::make_unique<GitHubService>(context); },
    };
    return d;
}

bool GitHubService::isApiCall(const HttpRequest &request) const
{
    return request.path.startsWith(kApi) && !request.path.startsWith(kApplications);
}

HttpReply GitHubService::answer(const HttpRequest &req)
{
    if (req.path.startsWith(kApplications) && req.method == "DELETE") {
        const QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts); // github, applications, id, token
        if (parts.size() == 4 && parts[3] == QLatin1String("token"))
            return revokeApplicationToken(parts[2], req);
    }
    if (!req.path.startsWith(kApi))
        return noSuchEndpoint(req);
    // GitHub takes "Bearer TOKEN" and the older "token TOKEN".
    QString token = req.bearerToken();
    const QByteArray auth = req.header("Authorization").trimmed();
    if (token.isEmpty() && auth.toLower().startsWith("token "))
        token = QString::fromLatin1(auth.mid(6).trimmed());
    if (token.isEmpty() && auth.isEmpty()) // no credentials at all
        return error(401, QStringLiteral("Requires authentication"), QStringLiteral("https://docs.github.com/rest"));
    if (!m_oauth.isValidAccessToken(id(), token))
        return error(401, QStringLiteral("Bad credentials"));
    if (std::optional<HttpReply> refused = m_limits.admit(req))
        return *refused;
    return handle(req);
}

HttpReply GitHubService::faultReply(int status) const
{
    return error(status, status == 403 || status == 429
                             ? QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")
                             : QStringLiteral("Injected fault."));
}

HttpReply GitHubService::revokeApplicationToken(const QString &clientId, const HttpRequest &r)
{
    const auto message = [](int status, const QString &text) {
        return HttpReply::json(status, {{QStringLiteral("message"), text},
                                        {QStringLiteral("documentation_url"),
                                         QStringLiteral("https://docs.github.com/rest/apps/oauth-applications#delete-an-app-token")}});
    };
    const OAuthClientConfig &cfg = m_oauth.config(id());
    const QByteArray basic = r.header("Authorization");
    const QByteArray pair = basic.startsWith("Basic ") ? QByteArray::fromBase64(basic.mid(6).trimmed()) : QByteArray();
    const QString user = QString::fromUtf8(pair.left(pair.indexOf(':')));
    const QString secret = QString::fromUtf8(pair.mid(pair.indexOf(':') + 1));
    if (pair.indexOf(':') < 0 || user != clientId || clientId != cfg.clientId || secret != cfg.clientSecret)
        return message(401, QStringLiteral("Bad credentials"));
    bool ok = false;
    const QString token = r.json(&ok).value(QLatin1String("access_token")).toString();
    if (!ok || token.isEmpty())
        return message(422, QStringLiteral("Invalid request.\n\n\"access_token\" wasn't supplied."));
    if (!m_oauth.isValidAccessToken(id(), token) || m_oauth.isStaticToken(token) || !m_oauth.revoke(token))
        return message(404, QStringLiteral("Not Found"));
    HttpReply reply;
    reply.status = 204;
    return reply;
}

QList<QPair<QString, QString>> GitHubService::demoSettings() const
{
    return {{QStringLiteral("github.repos"), repoNames().join(u' ')}};
}

} // namespace sim
