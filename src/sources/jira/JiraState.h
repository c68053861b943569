#pragma once
#include "SyncStateRepo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace cairn::jira {

// Jira's sync_state rows (docs/architecture.md §4): one per named configuration, its scope the
// name (the source's own row has scope ""). Its data is ConfigFields, version 1; a row written
// before versions (no "v") is converted as it is read.
QString configScope(const QString &name);
// The configuration a scope belongs to; "" for the source's own row.
QString configOfScope(const QString &scope);

struct ConfigFields
{
    static constexpr int kVersion = 1;

    QUrl site;               // where its issues live (the window links /browse/KEY there)
    QString syncedJql;       // the configuration's JQL of the last complete listing
    QDateTime lastSweepAt;   // when the last complete id sweep's listing started (server time)
    QString listingJql;      // the listing in progress: the JQL it pages through
    QString listingFor;      // the listing in progress: the configuration's JQL when it began
    QDateTime nextWatermark; // the listing in progress: when it started (server time), last_sync_at once complete
    qint64 listingMark = 0;  // the listing in progress: `updated` (epoch ms) of the last issue committed (0: none)

    static ConfigFields read(SyncState *row);
    QJsonObject toJson() const;
};

} // namespace cairn::jira
