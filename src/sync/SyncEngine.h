#pragma once
#include "RetryPolicy.h"
#include "SyncRun.h"
#include "Syncer.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cairn {

class Authenticator;
class Cancellation;
class HttpClient;
class Clock;
class Settings;
class StoreWriter;

// Runs one sync of one source at a time — across processes too (a lock file per source) —,
// records every run in sync_runs, reports progress and takes cancel (docs/architecture.md §2).
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Settings &settings, StoreWriter &writer, QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setClock(const Clock *clock) { m_clock = clock; }
    void setRetryPolicy(const RetryPolicy &p) { m_policy = p; }
    // How the HTTP clients of runs wait (a retry's delay, a Retry-After); empty: a timer.
    // Tests wait on the simulator's clock instead (HttpClient::setSleeper).
    using Sleeper = std::function<QCoro::Task<>(std::chrono::milliseconds, Cancellation *)>;
    void setSleeper(Sleeper s) { m_sleeper = std::move(s); }
    // Credentials per source; by default CAIRN_<SOURCE>_TOKEN as a bearer token, else the
    // account's own (TokenManager: keychain, refresh), else "not signed in".
    void setAuthenticator(const QString &source, std::shared_ptr<Authenticator> auth);
    using SyncerFactory = std::function<std::unique_ptr<Syncer>(const QString &source)>;
    void setSyncerFactory(SyncerFactory f) { m_factory = std::move(f); }

    // Runs a sync and returns its record (status ok, failed, cancelled or needs-sign-in) with
    // the one-line error; never throws. "busy" (not recorded): another run or process is
    // syncing `source`.
    // `account`: one of the source's accounts (AccountStore); "" the first one, or "default".
    // `background`: nobody waits for it (the scheduler), so a service's Retry-After may be
    // waited out longer (RetryPolicy::forBackground()).
    QCoro::Task<SyncRun> run(const QString &source, SyncMode mode, QString account = QString(), bool background = false);

    // The accounts a sync of `source` runs for, one run each: every signed-in account of the
    // source, or {""} (the "default" account) with a token from the environment or a test.
    QStringList accountsToSync(const QString &source) const;

    // The account `account` resolves to ("" → the first account, or "default").
    QString resolvedAccount(const QString &source, const QString &account) const;
    // Who `account` of `source` is, as its items name people (Syncer::whoAmI): one request,
    // with the account's credentials; "" when the source needs none or the request failed.
    QCoro::Task<QString> whoAmI(QString source, QString account);

    // For a request outside a run (the Settings' repository picker): an HttpClient with the
    // engine's retry policy and clock, `cancel`, and the credentials a run of `source` for
    // `account` would use.
    std::unique_ptr<HttpClient> clientFor(const QString &source, const QString &account, Cancellation *cancel);
    // Whether a request of `source` has credentials to send: a token from the environment or a
    // test, or a signed-in account.
    bool hasCredentials(const QString &source) const;

    bool isRunning(const QString &source) const { return m_running.contains(source); }
    void cancel(const QString &source);
    void cancelAll();

Q_SIGNALS:
    void runStarted(const QString &source, const QString &account);
    void progress(const QString &source, qint64 done, qint64 total);
    // What a run of `source` is doing beyond its progress ("" when that is over): the window's
    // status line and `cairn sync` show it.
    void statusText(const QString &source, const QString &text);
    void runFinished(const cairn::SyncRun &run);

private:
    std::shared_ptr<Authenticator> authenticatorFor(const QString &source, const QString &account);

    Settings &m_settings;
    StoreWriter &m_writer;
    QNetworkAccessManager &m_nam;
    const Clock *m_clock;
    RetryPolicy m_policy;
    Sleeper m_sleeper;
    SyncerFactory m_factory;
    QHash<QString, std::shared_ptr<Authenticator>> m_auth;
    QHash<QString, QPointer<Cancellation>> m_running;
};

} // namespace cairn
