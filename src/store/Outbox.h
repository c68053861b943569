#pragma once
// The outbox (issue 22): each change a person makes in Cairn to an item of a service, kept
// until the service has it. A change is added in the same transaction that applies it to the
// cache (so the window and `cairn search` show it at once), then sent in order per item:
//   pending → sending → done
//                     → conflict (the service changed a field the person changed too)
//                     → failed   (refused: the error says why; retry puts it back)
// A change left "sending" by a process that stopped may or may not have reached the service:
// its sender finds out (a create by its client id, an edit by the fields) before sending again,
// so each change is applied once.
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cairn {

enum class OutboxState { Pending, Sending, Done, Conflict, Failed };
QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(const QString &name);

struct OutboxChange
{
    qint64 id = 0;
    QString source;
    QString account;
    QString action;      // the source's word: create, edit, delete, comment, …
    QString item;        // the item's id on the service; a create's client id until the service names it
    QString clientId;    // Cairn's id of the change: a create carries it to the service as its marker
    QJsonObject fields;  // field → the value the person gave (the names of `cairn export --format json`)
    QJsonObject base;    // field → the value the person saw when changing it
    QString baseVersion; // the version of the item the person saw (Google's etag, Asana's modified_at)
    OutboxState state = OutboxState::Pending;
    QJsonObject theirs;  // a conflict: field → the service's value now
    QString error;       // failed: why, one line
    int attempts = 0;    // times it was sent
    QDateTime createdAt;
    QDateTime updatedAt;
};

namespace OutboxRepo {

// Adds `change` (pending; its client id made when empty); returns its id. Call it inside the
// transaction that applies the change to the cache.
qint64 add(QSqlDatabase &db, OutboxChange &change, const QDateTime &now);
std::optional<OutboxChange> get(QSqlDatabase &db, qint64 id);
// Oldest first; `source` empty for every source, `states` empty for every state.
QList<OutboxChange> list(QSqlDatabase &db, const QString &source = {}, const QList<OutboxState> &states = {});
// What a sender may send now for one account of a source, oldest first: of each item, its
// oldest change not done — and only when that one is pending or sending (a conflict or a
// failure holds back the item's later changes until it is resolved).
QList<OutboxChange> sendable(QSqlDatabase &db, const QString &source, const QString &account);
// The changes not done of an item (the window marks it pending, or in conflict).
QList<OutboxChange> openFor(QSqlDatabase &db, const QString &source, const QString &account, const QString &item);
// The items of `source` with changes not done, by (account, item), each with the state that
// most needs the person: conflict, then failed, then sending or pending (the window's lists).
QHash<std::pair<QString, QString>, OutboxState> openItems(QSqlDatabase &db, const QString &source);
// Whether an item has a delete not done: the cache shows it deleted, but the service does not
// have that yet (the window says "pending", not "deleted in <service>").
bool deleteOpen(QSqlDatabase &db, const QString &source, const QString &account, const QString &item);

// pending → sending (attempts + 1). False when the change is not pending or sending.
bool markSending(QSqlDatabase &db, qint64 id, const QDateTime &now);
// sending → done; `item` is the id the service gave (a create), which the item's later
// changes take too.
bool markDone(QSqlDatabase &db, qint64 id, const QString &item, const QDateTime &now);
bool markConflict(QSqlDatabase &db, qint64 id, const QJsonObject &theirs, const QDateTime &now);
bool markFailed(QSqlDatabase &db, qint64 id, const QString &error, const QDateTime &now);
// conflict or failed → pending. A conflict resolved as "keep mine": what the service has now
// (its `theirs`) becomes the change's base, so that the change goes over it.
bool retry(QSqlDatabase &db, qint64 id, const QDateTime &now);
// One field of a conflict resolved: `keepMine` makes the service's value of it the field's
// base (the person's value goes over it), else the field leaves the change (the service's
// value stays). The change is pending again once no field of it is in conflict. False when the
// change is not in conflict, `field` is not one of its conflicts, or it is the change's last
// field and would leave it (discard the change instead).
bool resolveField(QSqlDatabase &db, qint64 id, const QString &field, bool keepMine, const QDateTime &now);
// Removes a change that is not being sent (pending, conflict, failed or done). False otherwise.
bool discard(QSqlDatabase &db, qint64 id);

} // namespace OutboxRepo
} // namespace cairn
