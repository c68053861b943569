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

    // OAuth (shared by every source that speaks OAuth)
    QString oauthClientId = QStringLiteral("cairn-desktop");
    QString oauthClientSecret = QStringLiteral("sim-client-secret");
    bool requireClientSecret = false; // Google: the installed-app secret is optional here
    bool rotateRefreshTokens = false; // refresh grant also returns a new refresh token
    int accessTokenLifetimeSeconds = 3600;
};

} // namespace sim
