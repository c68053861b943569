#pragma once
// A source's side of the outbox (issue 22; docs/architecture.md §7): which of its items a
// person may change, how a change shows in the cache at once, and how it reaches the service.
#include "Outbox.h"
#include "Syncer.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cairn {

class Settings;

// What the service answered to one change.
struct SendOutcome
{
    enum class Kind { Done, Conflict, Failed };
    Kind kind = Kind::Done;
    QString item;       // Done: the item's id on the service (a create's new id)
    QJsonObject theirs; // Conflict: field → the service's value now, for each field both sides changed
    QString error;      // Failed: why the service refused it, one line
    // Done: the item as the service has it now, written to the cache in the transaction that
    // marks the change done — so the next sync finds nothing new of Cairn's own write.
    std::function<void(QSqlDatabase &)> record;
};

// Sends one change at a time; the outbox (SendOutbox.h) keeps the order and the states.
class ChangeSender
{
public:
    virtual ~ChangeSender() = default;
    // Sends `change` and says how it ended. A change whose attempts are more than one was sent
    // before by a process that stopped without recording the answer: the sender first finds out
    // whether the service has it already (a create by its client id, an edit by its fields), so
    // that it is applied once. Throws cairn::Error for what a later run may get past (network,
    // 5xx, rate limit, sign-in): the change stays "sending" and is sent again then.
    virtual QCoro::Task<SendOutcome> send(SyncContext &ctx, OutboxChange change) = 0;
};

// One field a person may set (with the names of `cairn export --format json`).
struct WritableField
{
    enum class Type { Text, Bool, Date, List };
    QString name;
    Type type = Type::Text;
    bool onCreate = true; // may be given to a create
    bool onEdit = true;   // may be changed by an edit
    bool required = false; // a create needs it
};

// The part of a source's descriptor for writing; a source without it is read-only.
struct WriteFacts
{
    QStringList actions; // of "create", "edit", "delete", "comment"
    QList<WritableField> fields;
    // The change a person makes to `item` (empty for a create) of `account`: its base (the
    // cached values of the fields it changes) and the version the cache has. Throws
    // cairn::Error when the item is not in the cache or a value does not fit its field.
    OutboxChange (*prepare)(QSqlDatabase &db, const QString &account, const QString &action, const QString &item,
                            const QJsonObject &fields) = nullptr;
    // Shows a change in the cache at once (its values over the service's). Called when the
    // change is added and again after every page a sync writes, while the change is not done.
    void (*applyLocal)(QSqlDatabase &db, const OutboxChange &change, const QDateTime &now) = nullptr;
    // Undoes applyLocal() of a change discarded before the service had it: the cache shows the
    // values the person saw again (a create's stand-in goes, a delete is undone).
    void (*revertLocal)(QSqlDatabase &db, const OutboxChange &change, const QDateTime &now) = nullptr;
    std::unique_ptr<ChangeSender> (*makeSender)(const Settings &settings) = nullptr;
    // The setting that switches writing on ("<id>.write"); read-only is the default.
    QString setting;

    const WritableField *field(const QString &name) const;
};

} // namespace cairn
