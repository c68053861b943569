#include "BuiltInOAuth.h"

namespace cairn {

namespace {

struct Entry
{
    const char *source, *clientId, *clientSecret;
};

// Written by CMake (src/CMakeLists.txt) from CAIRN_<SOURCE>_OAUTH_CLIENT_ID and _SECRET, one
// line per folder of src/sources: {"<source>", "<client id>", "<client secret>"},
// — empty strings unless a packager gives them.
const Entry kBuiltIn[] = {
#include "BuiltInOAuthClients.inc"
    {nullptr, nullptr, nullptr},
};

} // namespace

BuiltInOAuthClient builtInOAuthClient(const QString &source)
{
    for (const Entry &e : kBuiltIn)
        if (e.source && source == QLatin1String(e.source))
            return BuiltInOAuthClient{QString::fromUtf8(e.clientId), QByteArray(e.clientSecret)};
    return {};
}

} // namespace cairn
