#include "ClipLine.h"
#include "GitHubApi.h"
#include "GitHubMapper.h"
#include "Json.h"
#include "OffThread.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace cairn::github {

namespace {
const QString kWhat = QStringLiteral("GitHub");
using std::chrono::milliseconds;
} // namespace

Error errorFromResponse(const HttpResponse &r)
{
    QString message = clipLine(QJsonDocument::fromJson(r.body).object().value(QLatin1String("message")).toString());
    if (message.isEmpty())
        message = QCoreApplication::translate("cairn::github", "HTTP %1").arg(r.status);
    if (r.status == 401)
        return Error(Error::Kind::Auth,
                     QCoreApplication::translate("cairn::github", "GitHub refused the token (%1): sign in again").arg(message),
                     r.status);
    if (r.status == 404)
        return Error(Error::Kind::Http,
                     QCoreApplication::translate("cairn::github", "GitHub answered 404 Not Found: the repository does not exist or the token cannot see it"),
                     r.status);
    return Error(Error::Kind::Http, QCoreApplication::translate("cairn::github", "GitHub answered %1: %2").arg(r.status).arg(message),
                 r.status);
}

QUrl nextLink(const QByteArray &link)
{
    // <https://api.github.com/...&page=2>; rel="next", <...>; rel="last" — entries are found
    // by their <…>, not by splitting at commas: a URL may hold commas of its own
    // (/user/repos?affiliation=owner,collaborator,organization_member).
    static const QRegularExpression entry(QStringLiteral(R"re(<([^>]*)>\s*((?:;[^,<]*)*))re"));
    static const QRegularExpression rel(QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";]*)"?)re"));
    QRegularExpressionMatchIterator it = entry.globalMatch(QString::fromUtf8(link));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch r = rel.match(m.captured(2));
        if (!r.hasMatch() || !r.captured(1).split(u' ').contains(QLatin1String("next")))
            continue;
        // Only an absolute http(s) URL is a page to follow (found by fuzzing: a javascript: or
        // unparsable target came back as "next").
        const QUrl url(m.captured(1), QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            return url;
        return {};
    }
    return {};
}

bool GitHubApi::isRepoName(const QString &repo)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$)"));
    return re.match(repo).hasMatch() && !repo.endsWith(QLatin1String("/.")) && !repo.endsWith(QLatin1String("/.."));
}

RateLimitAdvice GitHubApi::rateLimit(const HttpResponse &r, const QDateTime &now)
{
    // GraphQL answers an exhausted quota with 200 and {"errors":[{"type":"RATE_LIMITED",…}]}.
    const bool graphLimited = r.status == 200 && r.header("x-ratelimit-resource").trimmed() == "graphql"
        && r.body.contains("\"RATE_LIMITED\"");
    if (r.status != 403 && r.status != 429 && !graphLimited)
        return {};
    const QByteArray remaining = r.header("x-ratelimit-remaining").trimmed();
    const QByteArray retryAfter = r.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        const auto wait = RetryPolicy::parseRetryAfter(retryAfter, serverTimeOf(r).isValid() ? serverTimeOf(r) : now);
        if (wait)
            return {true, *wait, false};
    }
    if (remaining == "0" || graphLimited) {
        bool ok = false;
        const qint64 reset = r.header("x-ratelimit-reset").trimmed().toLongLong(&ok);
        const QDateTime server = serverTimeOf(r).isValid() ? serverTimeOf(r) : now;
        if (ok) // by the server's clock, plus a second for the reset to land
            return {true, milliseconds(std::max<qint64>(0, reset * 1000 - server.toMSecsSinceEpoch()) + 1000), false};
        return {true, milliseconds(60'000), true};
    }
    const bool secondary = r.body.contains("secondary rate limit") || r.status == 429;
    if (secondary)
        return {true, milliseconds(60'000), true};
    return {}; // a plain 403: no permission
}

GitHubApi::GitHubApi(HttpClient &http, QUrl base) : m_api(http, std::move(base), kWhat, &errorFromResponse) {}

QUrl GitHubApi::pullsUrl(const QString &repo) const
{
    QUrl url = m_api.endpoint(QStringLiteral("/repos/%1/pulls").arg(repo));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated"));
    q.addQueryItem(QStringLiteral("direction"), QStringLiteral("desc"));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPageSize));
    url.setQuery(q);
    return url;
}

QUrl GitHubApi::changeCheckUrl(const QString &repo) const
{
    QUrl url = pullsUrl(repo);
    QUrlQuery q(url);
    q.removeAllQueryItems(QStringLiteral("per_page"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    url.setQuery(q);
    return url;
}

QCoro::Task<HttpResponse> GitHubApi::get(QUrl url, QByteArray etag)
{
    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.github+json")},
                                                 {QByteArrayLiteral("X-GitHub-Api-Version"), QByteArray(kApiVersion)}};
    if (!etag.isEmpty())
        headers.append({QByteArrayLiteral("If-None-Match"), etag});
    HttpResponse r = co_await m_api.get(url, headers);
    co_return r;
}

QUrl GitHubApi::userReposUrl() const
{
    QUrl url = m_api.endpoint(QStringLiteral("/user/repos"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("affiliation"), QStringLiteral("owner,collaborator,organization_member"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("pushed"));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPageSize));
    url.setQuery(q);
    return url;
}

QList<RepoChoice> parseUserRepos(const QByteArray &body)
{
    QList<RepoChoice> out;
    for (const QJsonValue &v : json::parseArrayOfObjects(body, kWhat)) {
        const QJsonObject o = v.toObject();
        RepoChoice c;
        c.fullName = json::string(o, QLatin1String("full_name"), kWhat);
        if (!GitHubApi::isRepoName(c.fullName)) // a name Cairn could not sync is not offered
            continue;
        c.description = clipLine(json::string(o, QLatin1String("description"), kWhat));
        c.isPrivate = json::boolean(o, QLatin1String("private"), kWhat);
        c.pushedAt = QDateTime::fromString(json::string(o, QLatin1String("pushed_at"), kWhat), Qt::ISODate);
        out.append(c);
    }
    return out;
}

QCoro::Task<ReposPage> GitHubApi::userRepos(QUrl url)
{
    const HttpResponse r = co_await get(url, QByteArray());
    if (!r.ok())
        throw errorFromResponse(r);
    ReposPage page;
    page.next = checkedNext(r);
    const QByteArray body = r.body;
    // Parsed on the pool: the picker waits for it on the GUI thread (docs/architecture.md §1.6).
    page.repos = co_await offThread<QList<RepoChoice>>([body] { return parseUserRepos(body); });
    co_return page;
}

QCoro::Task<QString> GitHubApi::viewerLogin()
{
    const HttpResponse r = co_await get(m_api.endpoint(QStringLiteral("/user")), QByteArray());
    if (r.status != 200)
        throw m_api.errorFor(r);
    const QString login = json::string(m_api.parseObject(r.body), QLatin1String("login"), kWhat);
    co_return login;
}

QUrl GitHubApi::checkedNext(const HttpResponse &r) const
{
    const QUrl next = nextLink(r.header("Link"));
    if (next.isEmpty())
        return {};
    // The token goes only where the configured base URL points.
    if (!next.isValid() || !HttpClient::sameOrigin(next, m_api.base()))
        throw Error(Error::Kind::BadResponse,
                    QCoreApplication::translate("cairn::github", "GitHub's next-page link points to another server (%1): not followed")
                        .arg(next.host()));
    return next;
}

QCoro::Task<PullsPage> GitHubApi::pulls(QString repo, QUrl url, QByteArray etag)
{
    const HttpResponse r = co_await get(url, etag);
    PullsPage page;
    page.serverTime = serverTimeOf(r);
    page.etag = r.header("ETag");
    if (r.status == 304 && !etag.isEmpty()) {
        page.notModified = true;
        co_return page;
    }
    if (!r.ok())
        throw errorFromResponse(r);
    for (const QJsonValue &v : json::parseArrayOfObjects(r.body, kWhat))
        page.pulls.append(pullFromJson(v.toObject(), repo));
    page.next = checkedNext(r);
    co_return page;
}

QCoro::Task<std::optional<PullRequest>> GitHubApi::pull(QString repo, int number)
{
    const HttpResponse r = co_await get(m_api.endpoint(QStringLiteral("/repos/%1/pulls/%2").arg(repo).arg(number)), {});
    if (r.status == 404 || r.status == 410)
        co_return std::nullopt;
    if (!r.ok())
        throw errorFromResponse(r);
    co_return pullFromJson(m_api.parseObject(r.body), repo);
}

QUrl GitHubApi::reviewsUrl(const QString &repo, int number) const
{
    QUrl url = m_api.endpoint(QStringLiteral("/repos/%1/pulls/%2/reviews").arg(repo).arg(number));
    url.setQuery(QStringLiteral("per_page=%1").arg(kPageSize));
    return url;
}

QCoro::Task<ReviewsList> GitHubApi::reviews(QString repo, int number, QByteArray etag)
{
    QUrl url = reviewsUrl(repo, number);
    ReviewsList out;
    for (bool first = true; !url.isEmpty(); first = false) {
        const HttpResponse r = co_await get(url, first ? etag : QByteArray());
        if (first)
            out.serverTime = serverTimeOf(r);
        if (first && r.status == 304 && !etag.isEmpty()) {
            out.notModified = true;
            co_return out;
        }
        if (!r.ok())
            throw errorFromResponse(r);
        for (const QJsonValue &v : json::parseArrayOfObjects(r.body, kWhat))
            out.reviews.append(reviewFromJson(v.toObject(), repo, number));
        const QUrl next = checkedNext(r);
        if (first && next.isEmpty())
            out.etag = r.header("ETag"); // one page: its ETag stands for the whole list
        url = next;
    }
    co_return out;
}

} // namespace cairn::github
