#include "sim/google/GoogleSimService.h"

#include "sim/google/GoogleService.h"

#include <QJsonArray>
#include <QUrl>
#include <array>

namespace sim {

namespace {
const QString kApi = QStringLiteral("/google/");
const QString kPhotos = QStringLiteral("/google-photos/");
} // namespace

const SimServiceDescriptor &googleSimService()
{
    static const SimServiceDescriptor d{
        QStringLiteral("google"),
        QStringLiteral("Google People"),
        {
            SimOption::number(QStringLiteral("contacts"), QStringLiteral("Number of Google contacts."), QStringLiteral("n"),
                              &Options::contacts, 0, 10000000),
            SimOption::number(QStringLiteral("groups"), QStringLiteral("Number of user contact groups."), QStringLiteral("n"),
                              &Options::contactGroups, 0, 10000),
            SimOption::flag(QStringLiteral("expired-410"),
                            QStringLiteral("Answer an expired Google sync token with 410 instead of 400."),
                            &Options::expiredTokenAs410),
            SimOption::number(QStringLiteral("google-rate-limit"),
                              QStringLiteral("Google People read requests a minute per user (0 = no limit)."),
                              QStringLiteral("n"), &Options::googleReadsPerMinute, 0, 1000000)
                .asRateLimit(),
            SimOption::number(QStringLiteral("google-write-rate-limit"),
                              QStringLiteral("Google People write requests a minute per user (0 = no limit)."),
                              QStringLiteral("n"), 60, 0, 1000000)
                .asRateLimit(),
            SimOption::number(QStringLiteral("google-concurrent-writes"),
                              QStringLiteral("Google People write requests of a user in flight at once; more are 409 ABORTED (0 = no limit)."),
                              QStringLiteral("n"), 1, 0, 100000)
                .asRateLimit(),
        },
        [](const Options &o) {
            OAuthClientConfig c = OAuthClientConfig::from(o);
            c.requireSecret = o.requireClientSecret; // the installed-app secret is optional here
            c.refreshNeedsOffline = true;
            return c;
        },
        [](Options &o) { o.contacts = 500; },
        [](const SimContext &context) -> std::unique_ptr<SimService> { return std::make_unique<GoogleService>(context); },
    };
    return d;
}

QStringList GoogleService::prefixes() const
{
    return {kApi, kPhotos}; // the API first: its calls (isApiCall), photos are not
}

HttpReply GoogleService::answer(const HttpRequest &req)
{
    if (req.path.startsWith(kPhotos))
        return photo(req);
    if (!req.path.startsWith(kApi))
        return noSuchEndpoint(req);
    if (!m_oauth.isValidAccessToken(id(), req.bearerToken())) {
        HttpReply r = error(401, QStringLiteral("UNAUTHENTICATED"),
                            QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, login "
                                           "cookie or other valid authentication credential. See "
                                           "https://developers.google.com/identity/sign-in/web/devconsole-project."));
        r.addHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
        return r;
    }
    // Writes need the full scope (.../auth/contacts); a contacts.readonly token is refused as
    // Google refuses a token without a method's scope.
    if (!RateLimits::isRead(req.method)) {
        const std::optional<QString> scope = m_oauth.scopeOf(req.bearerToken());
        if (scope && !scope->split(u' ', Qt::SkipEmptyParts).contains(QStringLiteral("https://www.googleapis.com/auth/contacts"))) {
            HttpReply r = HttpReply::json(403, QJsonObject{{QStringLiteral("error"), QJsonObject{
                {QStringLiteral("code"), 403},
                {QStringLiteral("message"), QStringLiteral("Request had insufficient authentication scopes.")},
                {QStringLiteral("status"), QStringLiteral("PERMISSION_DENIED")},
                {QStringLiteral("details"), QJsonArray{QJsonObject{
                    {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                    {QStringLiteral("reason"), QStringLiteral("ACCESS_TOKEN_SCOPE_INSUFFICIENT")},
                    {QStringLiteral("domain"), QStringLiteral("googleapis.com")},
                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("service"), QStringLiteral("people.googleapis.com")}}}}}}}}});
            r.addHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\", "
                                            "scope=\"https://www.googleapis.com/auth/contacts\"");
            return r;
        }
    }
    if (std::optional<HttpReply> refused = m_limits.admit(req))
        return *refused;
    return handle(req);
}

HttpReply GoogleService::faultReply(int code) const
{
    QString status = QStringLiteral("UNKNOWN");
    QString message = QStringLiteral("Injected fault.");
    switch (code) {
    case 400: status = QStringLiteral("INVALID_ARGUMENT"); message = QStringLiteral("Request contains an invalid argument."); break;
    case 401: status = QStringLiteral("UNAUTHENTICATED"); message = QStringLiteral("Request had invalid authentication credentials."); break;
    case 403: status = QStringLiteral("PERMISSION_DENIED"); message = QStringLiteral("The caller does not have permission"); break;
    case 404: status = QStringLiteral("NOT_FOUND"); message = QStringLiteral("Requested entity was not found."); break;
    case 429: status = QStringLiteral("RESOURCE_EXHAUSTED");
        message = QStringLiteral("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'people.googleapis.com'.");
        break;
    case 500: status = QStringLiteral("INTERNAL"); message = QStringLiteral("Internal error encountered."); break;
    case 502: status = QStringLiteral("UNAVAILABLE"); message = QStringLiteral("Bad Gateway"); break;
    case 503: status = QStringLiteral("UNAVAILABLE"); message = QStringLiteral("The service is currently unavailable."); break;
    case 504: status = QStringLiteral("DEADLINE_EXCEEDED"); message = QStringLiteral("Deadline exceeded."); break;
    default: break;
    }
    return error(code, status, message);
}

HttpReply GoogleService::error(int code, const QString &status, const QString &message, const QString &reason,
                               const QString &domain)
{
    QJsonObject err{{QStringLiteral("code"), code},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("status"), status}};
    if (!reason.isEmpty()) {
        err.insert(QStringLiteral("details"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("domain"), domain.isEmpty() ? QStringLiteral("people.googleapis.com") : domain}}});
    }
    return HttpReply::json(code, QJsonObject{{QStringLiteral("error"), err}});
}

void GoogleService::seedDemo()
{
    // Colleagues who are also in the other services (Jira users by e-mail, Asana assignees by
    // name): the demo's People page has something to bring together.
    for (const auto &person : {std::array<const char *, 3>{"Mia", "Krämer", "mia@example.com"},
                               std::array<const char *, 3>{"Kenji", "Watanabe", "kenji@example.com"},
                               std::array<const char *, 3>{"Aroha", "Ngata", "aroha@example.com"},
                               std::array<const char *, 3>{"Camille", "Lefèvre", "camille@example.com"},
                               std::array<const char *, 3>{"Priya", "Natarajan", "priya@example.com"}})
        addPerson(QString::fromUtf8(person[0]), QString::fromUtf8(person[1]), QString::fromUtf8(person[2]));
}

QList<QPair<QString, QString>> GoogleService::demoSettings() const
{
    return {{QStringLiteral("google.write"), QStringLiteral("true")}};
}

QList<QPair<QByteArray, QString>> GoogleService::clientEnvironment(const QUrl &base, const QString &token) const
{
    QList<QPair<QByteArray, QString>> env = SimService::clientEnvironment(base, token);
    env.append({"CAIRN_GOOGLE_PHOTO_URL", base.toString() + kPhotos.chopped(1)});
    return env;
}

} // namespace sim
