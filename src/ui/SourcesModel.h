#pragma once
#include "SyncStateRepo.h"

#include <QAbstractListModel>
#include <QHash>

namespace cairn {

class Clock;
class ReadConnection;
class Settings;

// The sidebar: one row per source with its status badge, read from the source-level
// (scope '') rows of sync_state — with several accounts, the one that most needs attention,
// each listed in the tooltip — plus the live progress of a run in this window.
class SourcesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Badge { NotSetUp, NeverSynced, Synced, Syncing, Error, NeedsSignIn, Cancelled };
    Q_ENUM(Badge)
    enum Role { SourceRole = Qt::UserRole + 1, BadgeRole, BadgeTextRole, DetailRole };

    SourcesModel(ReadConnection &connection, const QStringList &implemented, QObject *parent = nullptr);
    void setClock(const Clock *clock) { m_clock = clock; }
    // Rows of accounts that are gone from these settings (signed out, removed) are ignored.
    void setAccountsFrom(Settings *settings) { m_settings = settings; }

    void reload();
    void setProgress(const QString &source, qint64 done, qint64 total);
    void clearProgress(const QString &source);
    SyncState stateOf(const QString &source) const { return m_states.value(source); }
    int rowOf(const QString &source) const { return int(m_sources.indexOf(source)); }
    // "Synced 5 min ago", "Syncing 3 000 of 10 000", "Needs sign-in", ...
    QString statusLine(const QString &source) const;
    Badge badge(const QString &source) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Progress
    {
        qint64 done = -1;
        qint64 total = -1;
    };
    QString badgeText(const QString &source) const;
    QString accountStatus(const SyncState &s) const;

    ReadConnection &m_connection;
    QStringList m_sources;
    QStringList m_implemented;
    QHash<QString, SyncState> m_states;            // per source: its account that most needs attention
    QHash<QString, QList<SyncState>> m_accounts; // per source: every account's own row
    QHash<QString, Progress> m_progress;
    const Clock *m_clock;
    Settings *m_settings = nullptr;
};

} // namespace cairn
