// Options of the cloud simulator: sizes, seed, credentials, behaviour switches.
#pragma once

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
    int gitlabProjects = 0;                 // GitLab projects generated (the service answers even with none) // gitlab: registered in sim/Services.cpp once it exists
    int gitlabMergeRequestsPerProject = 30; // merge requests generated in each // gitlab: registered in sim/Services.cpp once it exists

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
    int gitlabRequestsPerMinute = 2000;     // GitLab.com's authenticated API limit per user // gitlab: registered in sim/Services.cpp once it exists
    void noRateLimits()
    {
        googleReadsPerMinute = asanaRequestsPerMinute = asanaSearchPerMinute = asanaReadsInFlight = asanaWritesInFlight = 0;
        githubRequestsInFlight = githubRestPointsPerMinute = githubGraphqlPointsPerMinute = 0;
        jiraBurstPerSecond = jiraPointsPerHour = 0;
        gitlabRequestsPerMinute = 0; // gitlab: registered in sim/Services.cpp once it exists
    }

    // OAuth (shared by every source that speaks OAuth)
    QString oauthClientId = QStringLiteral("cairn-desktop");
    QString oauthClientSecret = QStringLiteral("sim-client-secret");
    bool requireClientSecret = false; // Google: the installed-app secret is optional here
    bool rotateRefreshTokens = false; // refresh grant also returns a new refresh token
    int accessTokenLifetimeSeconds = 3600;
};

} // namespace sim
