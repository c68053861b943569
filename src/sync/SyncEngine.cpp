#include "SyncEngine.h"
#include "Account.h"
#include "TokenManager.h"
#include "Cancellation.h"
#include "Clock.h"
#include "Error.h"
#include "FileSafety.h"
#include "HttpClient.h"
#include "SendOutbox.h"
#include "Settings.h"
#include "Sources.h"
#include "SourceRegistry.h"
#include "StoreWriter.h"
#include "SyncRunsRepo.h"
#include "SyncStateRepo.h"

#include <QCoroFuture>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "cairn.sync")

namespace cairn {

namespace {

// The token that is missing, said in the user's words.
class MissingCredentials final : public Authenticator
{
public:
    explicit MissingCredentials(QString source) : m_source(std::move(source)) {}
    QCoro::Task<QByteArray> authorization() override
    {
        // Said after the source's name ("Google Contacts: not signed in — …"): the next step, not the name again.
        throw Error(Error::Kind::Auth, SyncEngine::tr("not signed in — run `cairn login %1` (or set %2)")
                                           .arg(m_source, Settings::envName(m_source, "TOKEN")));
        co_return {};
    }

private:
    QString m_source;
};

RunStatus statusOf(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Cancelled: return RunStatus::Cancelled;
    case Error::Kind::Auth: return RunStatus::NeedsSignIn;
    default: return RunStatus::Failed;
    }
}

} // namespace

SyncEngine::SyncEngine(Settings &settings, StoreWriter &writer, QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_writer(writer)
    , m_nam(nam)
    , m_clock(&Clock::system())
    , m_factory([&settings](const QString &source) { return SourceRegistry::create(source, settings); })
{
}

SyncEngine::~SyncEngine()
{
    cancelAll();
}

void SyncEngine::setAuthenticator(const QString &source, std::shared_ptr<Authenticator> auth)
{
    m_auth.insert(source, std::move(auth));
}

std::shared_ptr<Authenticator> SyncEngine::authenticatorFor(const QString &source, const QString &account)
{
    if (auto a = m_auth.value(source))
        return a;
    const QByteArray token = Settings::environmentToken(source);
    // A site token (Jira): CAIRN_<SOURCE>_EMAIL with an API token is Basic auth; a token alone is a bearer token.
    const QByteArray email = OAuthConfig::supportsSiteToken(source) ? qgetenv(Settings::envName(source, "EMAIL").toLatin1().constData()) : QByteArray();
    if (!token.isEmpty() && !email.isEmpty())
        return std::make_shared<BasicAuth>(email, token);
    if (!token.isEmpty())
        return std::make_shared<BearerToken>(token);
    if (const std::optional<Account> a = AccountStore(m_settings).find(source, account))
        return std::make_shared<TokenManager>(m_settings, *a, &m_nam, m_clock);
    return std::make_shared<MissingCredentials>(source);
}

QStringList SyncEngine::accountsToSync(const QString &source) const
{
    QStringList ids;
    if (!m_auth.value(source) && Settings::environmentToken(source).isEmpty())
        for (const Account &a : AccountStore(m_settings).of(source))
            ids.append(a.id);
    return ids.isEmpty() ? QStringList{QString()} : ids;
}

QString SyncEngine::resolvedAccount(const QString &source, const QString &account) const
{
    if (!account.isEmpty())
        return account;
    // A token from the environment (or a test's) is nobody's account: "default".
    const QStringList ids = accountsToSync(source);
    return ids.first().isEmpty() ? QStringLiteral("default") : ids.first();
}

QCoro::Task<QString> SyncEngine::whoAmI(QString source, QString account)
{
    account = resolvedAccount(source, account);
    std::unique_ptr<Syncer> syncer = m_factory(source);
    if (!syncer)
        co_return QString();
    HttpClient http(&m_nam);
    http.setRetryPolicy(m_policy);
    http.setClock(m_clock);
    if (m_sleeper)
        http.setSleeper(m_sleeper);
    http.setAuthenticator(authenticatorFor(source, account));
    QString who;
    try {
        const QString answer = co_await syncer->whoAmI(http);
        who = answer;
    } catch (const Error &e) {
        qCWarning(lcSync) << "cannot tell who" << source << account << "is:" << e.message;
    }
    co_return who;
}

std::unique_ptr<HttpClient> SyncEngine::clientFor(const QString &source, const QString &account, Cancellation *cancel)
{
    auto http = std::make_unique<HttpClient>(&m_nam);
    http->setRetryPolicy(m_policy);
    http->setClock(m_clock);
    if (m_sleeper)
        http->setSleeper(m_sleeper);
    http->setCancellation(cancel);
    http->setAuthenticator(authenticatorFor(source, resolvedAccount(source, account)));
    return http;
}

bool SyncEngine::hasCredentials(const QString &source) const
{
    return m_auth.value(source) || !Settings::environmentToken(source).isEmpty() || !AccountStore(m_settings).of(source).isEmpty();
}

void SyncEngine::cancel(const QString &source)
{
    if (auto c = m_running.value(source))
        c->cancel();
}

void SyncEngine::cancelAll()
{
    for (const auto &c : std::as_const(m_running))
        if (c)
            c->cancel();
}

QCoro::Task<SyncRun> SyncEngine::run(const QString &source, SyncMode mode, QString account, bool background)
{
    // Refusals are returned, not thrown: an exception leaving this coroutine before it first
    // suspends would hang QCoro::waitFor (QCoro 0.8).
    account = resolvedAccount(source, account);
    SyncRun refused;
    refused.source = source;
    refused.account = account;
    refused.mode = mode;
    refused.startedAt = refused.finishedAt = m_clock->now();
    std::unique_ptr<Syncer> syncer = m_factory(source);
    if (!syncer) {
        refused.status = RunStatus::Failed;
        refused.error = tr("unknown or unsupported source \"%1\"").arg(source);
        co_return refused;
    }
    refused.status = RunStatus::Busy;
    if (m_running.contains(source)) {
        refused.error = tr("%1 is already syncing").arg(Settings::displayName(source));
        co_return refused;
    }
    // One writer per source across processes: the window, the tray and `cairn sync` never race.
    QDir().mkpath(m_settings.dataDir());
    auto lock = std::make_unique<QLockFile>(QDir(m_settings.dataDir()).filePath(QStringLiteral("sync-%1.lock").arg(source)));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError) {
            // Not another process: the folder is read-only, forbidden or full. Saying "busy"
            // would have a script retry forever.
            const int err = files::probeWrite(m_settings.dataDir());
            refused.status = RunStatus::Failed;
            refused.error = tr("cannot create the lock file in %1: %2")
                                .arg(QDir::toNativeSeparators(m_settings.dataDir()),
                                     err ? files::reason(err) : tr("the file could not be written"));
            co_return refused;
        }
        refused.error = tr("another Cairn process is syncing %1; try again when it has finished")
                            .arg(Settings::displayName(source));
        co_return refused;
    }

    Cancellation cancel;
    m_running.insert(source, &cancel);
    HttpClient http(&m_nam);
    http.setRetryPolicy(background ? m_policy.forBackground() : m_policy);
    http.setClock(m_clock);
    if (m_sleeper)
        http.setSleeper(m_sleeper);
    http.setCancellation(&cancel);
    http.setAuthenticator(authenticatorFor(source, account));

    SyncRun run;
    run.source = source;
    run.account = account;
    run.mode = mode;
    run.status = RunStatus::Running;
    run.startedAt = m_clock->now();
    std::optional<Error> failure;
    try {
        const SyncRun starting = run;
        QFuture<qint64> inserted = m_writer.transact([starting](QSqlDatabase &db) {
            SyncRunsRepo::closeInterrupted(db, starting.source, starting.startedAt);
            SyncState s = SyncStateRepo::load(db, starting.source, starting.account, QString());
            s.status = RunStatus::Running;
            SyncStateRepo::save(db, s);
            return SyncRunsRepo::insert(db, starting);
        });
        run.id = co_await inserted;
    } catch (const Error &e) {
        failure = e;
    }
    if (failure) {
        m_running.remove(source);
        run.status = RunStatus::Failed;
        run.error = failure->message;
        run.finishedAt = m_clock->now();
        co_return run;
    }
    Q_EMIT m_writer.changed(QStringLiteral("runs"));
    Q_EMIT runStarted(source, account);
    qCInfo(lcSync) << "run" << run.id << source << modeName(mode);

    SyncContext ctx{m_writer, http, cancel, *m_clock, run, run.account,
                    [this, source](qint64 done, qint64 total) { Q_EMIT progress(source, done, total); }, background, [this, source](const QString &text) { Q_EMIT statusText(source, text); }};
    // A service asking to slow down for a while: say so, and until when.
    connect(&http, &HttpClient::rateLimitWait, this, [this, source](qint64 delayMs) {
        if (delayMs < 5'000)
            return;
        Q_EMIT statusText(source, tr("%1 asked to slow down: waiting %2 s")
                                      .arg(Settings::displayName(source))
                                      .arg((delayMs + 999) / 1000));
    });
    connect(&http, &HttpClient::rateLimitWaitOver, this, [this, source] { Q_EMIT statusText(source, QString()); });
    try {
        // What the person changed here goes first (issue 22), where writing is switched on for
        // this run's account; another account's changes wait for its own run.
        if (const WriteFacts *w = writingOn(m_settings, source, account)) {
            const std::unique_ptr<ChangeSender> sender = w->makeSender(m_settings);
            co_await sendOutbox(ctx, *sender, source);
        }
        co_await syncer->sync(ctx, mode);
        run.status = RunStatus::Ok;
    } catch (const Error &e) {
        run.status = statusOf(e);
        run.error = e.message;
    } catch (const std::exception &e) {
        run.status = RunStatus::Failed;
        run.error = tr("internal error: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    if (run.status == RunStatus::NeedsSignIn) // the tray and the Accounts dialog show it
        AccountStore(m_settings).setStatus(source, account, statusName(run.status));
    run.apiCalls = http.requestCount();
    run.bytes = http.bytesReceived();
    run.finishedAt = m_clock->now();
    if (http.retryCount() > 0)
        run.extra.insert(QStringLiteral("retries"), http.retryCount());
    if (http.rateLimitedCount() > 0) {
        run.extra.insert(QStringLiteral("rate_limited"), http.rateLimitedCount());
        run.extra.insert(QStringLiteral("rate_limit_wait_ms"), QJsonValue(http.rateLimitWaitMs()));
    }
    try {
        const SyncRun finished = run;
        QFuture<void> recorded = m_writer.transact([finished](QSqlDatabase &db) {
            SyncRunsRepo::update(db, finished);
            SyncState s = SyncStateRepo::load(db, finished.source, finished.account, QString());
            s.status = finished.status;
            s.lastError = finished.error;
            if (finished.status == RunStatus::Ok) {
                s.lastSyncAt = finished.finishedAt;
                if (finished.mode == SyncMode::Full)
                    s.lastFullSyncAt = finished.finishedAt;
            }
            SyncStateRepo::save(db, s);
        });
        co_await recorded;
    } catch (const Error &e) {
        // The run's own record could not be written (disk full, ...): say so with the run.
        qCWarning(lcSync) << "could not record run" << run.id << e.message;
        if (run.error.isEmpty())
            run.error = e.message;
        run.status = RunStatus::Failed;
    }
    m_running.remove(source);
    Q_EMIT m_writer.changed(QStringLiteral("runs"));
    Q_EMIT runFinished(run);
    co_return run;
}

} // namespace cairn
