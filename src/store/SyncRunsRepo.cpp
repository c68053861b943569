#include "SyncRunsRepo.h"
#include "Sql.h"

#include <QJsonDocument>

namespace cairn::SyncRunsRepo {

namespace {
QVariant extraValue(const SyncRun &r)
{
    return r.extra.isEmpty() ? QVariant() : QVariant(QJsonDocument(r.extra).toJson(QJsonDocument::Compact));
}
} // namespace

qint64 insert(QSqlDatabase &db, const SyncRun &r)
{
    sql::Statement q(db, QStringLiteral(
        "INSERT INTO sync_runs(source, account, scope, mode, started_at, finished_at, status, error, api_calls, pages, "
        "bytes, created, updated, deleted, skipped, extra) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.exec({r.source, r.account, r.scope, modeName(r.mode), sql::timeValue(r.startedAt), sql::timeValue(r.finishedAt), statusName(r.status),
            sql::textValue(r.error), r.apiCalls, r.pages, r.bytes, r.created, r.updated, r.deleted, r.skipped, extraValue(r)});
    return q.lastInsertId().toLongLong();
}

void update(QSqlDatabase &db, const SyncRun &r)
{
    sql::Statement q(db, QStringLiteral(
        "UPDATE sync_runs SET mode=?, finished_at=?, status=?, error=?, api_calls=?, pages=?, bytes=?, created=?, "
        "updated=?, deleted=?, skipped=?, extra=?, scope=? WHERE id=?"));
    q.exec({modeName(r.mode), sql::timeValue(r.finishedAt), statusName(r.status), sql::textValue(r.error), r.apiCalls, r.pages, r.bytes,
            r.created, r.updated, r.deleted, r.skipped, extraValue(r), r.scope, r.id});
}

QList<SyncRun> list(QSqlDatabase &db, const QString &source, int limit)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT id, source, account, scope, mode, started_at, finished_at, status, error, api_calls, pages, bytes, "
        "created, updated, deleted, skipped, extra FROM sync_runs WHERE (? = '' OR source = ?) "
        "ORDER BY id DESC LIMIT ?"));
    const QString s = source.isNull() ? QString(QLatin1String("")) : source;
    q.exec({s, s, limit});
    QList<SyncRun> out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.account = q.value(2).toString();
        r.scope = q.value(3).toString();
        r.mode = modeFromName(q.value(4).toString());
        r.startedAt = sql::timeFrom(q.value(5));
        r.finishedAt = sql::timeFrom(q.value(6));
        r.status = statusFromName(q.value(7).toString());
        r.error = q.value(8).toString();
        r.apiCalls = q.value(9).toInt();
        r.pages = q.value(10).toInt();
        r.bytes = q.value(11).toLongLong();
        r.created = q.value(12).toInt();
        r.updated = q.value(13).toInt();
        r.deleted = q.value(14).toInt();
        r.skipped = q.value(15).toInt();
        r.extra = QJsonDocument::fromJson(q.value(16).toByteArray()).object();
        out.append(r);
    }
    return out;
}

int closeInterrupted(QSqlDatabase &db, const QString &source, const QDateTime &now)
{
    sql::Statement q(db, QStringLiteral(
        "UPDATE sync_runs SET status=?, error='interrupted (the process stopped before the run ended)', "
        "finished_at=? WHERE status=? AND source=?"));
    q.exec({statusName(RunStatus::Failed), sql::timeValue(now), statusName(RunStatus::Running), source});
    return q.rowsAffected();
}

} // namespace cairn::SyncRunsRepo
