// The Projects page against a real cache synced from the simulator: every list shows what
// the service holds (per project, assigned to me, open or all, searched, sorted), the task
// pane renders notes without loading anything, and the models pass QAbstractItemModelTester.
#include "asana/AsanaProjectsModel.h"
#include "asana/AsanaTasksModel.h"
#include "asana/ProjectsPage.h"
#include "ReadConnection.h"
#include "SafeTextBrowser.h"
#include "AsanaCompare.h"
#include "asana/TaskDetailView.h"
#include "sim/asana/AsanaService.h"
#include "sim/CloudSimulator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QListView>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace cairn;
using cairn::test::SyncHarness;

namespace {
sim::Options options()
{
    return {.seed = 11, .contacts = 0, .asanaProjects = 4, .asanaTasksPerProject = 25};
}

// The gids of a model's rows, every row loaded.
QSet<QString> gidsOf(AsanaTasksModel &model, QSqlDatabase db)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<QString> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT gid FROM asana_tasks WHERE id=?"));
    for (int r = 0; r < model.rowCount(); ++r) {
        q.bindValue(0, model.idAt(r));
        if (q.exec() && q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}
} // namespace

class TestAsanaViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEqualTheService()
    {
        SyncHarness h(options());
        cairn::test::useAsana(h);
        QCOMPARE(h.sync(QStringLiteral("asana"), SyncMode::Full).status, RunStatus::Ok);
        // Make the lists interesting: a completed task, a deleted one.
        h.sim().asana().deleteRandomTasks(2);
        QCOMPARE(h.sync(QStringLiteral("asana"), SyncMode::Partial).status, RunStatus::Ok);
        const QJsonObject truth = h.sim().asana().groundTruth();
        const QString me = truth.value(QLatin1String("me")).toString();

        QSet<QString> live, open, mine;
        QHash<QString, QSet<QString>> openByProject;
        for (const QJsonValue &v : truth.value(QLatin1String("tasks")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QLatin1String("deleted")).toBool())
                continue;
            const QString gid = t.value(QLatin1String("gid")).toString();
            live.insert(gid);
            if (t.value(QLatin1String("completed")).toBool())
                continue;
            open.insert(gid);
            if (t.value(QLatin1String("assignee")).toString() == me)
                mine.insert(gid);
            for (const QJsonValue &p : t.value(QLatin1String("projects")).toArray())
                openByProject[p.toString()].insert(gid);
        }
        QVERIFY(open.size() < live.size()); // some tasks are completed
        QVERIFY(!mine.isEmpty());

        ReadConnection reader(h.settings().databasePath());
        QVERIFY(reader.ensureOpen());
        AsanaTasksModel model(reader);
        model.setBatchSize(16);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(gidsOf(model, reader.db()), open);
        model.setShowCompleted(true);
        QCOMPARE(gidsOf(model, reader.db()), live);
        QCOMPARE(model.cachedCount(), live.size());
        model.setShowCompleted(false);
        model.setProject(AsanaTasksModel::assignedToMe());
        QCOMPARE(gidsOf(model, reader.db()), mine);
        for (auto it = openByProject.cbegin(); it != openByProject.cend(); ++it) {
            model.setProject(it.key());
            QCOMPARE(gidsOf(model, reader.db()), it.value());
        }

        // Deleted tasks only with "Show deleted", and marked so.
        model.setProject(AsanaTasksModel::allTasks());
        model.setShowCompleted(true);
        model.setShowDeleted(true);
        const int withDeleted = int(gidsOf(model, reader.db()).size());
        QCOMPARE(withDeleted, live.size() + 2);
        int deletedRows = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            deletedRows += model.index(r, 0).data(LazySqlModel::DeletedRole).toBool() ? 1 : 0;
        QCOMPARE(deletedRows, 2);
        model.setShowDeleted(false);

        // Search: a task's name finds it; sorting by due date puts dates in order, blanks last.
        const QString someName = truth.value(QLatin1String("tasks")).toArray().first().toObject().value(QLatin1String("name")).toString();
        model.setFilterText(someName);
        QVERIFY2(model.matchCount() >= 1, qPrintable(someName));
        model.setFilterText(QString());
        model.sort(AsanaTasksModel::Due, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QSqlQuery due(reader.db());
        due.prepare(QStringLiteral("SELECT coalesce(due_on, '') FROM asana_tasks WHERE id=?"));
        QString previous;
        bool blank = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            due.bindValue(0, model.idAt(r));
            QVERIFY(due.exec() && due.next());
            const QString d = due.value(0).toString();
            if (d.isEmpty()) {
                blank = true;
                continue;
            }
            QVERIFY2(!blank, "a task with a date after one without");
            QVERIFY2(previous <= d, qPrintable(previous + QStringLiteral(" > ") + d));
            previous = d;
        }
    }

    void projectListAndPage()
    {
        SyncHarness h(options());
        cairn::test::useAsana(h);
        QCOMPARE(h.sync(QStringLiteral("asana"), SyncMode::Full).status, RunStatus::Ok);
        ReadConnection reader(h.settings().databasePath());
        ProjectsPage page(reader);
        QAbstractItemModelTester tester(page.projects(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QCOMPARE(page.projects()->projectCount(), 4);
        QCOMPARE(page.projectList()->currentIndex().row(), 0); // "All tasks"
        // Choosing a project lists its tasks; the first task's page shows its name.
        const QString gid = page.projects()->index(2).data(AsanaProjectsModel::ProjectGidRole).toString();
        page.projectList()->setCurrentIndex(page.projects()->index(2));
        QCOMPARE(page.tasks()->model()->project(), gid);
        QVERIFY(page.tasks()->model()->rowCount() > 0);
        QCOMPARE(page.projects()->index(2).data(AsanaProjectsModel::OpenTasksRole).toInt(), page.tasks()->model()->matchCount());
        const qint64 first = page.tasks()->model()->idAt(0);
        QVERIFY(page.tasks()->selectItem(first));
        QVERIFY(page.tasks()->detail()->toPlainText().contains(page.tasks()->model()->index(0, 0).data().toString()));
        // A reload (after a sync) keeps the project and the task.
        page.reload();
        QCOMPARE(page.tasks()->model()->project(), gid);
        QCOMPARE(page.tasks()->selectedItemId(), first);
    }

    void notesShowNothingRemote()
    {
        const QString hostile = QStringLiteral(
            "<body><strong>Plan</strong> <img src=\"https://tracker.example/pixel.png\"> "
            "<script>alert(1)</script><a href=\"https://app.asana.com/x\">link</a>"
            "<iframe src=\"https://evil.example\"></iframe></body>");
        const QString html = TaskDetailView::notesHtml(hostile, QString());
        QVERIFY(html.contains(QLatin1String("<strong>Plan</strong>")));
        QVERIFY(html.contains(QLatin1String("href=\"https://app.asana.com/x\"")));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("iframe"), Qt::CaseInsensitive));
        // Plain notes are escaped, not interpreted.
        QCOMPARE(TaskDetailView::notesHtml(QString(), QStringLiteral("a <b> & c\nd")),
                 QStringLiteral("a &lt;b&gt; &amp; c<br>d"));
        // Whatever gets through, the browser loads nothing from the network.
        SafeTextBrowser browser;
        browser.setHtml(QStringLiteral("<p>x</p><img src=\"https://tracker.example/pixel.png\">"
                                       "<link rel=stylesheet href=\"http://evil.example/s.css\">"));
        browser.resize(300, 200);
        browser.show();
        QTRY_VERIFY(browser.refusedLoads() >= 1);
        QVERIFY(!browser.openLinks());
    }
};

QTEST_MAIN(TestAsanaViews)
#include "tst_asanaviews.moc"
