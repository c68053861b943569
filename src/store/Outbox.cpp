#include "Outbox.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QUuid>

namespace cairn {

namespace {
const char *const kStateNames[] = {"pending", "sending", "done", "conflict", "failed"};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

const QString kColumns = QStringLiteral(
    "id, source, account, action, item, client_id, fields, base, base_version, state, theirs, error, attempts, created_at, updated_at");

OutboxChange read(const sql::Statement &q)
{
    OutboxChange c;
    c.id = q.value(0).toLongLong();
    c.source = q.value(1).toString();
    c.account = q.value(2).toString();
    c.action = q.value(3).toString();
    c.item = q.value(4).toString();
    c.clientId = q.value(5).toString();
    c.fields = object(q.value(6));
    c.base = object(q.value(7));
    c.baseVersion = q.value(8).toString();
    c.state = outboxStateFromName(q.value(9).toString()).value_or(OutboxState::Failed);
    c.theirs = object(q.value(10));
    c.error = q.value(11).toString();
    c.attempts = q.value(12).toInt();
    c.createdAt = sql::timeFrom(q.value(13));
    c.updatedAt = sql::timeFrom(q.value(14));
    return c;
}

QList<OutboxChange> readAll(sql::Statement &q)
{
    QList<OutboxChange> out;
    while (q.next())
        out.append(read(q));
    return out;
}

// "?,?,…" for `n` values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

// Moves `id` to `to` when it is in one of `from`; the other columns as `set` says.
bool move(QSqlDatabase &db, qint64 id, std::initializer_list<OutboxState> from, OutboxState to, const QDateTime &now,
          const QString &set = {}, const QVariantList &values = {})
{
    QVariantList states;
    for (OutboxState s : from)
        states << outboxStateName(s);
    sql::Statement q(db, QStringLiteral("UPDATE outbox SET state=?, updated_at=?%1 WHERE id=? AND state IN (%2)")
                             .arg(set.isEmpty() ? QString() : QStringLiteral(", ") + set, placeholders(states.size())));
    q.execList(QVariantList{outboxStateName(to), sql::timeValue(now)} + values + QVariantList{id} + states);
    return q.rowsAffected() == 1;
}
} // namespace

QString outboxStateName(OutboxState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

std::optional<OutboxState> outboxStateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i)
        if (name == QLatin1String(kStateNames[i]))
            return OutboxState(i);
    return std::nullopt;
}

namespace OutboxRepo {

qint64 add(QSqlDatabase &db, OutboxChange &c, const QDateTime &now)
{
    if (c.clientId.isEmpty())
        c.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (c.item.isEmpty())
        c.item = c.clientId; // a create: named by the service when it is done
    c.state = OutboxState::Pending;
    c.createdAt = c.updatedAt = now;
    c.attempts = 0;
    sql::Statement q(db, QStringLiteral(
        "INSERT INTO outbox(source, account, action, item, client_id, fields, base, base_version, state, attempts, created_at, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,0,?,?)"));
    const QString version = c.baseVersion.isNull() ? QString(QLatin1String("")) : c.baseVersion; // (none yet: a create)
    q.exec({c.source, c.account, c.action, c.item, c.clientId, json(c.fields), json(c.base), version, outboxStateName(c.state),
            sql::timeValue(now), sql::timeValue(now)});
    c.id = q.lastInsertId().toLongLong();
    return c.id;
}

std::optional<OutboxChange> get(QSqlDatabase &db, qint64 id)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM outbox WHERE id=?").arg(kColumns));
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<OutboxChange> list(QSqlDatabase &db, const QString &source, const QList<OutboxState> &states)
{
    QVariantList values;
    QString where = QStringLiteral("1");
    if (!source.isEmpty()) {
        where += QStringLiteral(" AND source=?");
        values << source;
    }
    if (!states.isEmpty()) {
        where += QStringLiteral(" AND state IN (%1)").arg(placeholders(states.size()));
        for (OutboxState s : states)
            values << outboxStateName(s);
    }
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY id").arg(kColumns, where));
    q.execList(values);
    return readAll(q);
}

QList<OutboxChange> sendable(QSqlDatabase &db, const QString &source, const QString &account)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT %1 FROM outbox o WHERE source=? AND account=? AND state IN ('pending','sending') "
        "AND NOT EXISTS(SELECT 1 FROM outbox e WHERE e.source=o.source AND e.account=o.account AND e.item=o.item "
        "AND e.id < o.id AND e.state <> 'done') ORDER BY id").arg(kColumns));
    q.exec({source, account});
    return readAll(q);
}

QList<OutboxChange> openFor(QSqlDatabase &db, const QString &source, const QString &account, const QString &item)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM outbox WHERE source=? AND account=? AND item=? AND state <> 'done' ORDER BY id")
                             .arg(kColumns));
    q.exec({source, account, item});
    return readAll(q);
}

QHash<std::pair<QString, QString>, OutboxState> openItems(QSqlDatabase &db, const QString &source)
{
    sql::Statement q(db, QStringLiteral("SELECT account, item, state FROM outbox WHERE source=? AND state <> 'done'"));
    q.exec({source});
    // What most needs the person wins: a conflict, then a failure, then the rest.
    const auto weight = [](OutboxState s) { return s == OutboxState::Conflict ? 2 : s == OutboxState::Failed ? 1 : 0; };
    QHash<std::pair<QString, QString>, OutboxState> out;
    while (q.next()) {
        const std::pair<QString, QString> key{q.value(0).toString(), q.value(1).toString()};
        const OutboxState state = outboxStateFromName(q.value(2).toString()).value_or(OutboxState::Failed);
        const auto it = out.constFind(key);
        if (it == out.cend() || weight(state) > weight(*it))
            out.insert(key, state);
    }
    return out;
}

bool deleteOpen(QSqlDatabase &db, const QString &source, const QString &account, const QString &item)
{
    sql::Statement q(db, QStringLiteral("SELECT 1 FROM outbox WHERE source=? AND account=? AND item=? AND action='delete' "
                                        "AND state <> 'done' LIMIT 1"));
    q.exec({source, account, item});
    return q.next();
}

bool markSending(QSqlDatabase &db, qint64 id, const QDateTime &now)
{
    return move(db, id, {OutboxState::Pending, OutboxState::Sending}, OutboxState::Sending, now, QStringLiteral("attempts=attempts+1"));
}

bool markDone(QSqlDatabase &db, qint64 id, const QString &item, const QDateTime &now)
{
    const std::optional<OutboxChange> c = get(db, id);
    if (!c || !move(db, id, {OutboxState::Sending}, OutboxState::Done, now, QStringLiteral("error=NULL, theirs=NULL")))
        return false;
    if (!item.isEmpty() && item != c->item) {
        // The service named the item the change created: its later changes are to that item.
        sql::Statement q(db, QStringLiteral("UPDATE outbox SET item=? WHERE source=? AND account=? AND item=?"));
        q.exec({item, c->source, c->account, c->item});
    }
    return true;
}

bool markConflict(QSqlDatabase &db, qint64 id, const QJsonObject &theirs, const QDateTime &now)
{
    return move(db, id, {OutboxState::Sending}, OutboxState::Conflict, now, QStringLiteral("theirs=?"), {json(theirs)});
}

bool markFailed(QSqlDatabase &db, qint64 id, const QString &error, const QDateTime &now)
{
    return move(db, id, {OutboxState::Sending}, OutboxState::Failed, now, QStringLiteral("error=?"), {sql::textValue(error)});
}

bool retry(QSqlDatabase &db, qint64 id, const QDateTime &now)
{
    const std::optional<OutboxChange> c = get(db, id);
    if (!c)
        return false;
    QJsonObject base = c->base;
    for (auto it = c->theirs.begin(); it != c->theirs.end(); ++it)
        base.insert(it.key(), it.value());
    return move(db, id, {OutboxState::Conflict, OutboxState::Failed}, OutboxState::Pending, now,
                QStringLiteral("error=NULL, theirs=NULL, base=?"), {json(base)});
}

bool resolveField(QSqlDatabase &db, qint64 id, const QString &field, bool keepMine, const QDateTime &now)
{
    const std::optional<OutboxChange> c = get(db, id);
    if (!c || c->state != OutboxState::Conflict || !c->theirs.contains(field) || (!keepMine && c->fields.size() <= 1))
        return false;
    QJsonObject fields = c->fields;
    QJsonObject base = c->base;
    QJsonObject theirs = c->theirs;
    if (keepMine) {
        base.insert(field, theirs.value(field));
    } else {
        fields.remove(field);
        base.remove(field);
    }
    theirs.remove(field);
    return move(db, id, {OutboxState::Conflict}, theirs.isEmpty() ? OutboxState::Pending : OutboxState::Conflict, now,
                QStringLiteral("fields=?, base=?, theirs=?"), {json(fields), json(base), theirs.isEmpty() ? QVariant() : QVariant(json(theirs))});
}

bool discard(QSqlDatabase &db, qint64 id)
{
    sql::Statement q(db, QStringLiteral("DELETE FROM outbox WHERE id=? AND state <> 'sending'"));
    q.exec({id});
    return q.rowsAffected() == 1;
}

} // namespace OutboxRepo
} // namespace cairn
