// POST /github/graphql: GitHub's GraphQL API for the fields a pull-request client asks for
// (docs/api-notes.md §6): repository.pullRequests ordered by UPDATED_AT or CREATED_AT with
// labels, assignees, review requests and reviews, and rateLimit. As strict as GitHub: the
// schema checks of GitHubGraphQLSchema.cpp come first (an unknown field is an error); the cost
// is charged to the GraphQL hour, a bucket of points of its own. Errors answer HTTP 200 with
// {"errors":[…]}, an exhausted limit with RATE_LIMITED; a bad token is a 401 (CloudSimulator).
#include "sim/github/GitHubGraphQLSchema.h"
#include "sim/github/GitHubService.h"
#include "sim/GraphQLDocument.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <functional>
#include <list>

namespace sim {

namespace {

QJsonValue isoOrNull(qint64 ms)
{
    if (ms == 0)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString cursorOf(const QString &position)
{
    return QString::fromLatin1(("cursor:v2:" + position.toUtf8()).toBase64());
}

std::optional<QString> positionOf(const QString &cursor)
{
    const auto raw = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!raw || !raw.decoded.startsWith("cursor:v2:"))
        return std::nullopt;
    return QString::fromUtf8(raw.decoded.mid(10));
}

// One object of the answer: its GraphQL type and what it stands for.
struct Obj
{
    QString type;
    const GRepo *repo = nullptr;
    const GPull *pull = nullptr;
    const GReview *review = nullptr;
    QString text;         // a login, a label name, a commit id
    QList<Obj> nodes;     // a connection's page
    int total = 0;        // a connection's totalCount
    QJsonObject pageInfo; // a connection's
};

Obj named(const QString &type, const QString &text)
{
    Obj o;
    o.type = type;
    o.text = text;
    return o;
}

QString actorType(const QString &login)
{
    return login.endsWith(QLatin1String("[bot]")) ? QStringLiteral("Bot") : QStringLiteral("User");
}

// reviewDecision as where reviews are required: the latest decisive review of each reviewer
// counts — any CHANGES_REQUESTED, else any APPROVED, else REVIEW_REQUIRED.
QString reviewDecision(const GPull &p)
{
    QHash<QString, QString> latest;
    for (const GReview &v : p.reviews)
        if (v.state != QLatin1String("COMMENTED"))
            latest.insert(v.user, v.state);
    bool approved = false;
    for (const QString &s : std::as_const(latest)) {
        if (s == QLatin1String("CHANGES_REQUESTED"))
            return s;
        approved = approved || s == QLatin1String("APPROVED");
    }
    return approved ? QStringLiteral("APPROVED") : QStringLiteral("REVIEW_REQUIRED");
}

// A connection's page of `count` items in its order. `compare(i, position, &ok)` places item i
// before (<0), at (0) or after (>0) a cursor's position; ok=false for a position not of this
// connection. `make(i)` builds item i.
Obj page(const QString &type, qsizetype count, const QJsonObject &args,
         const std::function<int(qsizetype, const QString &, bool *)> &compare, const std::function<QString(qsizetype)> &position,
         const std::function<Obj(qsizetype)> &make, QString *error)
{
    qsizetype from = 0, to = count;
    for (const char *key : {"after", "before"}) {
        const QJsonValue c = args.value(QLatin1String(key));
        if (!c.isString())
            continue;
        const std::optional<QString> pos = positionOf(c.toString());
        bool ok = pos.has_value();
        qsizetype i = 0;
        const bool after = qstrcmp(key, "after") == 0;
        while (ok && i < count && (after ? compare(i, *pos, &ok) <= 0 : compare(i, *pos, &ok) < 0))
            ++i;
        if (!ok) {
            *error = QStringLiteral("`%1` does not appear to be a valid cursor.").arg(c.toString());
            return {};
        }
        if (after)
            from = std::max(from, i);
        else
            to = std::min(to, i);
    }
    qsizetype start = from, end = std::max(from, to);
    if (args.value(QLatin1String("first")).isDouble())
        end = std::min(end, start + args.value(QLatin1String("first")).toInt());
    if (args.value(QLatin1String("last")).isDouble())
        start = std::max(start, end - args.value(QLatin1String("last")).toInt());
    Obj out;
    out.type = type;
    out.total = int(count);
    for (qsizetype i = start; i < end; ++i)
        out.nodes.append(make(i));
    out.pageInfo = {{QStringLiteral("hasNextPage"), end < to},
                    {QStringLiteral("hasPreviousPage"), start > from},
                    {QStringLiteral("startCursor"), start < end ? QJsonValue(cursorOf(position(start))) : QJsonValue()},
                    {QStringLiteral("endCursor"), start < end ? QJsonValue(cursorOf(position(end - 1))) : QJsonValue()}};
    return out;
}

// Nested lists (labels, reviews, …): positions are indexes.
template<typename T>
Obj indexPage(const QString &type, const QList<T> &items, const QJsonObject &args, const std::function<Obj(const T &)> &make,
              QString *error)
{
    return page(
        type, items.size(), args,
        [](qsizetype i, const QString &pos, bool *ok) {
            const qsizetype at = pos.toLongLong(ok);
            return i < at ? -1 : i == at ? 0 : 1;
        },
        [](qsizetype i) { return QString::number(i); }, [&](qsizetype i) { return make(items[i]); }, error);
}

class Runner
{
public:
    Runner(const GqlChecked &checked, const std::vector<GRepo> &repos, const QJsonObject &rate)
        : m_checked(checked), m_repos(repos), m_rate(rate)
    {
    }

    QJsonObject object(const Obj &o, const QList<GqlSelection> &selections, const QJsonArray &path)
    {
        QJsonObject out;
        for (const GqlSelection &s : selections) {
            if (!s.typeCondition.isEmpty()) {
                if (gqlIsPossible(s.typeCondition, o.type)) {
                    const QJsonObject inner = object(o, s.selections, path);
                    for (auto it = inner.begin(); it != inner.end(); ++it)
                        out.insert(it.key(), it.value());
                }
                continue;
            }
            QJsonArray here = path;
            here.append(s.key());
            out.insert(s.key(), field(o, s, here));
        }
        return out;
    }

    QJsonArray errors;

private:
    QJsonValue value(const std::optional<Obj> &o, const GqlSelection &s, const QJsonArray &path)
    {
        if (!o)
            return QJsonValue();
        return object(*o, s.selections, path);
    }

    QJsonValue field(const Obj &o, const GqlSelection &s, const QJsonArray &path)
    {
        const QJsonObject args = m_checked.args.value(&s);
        const QString &f = s.name;
        if (f == QLatin1String("__typename"))
            return o.type;
        if (o.type.endsWith(QLatin1String("Connection"))) {
            if (f == QLatin1String("totalCount"))
                return o.total;
            if (f == QLatin1String("pageInfo"))
                return o.pageInfo;
            QJsonArray nodes;
            for (qsizetype i = 0; i < o.nodes.size(); ++i) {
                QJsonArray at = path;
                at.append(int(i));
                nodes.append(object(o.nodes[i], s.selections, at));
            }
            return nodes;
        }
        if (o.type == QLatin1String("Query")) {
            if (f == QLatin1String("rateLimit"))
                return m_rate;
            if (f == QLatin1String("viewer"))
                return object(named(QStringLiteral("User"), GitHubService::viewerLogin()), s.selections, path);
            const QString full = args.value(QLatin1String("owner")).toString() + u'/' + args.value(QLatin1String("name")).toString();
            for (const GRepo &r : m_repos)
                if (!r.deleted && r.fullName().compare(full, Qt::CaseInsensitive) == 0) {
                    Obj repo;
                    repo.type = QStringLiteral("Repository");
                    repo.repo = &r;
                    return object(repo, s.selections, path);
                }
            fail(QStringLiteral("NOT_FOUND"), QStringLiteral("Could not resolve to a Repository with the name '%1'.").arg(full), s, path);
            return QJsonValue();
        }
        if (o.type == QLatin1String("Repository"))
            return repository(*o.repo, s, args, path);
        if (o.type == QLatin1String("PullRequest"))
            return pullField(*o.repo, *o.pull, s, args, path);
        if (o.type == QLatin1String("PullRequestReview")) {
            const GReview &v = *o.review;
            if (f == QLatin1String("id"))
                return QStringLiteral("PRR_kwDO%1").arg(v.id);
            if (f == QLatin1String("databaseId"))
                return v.id;
            if (f == QLatin1String("state"))
                return v.state;
            if (f == QLatin1String("body"))
                return v.body;
            if (f == QLatin1String("url"))
                return QStringLiteral("https://github.com/%1/pull/%2#pullrequestreview-%3").arg(o.repo->fullName()).arg(o.pull->number).arg(v.id);
            if (f == QLatin1String("createdAt") || f == QLatin1String("submittedAt"))
                return isoOrNull(v.submittedMs);
            if (f == QLatin1String("author"))
                return value(named(actorType(v.user), v.user), s, path);
            if (f == QLatin1String("commit"))
                return value(named(QStringLiteral("Commit"), v.commitId), s, path);
        }
        if (o.type == QLatin1String("Commit"))
            return f == QLatin1String("oid") ? o.text : QStringLiteral("C_kwDO") + o.text.left(12);
        if (o.type == QLatin1String("ReviewRequest"))
            return f == QLatin1String("id") ? QJsonValue(QStringLiteral("RR_kwDO") + o.text)
                                            : value(named(actorType(o.text), o.text), s, path);
        if (o.type == QLatin1String("Label"))
            return f == QLatin1String("name") ? QJsonValue(o.text) : f == QLatin1String("color") ? QJsonValue(QStringLiteral("d73a4a"))
                                                                                                 : QJsonValue(QStringLiteral("LA_kwDO") + o.text);
        // Actors: User, Bot, …
        if (f == QLatin1String("login"))
            return o.text;
        if (f == QLatin1String("url"))
            return QStringLiteral("https://github.com/") + o.text;
        if (f == QLatin1String("resourcePath"))
            return u'/' + o.text;
        if (f == QLatin1String("avatarUrl"))
            return QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(qHash(o.text) % 10'000'000 + 1);
        if (f == QLatin1String("databaseId"))
            return qint64(qHash(o.text) % 10'000'000) + 1;
        if (f == QLatin1String("name"))
            return QJsonValue();
        return QStringLiteral("U_kgDO%1").arg(qHash(o.text) % 10'000'000 + 1); // id
    }

    QJsonValue repository(const GRepo &r, const GqlSelection &s, const QJsonObject &args, const QJsonArray &path)
    {
        const QString &f = s.name;
        if (f == QLatin1String("id"))
            return QStringLiteral("R_kgDO%1").arg(r.id);
        if (f == QLatin1String("databaseId"))
            return r.id;
        if (f == QLatin1String("name"))
            return r.name;
        if (f == QLatin1String("nameWithOwner"))
            return r.fullName();
        if (f == QLatin1String("url"))
            return QStringLiteral("https://github.com/") + r.fullName();
        // pullRequests
        QStringList states;
        for (const QJsonValue &v : args.value(QLatin1String("states")).toArray())
            states << v.toString();
        const QJsonObject order = args.value(QLatin1String("orderBy")).toObject();
        const bool byUpdated = order.value(QLatin1String("field")).toString() == QLatin1String("UPDATED_AT");
        const bool byCreated = order.value(QLatin1String("field")).toString() == QLatin1String("CREATED_AT") || order.isEmpty();
        const bool desc = order.value(QLatin1String("direction")).toString() == QLatin1String("DESC");
        QList<const GPull *> chosen;
        for (const GPull &p : r.pulls) {
            const QString state = p.mergedMs ? QStringLiteral("MERGED") : p.closed ? QStringLiteral("CLOSED") : QStringLiteral("OPEN");
            if (!p.deleted && (states.isEmpty() || states.contains(state)))
                chosen << &p;
        }
        const auto key = [byUpdated, byCreated](const GPull *p) {
            return byUpdated ? p->updatedMs : byCreated ? p->createdMs : qint64(p->reviews.size());
        };
        std::stable_sort(chosen.begin(), chosen.end(), [&](const GPull *a, const GPull *b) {
            if (key(a) != key(b))
                return desc ? key(a) > key(b) : key(a) < key(b);
            return desc ? a->number > b->number : a->number < b->number;
        });
        // Cursors hold the sort key and the number: a page goes on after that place in the
        // order however the items moved meanwhile (as GitHub's do).
        const auto compare = [&](qsizetype i, const QString &pos, bool *ok) {
            const QStringList parts = pos.split(u':');
            bool okKey = false, okNumber = false;
            const qint64 k = parts.value(0).toLongLong(&okKey);
            const int n = parts.value(1).toInt(&okNumber);
            *ok = parts.size() == 2 && okKey && okNumber;
            const qint64 ki = key(chosen[i]);
            const int ni = chosen[i]->number;
            if (ki == k && ni == n)
                return 0;
            const bool before = desc ? (ki > k || (ki == k && ni > n)) : (ki < k || (ki == k && ni < n));
            return before ? -1 : 1;
        };
        QString error;
        const Obj conn = page(
            QStringLiteral("PullRequestConnection"), chosen.size(), args, compare,
            [&](qsizetype i) { return QStringLiteral("%1:%2").arg(key(chosen[i])).arg(chosen[i]->number); },
            [&](qsizetype i) {
                Obj o;
                o.type = QStringLiteral("PullRequest");
                o.repo = &r;
                o.pull = chosen[i];
                return o;
            },
            &error);
        if (!error.isEmpty()) {
            fail(QStringLiteral("INVALID_CURSOR_ARGUMENTS"), error, s, path);
            return QJsonValue();
        }
        return object(conn, s.selections, path);
    }

    QJsonValue pullField(const GRepo &r, const GPull &p, const GqlSelection &s, const QJsonObject &args, const QJsonArray &path)
    {
        const QString &f = s.name;
        if (f == QLatin1String("id"))
            return QStringLiteral("PR_kwDO%1").arg(p.id);
        if (f == QLatin1String("databaseId"))
            return p.id;
        if (f == QLatin1String("number"))
            return p.number;
        if (f == QLatin1String("title"))
            return p.title;
        if (f == QLatin1String("body"))
            return p.body; // String!: "" for none
        if (f == QLatin1String("state"))
            return p.mergedMs ? QStringLiteral("MERGED") : p.closed ? QStringLiteral("CLOSED") : QStringLiteral("OPEN");
        if (f == QLatin1String("closed"))
            return p.closed;
        if (f == QLatin1String("merged"))
            return p.mergedMs != 0;
        if (f == QLatin1String("isDraft"))
            return p.draft;
        if (f == QLatin1String("url"))
            return QStringLiteral("https://github.com/%1/pull/%2").arg(r.fullName()).arg(p.number);
        if (f == QLatin1String("createdAt"))
            return isoOrNull(p.createdMs);
        if (f == QLatin1String("updatedAt"))
            return isoOrNull(p.updatedMs);
        if (f == QLatin1String("closedAt"))
            return isoOrNull(p.closedMs);
        if (f == QLatin1String("mergedAt"))
            return isoOrNull(p.mergedMs);
        if (f == QLatin1String("headRefName"))
            return p.headRef;
        if (f == QLatin1String("headRefOid"))
            return p.headSha;
        if (f == QLatin1String("baseRefName"))
            return p.baseRef;
        if (f == QLatin1String("reviewDecision"))
            return reviewDecision(p);
        if (f == QLatin1String("author"))
            return value(named(actorType(p.user), p.user), s, path);
        QString error;
        Obj conn;
        if (f == QLatin1String("labels")) {
            conn = indexPage<QString>(QStringLiteral("LabelConnection"), p.labels, args,
                                      [](const QString &l) { return named(QStringLiteral("Label"), l); }, &error);
        } else if (f == QLatin1String("assignees")) {
            conn = indexPage<QString>(QStringLiteral("UserConnection"), p.assignees, args,
                                      [](const QString &l) { return named(QStringLiteral("User"), l); }, &error);
        } else if (f == QLatin1String("reviewRequests")) {
            conn = indexPage<QString>(QStringLiteral("ReviewRequestConnection"), p.requestedReviewers, args,
                                      [](const QString &l) { return named(QStringLiteral("ReviewRequest"), l); }, &error);
        } else { // reviews
            QList<GReview> chosen;
            QStringList states;
            for (const QJsonValue &v : args.value(QLatin1String("states")).toArray())
                states << v.toString();
            for (const GReview &v : p.reviews)
                if ((states.isEmpty() || states.contains(v.state))
                    && (!args.value(QLatin1String("author")).isString() || args.value(QLatin1String("author")).toString() == v.user))
                    chosen << v;
            m_reviewLists.push_back(chosen); // the answer's objects point into it
            const QList<GReview> &kept = m_reviewLists.back();
            conn = indexPage<GReview>(QStringLiteral("PullRequestReviewConnection"), kept, args,
                                      [&r, &p](const GReview &v) {
                                          Obj o;
                                          o.type = QStringLiteral("PullRequestReview");
                                          o.repo = &r;
                                          o.pull = &p;
                                          o.review = &v;
                                          return o;
                                      },
                                      &error);
        }
        if (!error.isEmpty()) {
            fail(QStringLiteral("INVALID_CURSOR_ARGUMENTS"), error, s, path);
            return QJsonValue();
        }
        return object(conn, s.selections, path);
    }

    void fail(const QString &type, const QString &message, const GqlSelection &s, const QJsonArray &path)
    {
        errors.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("path"), path},
                                  {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("line"), s.line},
                                                                                      {QStringLiteral("column"), s.column}}}},
                                  {QStringLiteral("message"), message}});
    }

    const GqlChecked &m_checked;
    const std::vector<GRepo> &m_repos;
    QJsonObject m_rate;
    std::list<QList<GReview>> m_reviewLists;
};

HttpReply errorsReply(const QJsonArray &errors, const QJsonValue &data = QJsonValue::Undefined)
{
    QJsonObject body;
    if (!data.isUndefined())
        body.insert(QStringLiteral("data"), data);
    body.insert(QStringLiteral("errors"), errors);
    return HttpReply::json(200, body);
}

} // namespace

HttpReply GitHubService::graphql(const HttpRequest &r)
{
    if (r.method != "POST")
        return error(404, QStringLiteral("Not Found"), QStringLiteral("https://docs.github.com/graphql"));
    if (m_clock.nowMs() >= m_gqlResetMs) {
        m_gqlRemaining = m_limit;
        m_gqlResetMs = m_clock.nowMs() + 3600 * 1000;
    }
    const auto withRate = [this](HttpReply reply) {
        reply.addHeader("x-ratelimit-limit", QByteArray::number(m_limit));
        reply.addHeader("x-ratelimit-remaining", QByteArray::number(std::max(0, m_gqlRemaining)));
        reply.addHeader("x-ratelimit-used", QByteArray::number(m_limit - std::max(0, m_gqlRemaining)));
        reply.addHeader("x-ratelimit-reset", QByteArray::number(m_gqlResetMs / 1000));
        reply.addHeader("x-ratelimit-resource", "graphql");
        return reply;
    };
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return withRate(error(400, QStringLiteral("Problems parsing JSON"), QStringLiteral("https://docs.github.com/graphql")));
    const QJsonObject request = body.object();
    if (!request.value(QLatin1String("query")).isString())
        return withRate(errorsReply({QJsonObject{{QStringLiteral("message"), QStringLiteral("A query attribute must be specified and must be a string.")}}}));
    const QJsonValue vars = request.value(QLatin1String("variables"));
    if (!vars.isUndefined() && !vars.isNull() && !vars.isObject())
        return withRate(errorsReply({QJsonObject{{QStringLiteral("message"), QStringLiteral("Variables are invalid JSON.")}}}));
    GqlParseError pe;
    const std::optional<GqlDocument> doc = parseGraphQL(request.value(QLatin1String("query")).toString(), &pe);
    if (!doc)
        return withRate(errorsReply({QJsonObject{{QStringLiteral("message"), pe.message},
                                                 {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("line"), pe.line},
                                                                                                     {QStringLiteral("column"), pe.column}}}}}}));
    const GqlChecked checked = checkGraphQL(*doc, vars.toObject());
    if (!checked.errors.isEmpty())
        return withRate(errorsReply(checked.errors));
    bool dryRun = false;
    for (const GqlSelection &s : doc->selections)
        dryRun = dryRun || (s.name == QLatin1String("rateLimit") && checked.args.value(&s).value(QLatin1String("dryRun")).toBool());
    if (m_gqlRemaining < checked.cost)
        return withRate(errorsReply({QJsonObject{{QStringLiteral("type"), QStringLiteral("RATE_LIMITED")},
                                                 {QStringLiteral("message"), QStringLiteral("API rate limit exceeded for user ID 583231.")}}}));
    if (!dryRun) {
        m_gqlRemaining -= checked.cost;
        m_gqlSpent += checked.cost;
    }
    const QJsonObject rate{{QStringLiteral("cost"), checked.cost},
                           {QStringLiteral("limit"), m_limit},
                           {QStringLiteral("nodeCount"), checked.nodes},
                           {QStringLiteral("remaining"), m_gqlRemaining},
                           {QStringLiteral("used"), m_limit - m_gqlRemaining},
                           {QStringLiteral("resetAt"), isoOrNull(m_gqlResetMs - m_gqlResetMs % 1000)}};
    Runner run(checked, m_repos, rate);
    Obj root;
    root.type = QStringLiteral("Query");
    const QJsonObject data = run.object(root, doc->selections, {});
    if (!run.errors.isEmpty())
        return withRate(errorsReply(run.errors, data));
    return withRate(HttpReply::json(200, {{QStringLiteral("data"), data}}));
}

} // namespace sim
