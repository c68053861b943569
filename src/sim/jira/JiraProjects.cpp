// The HTTP side of JiraService for choosing what to sync: the projects of the site
// (GET /project/search, JIRA-OAS "Get projects paginated": startAt/maxResults pages with
// total, isLast, nextPage and values) and the JQL check (POST /jql/parse?validation=,
// JIRA-OAS "Parse JQL query": one answer per query, errors or the syntax tree). Where Jira's
// wording of an error is not documented, the simulator's own is used.
#include "sim/jira/JiraService.h"
#include "sim/jira/JqlParser.h"
#include "sim/SimClock.h"

#include <QJsonArray>

#include <algorithm>

namespace sim {

namespace {
const QString kPrefix = QStringLiteral("/jira/rest/api/3");
constexpr int kDefaultProjects = 50;
constexpr int kMaxProjects = 100;  // "a value greater than 100 … will default to 100"
constexpr int kMaxFilterValues = 50; // id=… and keys=… each

const QStringList kOrderBy{QStringLiteral("category"), QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("owner"),
                           QStringLiteral("issueCount"), QStringLiteral("lastIssueUpdatedDate"),
                           QStringLiteral("archivedDate"), QStringLiteral("deletedDate")};

HttpReply invalidParameter(const QString &name, const QString &value)
{
    return JiraService::error(400, QStringLiteral("The value '%1' is invalid for the %2 parameter.").arg(value, name));
}
} // namespace

QJsonObject JiraService::projectJson(const JProject &p, const QString &origin) const
{
    QJsonObject avatars;
    for (const auto &[size, name] : {std::pair{"16x16", "xsmall"}, {"24x24", "small"}, {"32x32", "medium"}, {"48x48", "large"}})
        avatars.insert(QLatin1String(size), QStringLiteral("%1/secure/projectavatar?size=%2&pid=%3").arg(origin, QLatin1String(name), p.id));
    return {{QStringLiteral("expand"), QStringLiteral("description,lead,issueTypes,url,projectKeys,permissions,insight")},
            {QStringLiteral("self"), QStringLiteral("%1%2/project/%3").arg(origin, kPrefix, p.id)},
            {QStringLiteral("id"), p.id}, {QStringLiteral("key"), p.key}, {QStringLiteral("name"), p.name},
            {QStringLiteral("avatarUrls"), avatars}, {QStringLiteral("projectTypeKey"), QStringLiteral("software")},
            {QStringLiteral("simplified"), false}, {QStringLiteral("style"), QStringLiteral("classic")},
            {QStringLiteral("isPrivate"), false}, {QStringLiteral("properties"), QJsonObject()}};
}

HttpReply JiraService::projectSearch(const HttpRequest &r) const
{
    qint64 startAt = 0;
    if (r.hasQuery(QStringLiteral("startAt"))) {
        bool ok = false;
        startAt = r.queryValue(QStringLiteral("startAt")).toLongLong(&ok);
        if (!ok || startAt < 0)
            return invalidParameter(QStringLiteral("startAt"), r.queryValue(QStringLiteral("startAt")));
    }
    int maxResults = kDefaultProjects;
    if (r.hasQuery(QStringLiteral("maxResults"))) {
        bool ok = false;
        maxResults = r.queryValue(QStringLiteral("maxResults")).toInt(&ok);
        if (!ok || maxResults < 0)
            return invalidParameter(QStringLiteral("maxResults"), r.queryValue(QStringLiteral("maxResults")));
        maxResults = std::min(maxResults, kMaxProjects);
    }
    QString orderBy = r.hasQuery(QStringLiteral("orderBy")) ? r.queryValue(QStringLiteral("orderBy")) : QStringLiteral("key");
    const bool descending = orderBy.startsWith(u'-');
    const QString orderField = orderBy.startsWith(u'-') || orderBy.startsWith(u'+') ? orderBy.mid(1) : orderBy;
    if (!kOrderBy.contains(orderField))
        return invalidParameter(QStringLiteral("orderBy"), orderBy);
    const QString action = r.hasQuery(QStringLiteral("action")) ? r.queryValue(QStringLiteral("action")) : QStringLiteral("view");
    if (!QStringList{QStringLiteral("view"), QStringLiteral("browse"), QStringLiteral("edit"), QStringLiteral("create")}.contains(action))
        return invalidParameter(QStringLiteral("action"), action);
    bool software = true;
    if (r.hasQuery(QStringLiteral("typeKey"))) {
        const QStringList types = r.queryValue(QStringLiteral("typeKey")).split(u',', Qt::SkipEmptyParts);
        for (const QString &t : types)
            if (!QStringList{QStringLiteral("business"), QStringLiteral("service_desk"), QStringLiteral("software")}.contains(t.trimmed()))
                return invalidParameter(QStringLiteral("typeKey"), t.trimmed());
        software = types.isEmpty() || types.contains(QStringLiteral("software"));
    }
    bool live = true; // every project of the simulator is live
    if (r.hasQuery(QStringLiteral("status"))) {
        const QStringList statuses = r.query.allQueryItemValues(QStringLiteral("status"), QUrl::FullyDecoded);
        for (const QString &st : statuses)
            if (!QStringList{QStringLiteral("live"), QStringLiteral("archived"), QStringLiteral("deleted")}.contains(st))
                return invalidParameter(QStringLiteral("status"), st);
        live = statuses.contains(QStringLiteral("live"));
    }
    const QStringList ids = r.query.allQueryItemValues(QStringLiteral("id"), QUrl::FullyDecoded);
    const QStringList keys = r.query.allQueryItemValues(QStringLiteral("keys"), QUrl::FullyDecoded);
    if (ids.size() > kMaxFilterValues || keys.size() > kMaxFilterValues)
        return error(400, QStringLiteral("Up to %1 project IDs and %1 project keys can be provided.").arg(kMaxFilterValues));
    for (const QString &id : ids) {
        bool ok = false;
        id.toLongLong(&ok);
        if (!ok)
            return invalidParameter(QStringLiteral("id"), id);
    }
    const QString text = r.queryValue(QStringLiteral("query")).trimmed();

    QList<const JProject *> hits;
    for (const JProject &p : m_projects) {
        if (!live || !software || (!ids.isEmpty() && !ids.contains(p.id))
            || (!keys.isEmpty() && !keys.contains(p.key, Qt::CaseInsensitive)))
            continue;
        if (!text.isEmpty() && !p.key.contains(text, Qt::CaseInsensitive) && !p.name.contains(text, Qt::CaseInsensitive))
            continue;
        hits << &p;
    }
    // Sorted by name or key (the other orders of JIRA-OAS are taken, and list by key here).
    const bool byName = orderField == QLatin1String("name");
    std::stable_sort(hits.begin(), hits.end(), [byName, descending](const JProject *a, const JProject *b) {
        const int c = byName ? a->name.compare(b->name, Qt::CaseInsensitive) : a->key.compare(b->key);
        return descending ? c > 0 : c < 0;
    });

    const QByteArray host = r.header("Host");
    const QString origin = QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? QByteArrayLiteral("127.0.0.1") : host);
    const auto pageUrl = [&](qint64 at) {
        QUrlQuery q = r.query;
        q.removeAllQueryItems(QStringLiteral("startAt"));
        q.removeAllQueryItems(QStringLiteral("maxResults"));
        q.addQueryItem(QStringLiteral("startAt"), QString::number(at));
        q.addQueryItem(QStringLiteral("maxResults"), QString::number(maxResults));
        return origin + kPrefix + QStringLiteral("/project/search?") + q.toString(QUrl::FullyEncoded);
    };
    QJsonArray values;
    const qint64 end = std::min<qint64>(startAt + maxResults, hits.size());
    for (qint64 k = startAt; k < end; ++k)
        values.append(projectJson(*hits[k], origin));
    const bool isLast = end >= hits.size();
    QJsonObject out{{QStringLiteral("self"), pageUrl(startAt)}, {QStringLiteral("maxResults"), maxResults},
                    {QStringLiteral("startAt"), startAt}, {QStringLiteral("total"), hits.size()},
                    {QStringLiteral("isLast"), isLast}, {QStringLiteral("values"), values}};
    if (!isLast)
        out.insert(QStringLiteral("nextPage"), pageUrl(end));
    return HttpReply::json(200, out);
}

HttpReply JiraService::jqlParse(const HttpRequest &r) const
{
    const QString validation = r.queryValue(QStringLiteral("validation"));
    if (!r.hasQuery(QStringLiteral("validation")))
        return error(400, QStringLiteral("The validation parameter is required: strict, warn or none."));
    if (!QStringList{QStringLiteral("strict"), QStringLiteral("warn"), QStringLiteral("none")}.contains(validation))
        return invalidParameter(QStringLiteral("validation"), validation);
    bool ok = false;
    const QJsonObject body = r.json(&ok);
    if (!ok)
        return error(400, QStringLiteral("Invalid request payload. Refer to the REST API documentation and try again."));
    const QJsonValue queries = body.value(QLatin1String("queries"));
    if (!queries.isArray() || queries.toArray().isEmpty())
        return HttpReply::json(400, {{QStringLiteral("errorMessages"), QJsonArray()},
                                     {QStringLiteral("errors"), QJsonObject{{QStringLiteral("queries"),
                                                                             QStringLiteral("At least one query must be provided.")}}}});
    for (const QJsonValue &q : queries.toArray())
        if (!q.isString() || q.toString().isEmpty())
            return HttpReply::json(400, {{QStringLiteral("errorMessages"), QJsonArray()},
                                         {QStringLiteral("errors"), QJsonObject{{QStringLiteral("queries"),
                                                                                 QStringLiteral("A query must be a string of at least one character.")}}}});
    QJsonArray answers;
    for (const QJsonValue &q : queries.toArray()) {
        const QString jql = q.toString();
        QJsonObject answer{{QStringLiteral("query"), jql}};
        QString why;
        const std::optional<JqlQuery> parsed = parseJql(jql, m_zone, m_clock.nowMs(), &why);
        if (!parsed) { // malformed: an error whatever the validation
            answer.insert(QStringLiteral("errors"), QJsonArray{why});
            answers.append(answer);
            continue;
        }
        QStringList problems;
        if (validation != QLatin1String("none")) {
            for (const JqlQuery::IssueRef &ref : parsed->projectRefs) {
                const bool known = std::any_of(m_projects.cbegin(), m_projects.cend(), [&ref](const JProject &p) {
                    return p.key.compare(ref.value, Qt::CaseInsensitive) == 0 || p.id == ref.value
                           || p.name.compare(ref.value, Qt::CaseInsensitive) == 0;
                });
                if (!known)
                    problems << QStringLiteral("The value '%1' does not exist for the field '%2'.").arg(ref.value, ref.field);
            }
            for (const JqlQuery::IssueRef &ref : parsed->issueRefs) {
                const JIssue *named = issue(ref.value);
                if (!named || named->deleted)
                    problems << QStringLiteral("An issue with key '%1' does not exist for field '%2'.").arg(ref.value, ref.field);
            }
            problems.removeDuplicates();
        }
        if (!problems.isEmpty())
            answer.insert(validation == QLatin1String("strict") ? QStringLiteral("errors") : QStringLiteral("warnings"),
                          QJsonArray::fromStringList(problems));
        if (problems.isEmpty() || validation != QLatin1String("strict"))
            answer.insert(QStringLiteral("structure"), parsed->structure);
        answers.append(answer);
    }
    return HttpReply::json(200, {{QStringLiteral("queries"), answers}});
}

} // namespace sim
