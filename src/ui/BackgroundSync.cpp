#include "BackgroundSync.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SourceRegistry.h"
#include "SourcesModel.h"
#include "SyncSession.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcBackground, "cairn.ui.background")

namespace cairn {

BackgroundSync::BackgroundSync(SyncSession &session, Scheduler &scheduler, const SourcesModel &sources, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scheduler(scheduler)
    , m_sources(sources)
    , m_sourceList(SourceRegistry::implemented())
{
    connect(&m_scheduler, &Scheduler::syncDue, this, &BackgroundSync::onDue);
    connect(&m_session, &SyncSession::syncFinished, this, &BackgroundSync::onFinished);
}

void BackgroundSync::start()
{
    if (m_started)
        return;
    m_started = true;
    watchNetwork();
    if (m_session.isOpen())
        schedule();
    else
        connect(&m_session, &SyncSession::opened, this, &BackgroundSync::schedule, Qt::SingleShotConnection);
}

void BackgroundSync::schedule()
{
    for (const QString &source : std::as_const(m_sourceList)) {
        // A sync already running (demo mode syncs when opened) counts as the last one.
        const QDateTime last = m_session.isSyncing(source) ? QDateTime::currentDateTimeUtc()
                                                           : m_sources.stateOf(source).lastSyncAt;
        m_scheduler.addSource(source, Scheduler::intervalFromSettings(m_session.settings(), source), last,
                              Scheduler::dailyFromSettings(m_session.settings(), source));
        if (m_session.isSyncing(source))
            m_awaiting.insert(source);
    }
    m_scheduler.start();
}

void BackgroundSync::onDue(const QString &source)
{
    qCInfo(lcBackground) << "scheduled sync of" << source;
    m_awaiting.insert(source);
    m_session.syncNow(source, SyncMode::Auto);
    // Refused before a run began (not signed in, cache not open): no syncFinished will come.
    if (m_awaiting.contains(source) && !m_session.isSyncing(source)) {
        m_awaiting.remove(source);
        m_scheduler.finished(source, Scheduler::Outcome::Failed);
    }
}

void BackgroundSync::onFinished(const SyncRun &run)
{
    m_awaiting.remove(run.source);
    Scheduler::Outcome outcome = Scheduler::Outcome::Failed;
    if (run.status == QLatin1String("ok") || run.status == QLatin1String("cancelled"))
        outcome = Scheduler::Outcome::Ok;
    else if (run.status == QLatin1String("busy"))
        outcome = Scheduler::Outcome::Skipped;
    m_scheduler.finished(run.source, outcome);
}

void BackgroundSync::watchNetwork()
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance())
        return; // no backend: assume online; a sync says so if not
    auto *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability r) {
        m_scheduler.setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    apply(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
}

} // namespace cairn
