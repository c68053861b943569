#include "SendOutbox.h"
#include "Account.h"
#include "Cancellation.h"
#include "Clock.h"
#include "Settings.h"
#include "Sources.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcOutbox, "cairn.outbox")

namespace cairn {

namespace {
const WriteFacts *writesOf(const QString &source)
{
    const SourceDescriptor *d = Sources::find(source);
    return d && d->canWrite() ? &d->writes : nullptr;
}
} // namespace

OutboxChange changeOf(const QString &source, const QString &account, const QString &action, const QString &item,
                      const QJsonObject &fields)
{
    OutboxChange c;
    c.source = source;
    c.account = account;
    c.action = action;
    c.item = item;
    c.fields = fields;
    return c;
}

OutboxChange seenAgain(const OutboxChange &change)
{
    OutboxChange back = change;
    back.fields = change.base;
    for (auto it = change.theirs.begin(); it != change.theirs.end(); ++it)
        back.fields.insert(it.key(), it.value());
    return back;
}

FieldMerge mergeFields(const OutboxChange &c, const std::function<QJsonValue(const QString &)> &service)
{
    FieldMerge m;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        const QJsonValue now = service(it.key());
        if (now == it.value())
            continue; // already so
        if (now == c.base.value(it.key()))
            m.send.insert(it.key(), it.value());
        else
            m.theirs.insert(it.key(), now);
    }
    return m;
}

const WritableField *WriteFacts::field(const QString &name) const
{
    for (const WritableField &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

bool refusesTheChange(const Error &e)
{
    if (e.kind == Error::Kind::BadResponse)
        return false;
    return e.kind == Error::Kind::Http && e.httpStatus >= 400 && e.httpStatus < 500 && e.httpStatus != 401 && e.httpStatus != 408
        && e.httpStatus != 409 && e.httpStatus != 429;
}

qint64 addChange(QSqlDatabase &db, OutboxChange &change, const QDateTime &now)
{
    const qint64 id = OutboxRepo::add(db, change, now);
    if (const WriteFacts *w = writesOf(change.source); w && w->applyLocal)
        w->applyLocal(db, change, now);
    return id;
}

const WriteFacts *writingOn(const Settings &settings, const QString &source, const QString &account)
{
    const WriteFacts *w = writesOf(source);
    return w && AccountStore::writesBack(settings, source, account.isEmpty() ? Account::defaultId() : account) ? w : nullptr;
}

OutboxChange queueChange(QSqlDatabase &db, const QString &source, const QString &account, const QString &action,
                         const QString &item, const QJsonObject &fields, const QDateTime &now)
{
    const WriteFacts *w = writesOf(source);
    if (!w || !w->prepare)
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::CliCommands", "Cairn only reads %1: it cannot change its items")
                                              .arg(Settings::displayName(source)));
    OutboxChange c = w->prepare(db, account, action, item, fields);
    addChange(db, c, now);
    return c;
}

bool resolveConflict(QSqlDatabase &db, qint64 id, const QString &field, Resolution how, const QDateTime &now)
{
    const std::optional<OutboxChange> c = OutboxRepo::get(db, id);
    if (!c || c->state != OutboxState::Conflict || (!field.isEmpty() && !c->theirs.contains(field)))
        return false;
    if (how == Resolution::KeepMine)
        return field.isEmpty() ? OutboxRepo::retry(db, id, now) : OutboxRepo::resolveField(db, id, field, true, now);
    const QStringList fields = field.isEmpty() ? c->theirs.keys() : QStringList{field};
    QSet<QString> left;
    for (auto it = c->fields.begin(); it != c->fields.end(); ++it)
        left.insert(it.key());
    for (const QString &f : fields)
        left.remove(f);
    if (left.isEmpty())
        return discardChange(db, id, now); // nothing of it left: as if never made
    for (const QString &f : fields)
        OutboxRepo::resolveField(db, id, f, false, now);
    // The cache shows the service's values of those fields (as a discarded change of them
    // alone would), the item's open changes over them.
    if (const WriteFacts *w = writesOf(c->source); w && w->revertLocal) {
        OutboxChange dropped = *c;
        dropped.fields = {};
        dropped.base = {};
        dropped.theirs = {};
        for (const QString &f : fields) {
            dropped.fields.insert(f, c->fields.value(f));
            dropped.base.insert(f, c->base.value(f));
            dropped.theirs.insert(f, c->theirs.value(f));
        }
        w->revertLocal(db, dropped, now);
        reapplyOpenChanges(db, c->source, c->account, now);
    }
    return true;
}

bool discardChange(QSqlDatabase &db, qint64 id, const QDateTime &now)
{
    const std::optional<OutboxChange> c = OutboxRepo::get(db, id);
    if (!c || !OutboxRepo::discard(db, id))
        return false;
    const WriteFacts *w = writesOf(c->source);
    if (c->state != OutboxState::Done && w && w->revertLocal) {
        w->revertLocal(db, *c, now);
        reapplyOpenChanges(db, c->source, c->account, now);
    }
    return true;
}

void reapplyOpenChanges(QSqlDatabase &db, const QString &source, const QString &account, const QDateTime &now)
{
    const WriteFacts *w = writesOf(source);
    if (!w || !w->applyLocal)
        return;
    for (const OutboxChange &c : OutboxRepo::list(db, source, {OutboxState::Pending, OutboxState::Sending, OutboxState::Conflict, OutboxState::Failed}))
        if (c.account == account)
            w->applyLocal(db, c, now);
}

QCoro::Task<> sendOutbox(SyncContext &ctx, ChangeSender &sender, QString source)
{
    const QString account = ctx.account;
    QSet<qint64> handled; // each change once a run, whatever its state says after
    for (;;) {
        QFuture<QList<OutboxChange>> reading = ctx.writer.transact([source, account](QSqlDatabase &db) {
            return OutboxRepo::sendable(db, source, account);
        });
        QList<OutboxChange> ready = co_await reading;
        ready.removeIf([&handled](const OutboxChange &c) { return handled.contains(c.id); });
        if (ready.isEmpty())
            co_return;
        // The first of each item; the item's next change comes with the next round.
        for (OutboxChange change : ready) {
            ctx.cancel.throwIfCancelled();
            handled.insert(change.id);
            const qint64 id = change.id;
            const QDateTime now = ctx.clock.now();
            QFuture<bool> marking = ctx.writer.transact([id, now](QSqlDatabase &db) { return OutboxRepo::markSending(db, id, now); });
            if (!co_await marking)
                continue; // discarded meanwhile
            ++change.attempts;
            SendOutcome outcome;
            try {
                outcome = co_await sender.send(ctx, change);
            } catch (const Error &e) {
                if (!refusesTheChange(e))
                    throw; // stays "sending": the next run finds out whether it arrived
                outcome.kind = SendOutcome::Kind::Failed;
                outcome.error = e.message;
            }
            const QDateTime done = ctx.clock.now();
            QFuture<void> recording = ctx.writer.transact([id, outcome, done, source, account](QSqlDatabase &db) {
                switch (outcome.kind) {
                case SendOutcome::Kind::Done:
                    OutboxRepo::markDone(db, id, outcome.item, done);
                    if (outcome.record)
                        outcome.record(db);
                    // The item's later changes stay over what the service answered.
                    reapplyOpenChanges(db, source, account, done);
                    break;
                case SendOutcome::Kind::Conflict: OutboxRepo::markConflict(db, id, outcome.theirs, done); break;
                case SendOutcome::Kind::Failed: OutboxRepo::markFailed(db, id, outcome.error, done); break;
                }
            });
            co_await recording;
            switch (outcome.kind) {
            case SendOutcome::Kind::Done: bump(ctx.run, "sent"); break;
            case SendOutcome::Kind::Conflict: bump(ctx.run, "conflicts"); break;
            case SendOutcome::Kind::Failed:
                bump(ctx.run, "send_failed");
                qCWarning(lcOutbox) << source << change.action << change.item << outcome.error;
                break;
            }
            Q_EMIT ctx.writer.changed(source);
            Q_EMIT ctx.writer.changed(QStringLiteral("outbox"));
        }
    }
}

} // namespace cairn
