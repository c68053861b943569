#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cairn {

// What one run of one source did. Every run, failed ones too, is recorded (docs/architecture.md §1.7).
struct SyncRun
{
    qint64 id = 0;
    QString source;  // google, asana, github, jira
    QString account = QStringLiteral("default");
    QString scope;   // e.g. "connections", a repository, a Jira configuration
    QString mode;    // full, partial
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status;  // running, ok, failed, cancelled
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
