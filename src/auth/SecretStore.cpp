#include "SecretStore.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "cairn.auth.secrets")

namespace cairn {

namespace {

struct State
{
    bool sessionOnly = false;
    QHash<QString, QByteArray> memory; // session-only secrets
    int attempts = 4;
    std::chrono::milliseconds pause{500};
};

State &state()
{
    static State s;
    return s;
}

enum class Op { Read, Write, Remove };

struct Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray data;
};

// What an error of QtKeychain means for the person signing in.
enum class Trouble { None, Unavailable, Locked, Refused };

// A keychain that is missing or not yet started is worth a retry, then "no keychain" (error
// 7 "Cannot autolaunch D-Bus", "Object does not exist at path .../collection/login" while
// gnome-keyring starts: SETUP.md). A locked keyring (libsecret's SECRET_ERROR_IS_LOCKED, which
// QtKeychain reports as AccessDenied, "Cannot create an item in a locked collection") and a
// prompt the user dismissed are answers, not hiccups: asking again would only bring the
// unlock prompt back, so neither is retried.
Trouble troubleOf(QKeychain::Error e, const QString &message)
{
    if (e == QKeychain::NoError || e == QKeychain::EntryNotFound)
        return Trouble::None;
    if (e == QKeychain::AccessDeniedByUser || message.contains(QLatin1String("dismissed"), Qt::CaseInsensitive))
        return Trouble::Refused;
    if (e == QKeychain::AccessDenied || message.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return Trouble::Locked;
    if (e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError || e == QKeychain::NotImplemented)
        return Trouble::Unavailable;
    return Trouble::None; // CouldNotDeleteEntry etc.: the caller's "the keychain refused"
}

QCoro::Task<Outcome> runJob(Op op, QString key, QByteArray secret)
{
    std::unique_ptr<QKeychain::Job> job;
    if (op == Op::Read)
        job = std::make_unique<QKeychain::ReadPasswordJob>(SecretStore::service());
    else if (op == Op::Write)
        job = std::make_unique<QKeychain::WritePasswordJob>(SecretStore::service());
    else
        job = std::make_unique<QKeychain::DeletePasswordJob>(SecretStore::service());
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    if (op == Op::Write)
        // Tokens are text: stored as text, so `secret-tool` shows them as they are.
        static_cast<QKeychain::WritePasswordJob *>(job.get())->setTextData(QString::fromUtf8(secret));
    QKeychain::Job *raw = job.get();
    // Listen first (the connection is queued), then start: a job may finish inside start().
    QCoro::Task<QKeychain::Job *> finished = qCoro(raw, &QKeychain::Job::finished);
    raw->start();
    co_await std::move(finished);
    Outcome o;
    o.error = raw->error();
    o.message = raw->errorString();
    if (op == Op::Read && o.error == QKeychain::NoError)
        o.data = static_cast<QKeychain::ReadPasswordJob *>(raw)->textData().toUtf8();
    co_return o;
}

QCoro::Task<Outcome> runWithRetries(Op op, QString key, QByteArray secret)
{
    Outcome o;
    const int attempts = std::max(1, state().attempts);
    for (int i = 1; i <= attempts; ++i) {
        Outcome got = co_await runJob(op, key, secret);
        o = got;
        const Trouble trouble = troubleOf(o.error, o.message);
        if (trouble == Trouble::Locked || trouble == Trouble::Refused) {
            qCInfo(lcSecrets) << "keychain" << (trouble == Trouble::Locked ? "locked" : "refused") << o.message;
            Error e(Error::Kind::Config,
                    trouble == Trouble::Locked
                        ? QCoreApplication::translate("cairn::SecretStore", "the keyring is locked (%1)").arg(o.message)
                        : QCoreApplication::translate("cairn::SecretStore", "the keyring prompt was dismissed (%1)").arg(o.message));
            e.reason = trouble == Trouble::Locked ? QStringLiteral("keychain-locked") : QStringLiteral("keychain-refused");
            throw e;
        }
        if (trouble != Trouble::Unavailable)
            co_return o;
        qCDebug(lcSecrets) << "keychain not available, attempt" << i << "of" << attempts << o.message;
        if (i < attempts) {
            QTimer timer;
            timer.setSingleShot(true);
            timer.start(state().pause * i);
            co_await qCoro(&timer, &QTimer::timeout);
        }
    }
    Error e(Error::Kind::Config,
            QCoreApplication::translate("cairn::SecretStore", "No keychain (Secret Service) is available: %1")
                .arg(o.message.isEmpty() ? QCoreApplication::translate("cairn::SecretStore", "no answer") : o.message));
    e.reason = QStringLiteral("no-keychain");
    throw e;
}

Error keychainFailed(const Outcome &o)
{
    return Error(Error::Kind::Config,
                 QCoreApplication::translate("cairn::SecretStore", "the keychain refused: %1").arg(o.message));
}

} // namespace

QString SecretStore::key(const QString &source, const QString &account, const QString &kind)
{
    return source + u'/' + account + u'/' + kind;
}

void SecretStore::setSessionOnly(bool on)
{
    state().sessionOnly = on;
}

bool SecretStore::isSessionOnly()
{
    return state().sessionOnly;
}

void SecretStore::setRetries(int attempts, std::chrono::milliseconds pause)
{
    state().attempts = attempts;
    state().pause = pause;
}

QCoro::Task<std::optional<QByteArray>> SecretStore::read(QString key)
{
    if (state().sessionOnly) {
        if (state().memory.contains(key))
            co_return state().memory.value(key);
        co_return std::nullopt;
    }
    const Outcome o = co_await runWithRetries(Op::Read, key, {});
    if (o.error == QKeychain::EntryNotFound)
        co_return std::nullopt;
    if (o.error != QKeychain::NoError)
        throw keychainFailed(o);
    co_return o.data;
}

QCoro::Task<> SecretStore::write(QString key, QByteArray secret)
{
    if (state().sessionOnly) {
        state().memory.insert(key, secret);
        co_return;
    }
    const Outcome o = co_await runWithRetries(Op::Write, key, secret);
    if (o.error != QKeychain::NoError)
        throw keychainFailed(o);
}

QCoro::Task<> SecretStore::remove(QString key)
{
    if (state().sessionOnly) {
        state().memory.remove(key);
        co_return;
    }
    const Outcome o = co_await runWithRetries(Op::Remove, key, {});
    if (o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound)
        throw keychainFailed(o);
}

} // namespace cairn
