#include "BuiltInOAuth.h"

// Set by CMake on this file only (src/CMakeLists.txt), empty unless a packager gives them.
#ifndef CAIRN_GOOGLE_OAUTH_CLIENT_ID
#define CAIRN_GOOGLE_OAUTH_CLIENT_ID ""
#define CAIRN_GOOGLE_OAUTH_CLIENT_SECRET ""
#define CAIRN_ASANA_OAUTH_CLIENT_ID ""
#define CAIRN_ASANA_OAUTH_CLIENT_SECRET ""
#define CAIRN_GITHUB_OAUTH_CLIENT_ID ""
#define CAIRN_GITHUB_OAUTH_CLIENT_SECRET ""
#define CAIRN_JIRA_OAUTH_CLIENT_ID ""
#define CAIRN_JIRA_OAUTH_CLIENT_SECRET ""
#endif

namespace cairn {

BuiltInOAuthClient builtInOAuthClient(const QString &source)
{
    const auto client = [](const char *id, const char *secret) {
        return BuiltInOAuthClient{QString::fromUtf8(id), QByteArray(secret)};
    };
    if (source == QLatin1String("google"))
        return client(CAIRN_GOOGLE_OAUTH_CLIENT_ID, CAIRN_GOOGLE_OAUTH_CLIENT_SECRET);
    if (source == QLatin1String("asana"))
        return client(CAIRN_ASANA_OAUTH_CLIENT_ID, CAIRN_ASANA_OAUTH_CLIENT_SECRET);
    if (source == QLatin1String("github"))
        return client(CAIRN_GITHUB_OAUTH_CLIENT_ID, CAIRN_GITHUB_OAUTH_CLIENT_SECRET);
    if (source == QLatin1String("jira"))
        return client(CAIRN_JIRA_OAUTH_CLIENT_ID, CAIRN_JIRA_OAUTH_CLIENT_SECRET);
    return {};
}

} // namespace cairn
