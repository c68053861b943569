#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cairn {

// What a sync asks for (`auto`: the source decides) and, once decided, what a run or a
// listing does: `full` or `partial`. Stored and printed by name (modeName).
enum class SyncMode { Auto, Full, Partial };
QString modeName(SyncMode m);                                    // "auto", "full", "partial"
SyncMode modeFromName(const QString &name, bool *ok = nullptr); // "incremental" = partial

// How a run ended, or that it runs. Busy and Skipped runs never ran: another run of the
// source was going on, or nothing of it is set up; neither is recorded.
enum class RunStatus { Running, Ok, Failed, Cancelled, NeedsSignIn, Busy, Skipped };
// The one spelling of each status, for sync_runs, `cairn sync --json`, `cairn history`:
// running, ok, failed, cancelled, needs-sign-in, busy, skipped.
QString statusName(RunStatus s);
RunStatus statusFromName(const QString &name); // an unknown name is Failed

// What one run of one source did. Every run, failed ones too, is recorded (docs/architecture.md §1.7).
struct SyncRun
{
    qint64 id = 0;
    QString source;  // google, asana, github, jira
    QString account = QStringLiteral("default");
    QString scope;   // e.g. "connections", a repository, a Jira configuration
    SyncMode mode = SyncMode::Auto; // full or partial once the syncer has decided
    QDateTime startedAt;
    QDateTime finishedAt;
    RunStatus status = RunStatus::Running;
    QString error;
    int apiCalls = 0;
    int pages = 0;
    qint64 bytes = 0;
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int skipped = 0;
    QJsonObject extra; // per-source counters (Asana: projects_full, ...), warnings

    qint64 durationMs() const { return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : 0; }
    QJsonObject toJson() const;
};

} // namespace cairn
