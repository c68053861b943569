#include "WatchList.h"
#include "StoreFacts.h"

namespace cairn::WatchList {

QHash<QString, QString> mine(QSqlDatabase &db, const QString &source, const QString &account, const QString &me)
{
    const StoreFacts *facts = StoreCatalog::find(source);
    return facts && facts->watch ? facts->watch(db, account, me) : QHash<QString, QString>();
}

} // namespace cairn::WatchList
