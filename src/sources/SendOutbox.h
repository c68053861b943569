#pragma once
// The outbox's engine (issue 22): what every writing source shares — the order, the states,
// the counters, and the cache showing a change until the service has it.
#include "ChangeSender.h"

namespace cairn {

// Sends the outbox of (`source`, ctx.account): in order per item (an item's next change after
// its last is done; a conflict or a failure holds back the rest of that item), each change
// marked "sending" before it goes and done, in conflict or failed as the service answered.
// Counts into ctx.run.extra: "sent", "conflicts", "send_failed". Throws what the sender throws
// (the change stays "sending" and goes again with the next run).
QCoro::Task<> sendOutbox(SyncContext &ctx, ChangeSender &sender, QString source);

// A 4xx other than 401, 408, 409 and 429: the service refused the change itself (a bad
// value, an item gone) — it fails alone; anything else may pass later.
bool refusesTheChange(const Error &e);

// A change of `source`'s `item` (empty for a create) as the person asked for it, its base not
// yet known (a source's WriteFacts::prepare fills it in).
OutboxChange changeOf(const QString &source, const QString &account, const QString &action, const QString &item,
                      const QJsonObject &fields);
// The edit that shows again what the person saw: the change's base, and the service's values
// where a conflict told them (a discarded edit's revertLocal applies it).
OutboxChange seenAgain(const OutboxChange &change);

// What to send of an edit, against the item as the service has it now (`service`: a field's
// value there, as the change names it): the fields the service still has as the person saw
// them; a field the service changed too, to another value than the person's, is a conflict
// (`theirs`); a field already as the person wants it is left out.
struct FieldMerge
{
    QJsonObject send;
    QJsonObject theirs;
};
FieldMerge mergeFields(const OutboxChange &change, const std::function<QJsonValue(const QString &field)> &service);

// Adds `change` to the outbox and applies it to the cache: call it inside one transaction.
qint64 addChange(QSqlDatabase &db, OutboxChange &change, const QDateTime &now);

// The writing side of `source` when it can write and writing is switched on for `account`
// (AccountStore::writesBack: the account's own switch, else the source's setting
// <source>.write; empty: "default"); null while it is read-only (the default).
const WriteFacts *writingOn(const Settings &settings, const QString &source, const QString &account);

// A person's change to `item` (empty for a create) of (`source`, `account`), as the command
// line (`cairn edit|create|comment|delete`) and the window make it: prepared by the source (its
// base and version from the cache) and added with its local apply. Call it inside one
// transaction. Throws cairn::Error when the source cannot write, or as its prepare() does.
OutboxChange queueChange(QSqlDatabase &db, const QString &source, const QString &account, const QString &action,
                         const QString &item, const QJsonObject &fields, const QDateTime &now);

// How a person resolves one field of a conflict: their own value goes again, over the
// service's (`cairn outbox retry` for every field), or the service's value stays.
enum class Resolution { KeepMine, TakeTheirs };

// Resolves the conflict of change `id` on `field` ("" for every field in conflict). Taking
// theirs drops the field from the change and shows the service's value in the cache; when no
// field is left the change is discarded (discardChange). The change is pending again once no
// field is in conflict. False when the change is not in conflict on that field.
bool resolveConflict(QSqlDatabase &db, qint64 id, const QString &field, Resolution how, const QDateTime &now);

// Discards change `id` (not being sent) and shows the cache as the service had it: the
// change's local values undone, the item's other open changes over them. False when the
// change is not there or is being sent.
bool discardChange(QSqlDatabase &db, qint64 id, const QDateTime &now);

// After a sync wrote a page of (`source`, `account`): the changes not done, over the
// service's values again (the same transaction).
void reapplyOpenChanges(QSqlDatabase &db, const QString &source, const QString &account, const QDateTime &now);

} // namespace cairn
