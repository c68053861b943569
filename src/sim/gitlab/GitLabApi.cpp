// The HTTP side of GitLabService: GitLab's paths and parameters (REST v4), offset pages with
// x-* and Link headers, the per-minute rate limit with RateLimit-* headers, GitLab's errors.
#include "sim/OAuthService.h"
#include "sim/SimClock.h"
#include "sim/gitlab/GitLabService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace sim {

namespace {

const QString kApi = QStringLiteral("/gitlab/api/v4");
const QString kWeb = QStringLiteral("https://gitlab.example.com"); // the web pages of the simulated instance

QJsonValue iso(qint64 ms)
{
    if (ms == 0)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

HttpReply badParameter(const QString &name, const char *what = "does not have a valid value")
{
    return HttpReply::json(400, {{QStringLiteral("error"), name + u' ' + QLatin1String(what)}});
}

// An ISO 8601 time of a query ("" → 0 = not given; -1 = not a time).
qint64 timeParameter(const HttpRequest &r, const QString &name)
{
    if (!r.hasQuery(name))
        return 0;
    QDateTime t = QDateTime::fromString(r.queryValue(name), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(r.queryValue(name), Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

using Paging = PageParams;

Paging pagingOf(const HttpRequest &r)
{
    return PageParams::of(r, 20);
}

// x-page, x-per-page, x-next-page, x-prev-page, x-total, x-total-pages and Link, as GitLab's
// offset pagination writes them (no totals and no rel="last" above 10 000 records).
void addPageHeaders(HttpReply &reply, const HttpRequest &r, const Paging &p, int total)
{
    const int pages = std::max(1, (total + p.perPage - 1) / p.perPage);
    const bool hasNext = p.page < pages;
    const bool hasPrev = p.page > 1;
    reply.addHeader("x-page", QByteArray::number(p.page));
    reply.addHeader("x-per-page", QByteArray::number(p.perPage));
    reply.addHeader("x-next-page", hasNext ? QByteArray::number(p.page + 1) : QByteArray());
    reply.addHeader("x-prev-page", hasPrev ? QByteArray::number(p.page - 1) : QByteArray());
    const bool counted = total <= 10000;
    if (counted) {
        reply.addHeader("x-total", QByteArray::number(total));
        reply.addHeader("x-total-pages", QByteArray::number(pages));
    }
    const QString base = QStringLiteral("http://%1%2").arg(QString::fromLatin1(r.header("Host")), r.path);
    const auto link = [&](int page, const char *rel) {
        QUrlQuery q(r.query);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.removeAllQueryItems(QStringLiteral("per_page"));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(p.perPage));
        QUrl u(base);
        u.setQuery(q);
        return QStringLiteral("<%1>; rel=\"%2\"").arg(u.toString(QUrl::FullyEncoded), QLatin1String(rel));
    };
    QStringList links;
    if (hasPrev)
        links << link(p.page - 1, "prev");
    if (hasNext)
        links << link(p.page + 1, "next");
    links << link(1, "first");
    if (counted)
        links << link(pages, "last");
    reply.addHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
}

int order(qint64 a, qint64 b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

// Sorts by `compare` (negative, 0, positive), then by id, both in the sort's direction
// (GitLab's tie-breaker).
template<typename T, typename Compare>
void sortItems(QList<const T *> &items, bool ascending, Compare compare)
{
    std::stable_sort(items.begin(), items.end(), [&](const T *a, const T *b) {
        int c = compare(a, b);
        if (c == 0)
            c = order(a->id, b->id);
        return ascending ? c < 0 : c > 0;
    });
}

// The request's page of `items`, each as `toJson` writes it, with the page headers.
template<typename T, typename ToJson>
HttpReply pageOf(const HttpRequest &r, const QList<const T *> &items, ToJson toJson)
{
    const Paging paging = pagingOf(r);
    QJsonArray page;
    const qsizetype from = qsizetype(paging.page - 1) * paging.perPage;
    for (qsizetype i = from; i < items.size() && i < from + paging.perPage; ++i)
        page.append(toJson(*items[i]));
    HttpReply reply = HttpReply::rawJson(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
    addPageHeaders(reply, r, paging, int(items.size()));
    return reply;
}

// Adds `members` to `o`.
void insertAll(QJsonObject &o, std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    for (const auto &member : members)
        o.insert(member.first, member.second);
}

// The display name of a username (GitLab's are ASCII; names are not).
QString displayName(const QString &username)
{
    static const QHash<QString, QString> names{{QStringLiteral("cairn-user"), QStringLiteral("Cairn User")},
                                               {QStringLiteral("ada.lovelace"), QStringLiteral("Ada Lovelace")},
                                               {QStringLiteral("grace_h"), QStringLiteral("Grace Hopper")},
                                               {QStringLiteral("linus"), QStringLiteral("Linus T.")},
                                               {QStringLiteral("marie.c"), QStringLiteral("Marie Curie-Skłodowska")},
                                               {QStringLiteral("hanako"), QStringLiteral("山田 花子")},
                                               {QStringLiteral("ivan.p"), QStringLiteral("Иван Петров")},
                                               {QStringLiteral("project_1234_bot"), QStringLiteral("Renovate Bot")}};
    return names.value(username, username);
}

} // namespace

HttpReply GitLabService::error(int status, const QString &message)
{
    return HttpReply::json(status, {{QStringLiteral("message"), message}});
}

HttpReply GitLabService::answer(const HttpRequest &request)
{
    return handle(request, m_oauth);
}

HttpReply GitLabService::faultReply(int status) const
{
    if (status != 429)
        return error(status, QStringLiteral("%1 %2").arg(status).arg(QString::fromLatin1(reasonPhrase(status))));
    HttpReply r;
    r.status = 429;
    r.contentType = "text/plain; charset=utf-8";
    r.body = "Retry later\n";
    return r;
}

QString GitLabService::tokenOf(const HttpRequest &r)
{
    const QByteArray pat = r.header("PRIVATE-TOKEN").trimmed();
    if (!pat.isEmpty())
        return QString::fromLatin1(pat);
    return r.bearerToken();
}

std::optional<HttpReply> GitLabService::admitRate(const QString &token)
{
    if (m_perMinute <= 0)
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    const qint64 start = now - now % 60000; // Rack::Attack's fixed windows of a minute
    Window &w = m_windows[token];
    if (w.startMs != start)
        w = Window{start, 0};
    if (w.used < m_perMinute) {
        ++w.used;
        return std::nullopt;
    }
    ++m_limited;
    ++m_counts.limited;
    const qint64 retryAfter = std::max<qint64>(1, (start + 60000 - now + 999) / 1000);
    RateLimits::logRefusal(id(), "requests a minute", retryAfter);
    HttpReply refused;
    refused.status = 429;
    refused.contentType = "text/plain; charset=utf-8";
    refused.body = "Retry later\n";
    refused.addHeader("Retry-After", QByteArray::number(retryAfter));
    addRateHeaders(refused, token);
    return refused;
}

void GitLabService::addRateHeaders(HttpReply &reply, const QString &token) const
{
    if (m_perMinute <= 0)
        return;
    const Window w = m_windows.value(token);
    const qint64 reset = w.startMs + 60000;
    reply.addHeader("RateLimit-Limit", QByteArray::number(m_perMinute));
    reply.addHeader("RateLimit-Observed", QByteArray::number(w.used));
    reply.addHeader("RateLimit-Remaining", QByteArray::number(std::max(0, m_perMinute - w.used)));
    reply.addHeader("RateLimit-Reset", QByteArray::number(reset / 1000));
    reply.addHeader("RateLimit-ResetTime", SimClock::httpDate(QDateTime::fromMSecsSinceEpoch(reset, QTimeZone::utc())));
}

HttpReply GitLabService::handle(const HttpRequest &r, const OAuthService &oauth)
{
    if (!r.path.startsWith(kApi + u'/'))
        return HttpReply::json(404, {{QStringLiteral("error"), QStringLiteral("404 Not Found")}});
    const QString token = tokenOf(r);
    if (token.isEmpty() || !(validPat(token) || oauth.isValidAccessToken(QStringLiteral("gitlab"), token))) {
        HttpReply denied = error(401, QStringLiteral("401 Unauthorized"));
        return denied;
    }
    if (std::optional<HttpReply> refused = admitRate(token))
        return *refused;
    const QStringList parts = r.path.mid(kApi.size() + 1).split(u'/', Qt::SkipEmptyParts);
    HttpReply reply = r.method == "GET" ? route(r, parts) : HttpReply::json(405, {{QStringLiteral("error"), QStringLiteral("405 Method Not Allowed")}});
    addRateHeaders(reply, token);
    return reply;
}

HttpReply GitLabService::route(const HttpRequest &r, const QStringList &parts)
{
    if (parts == QStringList{QStringLiteral("user")})
        return HttpReply::json(200, userJson(username()));
    if (parts == QStringList{QStringLiteral("projects")})
        return listProjects(r);
    if (parts.size() < 2 || parts[0] != QLatin1String("projects"))
        return HttpReply::json(404, {{QStringLiteral("error"), QStringLiteral("404 Not Found")}});
    // The path is decoded here: a project's own path ("acme/platform/api", sent as
    // acme%2Fplatform%2Fapi) is what stands before the merge requests' part.
    static const QRegularExpression re(QStringLiteral("^projects/(.+?)(/merge_requests(?:/(\\d+)(/approvals)?)?)?$"));
    const QRegularExpressionMatch m = re.match(parts.join(u'/'));
    if (!m.hasMatch())
        return HttpReply::json(404, {{QStringLiteral("error"), QStringLiteral("404 Not Found")}});
    const GLProject *p = project(m.captured(1));
    if (!p)
        return error(404, QStringLiteral("404 Project Not Found"));
    if (m.captured(2).isEmpty())
        return HttpReply::json(200, projectJson(*p, false));
    if (m.captured(3).isEmpty())
        return listMergeRequests(r, *p);
    const GLMergeRequest *mr = mergeRequest(QString::number(p->id), m.captured(3).toInt());
    if (!mr)
        return error(404, QStringLiteral("404 Not found"));
    return HttpReply::json(200, m.captured(4).isEmpty() ? mergeRequestJson(*p, *mr) : approvalsJson(*p, *mr));
}

HttpReply GitLabService::listMergeRequests(const HttpRequest &r, const GLProject &p)
{
    const QString state = r.hasQuery(QStringLiteral("state")) ? r.queryValue(QStringLiteral("state")) : QStringLiteral("all");
    if (!QStringList{QStringLiteral("opened"), QStringLiteral("closed"), QStringLiteral("locked"), QStringLiteral("merged"), QStringLiteral("all")}.contains(state))
        return badParameter(QStringLiteral("state"));
    const QString orderBy = r.hasQuery(QStringLiteral("order_by")) ? r.queryValue(QStringLiteral("order_by")) : QStringLiteral("created_at");
    if (!QStringList{QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("title"), QStringLiteral("merged_at")}.contains(orderBy))
        return badParameter(QStringLiteral("order_by"));
    const QString sort = r.hasQuery(QStringLiteral("sort")) ? r.queryValue(QStringLiteral("sort")) : QStringLiteral("desc");
    if (sort != QLatin1String("asc") && sort != QLatin1String("desc"))
        return badParameter(QStringLiteral("sort"));
    const QString scope = r.hasQuery(QStringLiteral("scope")) ? r.queryValue(QStringLiteral("scope")) : QStringLiteral("all");
    if (!QStringList{QStringLiteral("all"), QStringLiteral("created_by_me"), QStringLiteral("assigned_to_me"), QStringLiteral("reviews_for_me")}.contains(scope))
        return badParameter(QStringLiteral("scope"));
    qint64 times[4];
    const char *const timeNames[] = {"updated_after", "updated_before", "created_after", "created_before"};
    for (int i = 0; i < 4; ++i) {
        times[i] = timeParameter(r, QLatin1String(timeNames[i]));
        if (times[i] < 0)
            return badParameter(QLatin1String(timeNames[i]), "is invalid");
    }
    QList<int> iids;
    bool iidsGiven = false;
    for (const auto &item : r.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first != QLatin1String("iids[]") && item.first != QLatin1String("iids"))
            continue;
        iidsGiven = true;
        bool ok = false;
        const int iid = item.second.toInt(&ok);
        if (!ok)
            return badParameter(QStringLiteral("iids"), "is invalid");
        iids << iid;
    }
    const QString me = username();
    QList<const GLMergeRequest *> matching;
    for (const GLMergeRequest &m : p.mergeRequests) {
        if (m.deleted || (state != QLatin1String("all") && m.state != state))
            continue;
        if ((times[0] && m.updatedMs < times[0]) || (times[1] && m.updatedMs > times[1]) || (times[2] && m.createdMs < times[2])
            || (times[3] && m.createdMs > times[3]))
            continue;
        if (iidsGiven && !iids.contains(m.iid))
            continue;
        if ((scope == QLatin1String("created_by_me") && m.author != me) || (scope == QLatin1String("assigned_to_me") && !m.assignees.contains(me))
            || (scope == QLatin1String("reviews_for_me") && !m.reviewers.contains(me)))
            continue;
        matching << &m;
    }
    sortItems(matching, sort == QLatin1String("asc"), [&orderBy](const GLMergeRequest *a, const GLMergeRequest *b) {
        if (orderBy == QLatin1String("updated_at"))
            return order(a->updatedMs, b->updatedMs);
        if (orderBy == QLatin1String("merged_at"))
            return order(a->mergedMs, b->mergedMs);
        if (orderBy == QLatin1String("title"))
            return a->title.compare(b->title);
        return order(a->createdMs, b->createdMs);
    });
    const bool simple = r.queryValue(QStringLiteral("view")) == QLatin1String("simple");
    return pageOf(r, matching, [&](const GLMergeRequest &m) {
        const QJsonObject o = mergeRequestJson(p, m);
        if (!simple)
            return o;
        QJsonObject s;
        for (const char *k : {"id", "iid", "project_id", "title", "description", "state", "created_at", "updated_at", "web_url"})
            s.insert(QLatin1String(k), o.value(QLatin1String(k)));
        return s;
    });
}

HttpReply GitLabService::listProjects(const HttpRequest &r)
{
    const QString orderBy = r.hasQuery(QStringLiteral("order_by")) ? r.queryValue(QStringLiteral("order_by")) : QStringLiteral("created_at");
    static const QStringList orders{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("created_at"),
                                    QStringLiteral("updated_at"), QStringLiteral("last_activity_at")};
    if (!orders.contains(orderBy))
        return badParameter(QStringLiteral("order_by"));
    const QString sort = r.hasQuery(QStringLiteral("sort")) ? r.queryValue(QStringLiteral("sort")) : QStringLiteral("desc");
    if (sort != QLatin1String("asc") && sort != QLatin1String("desc"))
        return badParameter(QStringLiteral("sort"));
    const bool membership = r.queryValue(QStringLiteral("membership")) == QLatin1String("true");
    const QString search = r.queryValue(QStringLiteral("search"));
    QList<const GLProject *> matching;
    for (const GLProject &p : m_projects)
        if (!p.deleted && (!membership || p.member) && (search.isEmpty() || p.path.contains(search, Qt::CaseInsensitive)))
            matching << &p;
    sortItems(matching, sort == QLatin1String("asc"), [&orderBy](const GLProject *a, const GLProject *b) {
        if (orderBy == QLatin1String("name"))
            return a->name.compare(b->name);
        if (orderBy == QLatin1String("path"))
            return a->path.compare(b->path);
        if (orderBy == QLatin1String("last_activity_at") || orderBy == QLatin1String("updated_at"))
            return order(a->lastActivityMs, b->lastActivityMs);
        if (orderBy == QLatin1String("created_at"))
            return order(a->createdMs, b->createdMs);
        return 0; // id
    });
    const bool simple = r.queryValue(QStringLiteral("simple")) == QLatin1String("true");
    return pageOf(r, matching, [&](const GLProject &p) { return projectJson(p, simple); });
}

QJsonObject GitLabService::userJson(const QString &name) const
{
    const qint64 id = qint64(qHash(name, 5u) % 9'000'000) + 1000;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), name},
            {QStringLiteral("name"), displayName(name)},
            {QStringLiteral("state"), QStringLiteral("active")},
            {QStringLiteral("locked"), false},
            {QStringLiteral("avatar_url"), QStringLiteral("https://secure.gravatar.com/avatar/%1?s=80&d=identicon").arg(id)},
            {QStringLiteral("web_url"), kWeb + u'/' + name}};
}

QJsonObject GitLabService::mergeRequestHead(const GLProject &p, const GLMergeRequest &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("iid"), m.iid},
            {QStringLiteral("project_id"), p.id},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("description"), orNull(m.description)},
            {QStringLiteral("state"), m.state},
            {QStringLiteral("created_at"), iso(m.createdMs)},
            {QStringLiteral("updated_at"), iso(m.updatedMs)}};
}

QJsonObject GitLabService::mergeRequestJson(const GLProject &p, const GLMergeRequest &m) const
{
    const auto users = [this](const QStringList &names) {
        QJsonArray out;
        for (const QString &n : names)
            out.append(userJson(n));
        return out;
    };
    const bool merged = m.state == QLatin1String("merged");
    const bool open = m.state == QLatin1String("opened") || m.state == QLatin1String("locked");
    const QString full = p.path + u'!' + QString::number(m.iid);
    QJsonObject o = mergeRequestHead(p, m);
    insertAll(o, {{QStringLiteral("merged_by"), merged ? QJsonValue(userJson(m.author)) : QJsonValue()},
                  {QStringLiteral("merge_user"), merged ? QJsonValue(userJson(m.author)) : QJsonValue()},
                  {QStringLiteral("merged_at"), iso(m.mergedMs)},
                  {QStringLiteral("closed_by"), m.closedMs ? QJsonValue(userJson(m.author)) : QJsonValue()},
                  {QStringLiteral("closed_at"), iso(m.closedMs)},
                  {QStringLiteral("target_branch"), m.targetBranch},
                  {QStringLiteral("source_branch"), m.sourceBranch},
                  {QStringLiteral("user_notes_count"), m.userNotesCount},
                  {QStringLiteral("upvotes"), 0},
                  {QStringLiteral("downvotes"), 0},
                  {QStringLiteral("author"), userJson(m.author)},
                  {QStringLiteral("assignees"), users(m.assignees)},
                  {QStringLiteral("assignee"), m.assignees.isEmpty() ? QJsonValue() : QJsonValue(userJson(m.assignees.first()))},
                  {QStringLiteral("reviewers"), users(m.reviewers)},
                  {QStringLiteral("source_project_id"), p.id},
                  {QStringLiteral("target_project_id"), p.id},
                  {QStringLiteral("labels"), QJsonArray::fromStringList(m.labels)},
                  {QStringLiteral("draft"), m.draft},
                  {QStringLiteral("work_in_progress"), m.draft},
                  {QStringLiteral("milestone"), QJsonValue()},
                  {QStringLiteral("merge_when_pipeline_succeeds"), false},
                  {QStringLiteral("merge_status"), open ? QStringLiteral("can_be_merged") : QStringLiteral("unchecked")},
                  {QStringLiteral("detailed_merge_status"), open ? (m.draft ? QStringLiteral("draft_status") : QStringLiteral("mergeable"))
                                                                 : QStringLiteral("not_open")},
                  {QStringLiteral("sha"), m.sha},
                  {QStringLiteral("merge_commit_sha"), merged ? QJsonValue(m.sha) : QJsonValue()},
                  {QStringLiteral("squash_commit_sha"), QJsonValue()},
                  {QStringLiteral("discussion_locked"), QJsonValue()},
                  {QStringLiteral("should_remove_source_branch"), QJsonValue()},
                  {QStringLiteral("force_remove_source_branch"), true},
                  {QStringLiteral("prepared_at"), iso(m.createdMs)},
                  {QStringLiteral("reference"), QStringLiteral("!%1").arg(m.iid)},
                  {QStringLiteral("references"), QJsonObject{{QStringLiteral("short"), QStringLiteral("!%1").arg(m.iid)},
                                                             {QStringLiteral("relative"), QStringLiteral("!%1").arg(m.iid)},
                                                             {QStringLiteral("full"), full}}},
                  {QStringLiteral("web_url"), QStringLiteral("%1/%2/-/merge_requests/%3").arg(kWeb, p.path).arg(m.iid)},
                  {QStringLiteral("time_stats"), QJsonObject{{QStringLiteral("time_estimate"), 0},
                                                             {QStringLiteral("total_time_spent"), 0},
                                                             {QStringLiteral("human_time_estimate"), QJsonValue()},
                                                             {QStringLiteral("human_total_time_spent"), QJsonValue()}}},
                  {QStringLiteral("squash"), false},
                  {QStringLiteral("squash_on_merge"), false},
                  {QStringLiteral("task_completion_status"), QJsonObject{{QStringLiteral("count"), 0}, {QStringLiteral("completed_count"), 0}}},
                  {QStringLiteral("has_conflicts"), false},
                  {QStringLiteral("blocking_discussions_resolved"), true}});
    return o;
}

QJsonObject GitLabService::approvalsJson(const GLProject &p, const GLMergeRequest &m) const
{
    QJsonArray approvedBy;
    for (const QString &u : m.approvedBy)
        approvedBy.append(QJsonObject{{QStringLiteral("user"), userJson(u)}});
    const int left = std::max(0, m.approvalsRequired - int(m.approvedBy.size()));
    QJsonObject o = mergeRequestHead(p, m);
    insertAll(o, {{QStringLiteral("merge_status"), QStringLiteral("can_be_merged")},
            {QStringLiteral("approved"), left == 0},
            {QStringLiteral("approvals_required"), m.approvalsRequired},
            {QStringLiteral("approvals_left"), left},
            {QStringLiteral("require_password_to_approve"), false},
            {QStringLiteral("approved_by"), approvedBy},
            {QStringLiteral("suggested_approvers"), QJsonArray()},
            {QStringLiteral("approvers"), QJsonArray()},
            {QStringLiteral("approver_groups"), QJsonArray()},
            {QStringLiteral("user_has_approved"), m.approvedBy.contains(username())},
            {QStringLiteral("user_can_approve"), m.author != username() && !m.approvedBy.contains(username())},
            {QStringLiteral("approval_rules_left"), QJsonArray()},
            {QStringLiteral("has_approval_rules"), m.approvalsRequired > 0},
            {QStringLiteral("merge_request_approvers_available"), true},
            {QStringLiteral("multiple_approval_rules_available"), true}});
    return o;
}

QJsonObject GitLabService::projectJson(const GLProject &p, bool simple) const
{
    const QString ns = p.namespacePath();
    QStringList nsNames;
    for (const QString &part : p.path.split(u'/'))
        nsNames << part;
    const qint64 nsId = qint64(qHash(ns, 3u) % 1'000'000) + 100;
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("description"), orNull(p.description)},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("name_with_namespace"), nsNames.join(QStringLiteral(" / "))},
                  {QStringLiteral("path"), p.path.section(u'/', -1)},
                  {QStringLiteral("path_with_namespace"), p.path},
                  {QStringLiteral("created_at"), iso(p.createdMs)},
                  {QStringLiteral("default_branch"), QStringLiteral("main")},
                  {QStringLiteral("tag_list"), QJsonArray()},
                  {QStringLiteral("topics"), QJsonArray()},
                  {QStringLiteral("ssh_url_to_repo"), QStringLiteral("git@gitlab.example.com:%1.git").arg(p.path)},
                  {QStringLiteral("http_url_to_repo"), QStringLiteral("%1/%2.git").arg(kWeb, p.path)},
                  {QStringLiteral("web_url"), kWeb + u'/' + p.path},
                  {QStringLiteral("readme_url"), QStringLiteral("%1/%2/-/blob/main/README.md").arg(kWeb, p.path)},
                  {QStringLiteral("forks_count"), 0},
                  {QStringLiteral("avatar_url"), QJsonValue()},
                  {QStringLiteral("star_count"), int(p.id % 50)},
                  {QStringLiteral("last_activity_at"), iso(p.lastActivityMs)},
                  {QStringLiteral("namespace"), QJsonObject{{QStringLiteral("id"), nsId},
                                                            {QStringLiteral("name"), ns.section(u'/', -1)},
                                                            {QStringLiteral("path"), ns.section(u'/', -1)},
                                                            {QStringLiteral("kind"), QStringLiteral("group")},
                                                            {QStringLiteral("full_path"), ns},
                                                            {QStringLiteral("parent_id"), QJsonValue()},
                                                            {QStringLiteral("avatar_url"), QJsonValue()},
                                                            {QStringLiteral("web_url"), kWeb + QStringLiteral("/groups/") + ns}}}};
    if (!simple) {
        o.insert(QStringLiteral("visibility"), QStringLiteral("private"));
        o.insert(QStringLiteral("archived"), false);
        o.insert(QStringLiteral("merge_requests_enabled"), true);
        o.insert(QStringLiteral("open_issues_count"), 0);
        o.insert(QStringLiteral("creator_id"), qint64(qHash(p.path, 9u) % 9'000'000) + 1000);
    }
    return o;
}

} // namespace sim
