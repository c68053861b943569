#pragma once
#include "SyncRun.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>

#include <memory>

namespace cairn {

class ReadConnection;
class Settings;
class SyncSession;

// Opt-in notifications of what a sync brought in for me (each source's watch list and words:
// new Asana tasks assigned to me, pull requests where my review is requested, Jira issues
// assigned to me). When a run of an
// account starts, it notes what is "mine" in the cache (store/WatchList); when the run ends
// ok, what is mine now and was not before is announced once. The first sync of an account
// announces nothing (everything would be new); a failed run keeps the note for the next one,
// so nothing is missed and nothing is said twice. GitHub and Jira name people by login and
// accountId: who "me" is comes from one request per account (Syncer::whoAmI), kept in the
// settings.
class WatchNotifier : public QObject
{
    Q_OBJECT
public:
    explicit WatchNotifier(SyncSession &session, QObject *parent = nullptr);
    ~WatchNotifier() override;

    // Whether `source` has notifications to switch on (a notify.<source>_… setting).
    static bool isAvailable(const QString &source);
    static bool isEnabled(const Settings &settings, const QString &source);
    static void setEnabled(Settings &settings, const QString &source, bool on);
    // Who `account` of `source` is, as learnt (empty until then).
    static QString identity(const Settings &settings, const QString &source, const QString &account);

Q_SIGNALS:
    void notify(const QString &title, const QString &message);
    // Who an account is has been learnt (tests).
    void identityLearnt(const QString &source, const QString &account);

private:
    void onStarted(const QString &source, const QString &account);
    void onFinished(const cairn::SyncRun &run);
    QCoro::Task<> learn(QString source, QString account);
    QString titleFor(const QString &source, int count) const;

    SyncSession &m_session;
    std::unique_ptr<ReadConnection> m_reader;
    QHash<QString, QHash<QString, QString>> m_before; // "source/account" → mine at the start
    QHash<QString, bool> m_learning;
};

} // namespace cairn
