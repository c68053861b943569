// The simulator's GitHub API against docs/api-notes.md §3 and GitHub's documented example
// (tests/fixtures/github): shapes, Link pages, ordering, ETag/304, rate-limit headers, errors.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace simtest;

namespace {
const QString kPulls = QStringLiteral("/github/repos/octo-org/website/pulls");

QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(CAIRN_SOURCE_DIR "/tests/fixtures/github/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonArray list(const Response &r)
{
    return QJsonDocument::fromJson(r.body).array();
}

// Every key of `expected` is in `actual` with a value of the same JSON type (null matches any).
QString sameShape(const QJsonObject &expected, const QJsonObject &actual, const QString &where)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!actual.contains(it.key()))
            return where + it.key() + QStringLiteral(" is missing");
        const QJsonValue a = actual.value(it.key());
        if (it->isNull() || a.isNull())
            continue;
        if (it->type() != a.type())
            return where + it.key() + QStringLiteral(" has another type");
        if (it->isObject()) {
            const QString inner = sameShape(it->toObject(), a.toObject(), where + it.key() + u'.');
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

sim::Options options()
{
    sim::Options o;
    o.contacts = 0;
    o.githubRepos = 2;
    o.githubPullsPerRepo = 75;
    return o;
}
} // namespace

class TestSimGitHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullsHaveTheDocumentedShape()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        const Response r = http.get(kPulls, query({{"state", "all"}}));
        QCOMPARE(r.status, 200);
        const QJsonArray items = list(r);
        QVERIFY(!items.isEmpty());
        QCOMPARE(sameShape(fixture("pull-list-item.json"), items.first().toObject(), QString()), QString());
        const int number = items.first().toObject().value(QStringLiteral("number")).toInt();
        const Response reviews = http.get(kPulls + QStringLiteral("/%1/reviews").arg(number));
        QCOMPARE(reviews.status, 200);
        for (const QJsonValue &v : list(reviews))
            QCOMPARE(sameShape(fixture("review.json"), v.toObject(), QString()), QString());
        // Timestamps are whole seconds in UTC, as GitHub writes them.
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"))
                    .match(items.first().toObject().value(QStringLiteral("updated_at")).toString())
                    .hasMatch());
    }

    void linkPagesCoverEveryPullOnceInOrder()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        QUrl next = s.baseUrl();
        next.setPath(kPulls);
        next.setQuery(query({{"state", "all"}, {"sort", "updated"}, {"direction", "desc"}, {"per_page", "30"}}));
        QSet<int> seen;
        QString previous;
        int pages = 0;
        while (next.isValid() && !next.isEmpty()) {
            const Response r = http.get(next.path(), QUrlQuery(next.query()));
            QCOMPARE(r.status, 200);
            ++pages;
            for (const QJsonValue &v : list(r)) {
                const QJsonObject o = v.toObject();
                QVERIFY(!seen.contains(o.value(QStringLiteral("number")).toInt()));
                seen.insert(o.value(QStringLiteral("number")).toInt());
                const QString updated = o.value(QStringLiteral("updated_at")).toString();
                QVERIFY(previous.isEmpty() || updated <= previous); // newest first
                previous = updated;
            }
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral(R"re(<([^>]+)>; rel="next")re")).match(QString::fromLatin1(r.header("Link")));
            next = m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
            if (pages == 1)
                QVERIFY(r.header("Link").contains("rel=\"last\""));
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 75);
    }

    void defaultsAreOpenNewestCreatedThirtyAPage()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        const QJsonArray items = list(http.get(kPulls));
        QVERIFY(items.size() <= 30);
        QString previous;
        for (const QJsonValue &v : items) {
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            const QString created = v.toObject().value(QStringLiteral("created_at")).toString();
            QVERIFY(previous.isEmpty() || created <= previous);
            previous = created;
        }
        QCOMPARE(http.get(kPulls, query({{"state", "merged"}})).status, 422);
    }

    void etagAnswers304WithoutSpendingTheLimit()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        const Response first = http.get(kPulls, query({{"state", "all"}}));
        const QByteArray etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        const int remaining = first.header("x-ratelimit-remaining").toInt();
        http.setHeader("If-None-Match", etag);
        const Response again = http.get(kPulls, query({{"state", "all"}}));
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("x-ratelimit-remaining").toInt(), remaining);
        const int onFirstPage = list(first).first().toObject().value(QStringLiteral("number")).toInt();
        QVERIFY(s.github().editPull(QStringLiteral("octo-org/website"), onFirstPage));
        const Response changed = http.get(kPulls, query({{"state", "all"}}));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.header("x-ratelimit-remaining").toInt(), remaining - 1);
    }

    void exhaustedLimitIs403UntilTheReset()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        s.github().setRateLimit(60, 0, 120);
        const Response r = http.get(kPulls);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("rate limit exceeded")));
        s.clock().advance(121);
        const Response after = http.get(kPulls);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.header("x-ratelimit-remaining"), QByteArray("59"));
    }

    void errorsLookLikeGitHubs()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        const Response missing = http.get(QStringLiteral("/github/repos/octo-org/nope/pulls"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("message")).toString(), QStringLiteral("Not Found"));
        QCOMPARE(http.get(kPulls + QStringLiteral("/9999")).status, 404);
        QVERIFY(s.github().deletePull(QStringLiteral("octo-org/website"), 3));
        QCOMPARE(http.get(kPulls + QStringLiteral("/3")).status, 404);
        http.setHeader("X-GitHub-Api-Version", "1999-01-01");
        QCOMPARE(http.get(kPulls).status, 400);
        http.setHeader("X-GitHub-Api-Version", "2022-11-28");
        http.setToken(QStringLiteral("wrong"));
        const Response denied = http.get(kPulls);
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.json().value(QStringLiteral("message")).toString(), QStringLiteral("Bad credentials"));
    }

    // GET /user/repos: every repository the token's user can see, once, most recently pushed
    // first with sort=pushed, in Link pages; GitHub's parameters checked; 401 without a token.
    void userReposAreTheSeededRepositoriesInPages()
    {
        sim::Options o = options();
        o.githubRepos = 5;
        o.githubPullsPerRepo = 3;
        sim::CloudSimulator s(o);
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        QUrl next = s.baseUrl();
        next.setPath(QStringLiteral("/github/user/repos"));
        next.setQuery(query({{"per_page", "2"}, {"sort", "pushed"}, {"affiliation", "owner,collaborator,organization_member"}}));
        QStringList seen;
        QString previous;
        int pages = 0;
        while (next.isValid() && !next.isEmpty()) {
            const Response r = http.get(next.path(), QUrlQuery(next.query()));
            QCOMPARE(r.status, 200);
            ++pages;
            const QJsonArray items = list(r);
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &v : items) {
                const QJsonObject repo = v.toObject();
                const QString name = repo.value(QStringLiteral("full_name")).toString();
                QVERIFY2(!seen.contains(name), qPrintable(name));
                seen << name;
                QCOMPARE(repo.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString() + u'/'
                             + repo.value(QStringLiteral("name")).toString(), name);
                QVERIFY(repo.value(QStringLiteral("private")).isBool());
                QVERIFY(repo.value(QStringLiteral("description")).isString() || repo.value(QStringLiteral("description")).isNull());
                QCOMPARE(repo.value(QStringLiteral("visibility")).toString(),
                         repo.value(QStringLiteral("private")).toBool() ? QStringLiteral("private") : QStringLiteral("public"));
                const QString pushed = repo.value(QStringLiteral("pushed_at")).toString();
                QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)")).match(pushed).hasMatch());
                QVERIFY2(previous.isEmpty() || pushed <= previous, qPrintable(pushed + QStringLiteral(" after ") + previous));
                previous = pushed;
            }
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral(R"re(<([^>]+)>; rel="next")re")).match(QString::fromLatin1(r.header("Link")));
            next = m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
            if (m.hasMatch())
                QVERIFY(next.query().contains(QLatin1String("sort=pushed"))); // every other parameter kept
        }
        QCOMPARE(pages, 3);
        QStringList expected = s.github().repoNames();
        expected.sort();
        seen.sort();
        QCOMPARE(seen, expected);
        // Some private, some public, some without a description: the picker shows each kind.
        const QJsonArray all = list(http.get(QStringLiteral("/github/user/repos"), query({{"per_page", "100"}})));
        QCOMPARE(all.size(), 5);
        QSet<bool> privacy;
        for (const QJsonValue &v : all)
            privacy.insert(v.toObject().value(QStringLiteral("private")).toBool());
        QCOMPARE(privacy.size(), 2);
        // Default order: full_name ascending.
        QCOMPARE(all.first().toObject().value(QStringLiteral("full_name")).toString(), expected.first());

        // A new pull is a push: that repository comes first.
        QCOMPARE(http.postJson(QStringLiteral("/_admin/github/mutate"), {{"op", "add_pull"}, {"repo", expected.last()}}).status, 200);
        const QJsonArray pushed = list(http.get(QStringLiteral("/github/user/repos"), query({{"sort", "pushed"}})));
        QCOMPARE(pushed.first().toObject().value(QStringLiteral("full_name")).toString(), expected.last());

        // The user's own repositories only: none of the organizations' ones.
        QCOMPARE(list(http.get(QStringLiteral("/github/user/repos"), query({{"affiliation", "owner"}}))).size(), 0);
        // GitHub's 422s: type with affiliation, an unknown sort.
        QCOMPARE(http.get(QStringLiteral("/github/user/repos"), query({{"type", "owner"}, {"affiliation", "owner"}})).status, 422);
        QCOMPARE(http.get(QStringLiteral("/github/user/repos"), query({{"sort", "stars"}})).status, 422);
        QCOMPARE(http.get(QStringLiteral("/github/user/repos"), query({{"affiliation", "friend"}})).status, 422);

        // Without a token: 401 "Requires authentication"; a wrong one: "Bad credentials".
        http.setToken(QString());
        const Response anonymous = http.get(QStringLiteral("/github/user/repos"));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json().value(QStringLiteral("message")).toString(), QStringLiteral("Requires authentication"));
        http.setToken(QStringLiteral("wrong"));
        const Response denied = http.get(QStringLiteral("/github/user/repos"));
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.json().value(QStringLiteral("message")).toString(), QStringLiteral("Bad credentials"));
    }

    void adminMutatesAndDumpsTheTruth()
    {
        sim::CloudSimulator s(options());
        QVERIFY(s.listenLocal());
        Http http(s.baseUrl());
        const Response added = http.postJson(QStringLiteral("/_admin/github/mutate"),
                                             {{"op", "add_review"}, {"repo", "octo-org/website"}, {"number", 2}});
        QCOMPARE(added.status, 200);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/github/mutate"), {{"op", "merge_pull"}, {"repo", "x/y"}, {"number", 1}}).status, 404);
        const QJsonObject truth = http.get(QStringLiteral("/_admin/truth/github")).json();
        QCOMPARE(truth.value(QStringLiteral("pulls")).toArray().size(), 150);
        QCOMPARE(truth.value(QStringLiteral("repos")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimGitHub)
#include "tst_simgithub.moc"
