#pragma once
#include <QByteArray>
#include <QString>

namespace cairn {

// The OAuth app a packager registered with each service and baked into this build, as GNOME
// Online Accounts does with its google_client_id option:
//   cmake -DCAIRN_GOOGLE_OAUTH_CLIENT_ID=… -DCAIRN_GOOGLE_OAUTH_CLIENT_SECRET=…
// (likewise ASANA, GITHUB, JIRA: one pair per folder of src/sources, named after it). Google
// calls the secret of an installed app "not treated as a secret"; the others' are the app's,
// not the person's. A build without them has none: the welcome page then offers "Use your own
// OAuth app" and the personal-token path.
struct BuiltInOAuthClient
{
    QString clientId;
    QByteArray clientSecret;
};

BuiltInOAuthClient builtInOAuthClient(const QString &source);

} // namespace cairn
