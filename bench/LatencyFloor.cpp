// The simulator's journal of answers and the network floor computed from it: the calls a
// run made, each taking exactly its modelled latency, in the order their dependencies allow,
// at most the service's concurrency limit at a time.
#include "Latency.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <queue>

namespace bench::latency {

void startJournal(SimProcess &sim)
{
    sim.admin("POST", QStringLiteral("/_admin/latency/journal"));
}

QList<Call> takeJournal(SimProcess &sim)
{
    QList<Call> calls;
    for (const QJsonValue &v : sim.admin("GET", QStringLiteral("/_admin/latency/journal")).value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        Call c;
        c.seq = e.value(QLatin1String("seq")).toInt();
        c.atMs = e.value(QLatin1String("at_ms")).toDouble();
        c.method = e.value(QLatin1String("method")).toString();
        c.path = e.value(QLatin1String("path")).toString();
        c.query = QUrlQuery(e.value(QLatin1String("query")).toString());
        c.body = QJsonDocument::fromJson(e.value(QLatin1String("body")).toString().toUtf8()).object();
        c.status = e.value(QLatin1String("status")).toInt();
        c.bytes = e.value(QLatin1String("bytes")).toInteger();
        c.delayMs = e.value(QLatin1String("delay_ms")).toDouble();
        calls << c;
    }
    return calls;
}

namespace {

// Query items and body fields that carry a position in a listing.
const QStringList kTokenItems{QStringLiteral("pageToken"), QStringLiteral("offset"), QStringLiteral("nextPageToken"),
                              QStringLiteral("page"), QStringLiteral("sync")};

struct Keyed
{
    QString key;       // the listing: the call without its position
    bool token = false; // a later page (or a stream read with a token)
};

Keyed keyOf(const Call &c)
{
    Keyed k;
    QList<QPair<QString, QString>> items = c.query.queryItems(QUrl::FullyEncoded);
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&](const QPair<QString, QString> &i) {
                                   if (!kTokenItems.contains(i.first))
                                       return false;
                                   k.token = k.token || (!i.second.isEmpty() && i.second != QLatin1String("1"));
                                   return true;
                               }),
                items.end());
    std::sort(items.begin(), items.end());
    QJsonObject body = c.body;
    if (body.contains(QLatin1String("nextPageToken"))) {
        k.token = k.token || !body.value(QLatin1String("nextPageToken")).toString().isEmpty();
        body.remove(QStringLiteral("nextPageToken"));
    }
    QJsonObject vars = body.value(QLatin1String("variables")).toObject();
    if (vars.contains(QLatin1String("after"))) {
        k.token = k.token || !vars.value(QLatin1String("after")).toString().isEmpty();
        vars.remove(QStringLiteral("after"));
        body.insert(QStringLiteral("variables"), vars);
    }
    k.key = c.method + u' ' + c.path;
    for (const auto &i : std::as_const(items))
        k.key += u'&' + i.first + u'=' + i.second;
    if (!body.isEmpty())
        k.key += u' ' + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return k;
}

// The last call before `i` for which `pred` holds; -1 when none.
int lastBefore(const QList<Call> &calls, int i, const std::function<bool(const Call &)> &pred)
{
    for (int j = i - 1; j >= 0; --j)
        if (pred(calls[j]))
            return j;
    return -1;
}

bool isAsanaProjectList(const Call &c)
{
    return c.path.endsWith(QLatin1String("/projects")) || (c.path.contains(QLatin1String("/portfolios/")) && c.path.endsWith(QLatin1String("/items")));
}

// The repository ("owner/name") of a GitHub call: REST path or GraphQL variables.
QString gitHubRepo(const Call &c)
{
    const QJsonObject vars = c.body.value(QLatin1String("variables")).toObject();
    if (vars.contains(QLatin1String("owner")))
        return vars.value(QLatin1String("owner")).toString() + u'/' + vars.value(QLatin1String("name")).toString();
    const qsizetype at = c.path.indexOf(QLatin1String("/repos/"));
    if (at < 0)
        return {};
    const QStringList parts = c.path.mid(at + 7).split(u'/');
    return parts.size() >= 2 ? parts[0] + u'/' + parts[1] : QString();
}

// What the first page of a listing (or a single call) needs answered before it.
int parentOf(const QString &source, const QList<Call> &calls, int i)
{
    const Call &c = calls[i];
    if (source == QLatin1String("asana")) {
        if (isAsanaProjectList(c) || c.path.endsWith(QLatin1String("/tasks/search")) || c.path.endsWith(QLatin1String("/portfolios")))
            return lastBefore(calls, i, [](const Call &p) { return p.path.endsWith(QLatin1String("/workspaces")); });
        if (c.path.endsWith(QLatin1String("/events"))) // the project list decides whose stream is read
            return lastBefore(calls, i, isAsanaProjectList);
        if (c.path.endsWith(QLatin1String("/tasks")) && c.query.hasQueryItem(QStringLiteral("project"))) {
            // The project's Events token is taken before its listing (so that a change made
            // while it runs comes after the token); without one, the project list named it.
            const QString project = c.query.queryItemValue(QStringLiteral("project"));
            const int events = lastBefore(calls, i, [&](const Call &p) {
                return p.path.endsWith(QLatin1String("/events")) && p.query.queryItemValue(QStringLiteral("resource")) == project;
            });
            return events >= 0 ? events : lastBefore(calls, i, isAsanaProjectList);
        }
        if (c.path.contains(QLatin1String("/tasks/"))) // a single task an event named
            return lastBefore(calls, i, [](const Call &p) { return p.path.endsWith(QLatin1String("/events")); });
        if (c.path.contains(QLatin1String("/projects/")))
            return lastBefore(calls, i, isAsanaProjectList);
        return -1;
    }
    if (source == QLatin1String("github")) {
        // A pull's reviews, or a pull asked for by itself: after the page that listed it.
        if (c.path.contains(QLatin1String("/pulls/"))) {
            const QString repo = gitHubRepo(c);
            return lastBefore(calls, i, [&](const Call &p) { return p.path.endsWith(QLatin1String("/graphql")) && gitHubRepo(p) == repo; });
        }
        return -1;
    }
    if (source == QLatin1String("jira")) {
        if (c.path.endsWith(QLatin1String("/issue/bulkfetch")) || c.path.contains(QLatin1String("/issue/")))
            return lastBefore(calls, i, [](const Call &p) { return p.path.endsWith(QLatin1String("/search/jql")); });
        return -1;
    }
    return -1; // Google: the contacts listing and the groups listing need nothing before them
}

} // namespace

QList<QList<int>> dependencies(const QString &source, const QList<Call> &calls)
{
    QList<QList<int>> deps(calls.size());
    QHash<QString, int> lastOfListing;
    for (int i = 0; i < calls.size(); ++i) {
        const Keyed k = keyOf(calls[i]);
        const auto before = lastOfListing.constFind(k.key);
        if (k.token && before != lastOfListing.cend()) {
            deps[i] << *before; // the page before it gave its token
        } else {
            const int parent = parentOf(source, calls, i);
            if (parent >= 0)
                deps[i] << parent;
        }
        lastOfListing.insert(k.key, i);
    }
    return deps;
}

Floor floorOf(const QString &source, const QList<Call> &calls, int inFlight)
{
    Floor f;
    f.calls = int(calls.size());
    f.inFlight = inFlight;
    const qsizetype n = calls.size();
    if (n == 0)
        return f;
    const QList<QList<int>> deps = dependencies(source, calls);
    QList<QList<int>> next(n);
    QList<int> waiting(n, 0);
    for (int i = 0; i < n; ++i) {
        f.sumMs += calls[i].delayMs;
        f.bytes += calls[i].bytes;
        waiting[i] = int(deps[i].size());
        for (int d : deps[i])
            next[d] << i;
    }
    // The longest chain from each call to the end (dependencies point to earlier calls).
    QList<double> tail(n, 0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        double after = 0;
        for (int s : std::as_const(next[i]))
            after = std::max(after, tail[s]);
        tail[i] = calls[i].delayMs + after;
    }
    QList<double> head(n, 0); // the longest chain up to and including each call
    for (int i = 0; i < n; ++i) {
        double before = 0;
        for (int d : deps[i])
            before = std::max(before, head[d]);
        head[i] = before + calls[i].delayMs;
        f.longestChainMs = std::max(f.longestChainMs, head[i]);
    }
    f.lowerBoundMs = std::max(f.longestChainMs, f.sumMs / std::max(1, inFlight));

    // Critical path first: of the calls ready, the one with the longest chain after it starts.
    auto byTail = [&](int a, int b) { return tail[a] < tail[b] || (tail[a] == tail[b] && a > b); };
    std::priority_queue<int, std::vector<int>, decltype(byTail)> ready(byTail);
    using Running = std::pair<double, int>; // finish time, call
    std::priority_queue<Running, std::vector<Running>, std::greater<>> running;
    for (int i = 0; i < n; ++i)
        if (waiting[i] == 0)
            ready.push(i);
    double now = 0;
    qsizetype done = 0;
    while (done < n) {
        while (!ready.empty() && int(running.size()) < std::max(1, inFlight)) {
            const int i = ready.top();
            ready.pop();
            running.emplace(now + calls[i].delayMs, i);
        }
        if (running.empty())
            break; // a cycle: cannot happen, dependencies point backwards
        now = running.top().first;
        while (!running.empty() && running.top().first <= now) {
            const int i = running.top().second;
            running.pop();
            ++done;
            for (int s : std::as_const(next[i]))
                if (--waiting[s] == 0)
                    ready.push(s);
        }
    }
    f.ms = now;
    return f;
}

} // namespace bench::latency
