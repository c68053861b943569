// Ctrl+K: one search over every source, grouped by kind, the match in bold, Enter opens the
// item in its page — against a cache synced from the simulator (contacts and Asana).
#include "AsanaCompare.h"
#include "ContactsModel.h"
#include "ContactsPage.h"
#include "GlobalSearch.h"
#include "MainWindow.h"
#include "ProjectsPage.h"
#include "SyncSession.h"
#include "sim/AsanaService.h"
#include "sim/CloudSimulator.h"
#include "sim/GoogleService.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
sim::Options options()
{
    sim::Options o;
    o.contacts = 120;
    o.asanaProjects = 3;
    o.asanaTasksPerProject = 15;
    o.seed = 5;
    return o;
}

// The groups' titles and, per group, the item ids, as shown.
QStringList groupTitles(QStandardItemModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->item(r)->text();
    return out;
}

// Makes the hit (kind, id) current; false when it is not listed. Checks every hit sits in its
// kind's group on the way.
bool selectHit(GlobalSearch *search, SearchIndex::Kind kind, qint64 id)
{
    bool found = false;
    for (int g = 0; g < search->model()->rowCount(); ++g) {
        QStandardItem *group = search->model()->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            QStandardItem *hit = group->child(r);
            const auto hitKind = SearchIndex::Kind(hit->data(GlobalSearch::KindRole).toInt());
            if (group->text() != GlobalSearch::kindTitle(hitKind))
                return false;
            if (hitKind == kind && hit->data(GlobalSearch::ItemIdRole).toLongLong() == id) {
                found = true;
                search->results()->setCurrentIndex(hit->index());
            }
        }
    }
    return found;
}

qint64 rowId(QSqlDatabase db, const QString &sql, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

class TestGlobalSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAndOpensAcrossSources()
    {
        SyncHarness h(options());
        cairn::test::useAsana(h);
        QCOMPARE(h.sync(QStringLiteral("google"), SyncMode::Full).status, QStringLiteral("ok"));
        QCOMPARE(h.sync(QStringLiteral("asana"), SyncMode::Full).status, QStringLiteral("ok"));
        const QJsonObject task = h.sim().asana().groundTruth().value(QLatin1String("tasks")).toArray().at(3).toObject();
        const QString taskName = task.value(QLatin1String("name")).toString();
        const qint64 taskId = rowId(h.reader(), QStringLiteral("SELECT id FROM asana_tasks WHERE gid=?"),
                                    task.value(QLatin1String("gid")).toString());
        QVERIFY(taskId > 0);

        SyncSession session(h.dataDir());
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.searchAction()->trigger();
        GlobalSearch *search = window.globalSearch();
        QVERIFY(search->isVisible());

        // A task by its name: the Tasks group holds it, its snippet marks the match.
        search->input()->setText(taskName);
        search->search();
        QVERIFY2(groupTitles(search->model()).contains(GlobalSearch::kindTitle(SearchIndex::Kind::Task)),
                 qPrintable(groupTitles(search->model()).join(QLatin1Char(','))));
        QVERIFY(selectHit(search, SearchIndex::Kind::Task, taskId));
        // Enter opens it: the Projects page shows the task selected.
        QTest::keyClick(search->input(), Qt::Key_Return);
        QVERIFY(!search->isVisible());
        QCOMPARE(window.tabs()->currentWidget(), window.projectsPage());
        QCOMPARE(window.projectsPage()->tasks()->selectedItemId(), taskId);

        // A contact by the start of an e-mail address (prefix match); Enter opens it.
        const QJsonObject person = h.sim().google().groundTruth().value(QLatin1String("contacts")).toArray().at(7).toObject();
        const QString email = person.value(QLatin1String("emails")).toArray().first().toObject().value(QLatin1String("value")).toString();
        QVERIFY(!email.isEmpty());
        const qint64 contactId = rowId(h.reader(), QStringLiteral("SELECT id FROM contacts WHERE resource_name=?"),
                                       person.value(QLatin1String("resourceName")).toString());
        window.searchAction()->trigger();
        search->input()->setText(email.left(email.indexOf(QLatin1Char('@'))));
        search->search();
        QVERIFY(selectHit(search, SearchIndex::Kind::Contact, contactId));
        QDir().mkpath(QStringLiteral(CAIRN_BUILD_DIR "/screenshots"));
        QVERIFY(search->grab().save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/global-search.png")));
        QVERIFY(search->results()->currentIndex().data(GlobalSearch::SnippetRole).toString().contains(QLatin1String("<b>")));
        QTest::keyClick(search->input(), Qt::Key_Return);
        QCOMPARE(window.tabs()->currentWidget(), window.contactsPage());
        QCOMPARE(window.contactsPage()->selectedContactId(), contactId);

        // Nothing found says so; bad FTS syntax is just text.
        window.searchAction()->trigger();
        search->input()->setText(QStringLiteral("zzqx\" AND (NEAR"));
        search->search();
        QCOMPARE(search->model()->rowCount(), 0);
    }

    void snippetIsEscaped()
    {
        QCOMPARE(GlobalSearch::snippetHtml(QStringLiteral("<i>a</i> \x02" "match\x03 & b")),
                 QStringLiteral("&lt;i&gt;a&lt;/i&gt; <b>match</b> &amp; b"));
    }
};

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
