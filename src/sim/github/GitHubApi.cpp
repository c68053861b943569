// The HTTP side of GitHubService: GitHub's paths and parameters, Link-header pages, ETags
// with free 304s, x-ratelimit-* headers and GitHub's {"message","documentation_url"} errors.
#include "sim/github/GitHubService.h"
#include "sim/SimClock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

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

// A user as GitHub's `simple-user` (every required field; the URLs as GitHub writes them,
// under the simulator's API address). `api` is GitHubService::baseUrl().
QJsonObject userJson(const QString &api, const QString &login)
{
    const qint64 id = qint64(qHash(login) % 10'000'000) + 1;
    const QString u = api + QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(login));
    return {{QStringLiteral("login"), login},
            {QStringLiteral("id"), id},
            {QStringLiteral("node_id"), QStringLiteral("MDQ6VXNlcj%1").arg(id)},
            {QStringLiteral("avatar_url"), QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(id)},
            {QStringLiteral("gravatar_id"), QString()},
            {QStringLiteral("url"), u},
            {QStringLiteral("html_url"), QStringLiteral("https://github.com/") + login},
            {QStringLiteral("followers_url"), u + QStringLiteral("/followers")},
            {QStringLiteral("following_url"), u + QStringLiteral("/following{/other_user}")},
            {QStringLiteral("gists_url"), u + QStringLiteral("/gists{/gist_id}")},
            {QStringLiteral("starred_url"), u + QStringLiteral("/starred{/owner}{/repo}")},
            {QStringLiteral("subscriptions_url"), u + QStringLiteral("/subscriptions")},
            {QStringLiteral("organizations_url"), u + QStringLiteral("/orgs")},
            {QStringLiteral("repos_url"), u + QStringLiteral("/repos")},
            {QStringLiteral("events_url"), u + QStringLiteral("/events{/privacy}")},
            {QStringLiteral("received_events_url"), u + QStringLiteral("/received_events")},
            {QStringLiteral("type"), login.endsWith(QLatin1String("[bot]")) ? QStringLiteral("Bot") : QStringLiteral("User")},
            {QStringLiteral("user_view_type"), QStringLiteral("public")},
            {QStringLiteral("site_admin"), false}};
}

QJsonArray users(const QString &api, const QStringList &logins)
{
    QJsonArray out;
    for (const QString &l : logins)
        out.append(userJson(api, l));
    return out;
}

// A label as GitHub's `label`: `description` is a string (GitHub's default labels have these).
QJsonObject labelJson(const QString &repoApi, const QString &name)
{
    static const QHash<QString, QPair<QString, QString>> known{
        {QStringLiteral("bug"), {QStringLiteral("Something isn't working"), QStringLiteral("d73a4a")}},
        {QStringLiteral("enhancement"), {QStringLiteral("New feature or request"), QStringLiteral("a2eeef")}},
        {QStringLiteral("documentation"), {QStringLiteral("Improvements or additions to documentation"), QStringLiteral("0075ca")}},
        {QStringLiteral("good first issue"), {QStringLiteral("Good for newcomers"), QStringLiteral("7057ff")}},
        {QStringLiteral("dependencies"), {QStringLiteral("Pull requests that update a dependency file"), QStringLiteral("0366d6")}}};
    const qint64 id = qint64(qHash(name) % 100'000'000) + 1;
    const auto k = known.value(name, {QString(), QStringLiteral("ededed")});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("node_id"), QStringLiteral("LA_kwDO%1").arg(id)},
            {QStringLiteral("url"), repoApi + QStringLiteral("/labels/") + QString::fromLatin1(QUrl::toPercentEncoding(name))},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), k.first},
            {QStringLiteral("color"), k.second},
            {QStringLiteral("default"), known.contains(name) && name != QLatin1String("dependencies")}};
}

QJsonObject href(const QString &url)
{
    return {{QStringLiteral("href"), url}};
}

// Adds `members` to `o`, in their order.
void insertAll(QJsonObject &o, std::initializer_list<std::pair<const char *, QJsonValue>> members)
{
    for (const auto &[key, value] : members)
        o.insert(QLatin1String(key), value);
}

// A number from 0 to n-1 that stays the same for `id` (sizes, counts of a repository or pull).
int spread(qint64 id, int salt, int n)
{
    return int(quint64(qHash(id, uint(salt))) % quint64(n));
}

// ?page=N of `path` with every other parameter kept.
QString pageUrl(const QString &base, const QString &path, QUrlQuery q, int page)
{
    q.removeAllQueryItems(QStringLiteral("page"));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    return base + path.mid(int(qstrlen("/github"))) + u'?' + q.toString(QUrl::FullyEncoded);
}

using Paging = PageParams;

Paging pagingOf(const HttpRequest &r)
{
    return PageParams::of(r, 30);
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
        reply = HttpReply::json(200, viewerJson());
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

// The authenticated user as GitHub's `private-user` (GET /user).
QJsonObject GitHubService::viewerJson() const
{
    QJsonObject me = userJson(baseUrl(), viewerLogin());
    me.insert(QStringLiteral("user_view_type"), QStringLiteral("private"));
    const QJsonValue null;
    insertAll(me, {{"name", QStringLiteral("The Octocat")}, {"company", QStringLiteral("@octo-org")},
                {"blog", QStringLiteral("https://github.blog")}, {"location", QStringLiteral("San Francisco")},
                {"email", null}, {"hireable", null}, {"bio", null}, {"twitter_username", null},
                {"public_repos", 8}, {"public_gists", 8}, {"followers", 20}, {"following", 0},
                {"created_at", QStringLiteral("2011-01-25T18:44:36Z")}, {"updated_at", QStringLiteral("2024-01-25T18:44:36Z")},
                {"private_gists", 81}, {"total_private_repos", 100}, {"owned_private_repos", 100}, {"disk_usage", 10000},
                {"collaborators", 8}, {"two_factor_authentication", true},
                {"plan", QJsonObject{{QStringLiteral("name"), QStringLiteral("pro")}, {QStringLiteral("space"), 976562499},
                                     {QStringLiteral("collaborators"), 0}, {QStringLiteral("private_repos"), 9999}}}});
    return me;
}

// A repository as GitHub's `repository` (GET /user/repos, and `head.repo`/`base.repo` of a
// pull): every required field, the URL templates as GitHub writes them.
QJsonObject GitHubService::repoJson(const GRepo &repo) const
{
    const QString api = baseUrl() + QStringLiteral("/repos/") + repo.fullName();
    const QString web = QStringLiteral("https://github.com/") + repo.fullName();
    const bool own = repo.owner.compare(viewerLogin(), Qt::CaseInsensitive) == 0;
    QJsonObject owner = userJson(baseUrl(), repo.owner);
    owner.insert(QStringLiteral("type"), own ? QStringLiteral("User") : QStringLiteral("Organization"));
    int open = 0;
    for (const GPull &p : repo.pulls)
        open += !p.deleted && !p.closed;
    const int stars = spread(repo.id, 1, 2000), forks = spread(repo.id, 2, 300);
    static const char *const kLanguages[] = {"Go", "TypeScript", "Python", "C++", "HCL", "Kotlin"};
    QJsonObject o{{QStringLiteral("id"), repo.id},
                  {QStringLiteral("node_id"), QStringLiteral("R_kgDO%1").arg(repo.id)},
                  {QStringLiteral("name"), repo.name},
                  {QStringLiteral("full_name"), repo.fullName()},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("private"), repo.isPrivate},
                  {QStringLiteral("html_url"), web},
                  {QStringLiteral("description"), orNull(repo.description)},
                  {QStringLiteral("fork"), false},
                  {QStringLiteral("url"), api},
                  {QStringLiteral("git_url"), QStringLiteral("git://github.com/%1.git").arg(repo.fullName())},
                  {QStringLiteral("ssh_url"), QStringLiteral("git@github.com:%1.git").arg(repo.fullName())},
                  {QStringLiteral("clone_url"), web + QStringLiteral(".git")},
                  {QStringLiteral("svn_url"), web},
                  {QStringLiteral("mirror_url"), QJsonValue()},
                  {QStringLiteral("homepage"), spread(repo.id, 3, 2) ? QJsonValue(QStringLiteral("https://%1.example.com").arg(repo.name)) : QJsonValue()},
                  {QStringLiteral("language"), QString::fromLatin1(kLanguages[spread(repo.id, 4, 6)])},
                  {QStringLiteral("forks_count"), forks},
                  {QStringLiteral("forks"), forks},
                  {QStringLiteral("stargazers_count"), stars},
                  {QStringLiteral("watchers_count"), stars},
                  {QStringLiteral("watchers"), stars},
                  {QStringLiteral("size"), 100 + spread(repo.id, 5, 200'000)},
                  {QStringLiteral("default_branch"), QStringLiteral("main")},
                  {QStringLiteral("open_issues_count"), open},
                  {QStringLiteral("open_issues"), open},
                  {QStringLiteral("is_template"), false},
                  {QStringLiteral("topics"), QJsonArray{QStringLiteral("cairn"), repo.name}},
                  {QStringLiteral("has_issues"), true},
                  {QStringLiteral("has_projects"), true},
                  {QStringLiteral("has_wiki"), !repo.isPrivate},
                  {QStringLiteral("has_pages"), false},
                  {QStringLiteral("has_downloads"), true},
                  {QStringLiteral("has_discussions"), false},
                  {QStringLiteral("archived"), false},
                  {QStringLiteral("disabled"), false},
                  {QStringLiteral("visibility"), repo.isPrivate ? QStringLiteral("private") : QStringLiteral("public")},
                  {QStringLiteral("pushed_at"), iso(repo.pushedMs)},
                  {QStringLiteral("created_at"), iso(repo.createdMs)},
                  {QStringLiteral("updated_at"), iso(repo.pushedMs)},
                  {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("admin"), own}, {QStringLiteral("maintain"), own},
                                                              {QStringLiteral("push"), true}, {QStringLiteral("triage"), true},
                                                              {QStringLiteral("pull"), true}}},
                  {QStringLiteral("allow_rebase_merge"), true},
                  {QStringLiteral("allow_squash_merge"), true},
                  {QStringLiteral("allow_merge_commit"), true},
                  {QStringLiteral("allow_auto_merge"), false},
                  {QStringLiteral("delete_branch_on_merge"), true},
                  {QStringLiteral("allow_forking"), true},
                  {QStringLiteral("web_commit_signoff_required"), false},
                  {QStringLiteral("license"), spread(repo.id, 6, 3) == 0 ? QJsonValue()
                                              : QJsonValue(QJsonObject{{QStringLiteral("key"), QStringLiteral("mit")},
                                                                       {QStringLiteral("name"), QStringLiteral("MIT License")},
                                                                       {QStringLiteral("url"), baseUrl() + QStringLiteral("/licenses/mit")},
                                                                       {QStringLiteral("spdx_id"), QStringLiteral("MIT")},
                                                                       {QStringLiteral("node_id"), QStringLiteral("MDc6TGljZW5zZW1pdA==")}})}};
    // The URL templates of every repository.
    static const char *const kTemplates[][2] = {
        {"archive_url", "/{archive_format}{/ref}"}, {"assignees_url", "/assignees{/user}"},
        {"blobs_url", "/git/blobs{/sha}"}, {"branches_url", "/branches{/branch}"},
        {"collaborators_url", "/collaborators{/collaborator}"}, {"comments_url", "/comments{/number}"},
        {"commits_url", "/commits{/sha}"}, {"compare_url", "/compare/{base}...{head}"},
        {"contents_url", "/contents/{+path}"}, {"contributors_url", "/contributors"},
        {"deployments_url", "/deployments"}, {"downloads_url", "/downloads"}, {"events_url", "/events"},
        {"forks_url", "/forks"}, {"git_commits_url", "/git/commits{/sha}"}, {"git_refs_url", "/git/refs{/sha}"},
        {"git_tags_url", "/git/tags{/sha}"}, {"hooks_url", "/hooks"}, {"issue_comment_url", "/issues/comments{/number}"},
        {"issue_events_url", "/issues/events{/number}"}, {"issues_url", "/issues{/number}"},
        {"keys_url", "/keys{/key_id}"}, {"labels_url", "/labels{/name}"}, {"languages_url", "/languages"},
        {"merges_url", "/merges"}, {"milestones_url", "/milestones{/number}"},
        {"notifications_url", "/notifications{?since,all,participating}"}, {"pulls_url", "/pulls{/number}"},
        {"releases_url", "/releases{/id}"}, {"stargazers_url", "/stargazers"}, {"statuses_url", "/statuses/{sha}"},
        {"subscribers_url", "/subscribers"}, {"subscription_url", "/subscription"}, {"tags_url", "/tags"},
        {"teams_url", "/teams"}, {"trees_url", "/git/trees{/sha}"}};
    for (const auto &t : kTemplates)
        o.insert(QLatin1String(t[0]), api + QLatin1String(t[1]));
    return o;
}

HttpReply GitHubService::getPull(const HttpRequest &r, GRepo &repo, int number)
{
    Q_UNUSED(r);
    const GPull *p = livePull(repo.fullName(), number);
    if (!p)
        return error(404, QStringLiteral("Not Found"), kDocs + QStringLiteral("#get-a-pull-request"));
    // GitHub's `pull-request`: the listing's fields and the counts and merge state.
    QJsonObject o = pullJson(repo, *p);
    const int files = 1 + spread(p->id, 7, 40);
    const QJsonValue null;
    insertAll(o, {{"merged", p->mergedMs != 0},
                {"mergeable", p->closed ? null : QJsonValue(true)},
                {"rebaseable", p->closed ? null : QJsonValue(true)},
                {"mergeable_state", p->closed ? QStringLiteral("unknown") : QStringLiteral("clean")},
                {"merged_by", p->mergedMs ? QJsonValue(userJson(baseUrl(), repo.owner)) : null},
                {"comments", spread(p->id, 8, 6)},
                {"review_comments", int(p->reviews.size())},
                {"maintainer_can_modify", false},
                {"commits", 1 + spread(p->id, 9, 12)},
                {"additions", files * (1 + spread(p->id, 10, 60))},
                {"deletions", files * spread(p->id, 11, 30)},
                {"changed_files", files}});
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

// A pull as GitHub's `pull-request-simple` (a listing; getPull adds the rest of
// `pull-request`): every required field, both branches with their full repository — about
// 15 KB, as GitHub's own (docs/api-notes.md §6).
QJsonObject GitHubService::pullJson(const GRepo &repo, const GPull &p) const
{
    const QString api = baseUrl() + QStringLiteral("/repos/") + repo.fullName();
    const QString self = api + QStringLiteral("/pulls/%1").arg(p.number);
    const QString issue = api + QStringLiteral("/issues/%1").arg(p.number);
    const QString html = QStringLiteral("https://github.com/%1/pull/%2").arg(repo.fullName()).arg(p.number);
    const QString statuses = api + QStringLiteral("/statuses/") + p.headSha;
    QJsonArray labels;
    for (const QString &l : p.labels)
        labels.append(labelJson(api, l));
    const QJsonObject repoObject = repoJson(repo);
    auto branch = [&](const QString &ref, const QString &sha) {
        return QJsonObject{{QStringLiteral("label"), repo.owner + u':' + ref}, {QStringLiteral("ref"), ref},
                           {QStringLiteral("sha"), sha}, {QStringLiteral("user"), repoObject.value(QLatin1String("owner"))},
                           {QStringLiteral("repo"), repoObject}};
    };
    const QJsonObject links{{QStringLiteral("self"), href(self)},
                            {QStringLiteral("html"), href(html)},
                            {QStringLiteral("issue"), href(issue)},
                            {QStringLiteral("comments"), href(issue + QStringLiteral("/comments"))},
                            {QStringLiteral("review_comments"), href(self + QStringLiteral("/comments"))},
                            {QStringLiteral("review_comment"), href(api + QStringLiteral("/pulls/comments{/number}"))},
                            {QStringLiteral("commits"), href(self + QStringLiteral("/commits"))},
                            {QStringLiteral("statuses"), href(statuses)}};
    return {{QStringLiteral("url"), self},
            {QStringLiteral("id"), p.id},
            {QStringLiteral("node_id"), QStringLiteral("PR_kwDO%1").arg(p.id)},
            {QStringLiteral("html_url"), html},
            {QStringLiteral("diff_url"), html + QStringLiteral(".diff")},
            {QStringLiteral("patch_url"), html + QStringLiteral(".patch")},
            {QStringLiteral("issue_url"), issue},
            {QStringLiteral("commits_url"), self + QStringLiteral("/commits")},
            {QStringLiteral("review_comments_url"), self + QStringLiteral("/comments")},
            {QStringLiteral("review_comment_url"), api + QStringLiteral("/pulls/comments{/number}")},
            {QStringLiteral("comments_url"), issue + QStringLiteral("/comments")},
            {QStringLiteral("statuses_url"), statuses},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("state"), p.closed ? QStringLiteral("closed") : QStringLiteral("open")},
            {QStringLiteral("locked"), false},
            {QStringLiteral("active_lock_reason"), QJsonValue()},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("user"), userJson(baseUrl(), p.user)},
            {QStringLiteral("body"), orNull(p.body)},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("milestone"), QJsonValue()},
            {QStringLiteral("assignee"), p.assignees.isEmpty() ? QJsonValue() : QJsonValue(userJson(baseUrl(), p.assignees.first()))},
            {QStringLiteral("assignees"), users(baseUrl(), p.assignees)},
            {QStringLiteral("requested_reviewers"), users(baseUrl(), p.requestedReviewers)},
            {QStringLiteral("requested_teams"), QJsonArray()},
            {QStringLiteral("created_at"), iso(p.createdMs)},
            {QStringLiteral("updated_at"), iso(p.updatedMs)},
            {QStringLiteral("closed_at"), iso(p.closedMs)},
            {QStringLiteral("merged_at"), iso(p.mergedMs)},
            {QStringLiteral("merge_commit_sha"), p.mergedMs ? QJsonValue(p.headSha) : QJsonValue()},
            {QStringLiteral("head"), branch(p.headRef, p.headSha)},
            {QStringLiteral("base"), branch(p.baseRef, QString(40, u'0'))},
            {QStringLiteral("_links"), links},
            {QStringLiteral("draft"), p.draft},
            {QStringLiteral("author_association"), QStringLiteral("CONTRIBUTOR")},
            {QStringLiteral("auto_merge"), QJsonValue()}};
}

QJsonObject GitHubService::reviewJson(const GRepo &repo, const GPull &p, const GReview &v) const
{
    const QString html = QStringLiteral("https://github.com/%1/pull/%2#pullrequestreview-%3").arg(repo.fullName()).arg(p.number).arg(v.id);
    const QString pull = baseUrl() + QStringLiteral("/repos/%1/pulls/%2").arg(repo.fullName()).arg(p.number);
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("node_id"), QStringLiteral("PRR_kwDO%1").arg(v.id)},
            {QStringLiteral("user"), userJson(baseUrl(), v.user)},
            {QStringLiteral("body"), v.body},
            {QStringLiteral("state"), v.state},
            {QStringLiteral("html_url"), html},
            {QStringLiteral("pull_request_url"), pull},
            {QStringLiteral("_links"), QJsonObject{{QStringLiteral("html"), href(html)}, {QStringLiteral("pull_request"), href(pull)}}},
            {QStringLiteral("submitted_at"), iso(v.submittedMs)},
            {QStringLiteral("commit_id"), v.commitId},
            {QStringLiteral("author_association"), QStringLiteral("MEMBER")}};
}

} // namespace sim
