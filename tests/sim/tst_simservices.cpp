// The simulator's list of services (src/sim/Services.cpp, src/sim/SimService.h): each service
// on it is made once per simulator, answers under its id — its admin endpoints, its faults in
// its own shape, its OAuth client, its rate-limit counts —, and declares its cairn-sim options,
// whose values live in sim::Options' fields or, for a service without fields, in its `values`.
#include "SimHttp.h"
#include "sim/CloudSimulator.h"
#include "sim/Services.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace simtest;

class TestSimServices : public QObject
{
    Q_OBJECT

    static std::unique_ptr<sim::CloudSimulator> start()
    {
        sim::Options o;
        o.contacts = 5;
        o.asanaProjects = 1;
        o.asanaTasksPerProject = 2;
        o.githubRepos = 1;
        o.githubPullsPerRepo = 2;
        o.jiraIssues = 5;
        auto s = std::make_unique<sim::CloudSimulator>(o);
        if (s->listenLocal() == 0)
            qFatal("cannot listen");
        return s;
    }

private Q_SLOTS:
    // One of each, in the list's order; ids that can be paths, options that are not twice.
    void everyServiceIsMadeOnceInTheListsOrder()
    {
        const auto s = start();
        QStringList made;
        for (const sim::SimService *service : s->services())
            made << service->id();
        QCOMPARE(made, sim::Services::ids());
        QVERIFY(made.size() >= 4);
        QSet<QString> options{QStringLiteral("port"), QStringLiteral("seed"), QStringLiteral("access-token"),
                              QStringLiteral("rotate-refresh-tokens"), QStringLiteral("no-rate-limits"),
                              QStringLiteral("latency")}; // cairn-sim's own
        for (const sim::SimServiceDescriptor *d : sim::Services::all()) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9]*$")).match(d->id).hasMatch(), qPrintable(d->id));
            QVERIFY2(d->make && !d->title.isEmpty(), qPrintable(d->id));
            QCOMPARE(s->service(d->id)->id(), d->id);
            QCOMPARE(sim::Services::find(d->id), d);
            QVERIFY2(s->service(d->id)->prefixes().contains(u'/' + d->id + u'/'), qPrintable(d->id));
            if (d->oauth)
                QVERIFY2(s->oauth().hasSource(d->id), qPrintable(d->id));
            for (const sim::SimOption &o : d->options) {
                QVERIFY2(!options.contains(o.name), qPrintable(o.name));
                options << o.name;
                QVERIFY2(!o.help.isEmpty(), qPrintable(o.name));
            }
        }
        QVERIFY(!s->service(QStringLiteral("nope")));
        QCOMPARE(&s->service<sim::JiraService>(), &s->jira());
        // cairn-sim's description: "Local simulator of the Google People, …, GitHub and Jira Cloud APIs."
        const QString titles = sim::Services::titles();
        QVERIFY(titles.startsWith(sim::Services::all().first()->title + u','));
        QVERIFY(titles.endsWith(QStringLiteral(" and ") + sim::Services::all().last()->title));
    }

    // /_admin/truth/<id> and /_admin/<id>/mutate reach the service of that id, and only a
    // service on the list.
    void theAdminApiIsEachServicesById()
    {
        const auto s = start();
        Http http(s->baseUrl());
        for (const QString &id : sim::Services::ids()) {
            const Response truth = http.get(QStringLiteral("/_admin/truth/") + id);
            QCOMPARE(truth.status, 200);
            QCOMPARE(truth.json(), s->groundTruth(id));
            QVERIFY2(!truth.json().isEmpty(), qPrintable(id));
            const Response mutate = http.postJson(QStringLiteral("/_admin/%1/mutate").arg(id), {{"op", "no-such-op"}});
            QCOMPARE(mutate.status, 400);
            QCOMPARE(mutate.json().value(QLatin1String("error")).toString(), QStringLiteral("unknown op: no-such-op"));
        }
        QCOMPARE(http.get(QStringLiteral("/_admin/truth/nope")).status, 404);
        QCOMPARE(http.postJson(QStringLiteral("/_admin/nope/mutate"), {{"op", "add"}}).status, 404);
        QVERIFY(s->groundTruth(QStringLiteral("nope")).isEmpty());
        // Every service's refusals are counted, none yet.
        const QJsonObject limits = s->requestCounts().value(QLatin1String("rate_limits")).toObject();
        QStringList counted = limits.keys();
        QStringList ids = sim::Services::ids();
        counted.sort();
        ids.sort();
        QCOMPARE(counted, ids);
    }

    // An injected fault without a body answers in the shape of the service its path is under
    // — its API or its sign-in (/oauth/<id>/) —, and a path of no service in plain JSON.
    void faultsAnswerInTheServicesShape()
    {
        const auto s = start();
        Http http(s->baseUrl());
        for (sim::SimService *service : s->services()) {
            const QString api = service->prefixes().first() + QStringLiteral("anything");
            const QString signIn = QStringLiteral("/oauth/%1/token").arg(service->id());
            for (const QString &path : {api, signIn}) {
                QCOMPARE(http.postJson(QStringLiteral("/_admin/faults"), {{"path", path}, {"status", 503}}).status, 200);
                const Response r = http.get(path);
                QCOMPARE(r.status, 503);
                QCOMPARE(r.body, service->faultReply(503).body);
            }
        }
        QCOMPARE(http.postJson(QStringLiteral("/_admin/faults"), {{"path", "/elsewhere"}, {"status", 502}}).status, 200);
        const Response other = http.get(QStringLiteral("/elsewhere"));
        QCOMPARE(other.status, 502);
        QCOMPARE(other.json().value(QLatin1String("error")).toString(), QStringLiteral("Injected fault."));
        QCOMPARE(http.get(QStringLiteral("/elsewhere")).status, 404);
    }

    // What the demo needs of each: the environment that points a client at it.
    void eachServiceTellsAClientWhereItIs()
    {
        const auto s = start();
        for (const sim::SimService *service : s->services()) {
            const QByteArray upper = service->id().toUpper().toLatin1();
            const auto env = service->clientEnvironment(s->baseUrl(), QStringLiteral("t0k"));
            // Its API under /<id> (GitLab's under /gitlab/api/v4, as GitLab's is under /api/v4).
            QString api;
            for (const auto &[name, value] : env)
                if (name == "CAIRN_" + upper + "_API_URL")
                    api = value;
            QVERIFY2(api == s->baseUrl().toString() + u'/' + service->id() || api.startsWith(s->baseUrl().toString() + u'/' + service->id() + u'/'),
                     qPrintable(api));
            QVERIFY(env.contains(qMakePair("CAIRN_" + upper + "_TOKEN", QStringLiteral("t0k"))));
        }
        sim::Options demo;
        sim::Services::forDemo(demo);
        QCOMPARE(demo.seed, sim::Options().seed); // sizes only
    }

    // --no-rate-limits: each service's rate-limit options to 0, and only those.
    void noRateLimitsSwitchesOffEachServicesLimits()
    {
        sim::Options o;
        o.noRateLimits();
        int limits = 0;
        for (const sim::SimServiceDescriptor *d : sim::Services::all())
            for (const sim::SimOption &option : d->options) {
                if (option.rateLimit) {
                    ++limits;
                    QCOMPARE(option.valueIn(o), QStringLiteral("0"));
                    QVERIFY2(option.valueIn(sim::Options()) != QLatin1String("0"), qPrintable(option.name)); // on by default
                } else {
                    QCOMPARE(option.valueIn(o), option.valueIn(sim::Options()));
                }
            }
        QVERIFY(limits >= 4);
    }

    // An option of a service sim::Options has no field for keeps its value in `values`.
    void anOptionWithoutAFieldLivesInValues()
    {
        const sim::SimOption items = sim::SimOption::number(QStringLiteral("x-items"), QStringLiteral("Items."), QStringLiteral("n"), 5, 0, 10);
        const sim::SimOption on = sim::SimOption::flag(QStringLiteral("x-on"), QStringLiteral("On."));
        const sim::SimOption zone = sim::SimOption::text(QStringLiteral("x-zone"), QStringLiteral("Zone."), QStringLiteral("zone"), QStringLiteral("UTC"));
        sim::Options o;
        QCOMPARE(items.defaultText(), QStringLiteral("5"));
        QCOMPARE(items.valueIn(o), QStringLiteral("5"));
        QCOMPARE(on.valueIn(o), QStringLiteral("false"));
        QCOMPARE(zone.valueIn(o), QStringLiteral("UTC"));
        QVERIFY(items.set(o, QStringLiteral("7")));
        QVERIFY(on.set(o, QString()));
        QVERIFY(zone.set(o, QStringLiteral("Europe/Berlin")));
        QCOMPARE(o.values.value(QStringLiteral("x-items")), QStringLiteral("7"));
        QCOMPARE(items.valueIn(o), QStringLiteral("7"));
        QVERIFY(o.isOn(QStringLiteral("x-on")));
        QCOMPARE(o.text(QStringLiteral("x-zone")), QStringLiteral("Europe/Berlin"));
        QString error;
        QVERIFY(!items.set(o, QStringLiteral("11"), &error));
        QCOMPARE(error, QStringLiteral("--x-items must be a number in 0..10"));
        QVERIFY(!items.set(o, QStringLiteral("many"), &error));
        QCOMPARE(o.number(QStringLiteral("x-items")), 7);
        // A declared option with a field reads through it.
        o.contacts = 12;
        QCOMPARE(o.number(QStringLiteral("contacts")), 12);
        QCOMPARE(sim::Options().number(QStringLiteral("jira-projects")), 3);
    }
};

QTEST_GUILESS_MAIN(TestSimServices)
#include "tst_simservices.moc"
