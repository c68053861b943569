#pragma once
#include "google/ContactsRepo.h"
#include "HttpClient.h"
#include "Settings.h"
#include "StoreWriter.h"
#include "SyncEngine.h"
#include "sim/CloudSimulator.h"

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace cairn::test {

// A real SQLite file in a temp dir, the simulator on loopback in this process, and the
// sync engine between them — the same parts a user runs, with short retry delays.
class SyncHarness
{
public:
    explicit SyncHarness(const sim::Options &options = {}, const QString &dataDir = {});
    ~SyncHarness();

    sim::CloudSimulator &sim() { return *m_sim; }
    SyncEngine &engine() { return *m_engine; }
    StoreWriter &writer() { return *m_writer; }
    Settings &settings() { return *m_settings; }
    QString dataDir() const { return m_dataDir; }

    SyncRun sync(const QString &source = QStringLiteral("google"), SyncMode mode = SyncMode::Auto);

    // Credentials and the clock of the engine, kept across a restart (restartIfKilled).
    void setAuthenticator(const QString &source, std::shared_ptr<Authenticator> auth);
    void setClock(const Clock *clock);

    // A kill -9 of Cairn at the (`after`+1)-th request of the next sync (issue 22): before the
    // service applies it, or after (`afterApply`: the change made, its answer lost). The cache
    // stays as it was committed at that moment, and nothing the dying run sends after it
    // reaches the service.
    // `methods`: at the (`after`+1)-th request of any of these methods instead (the first that comes).
    void killAt(int after, bool afterApply, const QList<QByteArray> &methods = {});
    // After that sync: whether the kill struck. If it did, Cairn is started again on the cache
    // as the kill left it (a new writer, engine and network manager; settings, credentials and clock kept). A
    // kill the run did not reach is disarmed.
    bool restartIfKilled();
    // Where the last kill struck: "GET", or e.g. "POST applied", "PATCH not applied".
    QString lastKill() const { return m_lastKill; }
    // API requests the simulator answered since the last reset (admin calls excluded).
    int requests() const;
    int requests(const QString &endpoint) const; // e.g. "GET /google/v1/people/me/connections"
    void resetRequests();

    // A read connection on the cache (closed with the harness).
    QSqlDatabase reader();
    // "" when the cache equals the simulator's ground truth for Google Contacts: every live
    // contact and group equal field by field, every cached deleted row deleted (or never
    // seen) on the service, no live row the service deleted. Else the first difference.
    QString compareGoogle(const QString &account = QStringLiteral("default"));

private:
    void startEngine();

    QTemporaryDir m_tmp;
    QString m_dataDir;
    QString m_readerName;
    std::unique_ptr<sim::CloudSimulator> m_sim;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<QNetworkAccessManager> m_nam; // new at a restart, as in a new process
    std::unique_ptr<SyncEngine> m_engine;
    QHash<QString, std::shared_ptr<Authenticator>> m_auth;
    const Clock *m_clock = nullptr;
    QString m_killSnapshot; // the cache as a kill left it ("" when no kill struck)
    QString m_lastKill;
};

// Canonical JSON of a contact as the truth dump names its fields.
QJsonObject canonical(const Contact &c);
QJsonObject canonicalTruth(const QJsonObject &truthContact);

// "<what> differs" and, for each field the cache and the truth do not agree on, both values
// (compact JSON, long ones cut) — whole items would be clipped in a test's failure message
// (CAIRN_TRACE=1 logs them whole).
QString differs(const QString &what, const QJsonObject &cache, const QJsonObject &truth);

// One item of the service's truth, `deleted` there or not, against its copy in the cache
// (`cached`, null when there is none; an Item has `deleted`): "" when they agree — deleted on
// both sides or not cached, or live on both with the same canonical JSON (`cache(*cached)` and
// `truth()`) —, else the first difference, the item named `name`.
template<class Item, class Cache, class Truth>
QString compareItem(const QString &name, bool deleted, const Item *cached, Cache cache, Truth truth)
{
    if (deleted) {
        if (cached && !cached->deleted)
            return QStringLiteral("%1 is deleted on the service but live in the cache").arg(name);
        return {};
    }
    if (!cached)
        return QStringLiteral("%1 is missing from the cache").arg(name);
    if (cached->deleted)
        return QStringLiteral("%1 is live on the service but deleted in the cache").arg(name);
    const QJsonObject a = cache(*cached);
    const QJsonObject b = truth();
    return a == b ? QString() : differs(name, a, b);
}

// The item of `items` under `key`, null when there is none.
template<class Items, class Key>
auto itemAt(const Items &items, const Key &key) -> decltype(&*items.constFind(key))
{
    const auto it = items.constFind(key);
    return it == items.cend() ? nullptr : &*it;
}

} // namespace cairn::test

namespace cairn {
// QCOMPARE says a run's status and mode by name (found by argument-dependent lookup).
inline char *toString(RunStatus s)
{
    return qstrdup(statusName(s).toUtf8().constData());
}
inline char *toString(const std::optional<RunStatus> &s)
{
    return qstrdup(s ? statusName(*s).toUtf8().constData() : "(none)");
}
inline char *toString(SyncMode m)
{
    return qstrdup(modeName(m).toUtf8().constData());
}
} // namespace cairn
