// cairn-sim: the cloud simulator as a process. Prints "listening http://127.0.0.1:PORT" first.
#include "sim/CloudSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cairn-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local simulator of the Google People, Asana, GitHub and Jira Cloud APIs."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                  QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption contacts(QStringLiteral("contacts"), QStringLiteral("Number of Google contacts."),
                                      QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption groups(QStringLiteral("groups"), QStringLiteral("Number of user contact groups."),
                                    QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption token(QStringLiteral("access-token"), QStringLiteral("Static bearer token that never expires."),
                                   QStringLiteral("token"), QStringLiteral("cairn-sim-token"));
    const QCommandLineOption expired410(QStringLiteral("expired-410"),
                                        QStringLiteral("Answer an expired Google sync token with 410 instead of 400."));
    const QCommandLineOption rotate(QStringLiteral("rotate-refresh-tokens"),
                                    QStringLiteral("OAuth refresh grants return a new refresh token; the old one dies."));
    const QCommandLineOption asanaProjects(QStringLiteral("asana-projects"), QStringLiteral("Number of active Asana projects (0 = none)."),
                                           QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption asanaTasks(QStringLiteral("asana-tasks"), QStringLiteral("Tasks in each Asana project."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption asanaSearch(QStringLiteral("asana-search"),
                                         QStringLiteral("Premium workspace: the Asana task search answers instead of 402."));
    const QCommandLineOption asanaPortfolios(QStringLiteral("asana-portfolios"),
                                             QStringLiteral("Asana portfolios the user owns in the workspace (at least 1)."),
                                             QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption githubRepos(QStringLiteral("github-repos"), QStringLiteral("Number of GitHub repositories (0 = none)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption githubPulls(QStringLiteral("github-pulls"), QStringLiteral("Pull requests in each GitHub repository."),
                                         QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption githubLimit(QStringLiteral("github-rate-limit"), QStringLiteral("GitHub primary rate limit per hour."),
                                         QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption jiraIssues(QStringLiteral("jira-issues"), QStringLiteral("Number of Jira issues."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption jiraZone(QStringLiteral("jira-time-zone"),
                                      QStringLiteral("Time zone of the Jira user's profile (JQL dates are read in it)."),
                                      QStringLiteral("zone"), QStringLiteral("Pacific/Auckland"));
    const QCommandLineOption jiraProjects(QStringLiteral("jira-projects"),
                                          QStringLiteral("Projects of the Jira site (at least the 3 the issues are in)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Hold each answer back as long as a real one of its size takes (100–800 ms), "
                                                    "times this scale (0 = at once; 0.1 = a tenth). Deterministic from --seed."),
                                     QStringLiteral("scale"), QStringLiteral("0"));
    // The services' documented rate limits (docs/simulator.md), defaults from sim::Options;
    // 0 switches one off. Asana's minute (below) depends on --asana-search.
    struct Limit
    {
        const char *name;
        const char *help;
        int sim::Options::*field;
        qint64 max;
    };
    const Limit limits[] = {
        {"google-rate-limit", "Google People read requests a minute per user (0 = no limit).", &sim::Options::googleReadsPerMinute, 1000000},
        {"asana-search-rate-limit", "Asana task searches a minute per token (0 = no limit).", &sim::Options::asanaSearchPerMinute, 1000000},
        {"asana-concurrent-reads", "Asana GET requests of a token in flight at once (0 = no limit).", &sim::Options::asanaReadsInFlight, 100000},
        {"asana-concurrent-writes", "Asana POST/PUT/PATCH/DELETE requests in flight at once (0 = no limit).", &sim::Options::asanaWritesInFlight, 100000},
        {"github-concurrent-requests", "GitHub secondary limit: requests in flight at once (0 = no limit).", &sim::Options::githubRequestsInFlight, 100000},
        {"github-secondary-limit", "GitHub secondary limit: points a minute per REST endpoint (0 = no limit).", &sim::Options::githubRestPointsPerMinute, 1000000},
        {"github-graphql-secondary-limit", "GitHub secondary limit: GraphQL points a minute (0 = no limit).", &sim::Options::githubGraphqlPointsPerMinute, 1000000},
        {"jira-burst-limit", "Jira GET/POST requests a second per endpoint (0 = no limit).", &sim::Options::jiraBurstPerSecond, 1000000},
        {"jira-quota", "Jira points an hour of OAuth traffic (0 = no limit).", &sim::Options::jiraPointsPerHour, 100000000},
    };
    const sim::Options defaults;
    QList<QCommandLineOption> limitOptions;
    for (const Limit &l : limits)
        limitOptions.append(QCommandLineOption(QString::fromLatin1(l.name), QString::fromUtf8(l.help), QStringLiteral("n"),
                                               QString::number(defaults.*(l.field))));
    const QCommandLineOption asanaLimit(QStringLiteral("asana-rate-limit"),
                                        QStringLiteral("Asana requests a minute per token (default 150, 1500 with --asana-search; 0 = no limit)."),
                                        QStringLiteral("n"));
    const QCommandLineOption noLimits(QStringLiteral("no-rate-limits"),
                                      QStringLiteral("Switch every rate limit off but those given (GitHub's primary limit stays)."));
    parser.addOptions({port, seed, contacts, groups, token, expired410, rotate, asanaProjects, asanaTasks, asanaSearch,
                       asanaPortfolios, githubRepos, githubPulls, githubLimit, jiraIssues, jiraZone, jiraProjects,
                       asanaLimit, noLimits, latency});
    parser.addOptions(limitOptions);
    parser.process(app);

    auto number = [&parser](const QCommandLineOption &o, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            std::fprintf(stderr, "cairn-sim: --%s must be a number in %lld..%lld\n", qPrintable(o.names().first()),
                         static_cast<long long>(min), static_cast<long long>(max));
            std::exit(2);
        }
        return v;
    };
    sim::Options options;
    const quint16 wantedPort = quint16(number(port, 0, 65535));
    options.seed = quint32(number(seed, 0, 4294967295ll));
    options.contacts = int(number(contacts, 0, 10000000));
    options.contactGroups = int(number(groups, 0, 10000));
    options.accessToken = parser.value(token);
    options.expiredTokenAs410 = parser.isSet(expired410);
    options.rotateRefreshTokens = parser.isSet(rotate);
    options.asanaProjects = int(number(asanaProjects, 0, 100000));
    options.asanaTasksPerProject = int(number(asanaTasks, 0, 100000));
    options.asanaSearch = parser.isSet(asanaSearch);
    options.asanaPortfolios = int(number(asanaPortfolios, 1, 10000));
    options.githubRepos = int(number(githubRepos, 0, 10000));
    options.githubPullsPerRepo = int(number(githubPulls, 0, 1000000));
    options.githubRateLimit = int(number(githubLimit, 0, 1000000));
    options.jiraIssues = int(number(jiraIssues, 0, 10000000));
    options.jiraTimeZone = parser.value(jiraZone);
    options.jiraProjects = int(number(jiraProjects, 3, 10000));
    // --no-rate-limits: every limit off but those given explicitly.
    const bool allOff = parser.isSet(noLimits);
    if (allOff)
        options.noRateLimits();
    for (std::size_t i = 0; i < std::size(limits); ++i)
        if (!allOff || parser.isSet(limitOptions.at(qsizetype(i))))
            options.*(limits[i].field) = int(number(limitOptions.at(qsizetype(i)), 0, limits[i].max));
    if (parser.isSet(asanaLimit))
        options.asanaRequestsPerMinute = int(number(asanaLimit, 0, 1000000));

    bool latencyOk = false;
    options.latency = parser.value(latency).toDouble(&latencyOk);
    if (!latencyOk || options.latency < 0 || options.latency > 100) {
        std::fprintf(stderr, "cairn-sim: --latency must be a number in 0..100\n");
        return 2;
    }

    sim::CloudSimulator simulator(options);
    if (simulator.listenLocal(wantedPort) == 0) {
        std::fprintf(stderr, "cairn-sim: cannot listen on 127.0.0.1:%u\n", unsigned(wantedPort));
        return 1;
    }
    std::printf("listening %s\n", simulator.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
