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
    connect(&m_session, &SyncSession::sourceDone, this, &BackgroundSync::onDone);
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
    m_scheduled = true;
    sourcesChanged();
    m_scheduler.start();
}

// Only what is set up is on the schedule: a source nobody set up is never tried (its page
// offers "Set up…"); one set up later joins, one signed out of leaves.
void BackgroundSync::sourcesChanged()
{
    if (!m_scheduled)
        return;
    const QStringList scheduled = m_scheduler.sources();
    for (const QString &source : scheduled)
        if (!m_session.settings().isSetUp(source))
            m_scheduler.removeSource(source);
    for (const QString &source : std::as_const(m_sourceList)) {
        if (!m_session.settings().isSetUp(source) || scheduled.contains(source))
            continue;
        // A sync already running (demo mode syncs when opened) counts as the last one.
        const QDateTime last = m_session.isSyncing(source) ? QDateTime::currentDateTimeUtc()
                                                           : m_sources.stateOf(source).lastSyncAt;
        m_scheduler.addSource(source, Scheduler::intervalFromSettings(m_session.settings(), source), last,
                              Scheduler::dailyFromSettings(m_session.settings(), source));
        if (m_session.isSyncing(source))
            m_awaiting.insert(source);
    }
}

void BackgroundSync::onDue(const QString &source)
{
    qCInfo(lcBackground) << "scheduled sync of" << source;
    m_awaiting.insert(source);
    m_session.syncNow(source, SyncMode::Auto, true); // refused at once → sourceDone() already came
}

// Once per source, after every account of it has run.
void BackgroundSync::onDone(const QString &source, RunStatus outcome)
{
    m_awaiting.remove(source); // (a sync the user started counts as the last one too)
    Scheduler::Outcome o = Scheduler::Outcome::Failed;
    if (outcome == RunStatus::Ok)
        o = Scheduler::Outcome::Ok;
    else if (outcome == RunStatus::Busy || outcome == RunStatus::Skipped)
        o = Scheduler::Outcome::Skipped;
    m_scheduler.finished(source, o);
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
