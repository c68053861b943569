#include "GitLabApi.h"
#include "ClipLine.h"
#include "GitLabMapper.h"
#include "Json.h"
#include "OffThread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cairn::gitlab {

namespace {
const QString kWhat = QStringLiteral("GitLab");
using std::chrono::milliseconds;

// GitLab's message: a string, an object of field → [messages], or OAuth's error pair.
QString messageOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue m = o.value(QLatin1String("message"));
    QStringList parts;
    if (m.isString()) {
        parts << m.toString();
    } else if (m.isObject()) {
        const QJsonObject fields = m.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QStringList texts;
            for (const QJsonValue &t : it.value().toArray())
                texts << t.toString();
            if (it.value().isString())
                texts << it.value().toString();
            parts << it.key() + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
        }
    }
    const QString description = o.value(QLatin1String("error_description")).toString();
    if (parts.isEmpty() && !description.isEmpty())
        parts << description;
    if (parts.isEmpty() && o.value(QLatin1String("error")).isString())
        parts << o.value(QLatin1String("error")).toString();
    return clipLine(parts.join(QStringLiteral("; ")));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Error errorFromResponse(const HttpResponse &r)
{
    QString message = messageOf(r.body);
    if (message.isEmpty())
        message = QCoreApplication::translate("cairn::gitlab", "HTTP %1").arg(r.status);
    if (r.status == 401)
        return Error(Error::Kind::Auth,
                     QCoreApplication::translate("cairn::gitlab", "GitLab refused the token (%1): sign in again").arg(message), r.status);
    if (r.status == 403)
        return Error(Error::Kind::Http,
                     QCoreApplication::translate("cairn::gitlab", "GitLab answered 403 Forbidden (%1): the token needs the read_api scope and access to the project")
                         .arg(message),
                     r.status);
    return Error(Error::Kind::Http, QCoreApplication::translate("cairn::gitlab", "GitLab answered %1: %2").arg(r.status).arg(message), r.status);
}

GitLabApi::GitLabApi(HttpClient &http, QUrl base) : m_api(http, std::move(base), kWhat, &errorFromResponse) {}

RateLimitAdvice GitLabApi::rateLimit(const HttpResponse &r, const QDateTime &now)
{
    if (r.status != 429 || !r.header("Retry-After").trimmed().isEmpty())
        return {}; // HttpClient honours a Retry-After itself
    bool ok = false;
    const qint64 reset = r.header("RateLimit-Reset").trimmed().toLongLong(&ok);
    const QDateTime server = serverTimeOf(r).isValid() ? serverTimeOf(r) : now;
    if (ok && reset > 0) // by the server's clock, plus a second for the reset to land
        return {true, milliseconds(std::max<qint64>(0, reset * 1000 - server.toMSecsSinceEpoch()) + 1000), false};
    return {}; // the retry policy's backoff for a 429 without a word on when
}

bool GitLabApi::hasNextPage(const HttpResponse &r)
{
    if (!r.header("x-next-page").trimmed().isEmpty())
        return true;
    // Without x-next-page (a proxy that drops it): the Link header's rel="next".
    const QByteArray link = r.header("Link");
    return link.contains("rel=\"next\"") || link.contains("rel=next");
}

QUrl GitLabApi::projectUrl(const QString &idOrPath, const QString &tail) const
{
    QUrl url = m_api.base();
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(idOrPath)) + tail;
    url.setPath(path, QUrl::StrictMode); // the %2F of a path stays encoded
    return url;
}

QUrl GitLabApi::mergeRequestsUrl(qint64 projectId, const QDateTime &updatedAfter, int page) const
{
    QUrl url = projectUrl(QString::number(projectId), QStringLiteral("/merge_requests"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("all"));
    q.addQueryItem(QStringLiteral("order_by"), QStringLiteral("updated_at"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("asc"));
    if (updatedAfter.isValid())
        q.addQueryItem(QStringLiteral("updated_after"), iso(updatedAfter));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    url.setQuery(q);
    return url;
}

QCoro::Task<std::optional<QJsonObject>> GitLabApi::objectUnlessGone(QUrl url)
{
    const HttpResponse r = co_await m_api.get(url);
    if (r.status == 404)
        co_return std::nullopt;
    if (!r.ok())
        throw errorFromResponse(r);
    co_return m_api.parseObject(r.body);
}

QCoro::Task<std::optional<Project>> GitLabApi::project(QString idOrPath)
{
    const std::optional<QJsonObject> o = co_await objectUnlessGone(projectUrl(idOrPath));
    if (!o)
        co_return std::nullopt;
    co_return projectFromJson(*o);
}

QCoro::Task<MergeRequestsPage> GitLabApi::mergeRequests(qint64 projectId, QString project, QDateTime updatedAfter, int page)
{
    const HttpResponse r = co_await m_api.getOk(mergeRequestsUrl(projectId, updatedAfter, page));
    const QByteArray body = r.body;
    MergeRequestsPage out;
    out.items = co_await offThread<QList<MergeRequest>>([body, project] { return parseMergeRequests(body, project); });
    out.hasNext = hasNextPage(r) && !out.items.isEmpty();
    out.serverTime = serverTimeOf(r);
    co_return out;
}

QCoro::Task<QList<MergeRequest>> GitLabApi::byIids(qint64 projectId, QString project, QList<int> iids)
{
    Q_ASSERT(!iids.isEmpty() && iids.size() <= kIidsMax);
    QUrl url = projectUrl(QString::number(projectId), QStringLiteral("/merge_requests"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("all"));
    for (int iid : iids)
        q.addQueryItem(QStringLiteral("iids[]"), QString::number(iid));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPageSize));
    url.setQuery(q);
    const HttpResponse r = co_await m_api.getOk(url);
    const QByteArray body = r.body;
    QList<MergeRequest> found = co_await offThread<QList<MergeRequest>>([body, project] { return parseMergeRequests(body, project); });
    co_return found;
}

QCoro::Task<std::optional<Approvals>> GitLabApi::approvals(qint64 projectId, int iid)
{
    const std::optional<QJsonObject> o = co_await 
        objectUnlessGone(projectUrl(QString::number(projectId), QStringLiteral("/merge_requests/%1/approvals").arg(iid)));
    if (!o)
        co_return std::nullopt;
    co_return approvalsFromJson(*o);
}

QCoro::Task<QString> GitLabApi::username()
{
    const QJsonObject user = co_await m_api.getJson(m_api.endpoint(QStringLiteral("/user")));
    co_return usernameFromJson(user);
}

QUrl GitLabApi::userProjectsUrl() const
{
    QUrl url = m_api.endpoint(QStringLiteral("/projects"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("membership"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("simple"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("order_by"), QStringLiteral("last_activity_at"));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPageSize));
    url.setQuery(q);
    return url;
}

QCoro::Task<ProjectsPage> GitLabApi::userProjects(QUrl url)
{
    const HttpResponse r = co_await m_api.getOk(url);
    ProjectsPage page;
    const QByteArray next = r.header("x-next-page").trimmed();
    if (!next.isEmpty()) { // the same query, the page GitLab names (never another server)
        bool ok = false;
        const int n = next.toInt(&ok);
        if (!ok || n < 2)
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::gitlab", "unexpected answer from GitLab: x-next-page is \"%1\"")
                            .arg(clipLine(QString::fromLatin1(next.left(20)))));
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        page.next = url;
        page.next.setQuery(q);
    }
    const QByteArray body = r.body;
    // Parsed on the pool: the picker waits for it on the GUI thread (docs/architecture.md §1.6).
    page.projects = co_await offThread<QList<Project>>([body] { return parseProjects(body); });
    co_return page;
}

} // namespace cairn::gitlab
