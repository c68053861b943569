#pragma once
#include "Syncer.h"
#include "SyncRun.h"

#include <QCoroTask>
#include <QObject>
#include <QSet>

#include <memory>

class QNetworkAccessManager;

namespace cairn {

class Settings;
class StoreWriter;
class SyncEngine;

// What the window syncs with: the settings of its data directory, the one StoreWriter (its
// own thread), the network access manager and the SyncEngine. Everything here is
// asynchronous; the GUI thread only starts work and reacts to signals.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    explicit SyncSession(const QString &dataDir, QObject *parent = nullptr);
    ~SyncSession() override;

    Settings &settings() { return *m_settings; }
    StoreWriter &writer() { return *m_writer; }
    SyncEngine &engine() { return *m_engine; }
    QString databasePath() const;
    bool isOpen() const { return m_open; }

    // Opens (creates, migrates) the database on the writer thread; then opened() or openFailed().
    void open();
    // Starts a sync of every account of `source`, one after the other; each run's outcome
    // arrives as syncFinished() (and syncFailed() when not ok), then sourceDone() once.
    // `background`: the scheduler's run, which nobody waits for (SyncEngine::run).
    // A source that is not set up (Settings::isSetUp) is not synced: only sourceDone(source,
    // Skipped) comes, no run is recorded and no failure is reported.
    void syncNow(const QString &source, SyncMode mode = SyncMode::Auto, bool background = false);
    bool isSyncing(const QString &source) const;
    // Set up, but with nothing chosen to sync yet (SourceViews::needsChoice: GitHub without
    // repositories, Jira without a configuration).
    bool needsChoice(const QString &source) const;
    void cancel(const QString &source);

Q_SIGNALS:
    void opened();
    void openFailed(const QString &message);
    void syncStarted(const QString &source, const QString &account);
    void progress(const QString &source, qint64 done, qint64 total);
    // What a run is doing beyond its progress ("waiting for GitHub's quota until 14:05"; "" when over).
    void statusText(const QString &source, const QString &text);
    void syncFinished(const cairn::SyncRun &run);
    // A run could not start (busy, unknown source, store error) or ended not ok.
    void syncFailed(const QString &source, const QString &message);
    // A sync could not start at all (no run recorded by the engine): not signed in, cache
    // not open, store error. Also reported as syncFailed().
    void syncRefused(const QString &source, const QString &message);
    // Every account of `source` has been synced (or refused): Ok when all runs were ok or
    // cancelled, Busy when another process held the source, else Failed.
    void sourceDone(const QString &source, cairn::RunStatus outcome);
    // Queued from the writer: `what` ("contacts", "contact groups", "runs") changed.
    void storeChanged(const QString &what);

private:
    QCoro::Task<> openTask();
    void refuseWithoutCredentials(const QString &source, SyncMode mode);
    QCoro::Task<> syncTask(QString source, SyncMode mode, bool background);
    void refuse(const QString &source, const QString &message);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_open = false;
    QSet<QString> m_active; // sources whose accounts are being synced
};

} // namespace cairn
