#include "SyncSession.h"
#include "Account.h"
#include "Error.h"
#include "Settings.h"
#include "StoreWriter.h"
#include "SyncEngine.h"
#include "SourceRegistry.h"
#include "SourceViews.h"
#include "SyncRunsRepo.h"
#include "SyncStateRepo.h"

#include <QCoroFuture>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSession, "cairn.ui.session")

namespace cairn {

SyncSession::SyncSession(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<Settings>(dataDir))
    , m_writer(std::make_unique<StoreWriter>(m_settings->databasePath()))
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_engine(std::make_unique<SyncEngine>(*m_settings, *m_writer, *m_nam))
{
    // changed() comes from the writer thread (or from a syncer on this one): always queue, so
    // the models never read in the middle of a signal emission.
    connect(m_writer.get(), &StoreWriter::changed, this, &SyncSession::storeChanged, Qt::QueuedConnection);
    connect(m_engine.get(), &SyncEngine::runStarted, this, &SyncSession::syncStarted);
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncSession::progress);
    connect(m_engine.get(), &SyncEngine::statusText, this, &SyncSession::statusText);
}

SyncSession::~SyncSession()
{
    m_engine->cancelAll();
}

QString SyncSession::databasePath() const
{
    return m_settings->databasePath();
}

void SyncSession::open()
{
    openTask();
}

QCoro::Task<> SyncSession::openTask()
{
    QPointer<SyncSession> self(this);
    QString failure;
    try {
        co_await m_writer->open();
    } catch (const Error &e) {
        failure = e.message;
    }
    if (!self)
        co_return;
    if (!failure.isEmpty()) {
        qCWarning(lcSession) << "cannot open the cache:" << failure;
        Q_EMIT openFailed(failure);
        co_return;
    }
    m_open = true;
    Q_EMIT opened();
}

bool SyncSession::needsChoice(const QString &source) const
{
    const SourceViews *views = SourceViews::find(source);
    return views && views->needsChoice && views->needsChoice(*m_settings);
}

bool SyncSession::isSyncing(const QString &source) const
{
    return m_active.contains(source) || m_engine->isRunning(source);
}

void SyncSession::cancel(const QString &source)
{
    m_engine->cancel(source);
}

void SyncSession::refuse(const QString &source, const QString &message)
{
    Q_EMIT syncFailed(source, message);
    Q_EMIT syncRefused(source, message);
    Q_EMIT sourceDone(source, RunStatus::Failed);
}

void SyncSession::syncNow(const QString &source, SyncMode mode, bool background)
{
    if (!m_open) {
        refuse(source, tr("the cache is not open yet"));
        return;
    }
    if (isSyncing(source))
        return;
    if (!m_settings->isSetUp(source) || needsChoice(source)) {
        // Nobody set it up, or nothing of it is chosen yet: nothing to sync, nothing to record,
        // nothing to tell. (The window offers "Set up…", "Choose repositories…" or "Set up
        // Jira…" on its page; a scheduled run of a source since signed out ends here.)
        Q_EMIT sourceDone(source, RunStatus::Skipped);
        return;
    }
    if (Settings::environmentToken(source).isEmpty() && AccountStore(*m_settings).of(source).isEmpty()) {
        refuseWithoutCredentials(source, mode);
        return;
    }
    m_active.insert(source);
    syncTask(source, mode, background);
}

// Without a token the engine's run would fail at its first request; say so here and record
// the refused run, so the sidebar and the history show it as the engine would.
void SyncSession::refuseWithoutCredentials(const QString &source, SyncMode mode)
{
    SyncRun run;
    run.source = source;
    run.mode = mode == SyncMode::Auto ? SyncMode::Partial : mode;
    run.status = RunStatus::NeedsSignIn;
    run.error = tr("Not signed in to %1.").arg(Settings::displayName(source)); // the window's words: "Sign in…" is beside it
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt;
    m_writer->transact([run](QSqlDatabase &db) {
        SyncRunsRepo::insert(db, run);
        SyncState s = SyncStateRepo::load(db, run.source, run.account, QString());
        s.status = run.status;
        s.lastError = run.error;
        SyncStateRepo::save(db, s);
    }).then(this, [this](auto) { Q_EMIT storeChanged(QStringLiteral("runs")); });
    refuse(source, run.error);
}

// Each account of the source in turn; one that fails or needs sign-in does not stop the
// others. A cancel stops the remaining accounts too.
QCoro::Task<> SyncSession::syncTask(QString source, SyncMode mode, bool background)
{
    QPointer<SyncSession> self(this);
    const QStringList accounts = m_engine->accountsToSync(source);
    RunStatus outcome = RunStatus::Ok;
    for (const QString &account : accounts) {
        SyncRun run;
        QString failure;
        try {
            run = co_await m_engine->run(source, mode, account, background);
        } catch (const Error &e) {
            failure = e.message;
        } catch (const std::exception &e) {
            failure = tr("internal error: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        if (!self)
            co_return;
        if (!failure.isEmpty()) {
            m_active.remove(source);
            refuse(source, failure);
            co_return;
        }
        Q_EMIT syncFinished(run);
        if (run.status == RunStatus::Busy) {
            outcome = run.status;
        } else if (run.status != RunStatus::Ok && run.status != RunStatus::Cancelled) {
            if (outcome == RunStatus::Ok)
                outcome = RunStatus::Failed;
        }
        if (run.status != RunStatus::Ok && run.status != RunStatus::Cancelled)
            Q_EMIT syncFailed(source, accounts.size() > 1 ? tr("%1 (%2)").arg(run.error, run.account) : run.error);
        if (run.status == RunStatus::Cancelled || run.status == RunStatus::Busy)
            break;
    }
    m_active.remove(source);
    Q_EMIT sourceDone(source, outcome);
}

} // namespace cairn
