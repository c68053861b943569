// The naive serial clients of the latency scenarios: each lists everything the way the
// service's official client library is used — one page after another, the next page asked for
// only when this one is parsed, the largest page the API allows (so that they differ from
// Cairn in strategy, not in page size), and the same fields Cairn asks for (the URLs come from
// Cairn's own API classes where it has them). No sync token, no Events, no ETag: a run with
// nothing changed lists everything again. Nothing is stored.
#include "Latency.h"

#include "asana/AsanaApi.h"
#include "github/GitHubApi.h"
#include "google/GoogleApi.h"
#include "HttpClient.h"
#include "jira/JiraApi.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace bench::latency {

namespace {

struct Answer
{
    int status = 0;
    QJsonDocument json;
    QByteArray link; // GitHub's Link header
};

// One request at a time; counts the calls and the bytes.
class Serial
{
public:
    explicit Serial(QByteArray authorization) : m_auth(std::move(authorization)) { m_timer.start(); }

    Answer get(const QUrl &url)
    {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", m_auth);
        req.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        a.link = reply->rawHeader("Link");
        reply->deleteLater();
        ++m_run.calls;
        m_run.bytes += body.size();
        if (a.status != 200)
            ++m_run.failures;
        a.json = QJsonDocument::fromJson(body); // as a client library would, before the next page
        return a;
    }

    void items(int n) { m_run.items += n; }
    NaiveRun done()
    {
        m_run.wallMs = m_timer.elapsed();
        return m_run;
    }

private:
    QByteArray m_auth;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_timer;
    NaiveRun m_run;
};

QUrl under(const QUrl &base, const QString &path)
{
    QUrl u = base;
    u.setPath(base.path() + path);
    return u;
}

QUrl withQuery(QUrl url, const QUrlQuery &q)
{
    url.setQuery(q);
    return url;
}

const QByteArray kBearer = "Bearer " + kSimToken;

} // namespace

NaiveRun naiveGoogle(const QUrl &base)
{
    Serial http(kBearer);
    const QUrl google = under(base, QStringLiteral("/google"));
    // people.connections.list: every page, no sync token.
    QString token;
    do {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("personFields"), cairn::google::GoogleApi::personFields());
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(cairn::google::GoogleApi::kPageSize));
        if (!token.isEmpty())
            q.addQueryItem(QStringLiteral("pageToken"), token);
        const Answer a = http.get(withQuery(under(google, QStringLiteral("/v1/people/me/connections")), q));
        http.items(int(a.json[QLatin1String("connections")].toArray().size()));
        token = a.json[QLatin1String("nextPageToken")].toString();
    } while (!token.isEmpty());
    // contactGroups.list: the labels.
    do {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(cairn::google::GoogleApi::kPageSize));
        q.addQueryItem(QStringLiteral("groupFields"), QStringLiteral("name,groupType,metadata"));
        if (!token.isEmpty())
            q.addQueryItem(QStringLiteral("pageToken"), token);
        const Answer a = http.get(withQuery(under(google, QStringLiteral("/v1/contactGroups")), q));
        token = a.json[QLatin1String("nextPageToken")].toString();
    } while (!token.isEmpty());
    return http.done();
}

namespace {
// An Asana listing: every page, following next_page.offset.
QJsonArray asanaAll(Serial &http, const QUrl &url, QUrlQuery q)
{
    QJsonArray all;
    q.addQueryItem(QStringLiteral("limit"), QString::number(cairn::asana::AsanaApi::kPageSize));
    QString offset;
    do {
        QUrlQuery page = q;
        if (!offset.isEmpty())
            page.addQueryItem(QStringLiteral("offset"), offset);
        const Answer a = http.get(withQuery(url, page));
        for (const QJsonValue &v : a.json[QLatin1String("data")].toArray())
            all.append(v);
        offset = a.json[QLatin1String("next_page")][QLatin1String("offset")].toString();
    } while (!offset.isEmpty());
    return all;
}
} // namespace

NaiveRun naiveAsana(const QUrl &base)
{
    Serial http(kBearer);
    const QUrl api = under(base, QStringLiteral("/asana/api/1.0"));
    const QJsonArray workspaces = asanaAll(http, under(api, QStringLiteral("/workspaces")), {});
    const QString workspace = workspaces.first()[QLatin1String("gid")].toString();
    QUrlQuery pq;
    pq.addQueryItem(QStringLiteral("workspace"), workspace);
    pq.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
    pq.addQueryItem(QStringLiteral("opt_fields"), cairn::asana::AsanaApi::projectFields());
    const QJsonArray projects = asanaAll(http, under(api, QStringLiteral("/projects")), pq);
    // Every project's tasks, one project after the other.
    for (const QJsonValue &p : projects) {
        QUrlQuery tq;
        tq.addQueryItem(QStringLiteral("project"), p[QLatin1String("gid")].toString());
        tq.addQueryItem(QStringLiteral("opt_fields"), cairn::asana::AsanaApi::taskFields());
        http.items(int(asanaAll(http, under(api, QStringLiteral("/tasks")), tq).size()));
    }
    return http.done();
}

namespace {
QUrl nextLink(const QByteArray &link)
{
    static const QRegularExpression next(QStringLiteral("<([^>]+)>;\\s*rel=\"next\""));
    const QRegularExpressionMatch m = next.match(QString::fromLatin1(link));
    return m.hasMatch() ? QUrl(m.captured(1), QUrl::StrictMode) : QUrl();
}
} // namespace

NaiveRun naiveGitHub(const QUrl &base, const QStringList &repos)
{
    Serial http(kBearer);
    QNetworkAccessManager unusedNam;
    cairn::HttpClient unused(&unusedNam);
    const cairn::github::GitHubApi gh(unused, under(base, QStringLiteral("/github")));
    for (const QString &repo : repos) {
        // pulls.list (state=all, per_page=100), every page by its Link; then each pull's reviews.
        QList<int> numbers;
        for (QUrl url = gh.pullsUrl(repo); url.isValid();) {
            const Answer a = http.get(url);
            for (const QJsonValue &p : a.json.array())
                numbers << p[QLatin1String("number")].toInt();
            url = nextLink(a.link);
        }
        http.items(int(numbers.size()));
        for (int number : std::as_const(numbers)) {
            for (QUrl url = gh.reviewsUrl(repo, number); url.isValid();) {
                const Answer a = http.get(url);
                http.items(int(a.json.array().size()));
                url = nextLink(a.link);
            }
        }
    }
    return http.done();
}

NaiveRun naiveJira(const QUrl &base, const QString &jql)
{
    Serial http("Basic " + QByteArray("bench@example.com:" + kSimToken).toBase64());
    const QUrl search = under(base, QStringLiteral("/jira/rest/api/3/search/jql"));
    // The JQL searched in full, page after page (nextPageToken), the fields Cairn keeps.
    auto enc = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    QString token;
    do {
        QUrl url = search;
        QString q = QStringLiteral("jql=") + enc(jql) + QStringLiteral("&fields=") + enc(cairn::jira::JiraApi::fields())
                    + QStringLiteral("&maxResults=") + QString::number(cairn::jira::JiraApi::kPageSize);
        if (!token.isEmpty())
            q += QStringLiteral("&nextPageToken=") + enc(token);
        url.setQuery(q, QUrl::StrictMode);
        const Answer a = http.get(url);
        http.items(int(a.json[QLatin1String("issues")].toArray().size()));
        token = a.json[QLatin1String("nextPageToken")].toString();
    } while (!token.isEmpty());
    return http.done();
}

} // namespace bench::latency
