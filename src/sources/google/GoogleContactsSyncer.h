#pragma once
#include "Syncer.h"

#include <QUrl>

namespace cairn {

// Google Contacts: full and sync-token incremental listings of people/me/connections and
// of contact groups (docs/architecture.md §4). Each page commits with the page token after it.
class GoogleContactsSyncer final : public Syncer
{
public:
    explicit GoogleContactsSyncer(QUrl apiBase) : m_apiBase(std::move(apiBase)) {}
    QString source() const override { return QStringLiteral("google"); }
    QCoro::Task<> sync(SyncContext &ctx, SyncMode mode) override;

    static constexpr auto kConnectionsScope = "connections";
    static constexpr auto kGroupsScope = "groups";

private:
    QCoro::Task<> syncConnections(SyncContext &ctx, SyncMode mode);
    QCoro::Task<> syncGroups(SyncContext &ctx, SyncMode mode);
    QUrl m_apiBase;
};

} // namespace cairn
