#include "WatchNotifier.h"
#include "Error.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "SourceViews.h"
#include "Sources.h"
#include "SyncEngine.h"
#include "SyncSession.h"
#include "SyncStateRepo.h"
#include "WatchList.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWatch, "cairn.ui.watch")

namespace cairn {

namespace {
constexpr int kNamedItems = 3; // titles listed in one notification

// The setting that switches them on: the source's first notifications setting ("" for none).
QString enabledKey(const QString &source)
{
    const SourceDescriptor *d = Sources::find(source);
    return d && !d->facts.notifications.isEmpty() ? d->facts.notifications.first().key : QString();
}

bool needsIdentity(const QString &source)
{
    const SourceViews *views = SourceViews::find(source);
    return views && views->notifications.needsIdentity;
}

QString identityKey(const QString &source, const QString &account)
{
    return QStringLiteral("identity/%1/%2").arg(source, account);
}
} // namespace

WatchNotifier::WatchNotifier(SyncSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_reader(std::make_unique<ReadConnection>(session.databasePath()))
{
    connect(&session, &SyncSession::syncStarted, this, &WatchNotifier::onStarted);
    connect(&session, &SyncSession::syncFinished, this, &WatchNotifier::onFinished);
}

WatchNotifier::~WatchNotifier() = default;

bool WatchNotifier::isAvailable(const QString &source)
{
    return !enabledKey(source).isEmpty();
}

bool WatchNotifier::isEnabled(const Settings &settings, const QString &source)
{
    const QString key = enabledKey(source);
    return !key.isEmpty() && settings.value(key, false).toBool();
}

void WatchNotifier::setEnabled(Settings &settings, const QString &source, bool on)
{
    const QString key = enabledKey(source);
    if (key.isEmpty())
        return;
    if (on)
        settings.setValue(key, true);
    else
        settings.remove(key);
}

QString WatchNotifier::identity(const Settings &settings, const QString &source, const QString &account)
{
    return settings.value(identityKey(source, account)).toString();
}

void WatchNotifier::onStarted(const QString &source, const QString &account)
{
    if (!isEnabled(m_session.settings(), source))
        return;
    const QString key = source + u'/' + account;
    if (m_before.contains(key))
        return; // the last run failed: its note still holds
    const QString me = identity(m_session.settings(), source, account);
    if (needsIdentity(source) && me.isEmpty()) {
        learn(source, account); // ready for the next run
        return;
    }
    if (!m_reader->ensureOpen())
        return;
    try {
        const SyncState st = SyncStateRepo::load(m_reader->db(), source, account, QString());
        if (!st.lastSyncAt.isValid())
            return; // the first sync: everything would be new
        m_before.insert(key, WatchList::mine(m_reader->db(), source, account, me));
    } catch (const Error &e) {
        qCWarning(lcWatch) << "cannot read what is mine in" << source << e.message;
    }
}

void WatchNotifier::onFinished(const SyncRun &run)
{
    const QString key = run.source + u'/' + run.account;
    if (!m_before.contains(key))
        return;
    if (run.status != RunStatus::Ok)
        return; // keep the note: the next run compares with it
    const QHash<QString, QString> before = m_before.take(key);
    if (!isEnabled(m_session.settings(), run.source) || !m_reader->ensureOpen())
        return;
    QHash<QString, QString> now;
    try {
        now = WatchList::mine(m_reader->db(), run.source, run.account,
                              identity(m_session.settings(), run.source, run.account));
    } catch (const Error &e) {
        qCWarning(lcWatch) << "cannot read what is mine in" << run.source << e.message;
        return;
    }
    QStringList fresh;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!before.contains(it.key()))
            fresh << it.value();
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end());
    QStringList lines = fresh.mid(0, kNamedItems);
    if (fresh.size() > kNamedItems)
        lines << tr("and %n more", nullptr, int(fresh.size()) - kNamedItems);
    Q_EMIT notify(titleFor(run.source, int(fresh.size())), lines.join(QLatin1Char('\n')));
}

QString WatchNotifier::titleFor(const QString &source, int count) const
{
    const SourceViews *views = SourceViews::find(source);
    if (views && views->notifications.title)
        return SourceViews::translated("cairn::WatchNotifier", views->notifications.title, count);
    return Settings::displayName(source); // (a source without views of its own)
}

QCoro::Task<> WatchNotifier::learn(QString source, QString account)
{
    const QString key = source + u'/' + account;
    if (m_learning.value(key))
        co_return;
    m_learning.insert(key, true);
    QPointer<WatchNotifier> self(this);
    const QString who = co_await m_session.engine().whoAmI(source, account);
    if (!self)
        co_return;
    m_learning.remove(key);
    if (who.isEmpty())
        co_return; // said in the log; tried again at the next run
    m_session.settings().setValue(identityKey(source, account), who);
    qCInfo(lcWatch) << source << account << "is" << who;
    Q_EMIT identityLearnt(source, account);
}

} // namespace cairn
