#pragma once
#include "SyncRun.h"

#include <QObject>
#include <QSet>

namespace cairn {

class Scheduler;
class SourcesModel;
class SyncSession;

// Wires the Scheduler to the window's SyncSession: a due source is synced, every finished run
// (scheduled or "Sync now") reschedules its source, and the network state pauses the
// schedule while offline (QNetworkInformation, when a backend is there).
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    BackgroundSync(SyncSession &session, Scheduler &scheduler, const SourcesModel &sources, QObject *parent = nullptr);

    // Schedules the implemented sources from their last sync and starts the timer (once the
    // cache is open; before that it waits for SyncSession::opened).
    void start();
    // Adds to the schedule the sources set up since, and takes off those no longer set up
    // (after the Accounts or Settings dialog).
    void sourcesChanged();
    // The sources to schedule when set up (default: every implemented one; the demo serves only Google).
    void setSources(const QStringList &sources) { m_sourceList = sources; }

private:
    void schedule();
    void onDue(const QString &source);
    void onDone(const QString &source, cairn::RunStatus outcome);
    void watchNetwork();

    SyncSession &m_session;
    Scheduler &m_scheduler;
    const SourcesModel &m_sources;
    QStringList m_sourceList;
    QSet<QString> m_awaiting;
    bool m_started = false;
    bool m_scheduled = false;
};

} // namespace cairn
