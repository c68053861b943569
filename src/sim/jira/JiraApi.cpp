// The HTTP side of JiraService: Jira Cloud's REST v3 paths, the enhanced JQL search with
// nextPageToken (no total), field selection, maxResults caps, {"errorMessages","errors"}
// bodies, and times in the user's zone ("2023-06-24T19:24:50.000+1200"), as
// JIRA-OAS and docs/api-notes.md §4 describe.
#include "sim/jira/JiraService.h"
#include "sim/jira/JqlParser.h"
#include "sim/SimClock.h"
#include "sim/TokenCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sim {

namespace {
const QString kPrefix = QStringLiteral("/jira/rest/api/3");
constexpr int kDefaultMax = 50;
constexpr int kMaxWithFields = 100;
constexpr int kMaxIdsOnly = 5000;
constexpr qint64 kTokenLifetimeMs = 7ll * 86'400'000;
constexpr int kBulkFetchMax = 100; // issueIdsOrKeys per bulkfetch (JIRA-OAS)

QString jiraTime(qint64 ms, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const int offset = t.offsetFromUtc() / 60;
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + sign
           + QStringLiteral("%1%2").arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0')).arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
}

QStringList fieldList(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &f : v.toArray())
            out << f.toString().trimmed();
    } else {
        for (const QString &f : v.toString().split(u',', Qt::SkipEmptyParts))
            out << f.trimmed();
    }
    QStringList split;
    for (const QString &f : std::as_const(out)) // an item may itself be a comma list (JIRA-OAS)
        for (const QString &part : f.split(u',', Qt::SkipEmptyParts))
            split << part.trimmed();
    split.removeAll(QString());
    return split;
}
} // namespace

HttpReply JiraService::error(int status, const QString &message)
{
    return errors(status, {message});
}

HttpReply JiraService::errors(int status, const QStringList &messages)
{
    return HttpReply::json(status, {{QStringLiteral("errorMessages"), QJsonArray::fromStringList(messages)},
                                    {QStringLiteral("errors"), QJsonObject()}});
}

HttpReply JiraService::handle(const HttpRequest &r)
{
    m_host = r.header("Host");
    const QString path = r.path.mid(kPrefix.size());
    if (path == QLatin1String("/search/jql") && (r.method == "GET" || r.method == "POST"))
        return search(r);
    if (path == QLatin1String("/search") || path == QLatin1String("/search/"))
        return error(410, QStringLiteral("The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. "
                                         "A full migration guideline is available at "
                                         "https://developer.atlassian.com/changelog/#CHANGE-2046"));
    if (path == QLatin1String("/issue/bulkfetch") && r.method == "POST")
        return bulkFetch(r);
    if (path.startsWith(QLatin1String("/issue/")) && r.method == "GET" && path.count(u'/') == 2)
        return getIssue(r, path.mid(7));
    if (path == QLatin1String("/myself") && r.method == "GET")
        return myself();
    if (path == QLatin1String("/serverInfo") && r.method == "GET")
        return serverInfo();
    if (path == QLatin1String("/project/search") && r.method == "GET")
        return projectSearch(r);
    if (path == QLatin1String("/jql/parse") && r.method == "POST")
        return jqlParse(r);
    return HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("No such endpoint: ") + r.path);
}

HttpReply JiraService::search(const HttpRequest &r)
{
    QString jql;
    QString token;
    QStringList fields{QStringLiteral("id")};
    QString maxText;
    if (r.method == "POST") {
        bool ok = false;
        const QJsonObject body = r.json(&ok);
        if (!ok)
            return error(400, QStringLiteral("Invalid request payload. Refer to the REST API documentation and try again."));
        jql = body.value(QLatin1String("jql")).toString();
        token = body.value(QLatin1String("nextPageToken")).toString();
        if (body.contains(QLatin1String("fields")))
            fields = fieldList(body.value(QLatin1String("fields")));
        if (body.contains(QLatin1String("maxResults")))
            maxText = QString::number(body.value(QLatin1String("maxResults")).toInt(-1));
    } else {
        jql = r.queryValue(QStringLiteral("jql"));
        token = r.queryValue(QStringLiteral("nextPageToken"));
        if (r.hasQuery(QStringLiteral("fields")))
            fields = fieldList(r.queryValue(QStringLiteral("fields")));
        maxText = r.queryValue(QStringLiteral("maxResults"));
    }
    const bool idsOnly = std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) {
        return f == QLatin1String("id") || f == QLatin1String("key");
    });
    int maxResults = kDefaultMax;
    if (!maxText.isEmpty()) {
        bool ok = false;
        maxResults = maxText.toInt(&ok);
        if (!ok || maxResults < 0)
            return error(400, QStringLiteral("The value '%1' is invalid for the maxResults parameter.").arg(maxText));
    }
    maxResults = std::min(maxResults, idsOnly ? kMaxIdsOnly : kMaxWithFields);

    QString why;
    const std::optional<JqlQuery> q = parseJql(jql, m_zone, m_clock.nowMs(), &why);
    if (!q)
        return error(400, why);
    if (!q->where)
        return error(400, QStringLiteral("Unbounded JQL queries are not allowed here. Please add a search restriction to your query."));
    // Naming an issue that does not exist (or was deleted) is an error, one message each.
    QStringList missing;
    for (const JqlQuery::IssueRef &ref : q->issueRefs) {
        const JIssue *named = issue(ref.value);
        if (!named || named->deleted)
            missing << QStringLiteral("An issue with key '%1' does not exist for field '%2'.").arg(ref.value, ref.field);
    }
    if (!missing.isEmpty())
        return errors(400, missing);

    qint64 offset = 0;
    const quint64 print = fingerprint(jql + u'|' + fields.join(u','));
    if (!token.isEmpty()) {
        const std::optional<TokenData> t = decodeToken(token, 'J');
        if (!t || t->values.size() != 3 || t->values[1] != print
            || m_clock.nowMs() - qint64(t->values[2]) > kTokenLifetimeMs)
            return error(400, QStringLiteral("The provided next page token is invalid or expired."));
        offset = qint64(t->values[0]);
    }

    // The next pages of a listing reuse its ordered hits while nothing changed (a 100k search
    // would otherwise filter and sort everything again for every page).
    if (token.isEmpty() || m_listing.print != print || m_listing.version != m_version) {
        std::vector<int> hits;
        for (size_t k = 0; k < m_issues.size(); ++k)
            if (!m_issues[k].deleted && q->where(m_issues[k]))
                hits.push_back(int(k));
        const QList<JqlQuery::Order> order = q->order;
        const std::vector<JIssue> &all = m_issues;
        std::stable_sort(hits.begin(), hits.end(), [&order, &all](int ia, int ib) {
            const JIssue *a = &all[size_t(ia)];
            const JIssue *b = &all[size_t(ib)];
            for (const JqlQuery::Order &o : order) {
                qint64 x = 0, y = 0;
                if (o.field == QLatin1String("updated")) {
                    x = a->updatedMs;
                    y = b->updatedMs;
                } else if (o.field == QLatin1String("created")) {
                    x = a->createdMs;
                    y = b->createdMs;
                } else {
                    x = a->id;
                    y = b->id;
                }
                if (x != y)
                    return o.ascending ? x < y : x > y;
            }
            return a->id < b->id;
        });
        m_listing = {print, m_version, std::move(hits)};
    }
    const std::vector<int> &hits = m_listing.hits;

    QJsonArray issues;
    const qint64 end = std::min<qint64>(offset + maxResults, qint64(hits.size()));
    for (qint64 k = offset; k < end; ++k)
        issues.append(issueJson(m_issues[size_t(hits[size_t(k)])], fields));
    QJsonObject out{{QStringLiteral("issues"), issues}};
    const bool last = end >= qint64(hits.size());
    if (!last) {
        TokenData next;
        next.kind = 'J';
        next.values = {quint64(end), print, quint64(m_clock.nowMs())};
        out.insert(QStringLiteral("nextPageToken"), encodeToken(next));
    }
    out.insert(QStringLiteral("isLast"), last);
    return HttpReply::json(200, out);
}

HttpReply JiraService::bulkFetch(const HttpRequest &r)
{
    bool ok = false;
    const QJsonObject body = r.json(&ok);
    if (!ok)
        return error(400, QStringLiteral("Invalid request payload. Refer to the REST API documentation and try again."));
    const QJsonValue requested = body.value(QLatin1String("issueIdsOrKeys"));
    if (!requested.isArray() || requested.toArray().isEmpty())
        return error(400, QStringLiteral("At least one issue ID or key must be provided."));
    if (requested.toArray().size() > kBulkFetchMax)
        return error(400, QStringLiteral("Cannot request more than %1 issues at once.").arg(kBulkFetchMax));
    if (body.value(QLatin1String("properties")).toArray().size() > 5)
        return error(400, QStringLiteral("A maximum of 5 issue property keys can be specified."));
    QStringList fields{QStringLiteral("*navigable")}; // the default here, unlike /search/jql
    if (body.contains(QLatin1String("fields")) && !fieldList(body.value(QLatin1String("fields"))).isEmpty())
        fields = fieldList(body.value(QLatin1String("fields")));
    // Ascending id; an id or key that matches no issue, a deleted one among them, is left
    // out silently: issueErrors is only for retriable failures, which the simulator has none of.
    std::vector<const JIssue *> found;
    for (const QJsonValue &v : requested.toArray()) {
        const QString idOrKey = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString().trimmed();
        const JIssue *i = issue(idOrKey);
        if (i && !i->deleted && std::find(found.cbegin(), found.cend(), i) == found.cend())
            found.push_back(i);
    }
    std::sort(found.begin(), found.end(), [](const JIssue *a, const JIssue *b) { return a->id < b->id; });
    QJsonArray issues;
    for (const JIssue *i : found)
        issues.append(issueJson(*i, fields));
    // BulkIssueResults has these two members and no other (JIRA-OAS: additionalProperties false).
    return HttpReply::json(200, {{QStringLiteral("issues"), issues},
                                 {QStringLiteral("issueErrors"), QJsonArray()}});
}

HttpReply JiraService::getIssue(const HttpRequest &r, const QString &idOrKey)
{
    const JIssue *i = issue(idOrKey);
    if (!i || i->deleted)
        return error(404, QStringLiteral("Issue does not exist or you do not have permission to see it."));
    QStringList fields{QStringLiteral("*all")};
    if (r.hasQuery(QStringLiteral("fields")))
        fields = fieldList(r.queryValue(QStringLiteral("fields")));
    return HttpReply::json(200, issueJson(*i, fields));
}

QJsonValue JiraService::userJson(const QString &accountId) const
{
    for (const JUser &u : m_users) {
        if (u.accountId != accountId)
            continue;
        // As Jira Cloud writes a user: its self link and avatars too.
        const QString avatar = QStringLiteral("https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/%1/%2.png")
                                   .arg(u.accountId);
        QJsonObject avatars;
        for (const char *size : {"48x48", "24x24", "16x16", "32x32"})
            avatars.insert(QLatin1String(size), avatar.arg(QLatin1String(size)));
        QJsonObject o{{QStringLiteral("self"), apiBase() + QStringLiteral("/user?accountId=") + u.accountId},
                      {QStringLiteral("accountId"), u.accountId}, {QStringLiteral("avatarUrls"), avatars},
                      {QStringLiteral("displayName"), u.displayName}, {QStringLiteral("active"), true},
                      {QStringLiteral("accountType"), QStringLiteral("atlassian")},
                      {QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id())}};
        if (!u.email.isEmpty())
            o.insert(QStringLiteral("emailAddress"), u.email);
        return o;
    }
    return QJsonValue::Null;
}

QJsonObject JiraService::issueJson(const JIssue &i, const QStringList &fields) const
{
    const bool all = fields.contains(QLatin1String("*all")) || fields.contains(QLatin1String("*navigable"));
    auto want = [&](const char *f) { return all || fields.contains(QLatin1String(f)); };
    QJsonObject out{{QStringLiteral("id"), QString::number(i.id)}};
    if (fields == QStringList{QStringLiteral("id")})
        return out;
    out.insert(QStringLiteral("expand"), QStringLiteral("renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations"));
    out.insert(QStringLiteral("key"), i.key);
    // A URI, as Jira's (`IssueBean.self`, format uri): the simulator's address stands for the site's.
    out.insert(QStringLiteral("self"), QStringLiteral("http://%1%2/issue/%3")
                                           .arg(QString::fromLatin1(m_host.isEmpty() ? QByteArrayLiteral("127.0.0.1") : m_host), kPrefix)
                                           .arg(i.id));
    QJsonObject f;
    if (want("summary"))
        f.insert(QStringLiteral("summary"), i.summary);
    if (want("status"))
        f.insert(QStringLiteral("status"), statusJson(i));
    if (want("assignee"))
        f.insert(QStringLiteral("assignee"), i.assigneeId.isEmpty() ? QJsonValue::Null : userJson(i.assigneeId));
    if (want("reporter"))
        f.insert(QStringLiteral("reporter"), userJson(i.reporterId));
    if (want("priority"))
        f.insert(QStringLiteral("priority"), i.priority.isEmpty() ? QJsonValue::Null : QJsonValue(priorityJson(i.priority)));
    if (want("issuetype"))
        f.insert(QStringLiteral("issuetype"), issueTypeJson(i.issueType));
    if (want("project")) {
        for (const JProject &p : m_projects)
            if (p.key == i.projectKey)
                f.insert(QStringLiteral("project"), projectRefJson(p));
    }
    if (want("labels"))
        f.insert(QStringLiteral("labels"), QJsonArray::fromStringList(i.labels));
    if (want("created"))
        f.insert(QStringLiteral("created"), jiraTime(i.createdMs, m_zone));
    if (want("updated"))
        f.insert(QStringLiteral("updated"), jiraTime(i.updatedMs, m_zone));
    if (want("description"))
        f.insert(QStringLiteral("description"), i.description.isEmpty() ? QJsonValue::Null : QJsonValue(i.description));
    // Custom fields are navigable: with *all or *navigable, or by their id.
    for (auto it = i.customFields.begin(); it != i.customFields.end(); ++it)
        if (all || fields.contains(it.key()))
            f.insert(it.key(), it.value());
    out.insert(QStringLiteral("fields"), f);
    return out;
}

HttpReply JiraService::myself() const
{
    QJsonObject me = userJson(myAccountId()).toObject();
    me.insert(QStringLiteral("locale"), QStringLiteral("en_NZ"));
    return HttpReply::json(200, me);
}

HttpReply JiraService::serverInfo() const
{
    return HttpReply::json(200, {{QStringLiteral("baseUrl"), QStringLiteral("https://cairn-sim.atlassian.net")},
                                 {QStringLiteral("deploymentType"), QStringLiteral("Cloud")},
                                 {QStringLiteral("version"), QStringLiteral("1001.0.0-SNAPSHOT")},
                                 {QStringLiteral("serverTime"), jiraTime(m_clock.nowMs(), m_zone)},
                                 {QStringLiteral("serverTimeZone"), QStringLiteral("Etc/UTC")}});
}

} // namespace sim
