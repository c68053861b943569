#pragma once
// Changes made in Cairn among the service's own in the convergence tests (issue 22): queued as
// `cairn edit|create|comment|delete` queues them, and accounted for after the clean sync.
#include "Outbox.h"
#include "SyncHarness.h"

#include <QJsonObject>
#include <QMap>

#include <functional>

namespace cairn::test {

// Prepares the change with the source's WriteFacts and adds it to the outbox in one
// transaction, as the command line does; its id.
qint64 queueChange(SyncHarness &h, const QString &source, const QString &action, const QString &item, const QJsonObject &fields,
                   const QString &account = QStringLiteral("default"));

// After the clean sync: nothing left unsent but what a conflict or a failure of the same item
// holds back; each create done checked by `checkCreate` (made on the service once, under the id
// the outbox has: "" when so, else what is wrong); then the conflicts and failures resolved as
// "keep theirs" and one more sync, until none is left (each change counted into `outcomes` by
// action and the state it ended in); then `compare`'s verdict on the cache.
QString compareAfterWrites(SyncHarness &h, const QString &source, const std::function<QString(const OutboxChange &)> &checkCreate,
                           const std::function<QString(SyncHarness &)> &compare, QMap<QString, int> *outcomes);

// "create done 12, edit conflict 3, …" for the report.
QString outcomesLine(const QMap<QString, int> &outcomes);

} // namespace cairn::test
