#include "sim/gitlab/GitLabSimService.h"

#include "sim/gitlab/GitLabService.h"

#include <QUrl>

namespace sim {

const SimServiceDescriptor &gitLabSimService()
{
    static const SimServiceDescriptor d{
        QStringLiteral("gitlab"),
        QStringLiteral("GitLab"),
        {
            SimOption::number(QStringLiteral("gitlab-projects"), QStringLiteral("Number of GitLab projects (0 = none)."),
                              QStringLiteral("n"), qint64(0), 0, 10000),
            SimOption::number(QStringLiteral("gitlab-merge-requests"), QStringLiteral("Merge requests in each GitLab project."),
                              QStringLiteral("n"), 30, 0, 1000000),
            SimOption::number(QStringLiteral("gitlab-rate-limit"),
                              QStringLiteral("GitLab API requests a minute per user (0 = no limit)."), QStringLiteral("n"), 2000, 0,
                              1000000)
                .asRateLimit(),
        },
        [](const Options &o) {
            // An OAuth application without a secret (PKCE), refresh tokens that rotate, access
            // tokens for two hours (GitLab's).
            OAuthClientConfig c = OAuthClientConfig::from(o);
            c.requireSecret = false;
            c.rotateRefreshTokens = true;
            c.accessTokenLifetimeSeconds = 7200;
            return c;
        },
        [](Options &o) {
            o.values.insert(QStringLiteral("gitlab-projects"), QStringLiteral("3"));
            o.values.insert(QStringLiteral("gitlab-merge-requests"), QStringLiteral("40"));
        },
        [](const SimContext &context) -> std::unique_ptr<SimService> { return std::make_unique<GitLabService>(context); },
    };
    return d;
}

QList<QPair<QString, QString>> GitLabService::demoSettings() const
{
    return {{QStringLiteral("gitlab.projects"), projectPaths().join(u' ')}};
}

QList<QPair<QByteArray, QString>> GitLabService::clientEnvironment(const QUrl &base, const QString &token) const
{
    return {{"CAIRN_GITLAB_API_URL", base.toString() + QStringLiteral("/gitlab/api/v4")}, {"CAIRN_GITLAB_TOKEN", token}};
}

} // namespace sim
