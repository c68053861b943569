#pragma once
#include "Contact.h"
#include "WriteStats.h"

#include <QMap>
#include <QSqlDatabase>

namespace cairn {

namespace ContactsRepo {

// Writes one page of contacts (tombstones included) seen by listing `runId`; keeps the
// search index in step in the same transaction.
WriteStats applyPage(QSqlDatabase &db, const QString &account, const QList<Contact> &page, qint64 runId,
                     const QDateTime &syncedAt);
// After a complete full listing: every live contact the listing did not see is soft-deleted.
int markUnseenDeleted(QSqlDatabase &db, const QString &account, qint64 runId, const QDateTime &now);

WriteStats applyGroups(QSqlDatabase &db, const QString &account, const QList<ContactGroup> &groups, qint64 runId,
                       const QDateTime &syncedAt);
int markUnseenGroupsDeleted(QSqlDatabase &db, const QString &account, qint64 runId, const QDateTime &now);

// A contact's sort key (the sort_key column): named contacts in the locale's order
// (Collation::sortKey of the name), then the nameless ones by their title (words::contactTitle).
QByteArray sortKey(const QString &name, const QString &email, const QString &organization, const QString &phone);
// Makes every contact's sort key again when the locale changed since they were made (or they
// were never made: right after the migration that added them). The writer calls it on opening
// (StoreFacts::writerOpened).
void refreshSortKeys(QSqlDatabase &db);

// Reads (any connection).
struct Counts
{
    int live = 0;
    int deleted = 0;
};
Counts counts(QSqlDatabase &db, const QString &account = QStringLiteral("default"));
// Every contact, deleted ones included, in resource-name order, with all its parts.
QList<Contact> all(QSqlDatabase &db, const QString &account = QStringLiteral("default"));
Contact byId(QSqlDatabase &db, qint64 id);
QList<ContactGroup> groups(QSqlDatabase &db, const QString &account = QStringLiteral("default"));

// The contacts' tables as the common schema steps released them (StoreFacts::releasedSteps):
// step → its statements. Never edit them: a change is a step of StoreFacts::schema.
QMap<int, const char *> releasedSteps();

} // namespace ContactsRepo
} // namespace cairn
