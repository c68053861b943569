#pragma once
#include "SyncRun.h"

#include <QSqlDatabase>

namespace cairn::SyncRunsRepo {

qint64 insert(QSqlDatabase &db, const SyncRun &run); // returns the new id
void update(QSqlDatabase &db, const SyncRun &run);
// Newest first; `source` empty for all sources.
QList<SyncRun> list(QSqlDatabase &db, const QString &source = {}, int limit = 50);
// Runs of `source` left "running" by a process that died: marked failed ("interrupted").
// Call only while holding that source's sync lock.
int closeInterrupted(QSqlDatabase &db, const QString &source, const QDateTime &now);

} // namespace cairn::SyncRunsRepo
