#include "SourcesModel.h"
#include "Account.h"
#include "Clock.h"
#include "Error.h"
#include "ReadConnection.h"
#include "RelativeTime.h"
#include "Settings.h"
#include "WindowText.h"

namespace cairn {

SourcesModel::SourcesModel(ReadConnection &connection, const QStringList &implemented, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
    , m_sources(Settings::sources())
    , m_implemented(implemented)
    , m_pages{peoplePage(), historyPage()}
    , m_clock(&Clock::system())
{
}

namespace {
// How much a status needs the user's eye: the sidebar shows a source's worst account.
int severity(std::optional<RunStatus> status)
{
    if (!status)
        return 0;
    switch (*status) {
    case RunStatus::Running: return 5;
    case RunStatus::NeedsSignIn: return 4;
    case RunStatus::Ok: return 1;
    case RunStatus::Cancelled: return 2;
    default: return 3; // failed, ...
    }
}
} // namespace

void SourcesModel::reload()
{
    m_states.clear();
    m_accounts.clear();
    if (m_connection.ensureOpen()) {
        try {
            const QList<SyncState> all = SyncStateRepo::all(m_connection.db());
            for (const SyncState &s : all)
                if (s.scope.isEmpty())
                    m_accounts[s.source].append(s);
        } catch (const Error &) {
            m_accounts.clear();
        }
    }
    for (auto it = m_accounts.begin(); it != m_accounts.end();) {
        QList<SyncState> &states = it.value();
        if (m_settings) {
            QSet<QString> known{Account::defaultId()};
            for (const Account &a : AccountStore(*m_settings).of(it.key()))
                known.insert(a.id);
            states.removeIf([&known](const SyncState &s) { return !known.contains(s.account); });
            if (states.isEmpty()) {
                it = m_accounts.erase(it);
                continue;
            }
        }
        // The default account is the token from the environment, or a run refused before any sign-in:
        // once the source has accounts of its own, they speak for it.
        if (states.size() > 1)
            states.removeIf([](const SyncState &s) { return s.account == Account::defaultId(); });
        const SyncState *worst = &states.first();
        for (const SyncState &s : std::as_const(states))
            if (severity(s.status) > severity(worst->status))
                worst = &s;
        m_states.insert(it.key(), *worst);
        ++it;
    }
    if (!m_sources.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_sources.size()) - 1));
}

int SourcesModel::rowOf(const QString &sourceOrPage) const
{
    const qsizetype source = m_sources.indexOf(sourceOrPage);
    if (source >= 0)
        return int(source);
    const qsizetype page = m_pages.indexOf(sourceOrPage);
    return page >= 0 && !sourceOrPage.isEmpty() ? int(m_sources.size() + page) : -1;
}

void SourcesModel::setProgress(const QString &source, qint64 done, qint64 total)
{
    m_progress.insert(source, {done, total});
    const int row = rowOf(source);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void SourcesModel::clearProgress(const QString &source)
{
    m_progress.remove(source);
    const int row = rowOf(source);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

SourcesModel::Badge SourcesModel::badge(const QString &source) const
{
    if (!m_implemented.contains(source))
        return Badge::NotSetUp;
    if (m_progress.contains(source))
        return Badge::Syncing;
    // Nobody set it up (no account, no token, not enabled): neutral, whatever an old refused
    // run left in sync_state — "needs sign-in" is for an account that lost its access.
    const auto it = m_states.constFind(source);
    if (m_settings && !m_settings->isSetUp(source)) // (a cache of it from before still says when it was synced)
        return it != m_states.cend() && it->lastSyncAt.isValid() ? Badge::Synced : Badge::NotSetUp;
    if (it == m_states.cend() || !it->status)
        return Badge::NeverSynced;
    switch (*it->status) {
    case RunStatus::Ok: return Badge::Synced;
    case RunStatus::Running: return Badge::Syncing;
    case RunStatus::NeedsSignIn: return Badge::NeedsSignIn;
    case RunStatus::Cancelled: return it->lastSyncAt.isValid() ? Badge::Synced : Badge::Cancelled;
    default: return Badge::Error;
    }
}

QString SourcesModel::badgeText(const QString &source) const
{
    switch (badge(source)) {
    case Badge::NotSetUp: return tr("not set up");
    case Badge::NeverSynced: return tr("never synced");
    case Badge::Synced: return tr("synced");
    case Badge::Syncing: {
        const Progress p = m_progress.value(source);
        if (p.total > 0)
            return tr("syncing %1 of %2").arg(countText(p.done), countText(p.total));
        return tr("syncing");
    }
    case Badge::Error: return tr("error");
    case Badge::NeedsSignIn: return tr("needs sign-in");
    case Badge::Cancelled: return tr("cancelled");
    }
    return {};
}

QString SourcesModel::statusLine(const QString &source) const
{
    const QString name = Settings::displayName(source);
    const SyncState s = m_states.value(source);
    switch (badge(source)) {
    case Badge::NotSetUp: return tr("%1 — not set up").arg(name);
    case Badge::NeverSynced: return tr("%1 — never synced").arg(name);
    case Badge::Synced: return tr("%1 — synced %2").arg(name, relativeTime(s.lastSyncAt, m_clock->now()));
    case Badge::Syncing: {
        const Progress p = m_progress.value(source);
        if (p.total > 0)
            return tr("%1 — %2 of %3").arg(name, countText(p.done), countText(p.total));
        return tr("%1 — syncing…").arg(name);
    }
    case Badge::Error: return tr("%1 — sync failed: %2").arg(name, windowText(s.lastError));
    case Badge::NeedsSignIn: return tr("%1 — needs sign-in").arg(name);
    case Badge::Cancelled: return tr("%1 — last sync cancelled").arg(name);
    }
    return name;
}

// When the source last synced, for the sidebar's second line: "5 min ago" (with an error or
// a sign-in needed, when the last good sync was); "" when never.
QString SourcesModel::lastSyncText(const QString &source) const
{
    const SyncState s = m_states.value(source);
    if (!s.lastSyncAt.isValid())
        return badge(source) == Badge::NotSetUp || badge(source) == Badge::NeverSynced ? QString() : tr("never synced");
    return relativeTime(s.lastSyncAt, m_clock->now());
}

QString SourcesModel::accountStatus(const SyncState &s) const
{
    if (!s.status)
        return tr("never synced");
    switch (*s.status) {
    case RunStatus::Ok: return tr("synced %1").arg(relativeTime(s.lastSyncAt, m_clock->now()));
    case RunStatus::Running: return tr("syncing");
    case RunStatus::NeedsSignIn: return tr("needs sign-in");
    case RunStatus::Cancelled: return tr("cancelled");
    default: return tr("sync failed: %1").arg(windowText(s.lastError));
    }
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size() + m_pages.size());
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_sources.size()) {
        const QString &page = m_pages.at(index.row() - m_sources.size());
        const QString name = page == peoplePage() ? tr("People") : tr("Sync history");
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return name;
        case Qt::ToolTipRole:
            return page == peoplePage() ? tr("Everything a person did in every source") : tr("Every sync run, its API calls and time");
        case PageRole: return page;
        case FirstPageRole: return index.row() == m_sources.size();
        case SourceRole:
        case BadgeTextRole:
        case DetailRole:
        case LastSyncRole:
        case ActionRole: return QString();
        }
        return {};
    }
    const QString &source = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return Settings::displayName(source);
    case Qt::AccessibleTextRole: {
        // Badge and last sync in words (a screen reader hears what the colours show).
        QStringList parts{Settings::displayName(source), badgeText(source)};
        const QString last = lastSyncText(source);
        if (!last.isEmpty() && last != parts.last())
            parts << last;
        return parts.join(QStringLiteral(", "));
    }
    case PageRole: return source;
    case FirstPageRole: return false;
    case LastSyncRole: return lastSyncText(source);
    case ActionRole: return m_actionText ? m_actionText(source) : QString();
    case Qt::ToolTipRole: {
        const SyncState s = m_states.value(source);
        QString tip = statusLine(source);
        if (!s.lastError.isEmpty() && badge(source) != Badge::Error)
            tip += QLatin1Char('\n') + windowText(s.lastError);
        const QList<SyncState> accounts = m_accounts.value(source);
        if (accounts.size() > 1)
            for (const SyncState &a : accounts)
                tip += QLatin1Char('\n') + tr("%1: %2").arg(a.account, accountStatus(a));
        return tip;
    }
    case SourceRole: return source;
    case BadgeRole: return QVariant::fromValue(badge(source));
    case BadgeTextRole: return badgeText(source);
    case DetailRole: return statusLine(source);
    }
    return {};
}

} // namespace cairn
