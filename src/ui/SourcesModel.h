#pragma once
#include "SyncStateRepo.h"

#include <QAbstractListModel>
#include <QHash>

#include <functional>

namespace cairn {

class Clock;
class ReadConnection;
class Settings;

// The sidebar, the window's one navigation: one row per source with its status badge, read
// from the source-level (scope '') rows of sync_state — with several accounts, the one that
// most needs attention, each listed in the tooltip — plus the live progress of a run in this
// window; then the pages that are no source (People, Sync history), set apart below them.
class SourcesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Badge { NotSetUp, NeverSynced, Synced, Syncing, Error, NeedsSignIn, Cancelled };
    Q_ENUM(Badge)
    enum Role {
        SourceRole = Qt::UserRole + 1, // "" on the rows that are no source
        BadgeRole,
        BadgeTextRole,
        DetailRole,
        PageRole,      // every row: the source, or people / history
        LastSyncRole,  // "synced 5 min ago", "never synced" ("" on the page rows)
        ActionRole,    // the row's button: "Sync", "Sign in…", "Set up…" ("" for none)
        FirstPageRole, // true on the first row that is no source (a line is drawn above it)
    };
    // The rows after the sources.
    static QString peoplePage() { return QStringLiteral("people"); }
    static QString historyPage() { return QStringLiteral("history"); }

    SourcesModel(ReadConnection &connection, const QStringList &implemented, QObject *parent = nullptr);
    void setClock(const Clock *clock) { m_clock = clock; }
    // Rows of accounts that are gone from these settings (signed out, removed) are ignored.
    void setAccountsFrom(Settings *settings) { m_settings = settings; }

    void reload();
    void setProgress(const QString &source, qint64 done, qint64 total);
    void clearProgress(const QString &source);
    SyncState stateOf(const QString &source) const { return m_states.value(source); }
    // The row of a source or of a page (peoplePage(), historyPage()); -1 when none.
    int rowOf(const QString &sourceOrPage) const;
    // The text of a source's button (ActionRole), e.g. from the session's state.
    void setActionText(std::function<QString(const QString &source)> text) { m_actionText = std::move(text); }
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
    QString lastSyncText(const QString &source) const;
    QString accountStatus(const SyncState &s) const;

    ReadConnection &m_connection;
    QStringList m_sources;
    QStringList m_implemented;
    QStringList m_pages; // after the sources
    std::function<QString(const QString &)> m_actionText;
    QHash<QString, SyncState> m_states;            // per source: its account that most needs attention
    QHash<QString, QList<SyncState>> m_accounts; // per source: every account's own row
    QHash<QString, Progress> m_progress;
    const Clock *m_clock;
    Settings *m_settings = nullptr;
};

} // namespace cairn
