// People: a contact's page brings together what the cache holds about them in other sources,
// matched by name and by names linked by hand; its links open the items.
#include "AsanaCompare.h"
#include "asana/Asana.h"
#include "google/ContactsModel.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "sim/asana/AsanaService.h"
#include "sim/CloudSimulator.h"

#include <QApplication>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cairn;
using cairn::test::SyncHarness;

class TestPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkedNamesBringTheirTasks()
    {
        sim::Options o;
        o.contacts = 40;
        o.asanaProjects = 3;
        o.asanaTasksPerProject = 20;
        o.seed = 9;
        SyncHarness h(o);
        cairn::test::useAsana(h);
        QCOMPARE(h.sync(QStringLiteral("google"), SyncMode::Full).status, RunStatus::Ok);
        QCOMPARE(h.sync(QStringLiteral("asana"), SyncMode::Full).status, RunStatus::Ok);

        // Someone who has Asana tasks, and how many live tasks the service gives them.
        QHash<QString, int> perAssignee;
        for (const QJsonValue &v : h.sim().asana().groundTruth().value(QLatin1String("tasks")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString name = t.value(QLatin1String("assignee_name")).toString();
            if (!name.isEmpty() && !t.value(QLatin1String("deleted")).toBool())
                ++perAssignee[name.toLower()];
        }
        QVERIFY(!perAssignee.isEmpty());

        ReadConnection reader(h.settings().databasePath());
        PeoplePage page(reader, h.settings());
        page.reload();
        QVERIFY(page.model()->rowCount() > 0);
        const qint64 contact = page.model()->idAt(0);
        // Someone else: the simulator draws contacts and Asana users from the same names.
        const QString contactName = page.model()->index(0, ContactsModel::Name).data().toString().toLower();
        QString assignee;
        for (auto it = perAssignee.cbegin(); it != perAssignee.cend(); ++it)
            if (it.key() != contactName && (assignee.isEmpty() || it.key() < assignee))
                assignee = it.key();
        QVERIFY(!assignee.isEmpty());
        QVERIFY(page.selectItem(contact));
        PersonView *person = page.person();
        QCOMPARE(person->contactId(), contact);
        QVERIFY(page.linkButton()->isEnabled());
        const int before = person->matched(QStringLiteral("asana"));

        person->setLinkedNames({assignee, QStringLiteral("  "), assignee});
        QCOMPARE(person->linkedNames(), QStringList{assignee});
        QCOMPARE(person->matched(QStringLiteral("asana")), qMin(50, before + perAssignee.value(assignee)));
        QVERIFY2(person->toPlainText().contains(assignee, Qt::CaseInsensitive), qPrintable(person->toPlainText().left(300))); // "also known as"

        // The link is kept in cairn.ini (no secret there), for the next start.
        Settings reread(h.dataDir());
        bool kept = false;
        for (const QString &key : reread.keys())
            kept = kept || (key.startsWith(QLatin1String("people/")) && reread.value(key).toStringList() == QStringList{assignee});
        QVERIFY(kept);

        // A task's link asks the window to open that task.
        QSignalSpy open(person, &PersonView::openRequested);
        const QString html = person->toHtml();
        const qsizetype at = html.indexOf(QLatin1String("cairn:3/"));
        QVERIFY(at >= 0);
        const QString href = html.mid(at, html.indexOf(QLatin1Char('"'), at) - at);
        Q_EMIT person->anchorClicked(QUrl(href));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).value<SearchIndex::Kind>(), kTaskKind);
        QSqlQuery q(h.reader());
        q.prepare(QStringLiteral("SELECT assignee_name FROM asana_tasks WHERE id=?"));
        q.addBindValue(open.first().at(1).toLongLong());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString().toLower(), assignee.toLower());

        // Unlinking takes them away again.
        person->setLinkedNames({});
        QCOMPARE(person->matched(QStringLiteral("asana")), before);
    }
};

QTEST_MAIN(TestPeople)
#include "tst_people.moc"
