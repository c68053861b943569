#include "LocalChanges.h"
#include "Account.h"
#include "Error.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "StoreWriter.h"

#include <QCoroFuture>
#include <QPointer>

namespace cairn {

LocalChanges::LocalChanges(StoreWriter &writer, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_settings(settings)
{
}

const WriteFacts *LocalChanges::writes(const QString &source, const QString &account) const
{
    return writingOn(m_settings, source, account);
}

QStringList LocalChanges::accountsWriting(const QString &source) const
{
    // The accounts signed in, and "default" where a token from the environment (or nothing
    // yet) stands for the source.
    QStringList accounts = AccountStore::idsOf(m_settings, source);
    if (!accounts.contains(Account::defaultId()) && (accounts.isEmpty() || !Settings::environmentToken(source).isEmpty()))
        accounts << Account::defaultId();
    accounts.removeIf([&](const QString &account) { return !writes(source, account); });
    return accounts;
}

const WriteFacts *LocalChanges::writes(const QString &source) const
{
    const QStringList accounts = accountsWriting(source);
    return accounts.isEmpty() ? nullptr : writes(source, accounts.first());
}

void LocalChanges::queue(const QString &source, const QString &account, const QString &action, const QString &item,
                         const QJsonObject &fields, QObject *context, Done done, Refused refused)
{
    if (!writes(source, account)) { // switched off meanwhile: kept nowhere, said so
        if (refused)
            refused(tr("Writing to %1 is off for the account \"%2\": Cairn only reads it.").arg(Settings::displayName(source), account));
        return;
    }
    write(source, [=](QSqlDatabase &db) -> std::optional<OutboxChange> {
        return queueChange(db, source, account, action, item, fields, QDateTime::currentDateTimeUtc());
    }, context, std::move(done), std::move(refused));
}

namespace {
// A write that moves change `id` as `move` says, with the change as it was before.
std::function<std::optional<OutboxChange>(QSqlDatabase &)> moving(qint64 id, std::function<bool(QSqlDatabase &, const QDateTime &)> move)
{
    return [id, move = std::move(move)](QSqlDatabase &db) -> std::optional<OutboxChange> {
        const std::optional<OutboxChange> c = OutboxRepo::get(db, id);
        if (c && move(db, QDateTime::currentDateTimeUtc()))
            return c;
        return std::nullopt;
    };
}
} // namespace

void LocalChanges::resolve(qint64 id, const QString &field, Resolution how, QObject *context, Refused refused)
{
    write(QString(), moving(id, [=](QSqlDatabase &db, const QDateTime &now) { return resolveConflict(db, id, field, how, now); }),
          context, {}, std::move(refused));
}

void LocalChanges::retry(qint64 id, QObject *context, Refused refused)
{
    write(QString(), moving(id, [=](QSqlDatabase &db, const QDateTime &now) { return OutboxRepo::retry(db, id, now); }), context, {},
          std::move(refused));
}

void LocalChanges::discard(qint64 id, QObject *context, Refused refused)
{
    write(QString(), moving(id, [=](QSqlDatabase &db, const QDateTime &now) { return discardChange(db, id, now); }), context, {},
          std::move(refused));
}

QCoro::Task<> LocalChanges::write(QString source, std::function<std::optional<OutboxChange>(QSqlDatabase &)> work,
                                  QPointer<QObject> context, Done done, Refused refused)
{
    QPointer<LocalChanges> self(this);
    const bool hadContext = context;
    std::optional<OutboxChange> change;
    QString failure;
    try {
        change = co_await m_writer.transact(std::move(work));
    } catch (const Error &e) {
        failure = e.message;
    }
    if (!self)
        co_return;
    const bool reachable = !hadContext || context;
    if (!change) {
        // (A resolution the sync overtook — the change was sent or discarded meanwhile — is no
        // failure: the window shows what is there now.)
        if (!failure.isEmpty() && refused && reachable)
            refused(failure);
        Q_EMIT changed(source);
        co_return;
    }
    if (source.isEmpty())
        source = change->source;
    Q_EMIT m_writer.changed(source);
    Q_EMIT m_writer.changed(QStringLiteral("outbox"));
    Q_EMIT changed(source);
    if (done && reachable)
        done(*change);
}

QJsonObject LocalChanges::currentValues(QSqlDatabase &db, const WriteFacts &writes, const QString &account, const QString &item)
{
    QJsonObject every;
    for (const WritableField &f : writes.fields)
        if (f.onEdit)
            every.insert(f.name, QJsonValue());
    return writes.prepare(db, account, QStringLiteral("edit"), item, every).base;
}

QList<OutboxChange> LocalChanges::openFor(ReadConnection &connection, const QString &source, const QString &account,
                                          const QString &item)
{
    if (!connection.ensureOpen())
        return {};
    try {
        return OutboxRepo::openFor(connection.db(), source, account, item);
    } catch (const Error &) {
        return {};
    }
}

} // namespace cairn
