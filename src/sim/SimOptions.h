// Options of the cloud simulator: sizes, seed, credentials, behaviour switches. The first four
// services' options are fields here (the tests set them by name); each service declares its
// cairn-sim options itself (SimOption, its SimServiceDescriptor in src/sim/<id>/), and a
// service added since keeps its values in `values`, read with number(), text() and isOn().
#pragma once

#include <QHash>
#include <QString>

namespace sim {

struct Options {
    quint32 seed = 1;
    int contacts = 200;      // generated Google contacts
    int contactGroups = 6;   // user groups (plus the system groups myContacts, starred)
    QString accessToken = QStringLiteral("cairn-sim-token"); // static bearer token, never expires
    bool expiredTokenAs410 = false; // EXPIRED_SYNC_TOKEN answered as 410 instead of 400
    // Demo flavour (cairn --demo): task, project, pull and issue titles and companies from the
    // believable lists of DemoWords.h instead of the tests' mixed-script ones. Same ids, counts
    // and random sequence; only the texts differ.
    bool demo = false;
    // Real-world latency (sim/Latency.h): 0 answers at once; 1 holds each answer back as long as
    // a real one of its size takes (100–800 ms); 0.1 a tenth of that. Deterministic from `seed`.
    double latency = 0;

    // Asana (off unless asanaProjects > 0)
    int asanaProjects = 0;          // generated active projects in the workspace
    int asanaTasksPerProject = 20;  // tasks generated in each of them
    bool asanaSearch = false;       // premium workspace: task search answers (else 402)
    int asanaPortfolios = 1;        // portfolios the user owns in the workspace (the first holds every other project)

    // GitHub (off unless githubRepos > 0)
    int githubRepos = 0;            // generated repositories ("owner/name")
    int githubPullsPerRepo = 30;    // pull requests generated in each
    int githubRateLimit = 5000;     // primary limit per hour; 304s are free
    // Jira Cloud (issues generated in three projects; the service answers even with none)
    int jiraIssues = 0;
    int jiraProjects = 3;           // projects of the site (at least the three the issues are in)
    QString jiraTimeZone = QStringLiteral("Pacific/Auckland"); // the searching user's profile zone

    // Rate limits: the services' documented values (docs/simulator.md "Rate limits",
    // src/sim/RateLimits.h); 0 switches one off, noRateLimits() all of them (not GitHub's
    // primary limit above).
    int googleReadsPerMinute = 90;          // People API read requests a minute per user
    int asanaRequestsPerMinute = -1;        // per token; -1: 150, or 1 500 in a paid workspace (asanaSearch)
    int asanaSearchPerMinute = 60;          // the task search's own limit
    int asanaReadsInFlight = 50;            // GET requests of a token being answered at once
    int asanaWritesInFlight = 15;           // POST, PUT, PATCH and DELETE
    int githubRequestsInFlight = 100;       // secondary limit, REST and GraphQL together
    int githubRestPointsPerMinute = 900;    // secondary limit per REST endpoint (GET 1 point, others 5)
    int githubGraphqlPointsPerMinute = 2000; // secondary limit of POST /graphql (query 1, mutation 5)
    int jiraBurstPerSecond = 100;           // per endpoint and method (GET, POST; PUT/DELETE half; GET issue 1.5×)
    int jiraPointsPerHour = 65000;          // the points quota of OAuth (3LO) traffic, per UTC hour
    // Every service's rate-limit options (SimOption::rateLimit) to 0.
    void noRateLimits();

    // OAuth (shared by every source that speaks OAuth)
    QString oauthClientId = QStringLiteral("cairn-desktop");
    QString oauthClientSecret = QStringLiteral("sim-client-secret");
    bool requireClientSecret = false; // Google: the installed-app secret is optional here
    bool rotateRefreshTokens = false; // refresh grant also returns a new refresh token
    int accessTokenLifetimeSeconds = 3600;

    // The options of services that have no field above, by their cairn-sim name (SimOption):
    // "gitlab-projects" → "12". Read them with these, which fall back to the declared default.
    QHash<QString, QString> values;
    qint64 number(const QString &option) const;
    QString text(const QString &option) const;
    bool isOn(const QString &option) const;
};

// A cairn-sim option a service adds (`--asana-projects n`), declared in its folder
// (SimServiceDescriptor::options). Its value lives in a field of Options or, for a service
// Options has no field for, in Options::values under its name.
struct SimOption
{
    enum class Kind { Number, Switch, Text };

    QString name;      // "asana-projects": --asana-projects
    QString help;      // its line in cairn-sim --help
    QString valueName; // "n", "zone"; none for a switch
    Kind kind = Kind::Number;
    qint64 min = 0, max = 0;  // a number's range
    bool rateLimit = false;   // --no-rate-limits (Options::noRateLimits) sets it to 0 unless given
    bool hasDefault = true;   // false: none in --help (the value depends on other options)
    int Options::*numberField = nullptr; // where its value lives, or
    bool Options::*switchField = nullptr;
    QString Options::*textField = nullptr;
    QString defaultValue;     // … Options::values[name], with this default

    static SimOption number(const QString &name, const QString &help, const QString &valueName, int Options::*field,
                            qint64 min, qint64 max);
    static SimOption number(const QString &name, const QString &help, const QString &valueName, qint64 defaultValue,
                            qint64 min, qint64 max);
    static SimOption flag(const QString &name, const QString &help, bool Options::*field = nullptr);
    static SimOption text(const QString &name, const QString &help, const QString &valueName, QString Options::*field);
    static SimOption text(const QString &name, const QString &help, const QString &valueName, const QString &defaultValue);
    SimOption asRateLimit() const;      // a rate limit (0 = off), on by default
    SimOption withoutDefault() const;

    // Its default as cairn-sim shows and parses it ("" for a switch or none).
    QString defaultText() const;
    // Sets it from the command line's text ("" for a switch given): false, with `error`
    // ("--n must be a number in 0..9"), for a number out of its range.
    bool set(Options &options, const QString &value, QString *error = nullptr) const;
    // Its value in `options`, as text.
    QString valueIn(const Options &options) const;
};

} // namespace sim
