#include "ContactsRepo.h"
#include "Collation.h"
#include "Database.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "Words.h"

namespace cairn::ContactsRepo {

namespace {

QString searchBody(const Contact &c)
{
    // The title is indexed on its own: parts of the name it holds would only repeat it in the
    // snippet under it.
    QStringList parts;
    for (const QString &n : {c.givenName, c.familyName})
        if (!c.displayName.contains(n, Qt::CaseInsensitive))
            parts << n;
    parts << c.nickname;
    for (const auto &e : c.emails)
        parts << e.value;
    for (const auto &p : c.phones)
        parts << p.value << p.canonical;
    for (const auto &o : c.organizations)
        parts << o.name << o.title << o.department;
    parts << c.note;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

// The statements of one page, prepared once per page and reused for each row.
struct PageStatements
{
    explicit PageStatements(QSqlDatabase &db)
        : find(db, QStringLiteral("SELECT id, etag, deleted_at FROM contacts WHERE account=? AND resource_name=?"))
        , insert(db, QStringLiteral(
              "INSERT INTO contacts(account, resource_name, etag, display_name, given_name, family_name, nickname, "
              "birthday, note, photo_url, primary_email, primary_phone, organization, remote_updated_at, synced_at, "
              "deleted_at, run_id, sort_key) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?,?)"))
        , update(db, QStringLiteral(
              "UPDATE contacts SET etag=?, display_name=?, given_name=?, family_name=?, nickname=?, birthday=?, note=?, "
              "photo_url=?, primary_email=?, primary_phone=?, organization=?, remote_updated_at=?, synced_at=?, "
              "deleted_at=NULL, run_id=?, sort_key=? WHERE id=?"))
        , seen(db, QStringLiteral("UPDATE contacts SET run_id=?, synced_at=? WHERE id=?"))
        , tombstone(db, QStringLiteral("UPDATE contacts SET deleted_at=?, run_id=?, synced_at=? WHERE id=?"))
        , dropEmails(db, QStringLiteral("DELETE FROM contact_emails WHERE contact_id=?"))
        , dropPhones(db, QStringLiteral("DELETE FROM contact_phones WHERE contact_id=?"))
        , dropOrgs(db, QStringLiteral("DELETE FROM contact_organizations WHERE contact_id=?"))
        , dropGroups(db, QStringLiteral("DELETE FROM contact_memberships WHERE contact_id=?"))
        , addEmail(db, QStringLiteral("INSERT INTO contact_emails(contact_id, position, value, type) VALUES(?,?,?,?)"))
        , addPhone(db, QStringLiteral(
              "INSERT INTO contact_phones(contact_id, position, value, canonical, type) VALUES(?,?,?,?,?)"))
        , addOrg(db, QStringLiteral(
              "INSERT INTO contact_organizations(contact_id, position, name, title, department) VALUES(?,?,?,?,?)"))
        , addGroup(db, QStringLiteral(
              "INSERT OR IGNORE INTO contact_memberships(contact_id, group_resource) VALUES(?,?)"))
        , search(db)
    {
    }
    sql::Statement find, insert, update, seen, tombstone;
    sql::Statement dropEmails, dropPhones, dropOrgs, dropGroups, addEmail, addPhone, addOrg, addGroup;
    SearchIndex::Batch search;

    void writeParts(qint64 id, const Contact &c, bool replace)
    {
        if (replace) {
            dropEmails.exec({id});
            dropPhones.exec({id});
            dropOrgs.exec({id});
            dropGroups.exec({id});
        }
        for (int i = 0; i < c.emails.size(); ++i)
            addEmail.exec({id, i, c.emails[i].value, sql::textValue(c.emails[i].type)});
        for (int i = 0; i < c.phones.size(); ++i)
            addPhone.exec({id, i, c.phones[i].value, sql::textValue(c.phones[i].canonical), sql::textValue(c.phones[i].type)});
        for (int i = 0; i < c.organizations.size(); ++i) {
            const auto &o = c.organizations[i];
            addOrg.exec({id, i, sql::textValue(o.name), sql::textValue(o.title), sql::textValue(o.department)});
        }
        for (const QString &g : c.groups)
            addGroup.exec({id, g});
    }
};

QString primaryEmail(const Contact &c)
{
    for (const auto &e : c.emails)
        if (e.primary)
            return e.value;
    return c.emails.isEmpty() ? QString() : c.emails.first().value;
}

} // namespace

QByteArray sortKey(const QString &name, const QString &email, const QString &organization, const QString &phone)
{
    const QString title = words::contactTitle(name, email, organization, phone);
    // Named contacts first, then those titled by an address or a company, then the empty ones.
    const char group = title.isEmpty() ? '\x03' : name.trimmed().isEmpty() ? '\x02' : '\x01';
    return QByteArray(1, group) + Collation::sortKey(title);
}

void refreshSortKeys(QSqlDatabase &db)
{
    {
        sql::Statement version(db, QStringLiteral("PRAGMA user_version"));
        if (version.exec().next() && version.value(0).toInt() < 6)
            return; // an older schema (a test's migrateTo): no keys yet
    }
    const QString locale = Collation::locale().name();
    {
        sql::Statement made(db, QStringLiteral("SELECT value FROM meta WHERE key='sort_locale'"));
        if (made.exec().next() && made.value(0).toString() == locale)
            return; // the usual case: one indexed read
    }
    execOrThrow(db, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        sql::Statement rows(db, QStringLiteral("SELECT id, display_name, primary_email, organization, primary_phone FROM contacts"));
        sql::Statement set(db, QStringLiteral("UPDATE contacts SET sort_key=? WHERE id=?"));
        QList<QPair<qint64, QByteArray>> keys;
        for (rows.exec(); rows.next();)
            keys.append({rows.value(0).toLongLong(), sortKey(rows.value(1).toString(), rows.value(2).toString(),
                                                             rows.value(3).toString(), rows.value(4).toString())});
        for (const auto &k : std::as_const(keys))
            set.exec({k.second, k.first});
        sql::Statement(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('sort_locale', ?)")).exec({locale});
        execOrThrow(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

WriteStats applyPage(QSqlDatabase &db, const QString &account, const QList<Contact> &page, qint64 runId,
                     const QDateTime &syncedAt)
{
    WriteStats stats;
    PageStatements st(db);
    const QVariant now = sql::timeValue(syncedAt);
    for (const Contact &c : page) {
        st.find.exec({account, c.resourceName});
        const bool exists = st.find.next();
        const qint64 id = exists ? st.find.value(0).toLongLong() : 0;
        const QString etag = exists ? st.find.value(1).toString() : QString();
        const bool wasDeleted = exists && !st.find.value(2).isNull();
        st.find.finish();

        if (c.deleted) {
            if (exists && !wasDeleted) {
                st.tombstone.exec({now, runId, now, id});
                st.search.remove(kContactKind, id);
                ++stats.deleted;
            } else {
                ++stats.skipped;
            }
            continue;
        }
        if (exists && !wasDeleted && !etag.isEmpty() && etag == c.etag) {
            st.seen.exec({runId, now, id});
            ++stats.skipped;
            continue;
        }
        const QString email = primaryEmail(c);
        const QString phone = c.phones.isEmpty() ? QString() : c.phones.first().value;
        const QString org = c.organizations.isEmpty() ? QString() : c.organizations.first().name;
        const QVariantList fields{sql::textValue(c.etag), c.displayName.isNull() ? QString(QLatin1String("")) : c.displayName, sql::textValue(c.givenName),
                                  sql::textValue(c.familyName), sql::textValue(c.nickname), sql::textValue(c.birthday),
                                  sql::textValue(c.note), sql::textValue(c.photoUrl), sql::textValue(email),
                                  c.phones.isEmpty() ? QVariant() : QVariant(phone),
                                  c.organizations.isEmpty() ? QVariant() : QVariant(org),
                                  sql::timeValue(c.updatedAt), now, runId, sortKey(c.displayName, email, org, phone)};
        qint64 rowId = id;
        if (exists) {
            for (int i = 0; i < fields.size(); ++i)
                st.update.bind(i, fields[i]);
            st.update.bind(int(fields.size()), id);
            st.update.exec();
            ++stats.updated;
        } else {
            st.insert.bind(0, account);
            st.insert.bind(1, c.resourceName);
            for (int i = 0; i < fields.size(); ++i)
                st.insert.bind(i + 2, fields[i]);
            st.insert.exec();
            rowId = st.insert.lastInsertId().toLongLong();
            ++stats.created;
        }
        st.writeParts(rowId, c, exists);
        st.search.put(kContactKind, rowId, words::contactTitle(c.displayName, email, org, phone), searchBody(c), !exists);
    }
    st.search.flush();
    return stats;
}

int markUnseenDeleted(QSqlDatabase &db, const QString &account, qint64 runId, const QDateTime &now)
{
    sql::Statement ids(db, QStringLiteral(
        "SELECT id FROM contacts WHERE account=? AND deleted_at IS NULL AND (run_id IS NULL OR run_id<>?)"));
    ids.exec({account, runId});
    QList<qint64> gone;
    while (ids.next())
        gone.append(ids.value(0).toLongLong());
    sql::Statement mark(db, QStringLiteral("UPDATE contacts SET deleted_at=? WHERE id=?"));
    SearchIndex::Batch search(db);
    for (qint64 id : gone) {
        mark.exec({sql::timeValue(now), id});
        search.remove(kContactKind, id);
    }
    search.flush();
    return int(gone.size());
}

WriteStats applyGroups(QSqlDatabase &db, const QString &account, const QList<ContactGroup> &groups, qint64 runId,
                       const QDateTime &syncedAt)
{
    WriteStats stats;
    sql::Statement find(db, QStringLiteral("SELECT name, deleted_at FROM contact_groups WHERE account=? AND resource_name=?"));
    sql::Statement upsert(db, QStringLiteral(
        "INSERT INTO contact_groups(account, resource_name, name, group_type, deleted_at, synced_at, run_id) "
        "VALUES(?,?,?,?,?,?,?) ON CONFLICT(account, resource_name) DO UPDATE SET name=excluded.name, "
        "group_type=excluded.group_type, deleted_at=excluded.deleted_at, synced_at=excluded.synced_at, "
        "run_id=excluded.run_id"));
    const QVariant now = sql::timeValue(syncedAt);
    for (const ContactGroup &g : groups) {
        find.exec({account, g.resourceName});
        const bool exists = find.next();
        const bool wasDeleted = exists && !find.value(1).isNull();
        const QString oldName = exists ? find.value(0).toString() : QString();
        const QVariant oldDeletedAt = exists ? find.value(1) : QVariant();
        find.finish();
        if (g.deleted) {
            if (exists && !wasDeleted)
                ++stats.deleted;
            else
                ++stats.skipped;
            if (exists)
                upsert.exec({account, g.resourceName, oldName, g.groupType, wasDeleted ? oldDeletedAt : now, now, runId});
            continue;
        }
        stats.count(exists, !(wasDeleted || oldName != g.name));
        upsert.exec({account, g.resourceName, g.name, g.groupType, QVariant(), now, runId});
    }
    return stats;
}

int markUnseenGroupsDeleted(QSqlDatabase &db, const QString &account, qint64 runId, const QDateTime &now)
{
    sql::Statement q(db, QStringLiteral(
        "UPDATE contact_groups SET deleted_at=? WHERE account=? AND deleted_at IS NULL AND (run_id IS NULL OR run_id<>?)"));
    q.exec({sql::timeValue(now), account, runId});
    return q.rowsAffected();
}

Counts counts(QSqlDatabase &db, const QString &account)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT count(*) FILTER (WHERE deleted_at IS NULL), count(*) FILTER (WHERE deleted_at IS NOT NULL) "
        "FROM contacts WHERE account=?"));
    q.exec({account});
    Counts c;
    if (q.next())
        sql::readRow(q, c.live, c.deleted);
    return c;
}

namespace {
void loadParts(QSqlDatabase &db, qint64 id, Contact &c)
{
    sql::Statement e(db, QStringLiteral("SELECT value, type FROM contact_emails WHERE contact_id=? ORDER BY position"));
    for (e.exec({id}); e.next();)
        c.emails.append({e.value(0).toString(), e.value(1).toString(), false});
    sql::Statement p(db, QStringLiteral(
        "SELECT value, canonical, type FROM contact_phones WHERE contact_id=? ORDER BY position"));
    for (p.exec({id}); p.next();)
        c.phones.append({p.value(0).toString(), p.value(1).toString(), p.value(2).toString()});
    sql::Statement o(db, QStringLiteral(
        "SELECT name, title, department FROM contact_organizations WHERE contact_id=? ORDER BY position"));
    for (o.exec({id}); o.next();)
        c.organizations.append({o.value(0).toString(), o.value(1).toString(), o.value(2).toString()});
    sql::Statement g(db, QStringLiteral(
        "SELECT group_resource FROM contact_memberships WHERE contact_id=? ORDER BY group_resource"));
    for (g.exec({id}); g.next();)
        c.groups.append(g.value(0).toString());
}

const QString kContactColumns = QStringLiteral(
    "id, resource_name, etag, deleted_at, display_name, given_name, family_name, nickname, birthday, note, "
    "photo_url, remote_updated_at");

Contact fromRow(QSqlDatabase &db, sql::Statement &q)
{
    Contact c;
    qint64 id = 0;
    sql::readRow(q, id, c.resourceName, c.etag, sql::notNull(c.deleted), c.displayName, c.givenName, c.familyName, c.nickname, c.birthday,
                 c.note, c.photoUrl, c.updatedAt);
    loadParts(db, id, c);
    return c;
}
} // namespace

QList<Contact> all(QSqlDatabase &db, const QString &account)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM contacts WHERE account=? ORDER BY resource_name").arg(kContactColumns));
    q.exec({account});
    QList<Contact> out;
    while (q.next())
        out.append(fromRow(db, q));
    return out;
}

Contact byId(QSqlDatabase &db, qint64 id)
{
    sql::Statement q(db, QStringLiteral("SELECT %1 FROM contacts WHERE id=?").arg(kContactColumns));
    q.exec({id});
    return q.next() ? fromRow(db, q) : Contact{};
}

QList<ContactGroup> groups(QSqlDatabase &db, const QString &account)
{
    sql::Statement q(db, QStringLiteral(
        "SELECT resource_name, name, group_type, deleted_at FROM contact_groups WHERE account=? ORDER BY resource_name"));
    q.exec({account});
    QList<ContactGroup> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), !q.value(3).isNull()});
    return out;
}

QMap<int, const char *> releasedSteps()
{
    return {
        // 1: contacts and their groups.
        {1, R"SQL(
CREATE TABLE contacts(
  id INTEGER PRIMARY KEY,
  account TEXT NOT NULL DEFAULT 'default',
  resource_name TEXT NOT NULL,
  etag TEXT, display_name TEXT NOT NULL DEFAULT '', given_name TEXT, family_name TEXT,
  nickname TEXT, birthday TEXT, note TEXT, photo_url TEXT,
  primary_email TEXT, primary_phone TEXT, organization TEXT,
  remote_updated_at TEXT, synced_at TEXT, deleted_at TEXT, run_id INTEGER,
  UNIQUE(account, resource_name));
CREATE INDEX contacts_by_name ON contacts(account, display_name COLLATE NOCASE);
CREATE INDEX contacts_by_run ON contacts(account, run_id);
CREATE TABLE contact_emails(
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, value TEXT NOT NULL, type TEXT,
  PRIMARY KEY(contact_id, position));
CREATE INDEX contact_emails_by_value ON contact_emails(value COLLATE NOCASE);
CREATE TABLE contact_phones(
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, value TEXT NOT NULL, canonical TEXT, type TEXT,
  PRIMARY KEY(contact_id, position));
CREATE TABLE contact_organizations(
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT, title TEXT, department TEXT,
  PRIMARY KEY(contact_id, position));
CREATE TABLE contact_memberships(
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  group_resource TEXT NOT NULL,
  PRIMARY KEY(contact_id, group_resource));
CREATE TABLE contact_groups(
  account TEXT NOT NULL DEFAULT 'default', resource_name TEXT NOT NULL,
  name TEXT, group_type TEXT, deleted_at TEXT, synced_at TEXT, run_id INTEGER,
  PRIMARY KEY(account, resource_name));
)SQL"},
        // 5: the contacts list reads live contacts in name order. A partial index of live
        // contacts only answers its count and its first screen without reading the table (at
        // 100 000 contacts, 190 ms became 10 ms); "Show deleted" sorts the few it adds.
        {5, R"SQL(
DROP INDEX contacts_by_name;
CREATE INDEX contacts_live_by_name ON contacts(account, display_name COLLATE NOCASE) WHERE deleted_at IS NULL;
)SQL"},
        // 6: contacts sort in the locale's order (Collation::sortKey, ICU, numeric) by a key column
        // with an index of its own, the nameless ones last: an ORDER BY with a collation function
        // compared 100 000 names a screen. The keys are written with each contact and made again
        // when the locale changes (`meta` keeps the locale they were made in; refreshSortKeys).
        {6, R"SQL(
ALTER TABLE contacts ADD COLUMN sort_key BLOB;
DROP INDEX contacts_live_by_name;
CREATE INDEX contacts_live_by_key ON contacts(account, sort_key) WHERE deleted_at IS NULL;
)SQL"},
        // 7: the window lists the contacts of every account (issue 21): the index that gives the
        // list its first screen in order no longer leads with the account.
        {7, R"SQL(
DROP INDEX contacts_live_by_key;
CREATE INDEX contacts_live_by_sort_key ON contacts(sort_key) WHERE deleted_at IS NULL;
)SQL"},
    };
}

} // namespace cairn::ContactsRepo
