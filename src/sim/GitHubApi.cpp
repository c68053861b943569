// The HTTP side of GitHubService: GitHub's paths and parameters, Link-header pages, ETags
// with free 304s, x-ratelimit-* headers and GitHub's {"message","documentation_url"} errors.
#include "sim/GitHubService.h"
#include "sim/SimClock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace sim {

namespace {

const QString kDocs = QStringLiteral("https://docs.github.com/rest/pulls/pulls");

QJsonValue iso(qint64 ms)
{
    if (ms == 0)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject userJson(const QString &login)
{
    const qint64 id = qint64(qHash(login) % 10'000'000) + 1;
    return {{QStringLiteral("login"), login}, {QStringLiteral("id"), id},
            {QStringLiteral("node_id"), QStringLiteral("MDQ6VXNlcj%1").arg(id)},
            {QStringLiteral("type"), login.endsWith(QLatin1String("[bot]")) ? QStringLiteral("Bot") : QStringLiteral("User")},
            {QStringLiteral("site_admin"), false}};
}

QJsonArray users(const QStringList &logins)
{
    QJsonArray out;
    for (const QString &l : logins)
        out.append(userJson(l));
    return out;
}

// ?page=N of `path` with every other parameter kept.
QString pageUrl(const QString &base, const QString &path, QUrlQuery q, int page)
{
    q.removeAllQueryItems(QStringLiteral("page"));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    return base + path.mid(int(qstrlen("/github"))) + u'?' + q.toString(QUrl::FullyEncoded);
}

struct Paging
{
    int perPage = 30;
    int page = 1;
};

Paging pagingOf(const HttpRequest &r)
{
    Paging p;
    if (r.hasQuery(QStringLiteral("per_page")))
        p.perPage = std::clamp(r.queryValue(QStringLiteral("per_page")).toInt(), 1, 100);
    if (r.hasQuery(QStringLiteral("page")))
        p.page = std::max(1, r.queryValue(QStringLiteral("page")).toInt());
    return p;
}

} // namespace

HttpReply GitHubService::error(int status, const QString &message, const QString &docs)
{
    return HttpReply::json(status, {{QStringLiteral("message"), message},
                                    {QStringLiteral("documentation_url"), docs.isEmpty() ? QStringLiteral("https://docs.github.com/rest") : docs},
                                    {QStringLiteral("status"), QString::number(status)}});
}

void GitHubService::addRateHeaders(HttpReply &reply) const
{
    reply.addHeader("x-ratelimit-limit", QByteArray::number(m_limit));
    reply.addHeader("x-ratelimit-remaining", QByteArray::number(std::max(0, m_remaining)));
    reply.addHeader("x-ratelimit-used", QByteArray::number(m_limit - std::max(0, m_remaining)));
    reply.addHeader("x-ratelimit-reset", QByteArray::number(m_resetMs / 1000));
    reply.addHeader("x-ratelimit-resource", "core");
    reply.addHeader("x-github-api-version-selected", "2022-11-28");
}

HttpReply GitHubService::handle(const HttpRequest &r)
{
    m_host = r.header("Host");
    if (r.path == QLatin1String("/github/graphql"))
        return graphql(r);
    const QByteArray version = r.header("X-GitHub-Api-Version");
    if (version.isEmpty())
        ++m_withoutVersion;
    else if (version != "2022-11-28" && version != "2026-03-10")
        return error(400, QStringLiteral("Invalid API version provided."));
    if (m_clock.nowMs() >= m_resetMs) {
        m_remaining = m_limit;
        m_resetMs = m_clock.nowMs() + 3600 * 1000;
    }
    if (m_remaining <= 0) {
        HttpReply reply = error(403, QStringLiteral("API rate limit exceeded for user ID 583231. If you reach out to GitHub "
                                                    "Support for help, please include the request ID 1D2E:3F4A:5B6C."),
                                QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"));
        addRateHeaders(reply);
        return reply;
    }
    // /github/repos/{owner}/{repo}/pulls[/{number}[/reviews]]
    const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    HttpReply reply = error(404, QStringLiteral("Not Found"));
    GRepo *repo = parts.size() >= 5 && parts[1] == QLatin1String("repos") && parts[4] == QLatin1String("pulls")
                      ? liveRepo(parts[2] + u'/' + parts[3])
                      : nullptr;
    if (r.method != "GET") {
        reply = error(404, QStringLiteral("Not Found"));
    } else if (parts.size() == 3 && parts[1] == QLatin1String("user") && parts[2] == QLatin1String("repos")) {
        reply = listUserRepos(r);
    } else if (parts.size() == 2 && parts[1] == QLatin1String("user")) {
        QJsonObject me = userJson(viewerLogin()); // the authenticated user
        me.insert(QStringLiteral("name"), QStringLiteral("The Octocat"));
        reply = HttpReply::json(200, me);
    } else if (repo && parts.size() == 5) {
        reply = listPulls(r, *repo);
    } else if (repo && parts.size() == 6) {
        reply = getPull(r, *repo, parts[5].toInt());
    } else if (repo && parts.size() == 7 && parts[6] == QLatin1String("reviews")) {
        reply = listReviews(r, *repo, parts[5].toInt());
    }
    if (reply.status == 200) {
        const QByteArray etag = "W/\"" + QCryptographicHash::hash(reply.body, QCryptographicHash::Md5).toHex() + '"';
        reply.addHeader("ETag", etag);
        const QByteArray match = r.header("If-None-Match");
        if (!match.isEmpty() && (match == etag || match == etag.mid(2))) {
            ++m_notModified; // a 304 costs no rate limit (docs/api-notes.md §3)
            HttpReply nm;
            nm.status = 304;
            nm.addHeader("ETag", etag);
            addRateHeaders(nm);
            return nm;
        }
    }
    --m_remaining;
    ++m_coreSpent;
    addRateHeaders(reply);
    return reply;
}

HttpReply GitHubService::listPulls(const HttpRequest &r, GRepo &repo)
{
    const QString state = r.hasQuery(QStringLiteral("state")) ? r.queryValue(QStringLiteral("state")) : QStringLiteral("open");
    const QString sort = r.hasQuery(QStringLiteral("sort")) ? r.queryValue(QStringLiteral("sort")) : QStringLiteral("created");
    if ((state != QLatin1String("open") && state != QLatin1String("closed") && state != QLatin1String("all"))
        || (sort != QLatin1String("created") && sort != QLatin1String("updated") && sort != QLatin1String("popularity")
            && sort != QLatin1String("long-running")))
        return HttpReply::json(422, {{QStringLiteral("message"), QStringLiteral("Validation Failed")},
                                     {QStringLiteral("documentation_url"), kDocs + QStringLiteral("#list-pull-requests")},
                                     {QStringLiteral("status"), QStringLiteral("422")}});
    bool desc = sort == QLatin1String("created");
    if (r.hasQuery(QStringLiteral("direction")))
        desc = r.queryValue(QStringLiteral("direction")) == QLatin1String("desc");
    QList<const GPull *> chosen;
    for (const GPull &p : repo.pulls) {
        if (p.deleted || (state == QLatin1String("open") && p.closed) || (state == QLatin1String("closed") && !p.closed))
            continue;
        chosen << &p;
    }
    const bool byUpdated = sort == QLatin1String("updated");
    std::stable_sort(chosen.begin(), chosen.end(), [byUpdated, desc](const GPull *a, const GPull *b) {
        const qint64 ka = byUpdated ? a->updatedMs : a->createdMs;
        const qint64 kb = byUpdated ? b->updatedMs : b->createdMs;
        if (ka != kb)
            return desc ? ka > kb : ka < kb;
        return desc ? a->number > b->number : a->number < b->number;
    });
    const Paging pg = pagingOf(r);
    const int last = std::max(1, int((chosen.size() + pg.perPage - 1) / pg.perPage));
    QJsonArray items;
    for (qsizetype i = qsizetype(pg.page - 1) * pg.perPage; i < chosen.size() && i < qsizetype(pg.page) * pg.perPage; ++i)
        items.append(pullJson(repo, *chosen[i]));
    HttpReply reply = HttpReply::rawJson(200, QJsonDocument(items).toJson(QJsonDocument::Compact));
    addPageLinks(reply, r, pg.page, last);
    return reply;
}

void GitHubService::addPageLinks(HttpReply &reply, const HttpRequest &r, int page, int last) const
{
    QStringList links;
    if (page < last) {
        links << QStringLiteral("<%1>; rel=\"next\"").arg(pageUrl(baseUrl(), r.path, r.query, page + 1));
        links << QStringLiteral("<%1>; rel=\"last\"").arg(pageUrl(baseUrl(), r.path, r.query, last));
    }
    if (page > 1) {
        links << QStringLiteral("<%1>; rel=\"prev\"").arg(pageUrl(baseUrl(), r.path, r.query, page - 1));
        links << QStringLiteral("<%1>; rel=\"first\"").arg(pageUrl(baseUrl(), r.path, r.query, 1));
    }
    if (!links.isEmpty())
        reply.addHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
}

HttpReply GitHubService::listUserRepos(const HttpRequest &r)
{
    // GitHub's "List repositories for the authenticated user": visibility all|public|private,
    // affiliation a comma list of owner, collaborator, organization_member (default all three),
    // type all|owner|public|private|member (422 together with visibility or affiliation), sort
    // created|updated|pushed|full_name (default full_name), direction (default asc for
    // full_name, else desc), per_page ≤ 100, page.
    const auto invalid = [] {
        return HttpReply::json(422, {{QStringLiteral("message"), QStringLiteral("Validation Failed")},
                                     {QStringLiteral("documentation_url"),
                                      QStringLiteral("https://docs.github.com/rest/repos/repos#list-repositories-for-the-authenticated-user")},
                                     {QStringLiteral("status"), QStringLiteral("422")}});
    };
    const QString visibility = r.hasQuery(QStringLiteral("visibility")) ? r.queryValue(QStringLiteral("visibility")) : QStringLiteral("all");
    const QString type = r.hasQuery(QStringLiteral("type")) ? r.queryValue(QStringLiteral("type")) : QStringLiteral("all");
    const QString sort = r.hasQuery(QStringLiteral("sort")) ? r.queryValue(QStringLiteral("sort")) : QStringLiteral("full_name");
    QStringList affiliation{QStringLiteral("owner"), QStringLiteral("collaborator"), QStringLiteral("organization_member")};
    if (r.hasQuery(QStringLiteral("affiliation")))
        affiliation = r.queryValue(QStringLiteral("affiliation")).split(u',', Qt::SkipEmptyParts);
    if (r.hasQuery(QStringLiteral("type")) && (r.hasQuery(QStringLiteral("visibility")) || r.hasQuery(QStringLiteral("affiliation"))))
        return invalid();
    if (!QStringList{QStringLiteral("all"), QStringLiteral("public"), QStringLiteral("private")}.contains(visibility)
        || !QStringList{QStringLiteral("all"), QStringLiteral("owner"), QStringLiteral("public"), QStringLiteral("private"),
                        QStringLiteral("member")}.contains(type)
        || !QStringList{QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("pushed"), QStringLiteral("full_name")}.contains(sort))
        return invalid();
    for (const QString &a : std::as_const(affiliation))
        if (a != QLatin1String("owner") && a != QLatin1String("collaborator") && a != QLatin1String("organization_member"))
            return invalid();
    bool desc = sort != QLatin1String("full_name");
    if (r.hasQuery(QStringLiteral("direction")))
        desc = r.queryValue(QStringLiteral("direction")) == QLatin1String("desc");

    QList<const GRepo *> chosen;
    for (const GRepo &repo : m_repos) {
        if (repo.deleted)
            continue;
        const bool own = repo.owner.compare(viewerLogin(), Qt::CaseInsensitive) == 0;
        if (!affiliation.contains(own ? QStringLiteral("owner") : QStringLiteral("organization_member")))
            continue;
        if ((visibility == QLatin1String("public") || type == QLatin1String("public")) && repo.isPrivate)
            continue;
        if ((visibility == QLatin1String("private") || type == QLatin1String("private")) && !repo.isPrivate)
            continue;
        if ((type == QLatin1String("owner") && !own) || (type == QLatin1String("member") && own))
            continue;
        chosen << &repo;
    }
    const auto updatedOf = [](const GRepo *g) {
        qint64 t = g->pushedMs;
        for (const GPull &p : g->pulls)
            t = std::max(t, p.updatedMs);
        return t;
    };
    std::stable_sort(chosen.begin(), chosen.end(), [&](const GRepo *a, const GRepo *b) {
        if (sort == QLatin1String("full_name")) {
            const int c = a->fullName().compare(b->fullName(), Qt::CaseInsensitive);
            return desc ? c > 0 : c < 0;
        }
        const qint64 ka = sort == QLatin1String("created") ? a->createdMs : sort == QLatin1String("pushed") ? a->pushedMs : updatedOf(a);
        const qint64 kb = sort == QLatin1String("created") ? b->createdMs : sort == QLatin1String("pushed") ? b->pushedMs : updatedOf(b);
        if (ka != kb)
            return desc ? ka > kb : ka < kb;
        return a->id < b->id;
    });
    const Paging pg = pagingOf(r);
    const int last = std::max(1, int((chosen.size() + pg.perPage - 1) / pg.perPage));
    QJsonArray items;
    for (qsizetype i = qsizetype(pg.page - 1) * pg.perPage; i < chosen.size() && i < qsizetype(pg.page) * pg.perPage; ++i) {
        QJsonObject o = repoJson(*chosen[i]);
        o.insert(QStringLiteral("updated_at"), iso(updatedOf(chosen[i])));
        items.append(o);
    }
    HttpReply reply = HttpReply::rawJson(200, QJsonDocument(items).toJson(QJsonDocument::Compact));
    addPageLinks(reply, r, pg.page, last);
    return reply;
}

QJsonObject GitHubService::repoJson(const GRepo &repo) const
{
    const QString api = baseUrl() + QStringLiteral("/repos/") + repo.fullName();
    const bool own = repo.owner.compare(viewerLogin(), Qt::CaseInsensitive) == 0;
    QJsonObject owner = userJson(repo.owner);
    owner.insert(QStringLiteral("type"), own ? QStringLiteral("User") : QStringLiteral("Organization"));
    return {{QStringLiteral("id"), repo.id},
            {QStringLiteral("node_id"), QStringLiteral("R_kgDO%1").arg(repo.id)},
            {QStringLiteral("name"), repo.name},
            {QStringLiteral("full_name"), repo.fullName()},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("private"), repo.isPrivate},
            {QStringLiteral("html_url"), QStringLiteral("https://github.com/") + repo.fullName()},
            {QStringLiteral("description"), orNull(repo.description)},
            {QStringLiteral("fork"), false},
            {QStringLiteral("url"), api},
            {QStringLiteral("pulls_url"), api + QStringLiteral("/pulls{/number}")},
            {QStringLiteral("created_at"), iso(repo.createdMs)},
            {QStringLiteral("updated_at"), iso(repo.pushedMs)},
            {QStringLiteral("pushed_at"), iso(repo.pushedMs)},
            {QStringLiteral("default_branch"), QStringLiteral("main")},
            {QStringLiteral("visibility"), repo.isPrivate ? QStringLiteral("private") : QStringLiteral("public")},
            {QStringLiteral("archived"), false},
            {QStringLiteral("disabled"), false},
            {QStringLiteral("open_issues_count"), 0},
            {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("admin"), own}, {QStringLiteral("maintain"), own},
                                                        {QStringLiteral("push"), true}, {QStringLiteral("triage"), true},
                                                        {QStringLiteral("pull"), true}}}};
}

HttpReply GitHubService::getPull(const HttpRequest &r, GRepo &repo, int number)
{
    Q_UNUSED(r);
    const GPull *p = livePull(repo.fullName(), number);
    if (!p)
        return error(404, QStringLiteral("Not Found"), kDocs + QStringLiteral("#get-a-pull-request"));
    QJsonObject o = pullJson(repo, *p);
    o.insert(QStringLiteral("merged"), p->mergedMs != 0);
    o.insert(QStringLiteral("comments"), 0);
    o.insert(QStringLiteral("review_comments"), int(p->reviews.size()));
    return HttpReply::json(200, o);
}

HttpReply GitHubService::listReviews(const HttpRequest &r, GRepo &repo, int number)
{
    const GPull *p = livePull(repo.fullName(), number);
    if (!p)
        return error(404, QStringLiteral("Not Found"), kDocs + QStringLiteral("#list-reviews-for-a-pull-request"));
    const Paging pg = pagingOf(r);
    const int last = std::max(1, int((p->reviews.size() + pg.perPage - 1) / pg.perPage));
    QJsonArray items;
    for (qsizetype i = qsizetype(pg.page - 1) * pg.perPage; i < p->reviews.size() && i < qsizetype(pg.page) * pg.perPage; ++i)
        items.append(reviewJson(repo, *p, p->reviews[i]));
    HttpReply reply = HttpReply::rawJson(200, QJsonDocument(items).toJson(QJsonDocument::Compact));
    if (pg.page < last)
        reply.addHeader("Link", QStringLiteral("<%1>; rel=\"next\", <%2>; rel=\"last\"")
                                    .arg(pageUrl(baseUrl(), r.path, r.query, pg.page + 1), pageUrl(baseUrl(), r.path, r.query, last))
                                    .toUtf8());
    return reply;
}

QJsonObject GitHubService::pullJson(const GRepo &repo, const GPull &p) const
{
    const QString api = baseUrl() + QStringLiteral("/repos/") + repo.fullName();
    const QString html = QStringLiteral("https://github.com/%1/pull/%2").arg(repo.fullName()).arg(p.number);
    QJsonArray labels;
    for (const QString &l : p.labels)
        labels.append(QJsonObject{{QStringLiteral("id"), qint64(qHash(l) % 100'000'000)},
                                  {QStringLiteral("node_id"), QStringLiteral("LA_kwDO%1").arg(qHash(l) % 100'000'000)},
                                  {QStringLiteral("description"), QJsonValue()}, {QStringLiteral("name"), l},
                                  {QStringLiteral("color"), QStringLiteral("d73a4a")}, {QStringLiteral("default"), false}});
    auto branch = [&repo](const QString &ref, const QString &sha) {
        return QJsonObject{{QStringLiteral("label"), repo.owner + u':' + ref}, {QStringLiteral("ref"), ref},
                           {QStringLiteral("sha"), sha}, {QStringLiteral("user"), userJson(repo.owner)}};
    };
    return {{QStringLiteral("url"), api + QStringLiteral("/pulls/%1").arg(p.number)},
            {QStringLiteral("id"), p.id},
            {QStringLiteral("node_id"), QStringLiteral("PR_kwDO%1").arg(p.id)},
            {QStringLiteral("html_url"), html},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("state"), p.closed ? QStringLiteral("closed") : QStringLiteral("open")},
            {QStringLiteral("locked"), false},
            {QStringLiteral("active_lock_reason"), QJsonValue()},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("user"), userJson(p.user)},
            {QStringLiteral("body"), orNull(p.body)},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("milestone"), QJsonValue()},
            {QStringLiteral("assignee"), p.assignees.isEmpty() ? QJsonValue() : QJsonValue(userJson(p.assignees.first()))},
            {QStringLiteral("assignees"), users(p.assignees)},
            {QStringLiteral("requested_reviewers"), users(p.requestedReviewers)},
            {QStringLiteral("requested_teams"), QJsonArray()},
            {QStringLiteral("created_at"), iso(p.createdMs)},
            {QStringLiteral("updated_at"), iso(p.updatedMs)},
            {QStringLiteral("closed_at"), iso(p.closedMs)},
            {QStringLiteral("merged_at"), iso(p.mergedMs)},
            {QStringLiteral("merge_commit_sha"), p.mergedMs ? QJsonValue(p.headSha) : QJsonValue()},
            {QStringLiteral("head"), branch(p.headRef, p.headSha)},
            {QStringLiteral("base"), branch(p.baseRef, QString(40, u'0'))},
            {QStringLiteral("draft"), p.draft},
            {QStringLiteral("author_association"), QStringLiteral("CONTRIBUTOR")},
            {QStringLiteral("auto_merge"), QJsonValue()}};
}

QJsonObject GitHubService::reviewJson(const GRepo &repo, const GPull &p, const GReview &v) const
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("node_id"), QStringLiteral("PRR_kwDO%1").arg(v.id)},
            {QStringLiteral("user"), userJson(v.user)},
            {QStringLiteral("body"), v.body},
            {QStringLiteral("state"), v.state},
            {QStringLiteral("html_url"), QStringLiteral("https://github.com/%1/pull/%2#pullrequestreview-%3")
                                             .arg(repo.fullName()).arg(p.number).arg(v.id)},
            {QStringLiteral("pull_request_url"), baseUrl() + QStringLiteral("/repos/%1/pulls/%2").arg(repo.fullName()).arg(p.number)},
            {QStringLiteral("submitted_at"), iso(v.submittedMs)},
            {QStringLiteral("commit_id"), v.commitId},
            {QStringLiteral("author_association"), QStringLiteral("MEMBER")}};
}

} // namespace sim
