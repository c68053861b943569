#pragma once
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace cairn::WatchList {

// What "assigned to me" notifications watch, per source, as cached now for one account — each
// source's own query (StoreFacts::watch): Asana tasks assigned to me and not completed, open
// pull requests that ask for my review, Jira issues assigned to me. Keyed by the service's id;
// the value is the item's title line. `me` names the user as the items do (GitHub login, Jira
// accountId; unused for Asana). Sources without a watch (Google) give nothing. Throws
// cairn::Error on a store failure.
QHash<QString, QString> mine(QSqlDatabase &db, const QString &source, const QString &account, const QString &me);

} // namespace cairn::WatchList
