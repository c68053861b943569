#pragma once
// cairn-bench with the simulator's latency model (`cairn-sim --latency`, src/sim/Latency.h):
// the simulator's journal of answers, the network floor computed from it, and the naive serial
// clients the syncs are compared with (bench/README.md, "Latency").
#include "Bench.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace bench::latency {

// One API answer of the simulator's journal (GET /_admin/latency/journal).
struct Call
{
    int seq = 0;
    double atMs = 0;      // when it was answered, from the journal's start
    QString method;
    QString path;
    QUrlQuery query;
    QJsonObject body;     // a JSON request body (GraphQL, a POST search), else empty
    int status = 0;
    qint64 bytes = 0;
    double delayMs = 0;   // the latency the model gave it (already × scale)
};

void startJournal(SimProcess &sim);
QList<Call> takeJournal(SimProcess &sim);

// The network floor of a run's calls: each takes exactly its modelled delay (no CPU time
// anywhere), starts as soon as the calls it depends on have answered (dependencies() below),
// and at most `inFlight` are under way at a time. `ms` is the makespan of a critical-path-first
// schedule; `lowerBoundMs` the longest chain or the total / inFlight, whichever is more (no
// schedule is shorter; `ms` equals it in every scenario of the bench so far).
struct Floor
{
    double ms = 0;
    double lowerBoundMs = 0;
    double longestChainMs = 0;
    double sumMs = 0; // the calls one after another: the floor of a serial client
    int calls = 0;
    qint64 bytes = 0;
    int inFlight = 0;
};
Floor floorOf(const QString &source, const QList<Call> &calls, int inFlight);

// For each call, the earlier calls it needs answered first: the page before it in its listing
// (a page token, an offset, a GraphQL cursor), and for a listing's first page what named its
// subject (an Asana project's tasks need the project list and, first, the project's Events
// token; a GitHub pull's reviews the page that listed the pull; a Jira bulk fetch the search
// that found its ids). A call whose token came from the saved state starts at once.
QList<QList<int>> dependencies(const QString &source, const QList<Call> &calls);

// A naive serial client, as the services' official client libraries are used: one request
// after another, each page parsed (QJsonDocument) before the next is asked for, no prefetch,
// no sync token, Events stream or ETag — every run lists everything again. It stores nothing.
struct NaiveRun
{
    qint64 wallMs = 0;
    int calls = 0;
    qint64 bytes = 0;
    int items = 0;    // contacts, tasks, issues, pulls + reviews seen
    int failures = 0; // answers that were not 200
};
NaiveRun naiveGoogle(const QUrl &base);
NaiveRun naiveAsana(const QUrl &base);
NaiveRun naiveGitHub(const QUrl &base, const QStringList &repos);
NaiveRun naiveJira(const QUrl &base, const QString &jql);

} // namespace bench::latency
