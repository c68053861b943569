#pragma once
#include <QJsonObject>
#include <QSqlDatabase>

namespace cairn::test {

// The schema of a cache as a reader of it depends on: PRAGMA user_version, the rows of `meta`
// (none before step 6 made it), the search index's settings and every row of sqlite_master
// but its page number, sorted (tests/fixtures/store: the released ones).
QJsonObject schemaOf(QSqlDatabase &db);

} // namespace cairn::test
