// Randomised convergence of Google Contacts (tests/support/Convergence.h): contacts and
// groups changed, faults on both listings, sync tokens expired by the server's clock.
// Reproduce with CAIRN_SEED=<seed printed>; soak with CAIRN_SEQUENCES=2000.
#include "Convergence.h"
#include "QueuedChanges.h"
#include "Sql.h"
#include "sim/google/GoogleService.h"

#include <QJsonArray>
#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {
const QString kConnectionsPath = QStringLiteral("/google/v1/people/me/connections");

std::optional<sim::Fault> randomFault(SyncHarness &h, QRandomGenerator &rng, QString *name)
{
    const QString path = rng.bounded(4) == 0 ? QStringLiteral("/google/v1/contactGroups") : kConnectionsPath;
    return drawFault(h, rng, path,
                     {{.name = QStringLiteral("malformed"), .body = "{\"connections\": [{\"resourceName\": 7}], \"nextSyncToken\": \"x\"}"},
                      {.name = QStringLiteral("expired token"),
                       .act = [](SyncHarness &h) { h.sim().clock().advance(8 * 24 * 3600); }}, // every sync token expires
                      {.name = QStringLiteral("cut JSON"), .body = "{\"connections\": [ {\"resourceName\": \"people/c1\""}},
                     name);
}

int mutate(SyncHarness &h, QRandomGenerator &rng)
{
    auto &g = h.sim().google();
    int n = int(g.randomChanges(1 + int(rng.bounded(40))).size());
    if (rng.bounded(5) == 0) {
        const QStringList groups = g.userGroupNames();
        if (!groups.isEmpty() && rng.bounded(2))
            g.renameGroup(groups.at(int(rng.bounded(qsizetype(groups.size())))), QStringLiteral("Group %1").arg(rng.bounded(1000)));
        else
            g.addGroup(QStringLiteral("New group %1").arg(rng.bounded(1000)));
        ++n;
    }
    return n;
}
template<typename T>
T pick(QRandomGenerator &rng, const QList<T> &from)
{
    return from.at(int(rng.bounded(qsizetype(from.size()))));
}

// Issue 22: a change made in Cairn (as `cairn edit|create|delete` makes it) to a contact the
// cache has; returns 1 when one was queued.
int localChange(SyncHarness &h, QRandomGenerator &rng)
{
    QStringList contacts, groups{QStringLiteral("contactGroups/myContacts")};
    {
        QSqlDatabase db = h.reader();
        sql::Statement q(db, QStringLiteral("SELECT resource_name FROM contacts WHERE deleted_at IS NULL AND resource_name LIKE 'people/%' "
                                            "ORDER BY resource_name"));
        for (q.exec(); q.next();)
            contacts << q.value(0).toString();
        sql::Statement g(db, QStringLiteral("SELECT resource_name FROM contact_groups WHERE deleted_at IS NULL AND group_type='USER_CONTACT_GROUP' "
                                            "ORDER BY resource_name"));
        for (g.exec(); g.next();)
            groups << g.value(0).toString();
    }
    const auto number = [&rng] { return QString::number(rng.bounded(100000)); };
    QString action = QStringLiteral("edit"), item;
    QJsonObject fields;
    const quint32 what = rng.bounded(10);
    if (what < 2 || contacts.isEmpty()) {
        action = QStringLiteral("create");
        fields = {{QStringLiteral("name"), QStringLiteral("Local Person%1").arg(number())}};
        if (rng.bounded(2))
            fields.insert(QStringLiteral("email"), QStringLiteral("local%1@example.org").arg(number()));
    } else {
        item = pick(rng, contacts);
        if (what == 2) {
            action = QStringLiteral("delete");
        } else {
            switch (rng.bounded(7)) {
            case 0: fields.insert(QStringLiteral("givenName"), QStringLiteral("Given%1").arg(number())); break;
            case 1: fields.insert(QStringLiteral("familyName"), QStringLiteral("Family%1").arg(number())); break;
            case 2: fields.insert(QStringLiteral("note"), QStringLiteral("Note %1").arg(number())); break;
            case 3: fields.insert(QStringLiteral("email"), QStringLiteral("mine%1@example.org").arg(number())); break;
            case 4: fields.insert(QStringLiteral("phones"), QJsonArray{QStringLiteral("+1 555 %1").arg(number())}); break;
            case 5: fields.insert(QStringLiteral("organization"), rng.bounded(4) ? QStringLiteral("Org %1").arg(number()) : QString()); break;
            default: {
                QJsonArray in{groups.first()};
                if (groups.size() > 1 && rng.bounded(2))
                    in.append(pick(rng, groups.mid(1)));
                fields.insert(QStringLiteral("groups"), in);
            }
            }
        }
    }
    queueChange(h, QStringLiteral("google"), action, item, fields);
    // Now and then someone changes the same contact in Google before Cairn sends: a conflict
    // when it is the same field, a merge when another.
    if (action == QLatin1String("edit") && rng.bounded(3) == 0)
        h.sim().google().modifyContact(item);
    return 1;
}

// A create done: made on Google once, found by its clientData, and in the cache under Google's name.
QString checkCreate(SyncHarness &h, const OutboxChange &c)
{
    const sim::GoogleService &g = h.sim().google();
    const QStringList found = g.contactsWithClientData(QStringLiteral("cairn.change"), c.clientId);
    // (Its only one, unless deleted on Google since.)
    if (found != QStringList{c.item} && !(found.isEmpty() && !g.liveContactNames().contains(c.item)))
        return QStringLiteral("Google has %1 for its clientData, the outbox %2").arg(found.join(u','), c.item);
    if (g.apiWrites(c.item).created != 1)
        return QStringLiteral("made %1 times").arg(g.apiWrites(c.item).created);
    return {};
}
} // namespace

class TestGoogleConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cacheConvergesToTheService()
    {
        ConvergenceSource src;
        src.source = QStringLiteral("google");
        src.defaultSequences = 80;
        src.makeHarness = [](quint32 seed, QRandomGenerator &rng) {
            sim::Options o;
            o.seed = seed;
            o.contacts = 900 + int(rng.bounded(2200));
            o.expiredTokenAs410 = rng.bounded(2) == 0;
            // Eighty sequences: Google's 90 reads a minute would be met, and the harness's
            // short backoff cannot outlast its minute (Cairn under it: tests/sync/tst_ratelimitsync).
            o.noRateLimits();
            return std::make_unique<SyncHarness>(o);
        };
        src.mutate = &mutate;
        src.fault = &randomFault;
        src.randomMode = [](QRandomGenerator &rng) { return rng.bounded(3) == 0 ? SyncMode::Full : SyncMode::Auto; };
        src.compare = [](SyncHarness &h) { return h.compareGoogle(); };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || resource_name) FROM contacts")};
        src.kills = true; // killed mid-sync too: resumed from what the kill left
        const QString failure = runConvergence(src);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // Issue 22: the same, with changes made in Cairn among Google's own — edits, creates,
    // deletes — and faults on the reads before an edit and on the writes (a cut answer: made on
    // Google, the answer lost). After the clean sync every change is applied once or held as a
    // conflict (or refused: its contact was deleted), none lost; resolved, the cache equals Google.
    void localChangesLandOnce()
    {
        ConvergenceSource src;
        src.source = QStringLiteral("google");
        src.defaultSequences = 40;
        src.makeHarness = [](quint32 seed, QRandomGenerator &rng) {
            sim::Options o;
            o.seed = seed;
            o.contacts = 20 + int(rng.bounded(200));
            o.noRateLimits();
            auto h = std::make_unique<SyncHarness>(o);
            h->settings().setValue(QStringLiteral("google.write"), true);
            return h;
        };
        src.mutate = [](SyncHarness &h, QRandomGenerator &rng) {
            return rng.bounded(2) == 0 ? localChange(h, rng) : mutate(h, rng);
        };
        src.fault = [](SyncHarness &h, QRandomGenerator &rng, QString *name) -> std::optional<sim::Fault> {
            if (rng.bounded(2))
                return randomFault(h, rng, name);
            static const char *const methods[] = {"POST", "PATCH", "DELETE", "GET"};
            const char *method = methods[rng.bounded(4)];
            // (GET: people.get before an edit — not the listing, which is under people/me.)
            return methodFault(rng, QLatin1String(method) == QLatin1String("GET") ? QStringLiteral("/google/v1/people/c") : QStringLiteral("/google/v1/people"),
                               method, name);
        };
        src.randomMode = [](QRandomGenerator &rng) { return rng.bounded(3) == 0 ? SyncMode::Full : SyncMode::Auto; };
        QMap<QString, int> outcomes;
        src.compare = [&outcomes](SyncHarness &h) {
            return compareAfterWrites(h, QStringLiteral("google"), [&h](const OutboxChange &c) { return checkCreate(h, c); },
                                      [](SyncHarness &h) { return h.compareGoogle(); }, &outcomes);
        };
        src.duplicateQueries = {QStringLiteral("SELECT count(*) - count(DISTINCT account || '/' || resource_name) FROM contacts")};
        src.kills = true;
        src.writeMethods = {"POST", "PATCH", "DELETE"};
        const QString failure = runConvergence(src);
        qInfo("local changes: %s", qPrintable(outcomesLine(outcomes)));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestGoogleConvergence)
#include "tst_googleconvergence.moc"
