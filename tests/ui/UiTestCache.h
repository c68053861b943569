// A filled temporary cache for the UI tests: a real SQLite file written through StoreWriter
// and ContactsRepo, with generated contacts, groups, runs and the source's sync state.
#pragma once
#include "google/Contact.h"
#include "google/ContactsRepo.h"
#include "StoreWriter.h"
#include "SyncRunsRepo.h"
#include "SyncStateRepo.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace cairn::uitest {

inline const QStringList &specialNames()
{
    static const QStringList names{QStringLiteral("Zoë Ångström"), QStringLiteral("José Núñez"),
                                   QStringLiteral("Øyvind Ødegård"), QStringLiteral("李小龍"),
                                   QStringLiteral("Anna-Lena Müller"), QStringLiteral("Ünal Çelik")};
    return names;
}

inline Contact generatedContact(int i)
{
    static const QStringList given{QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carla"),
                                   QStringLiteral("Dmitri"), QStringLiteral("Eve"), QStringLiteral("Farid"),
                                   QStringLiteral("Greta"), QStringLiteral("Hiro"), QStringLiteral("Ines"),
                                   QStringLiteral("Jonas")};
    static const QStringList family{QStringLiteral("Adams"), QStringLiteral("Berg"), QStringLiteral("Costa"),
                                    QStringLiteral("Dubois"), QStringLiteral("Engel"), QStringLiteral("Fischer"),
                                    QStringLiteral("Garcia"), QStringLiteral("Hansen"), QStringLiteral("Ivanova")};
    static const QStringList orgs{QStringLiteral("Acme Corp"), QStringLiteral("Globex"), QStringLiteral("Initech"),
                                  QStringLiteral("Umbrella Research"), QString()};
    Contact c;
    c.resourceName = QStringLiteral("people/c%1").arg(100000 + i);
    c.etag = QStringLiteral("etag-%1").arg(i);
    if (i < specialNames().size()) {
        c.displayName = specialNames().at(i);
        c.givenName = c.displayName.section(QLatin1Char(' '), 0, 0);
        c.familyName = c.displayName.section(QLatin1Char(' '), 1);
    } else {
        c.givenName = given.at(i % given.size());
        c.familyName = family.at((i / given.size()) % family.size()) + QString::number(i);
        c.displayName = c.givenName + QLatin1Char(' ') + c.familyName;
    }
    c.emails.append({QStringLiteral("user%1@example.com").arg(i), QStringLiteral("work"), true});
    if (i % 3 == 0)
        c.emails.append({QStringLiteral("home%1@example.org").arg(i), QStringLiteral("home"), false});
    if (i % 2 == 0)
        c.phones.append({QStringLiteral("+49 30 %1").arg(1000000 + i), QStringLiteral("+4930%1").arg(1000000 + i),
                         QStringLiteral("mobile")});
    const QString org = orgs.at(i % orgs.size());
    if (!org.isEmpty())
        c.organizations.append({org, QStringLiteral("Engineer"), QStringLiteral("R&D")});
    if (i % 7 == 0)
        c.birthday = QStringLiteral("1990-%1-%2").arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    if (i % 5 == 0)
        c.note = QStringLiteral("Met at <b>conference</b> %1.\nLikes tea.").arg(i);
    c.groups << QStringLiteral("contactGroups/myContacts");
    if (i % 4 == 0)
        c.groups << QStringLiteral("contactGroups/friends");
    c.updatedAt = QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC).addSecs(i * 60);
    return c;
}

// A cache with `count` contacts, of which those with i % 10 == 9 are deleted (tombstones).
class Cache
{
public:
    explicit Cache(int count = 300, bool withRuns = true)
    {
        QVERIFY(m_dir.isValid());
        m_writer = std::make_unique<StoreWriter>(databasePath());
        m_writer->open().waitForFinished();
        QList<Contact> page;
        QList<Contact> tombstones;
        for (int i = 0; i < count; ++i) {
            page.append(generatedContact(i));
            if (i % 10 == 9) {
                Contact t;
                t.resourceName = page.last().resourceName;
                t.deleted = true;
                tombstones.append(t);
            }
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_writer->transact([page, tombstones, now, withRuns](QSqlDatabase &db) {
            ContactsRepo::applyGroups(db, QStringLiteral("default"),
                                      {{QStringLiteral("contactGroups/myContacts"), QStringLiteral("myContacts"),
                                        QStringLiteral("SYSTEM_CONTACT_GROUP"), false},
                                       {QStringLiteral("contactGroups/friends"), QStringLiteral("Friends"),
                                        QStringLiteral("USER_CONTACT_GROUP"), false}},
                                      1, now);
            ContactsRepo::applyPage(db, QStringLiteral("default"), page, 1, now);
            ContactsRepo::applyPage(db, QStringLiteral("default"), tombstones, 2, now);
            if (!withRuns)
                return;
            SyncRun full;
            full.source = QStringLiteral("google");
            full.mode = SyncMode::Full;
            full.status = RunStatus::Ok;
            full.startedAt = now.addSecs(-600);
            full.finishedAt = now.addSecs(-598);
            full.apiCalls = 3;
            full.pages = 3;
            full.created = int(page.size());
            SyncRunsRepo::insert(db, full);
            SyncRun failed = full;
            failed.mode = SyncMode::Partial;
            failed.status = RunStatus::Failed;
            failed.error = QStringLiteral("network: connection refused");
            failed.startedAt = now.addSecs(-300);
            failed.finishedAt = now.addSecs(-299);
            failed.created = 0;
            failed.apiCalls = 1;
            SyncRunsRepo::insert(db, failed);
            SyncRun partial = full;
            partial.mode = SyncMode::Partial;
            partial.startedAt = now.addSecs(-120);
            partial.finishedAt = now.addSecs(-119);
            partial.created = 0;
            partial.deleted = int(tombstones.size());
            SyncRunsRepo::insert(db, partial);
            SyncState s;
            s.source = QStringLiteral("google");
            s.status = RunStatus::Ok;
            s.lastSyncAt = now.addSecs(-119);
            SyncStateRepo::save(db, s);
        }).waitForFinished();
    }
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const { return QDir(m_dir.path()).filePath(QStringLiteral("cairn.sqlite")); }
    StoreWriter &writer() { return *m_writer; }
    void closeWriter() { m_writer.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoreWriter> m_writer;
};

} // namespace cairn::uitest
