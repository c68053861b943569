// Ctrl+K: one search over every source, grouped by kind, the match in bold, Enter opens the
// item in its page — against a cache synced from the simulator (contacts and Asana).
#include "AsanaCompare.h"
#include "asana/Asana.h"
#include "google/ContactsModel.h"
#include "google/ContactsPage.h"
#include "GlobalSearch.h"
#include "MainWindow.h"
#include "asana/ProjectsPage.h"
#include "ReadConnection.h"
#include "SyncSession.h"
#include "sim/asana/AsanaService.h"
#include "sim/CloudSimulator.h"
#include "sim/google/GoogleService.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTextDocument>
#include <QThreadPool>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
sim::Options options()
{
    return {.seed = 5, .contacts = 120, .asanaProjects = 3, .asanaTasksPerProject = 15};
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

// Searches for `text` as typed and waits until its results are shown.
bool searchFor(GlobalSearch *search, const QString &text)
{
    QSignalSpy shown(search, SIGNAL(searched(QString)));
    search->input()->setText(text);
    search->search();
    return shown.isValid() && (shown.count() > 0 || shown.wait(10'000));
}

// What a person reads in a tooltip: Qt renders it as HTML when it looks like HTML.
QString tooltipAsShown(const QModelIndex &index)
{
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

QModelIndex firstHit(QStandardItemModel *m)
{
    return m->rowCount() > 0 ? m->index(0, 0, m->index(0, 0)) : QModelIndex();
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
        QCOMPARE(h.sync(QStringLiteral("google"), SyncMode::Full).status, RunStatus::Ok);
        QCOMPARE(h.sync(QStringLiteral("asana"), SyncMode::Full).status, RunStatus::Ok);
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
        QVERIFY(searchFor(search, taskName));
        QVERIFY2(groupTitles(search->model()).contains(GlobalSearch::kindTitle(kTaskKind)),
                 qPrintable(groupTitles(search->model()).join(QLatin1Char(','))));
        QVERIFY(selectHit(search, kTaskKind, taskId));
        // Enter opens it: the Projects page shows the task selected.
        QTest::keyClick(search->input(), Qt::Key_Return);
        QVERIFY(!search->isVisible());
        QCOMPARE(window.currentPage(), window.page<ProjectsPage>());
        QCOMPARE(window.page<ProjectsPage>()->tasks()->selectedItemId(), taskId);

        // A contact by the start of an e-mail address (prefix match); Enter opens it.
        const QJsonObject person = h.sim().google().groundTruth().value(QLatin1String("contacts")).toArray().at(7).toObject();
        const QString email = person.value(QLatin1String("emails")).toArray().first().toObject().value(QLatin1String("value")).toString();
        QVERIFY(!email.isEmpty());
        const qint64 contactId = rowId(h.reader(), QStringLiteral("SELECT id FROM contacts WHERE resource_name=?"),
                                       person.value(QLatin1String("resourceName")).toString());
        window.searchAction()->trigger();
        QVERIFY(searchFor(search, email.left(email.indexOf(QLatin1Char('@')))));
        QVERIFY(selectHit(search, kContactKind, contactId));
        QDir().mkpath(QStringLiteral(CAIRN_BUILD_DIR "/screenshots"));
        QVERIFY(search->grab().save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/global-search.png")));
        QVERIFY(search->results()->currentIndex().data(GlobalSearch::SnippetRole).toString().contains(QLatin1String("<b>")));
        QTest::keyClick(search->input(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), window.page<ContactsPage>());
        QCOMPARE(window.page<ContactsPage>()->selectedContactId(), contactId);

        // Nothing found says so; bad FTS syntax is just text.
        window.searchAction()->trigger();
        QVERIFY(searchFor(search, QStringLiteral("zzqx\" AND (NEAR")));
        QCOMPARE(search->model()->rowCount(), 0);
    }

    // Issue 16: a service's text is shown as text, in the results and in their tooltips (a
    // tooltip that looks like HTML is rendered as HTML, images loaded and all).
    void tooltipsShowTextAsItIs()
    {
        SyncHarness h(options());
        const QString given = QStringLiteral("<b>qzxv</b><img");
        const QString family = QStringLiteral("src=\"http://127.0.0.1:9/p.png\">");
        h.sim().google().addPerson(given, family, QStringLiteral("qzxv@example.com"));
        QCOMPARE(h.sync(QStringLiteral("google"), SyncMode::Full).status, RunStatus::Ok);
        ReadConnection connection(Settings(h.dataDir()).databasePath());
        GlobalSearch search(connection);
        search.show();
        QVERIFY(QTest::qWaitForWindowExposed(&search));
        QTest::keyClicks(search.input(), QStringLiteral("qzxv"));
        QTRY_VERIFY_WITH_TIMEOUT(firstHit(search.model()).isValid(), 10'000);
        const QModelIndex hit = firstHit(search.model());
        const QString title = given + QLatin1Char(' ') + family;
        QCOMPARE(hit.data(Qt::DisplayRole).toString(), title);
        QVERIFY2(tooltipAsShown(hit).contains(title), qPrintable(tooltipAsShown(hit)));
    }

    // Issue 16: typing never waits for the index. The search runs on a pool thread: with
    // every pool thread busy, the box takes keys and shows nothing new; once they are free
    // the answer for what is typed now is shown, and the one for the text typed before is
    // dropped.
    void searchRunsOffTheGuiThread()
    {
        SyncHarness h(options());
        QCOMPARE(h.sync(QStringLiteral("google"), SyncMode::Full).status, RunStatus::Ok);
        const QJsonArray people = h.sim().google().groundTruth().value(QLatin1String("contacts")).toArray();
        QStringList typable; // family names QTest can type (ASCII), each once
        for (const QJsonValue &p : people) {
            const QString name = p[QLatin1String("familyName")].toString();
            if (name.size() > 2 && !typable.contains(name)
                && std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); }))
                typable << name;
        }
        QVERIFY(typable.size() >= 2);
        const QString first = typable.at(0);
        const QString second = typable.at(1);
        ReadConnection connection(Settings(h.dataDir()).databasePath());
        GlobalSearch search(connection);
        search.show();
        QVERIFY(QTest::qWaitForWindowExposed(&search));
        QSignalSpy shown(&search, SIGNAL(searched(QString)));
        QVERIFY(shown.isValid());

        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore release;
        const int busy = pool->maxThreadCount();
        for (int i = 0; i < busy; ++i)
            pool->start([&release] { release.acquire(); });
        QTRY_COMPARE(pool->activeThreadCount(), busy);
        QTest::keyClicks(search.input(), first);
        QTest::qWait(400); // the typing pause (120 ms) is over: the search has started
        QCOMPARE(search.model()->rowCount(), 0); // not done on the GUI thread
        QCOMPARE(shown.count(), 0);
        search.input()->clear();
        QTest::keyClicks(search.input(), second); // the event loop went on meanwhile
        QTest::qWait(400);
        QCOMPARE(search.input()->text(), second);
        QCOMPARE(search.model()->rowCount(), 0);
        release.release(busy);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10'000);
        QTest::qWait(200); // the first search's answer, if it were to be shown, comes too
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), second);
        QStringList titles;
        for (int r = 0; r < search.model()->item(0)->rowCount(); ++r)
            titles << search.model()->item(0)->child(r)->text();
        QVERIFY2(titles.filter(second).size() > 0, qPrintable(titles.join(u',')));
    }

    void snippetIsEscaped()
    {
        QCOMPARE(GlobalSearch::snippetHtml(QStringLiteral("<i>a</i> \x02" "match\x03 & b")),
                 QStringLiteral("&lt;i&gt;a&lt;/i&gt; <b>match</b> &amp; b"));
    }
};

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
