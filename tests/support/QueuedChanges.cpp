#include "QueuedChanges.h"
#include "SendOutbox.h"
#include "Sources.h"

#include <QSet>

namespace cairn::test {

qint64 queueChange(SyncHarness &h, const QString &source, const QString &action, const QString &item, const QJsonObject &fields,
                   const QString &account)
{
    QFuture<qint64> adding = h.writer().transact([=](QSqlDatabase &w) {
        return cairn::queueChange(w, source, account, action, item, fields, QDateTime::currentDateTimeUtc()).id;
    });
    adding.waitForFinished();
    return adding.result();
}

QString compareAfterWrites(SyncHarness &h, const QString &source, const std::function<QString(const OutboxChange &)> &checkCreate,
                           const std::function<QString(SyncHarness &)> &compare, QMap<QString, int> *outcomes)
{
    QMap<qint64, QString> ends; // change → "action state" as it ended
    // Resolving a conflict lets the item's later changes go (a conflict holds them back): they
    // are sent by the sync after, and may end in a conflict in turn.
    for (int round = 0;; ++round) {
        QList<OutboxChange> changes;
        {
            QSqlDatabase db = h.reader();
            changes = OutboxRepo::list(db, source);
        }
        QSet<QString> heldBack; // items with a change in conflict or failed
        for (const OutboxChange &c : std::as_const(changes)) {
            const QString item = c.account + u'/' + c.item;
            if (c.state == OutboxState::Pending || c.state == OutboxState::Sending) {
                if (!heldBack.contains(item))
                    return QStringLiteral("change %1 (%2) still %3 after the clean sync").arg(c.id).arg(c.action, outboxStateName(c.state));
                continue;
            }
            if (c.state == OutboxState::Conflict || c.state == OutboxState::Failed)
                heldBack.insert(item);
            if (c.action == QLatin1String("create") && c.state == OutboxState::Done)
                if (const QString wrong = checkCreate(c); !wrong.isEmpty())
                    return QStringLiteral("create %1: %2").arg(c.id).arg(wrong);
            ends[c.id] = c.action + u' ' + outboxStateName(c.state);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QFuture<int> resolving = h.writer().transact([now, source](QSqlDatabase &db) {
            int resolved = 0;
            for (const OutboxChange &c : OutboxRepo::list(db, source, {OutboxState::Conflict, OutboxState::Failed}))
                resolved += discardChange(db, c.id, now);
            // (Done ones are history: they go, as `cairn outbox` leaves them out.)
            for (const OutboxChange &c : OutboxRepo::list(db, source, {OutboxState::Done}))
                OutboxRepo::discard(db, c.id);
            return resolved;
        });
        resolving.waitForFinished();
        if (resolving.result() == 0)
            break;
        if (round == 10)
            return QStringLiteral("conflicts still after ten rounds of resolving them");
        const SyncRun again = h.sync(source, SyncMode::Auto);
        if (again.status != RunStatus::Ok)
            return QStringLiteral("the sync after resolving failed: ") + again.error;
    }
    for (const QString &end : std::as_const(ends))
        ++(*outcomes)[end];
    return compare(h);
}

QString outcomesLine(const QMap<QString, int> &outcomes)
{
    QStringList counts;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return counts.join(QStringLiteral(", "));
}

} // namespace cairn::test
