#include "asana/AsanaProjectsModel.h"
#include "asana/AsanaRepo.h"
#include "asana/AsanaTasksModel.h"
#include "google/ContactsModel.h"
#include "google/ContactsPage.h"
#include "DemoSimulator.h"
#include "MainWindow.h"
#include "asana/ProjectsPage.h"
#include "ReadConnection.h"
#include "Services.h"
#include "Settings.h"
#include "SourcesModel.h"
#include "SyncHistoryModel.h"
#include "SyncSession.h"
#include "asana/TaskDetailView.h"
#include "google/ContactDetailView.h"
#include "jira/JiraIssuesPage.h"
#include "jira/JiraIssuesModel.h"
#include <QTextBrowser>
#include "SearchIndex.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "github/PullsPage.h"
#include "github/PullsModel.h"
#include "WindowDriver.h"

#include "sim/SimOptions.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTranslator>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

// The texts of one column, as the list shows them.
QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

// Whether a text mixes Latin letters with Cyrillic or CJK ones (as the tests' generators do).
bool mixesScripts(const QString &text)
{
    bool latin = false, other = false;
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Latin: latin = true; break;
        case QChar::Script_Cyrillic: case QChar::Script_Han: case QChar::Script_Hiragana:
        case QChar::Script_Katakana: case QChar::Script_Hangul: other = true; break;
        default: break;
        }
    }
    return latin && other;
}

// The demo's texts read like a real team's: one script per title, no test-only companies.
void verifyBelievable(const QString &what, const QStringList &texts)
{
    QVERIFY2(!texts.isEmpty(), qPrintable(what));
    for (const QString &t : texts) {
        QVERIFY2(!t.isEmpty(), qPrintable(what));
        QVERIFY2(!mixesScripts(t), qPrintable(what + QStringLiteral(": ") + t));
        for (const char *company : {"Initech", "Cyberdyne", "Hooli", "Wayne Enterprises"})
            QVERIFY2(!t.contains(QLatin1String(company)), qPrintable(what + QStringLiteral(": ") + t));
    }
}

} // namespace

// Demo mode end to end: the simulator on its own thread, the window's Sync-now path, the
// models showing what the simulator holds — first a full sync, then an incremental one.
class TestDemoMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The screenshots read as a user reads the window: with the English plurals
        // ("184 contacts", not the source's "184 contact(s)"), as the app installs them.
        static QTranslator english;
        QVERIFY(english.load(QStringLiteral("cairn_en"), QStringLiteral(CAIRN_QM_DIR)));
        QCoreApplication::installTranslator(&english);
    }

    void syncsFromTheSimulator()
    {
        DemoSimulator demo;
        sim::Options options;
        sim::Services::forDemo(options); // every service has data; those below smaller
        options.seed = 7;
        options.contacts = 180;
        options.asanaProjects = 3;
        options.asanaTasksPerProject = 12;
        options.githubRepos = 2;
        options.githubPullsPerRepo = 8;
        options.jiraIssues = 20;
        QVERIFY(demo.start(options));
        demo.useForDemo();
        QVERIFY(qEnvironmentVariable("CAIRN_GOOGLE_API_URL").endsWith(QLatin1String("/google")));

        QTemporaryDir dir;
        SyncSession session(dir.path());
        demo.prepareSettings(session.settings()); // the repositories, a Jira configuration
        // The demo writes back, to the simulator: its changes can be tried (issue 22).
        QVERIFY(session.settings().value(QStringLiteral("google.write")).toBool());
        QVERIFY(session.settings().value(QStringLiteral("asana.write")).toBool());
        MainWindow window(session, &demo);
        QVERIFY(window.windowTitle().contains(QLatin1String("Demo")));
        window.setSyncWhenOpened(true);
        QSignalSpy finished(&session, &SyncSession::syncFinished);
        QSignalSpy failed(&session, &SyncSession::syncFailed);
        session.open();
        window.show();
        // Sync now syncs every source the simulator serves: every source of the registry.
        const QStringList served = DemoSimulator::servedSources();
        QCOMPARE(served, Settings::sources());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), served.size(), 30000);
        QCOMPARE(failed.count(), 0);
        QSet<QString> synced;
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            const auto run = signal.at(0).value<SyncRun>();
            QCOMPARE(run.status, RunStatus::Ok);
            QCOMPARE(run.mode, SyncMode::Full);
            synced.insert(run.source);
        }
        QCOMPARE(synced, QSet<QString>(served.cbegin(), served.cend()));
        finished.clear();

        ContactsModel *model = window.page<ContactsPage>()->model();
        QCOMPARE(model->matchCount(), demo.liveContactCount());
        QCOMPARE(model->matchCount(), 180 + 5); // and five colleagues who are in Jira and Asana too
        QCOMPARE(window.sourcesModel()->badge(QStringLiteral("google")), SourcesModel::Badge::Synced);
        // The Projects page lists the simulator's projects and every cached task.
        QVERIFY(uitest::clickPage(window, QStringLiteral("asana")));
        QCOMPARE(window.currentPage(), window.page<ProjectsPage>());
        QCOMPARE(window.page<ProjectsPage>()->projects()->projectCount(), 3);
        window.page<ProjectsPage>()->tasks()->showCompletedBox()->setChecked(true);
        ReadConnection reader(session.databasePath());
        QVERIFY(reader.ensureOpen());
        const int liveTasks = AsanaRepo::counts(reader.db()).liveTasks;
        QVERIFY(liveTasks >= 36);
        QCOMPARE(window.page<ProjectsPage>()->tasks()->model()->matchCount(), liveTasks);
        window.showSource(QStringLiteral("google"));

        // Simulate changes, then sync again through the action: an incremental run.
        QSignalSpy changed(&demo, &DemoSimulator::changesMade);
        demo.simulateChanges(8);
        QVERIFY(changed.wait(5000));
        QVERIFY(!changed.first().first().toStringList().isEmpty());
        window.syncNowAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), served.size(), 30000);
        SyncRun second;
        for (const QList<QVariant> &signal : std::as_const(finished))
            if (signal.at(0).value<SyncRun>().source == QLatin1String("google"))
                second = signal.at(0).value<SyncRun>();
        QCOMPARE(second.status, RunStatus::Ok);
        QCOMPARE(second.mode, SyncMode::Partial);
        QVERIFY(second.created + second.updated + second.deleted > 0);
        QCOMPARE(model->matchCount(), demo.liveContactCount());
        QTRY_COMPARE(window.historyModel()->rowCount(), 2 * served.size());

        const QString dirShots = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
        QDir().mkpath(dirShots);
        window.resize(1180, 720);
        QVERIFY(window.grab().save(dirShots + QStringLiteral("/demo-window.png")));
        // A contact with a photo of its own: fetched from the simulator's photo host, shown.
        QSqlQuery withPhoto(reader.db());
        QVERIFY(withPhoto.exec(QStringLiteral("SELECT id FROM contacts WHERE photo_url != '' AND deleted_at IS NULL "
                                              "ORDER BY display_name LIMIT 1")) && withPhoto.next());
        QVERIFY(window.page<ContactsPage>()->selectContact(withPhoto.value(0).toLongLong()));
        QTRY_VERIFY_WITH_TIMEOUT(window.page<ContactsPage>()->detail()->showsPhoto(), 10000);
        QVERIFY(window.grab().save(dirShots + QStringLiteral("/demo-contact.png")));
        QVERIFY(uitest::clickPage(window, QStringLiteral("jira")));
        QCOMPARE(window.currentPage(), window.page<JiraIssuesPage>());
        QVERIFY(window.page<JiraIssuesPage>()->selectItem(window.page<JiraIssuesPage>()->model()->idAt(1)));
        QVERIFY(window.page<JiraIssuesPage>()->detail()->toPlainText().contains(window.page<JiraIssuesPage>()->model()->index(1, 0).data().toString()));
        QTest::qWait(50); // the layouts of a page shown for the first time settle
        QVERIFY(window.grab().save(dirShots + QStringLiteral("/demo-jira.png")));
        QVERIFY(uitest::clickPage(window, QStringLiteral("github")));
        QCOMPARE(window.currentPage(), window.page<PullsPage>());
        QVERIFY(window.page<PullsPage>()->model()->rowCount() > 0);
        QVERIFY(window.page<PullsPage>()->selectItem(window.page<PullsPage>()->model()->idAt(0)));
        QVERIFY(window.page<PullsPage>()->detail()->toPlainText().contains(window.page<PullsPage>()->model()->index(0, PullsModel::Title).data().toString()));
        QTest::qWait(50);
        QVERIFY(window.grab().save(dirShots + QStringLiteral("/demo-pulls.png")));
        // People: the contact who appears in the most other places.
        QSqlQuery busiest(reader.db());
        QVERIFY(busiest.exec(QStringLiteral(
            "SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND c.primary_email != '' ORDER BY "
            "(SELECT count(*) FROM jira_issues j WHERE j.assignee_email = c.primary_email COLLATE NOCASE) + "
            "(SELECT count(*) FROM asana_tasks t WHERE t.assignee_name = c.display_name) DESC LIMIT 1")));
        QVERIFY(busiest.next());
        QVERIFY(window.openItem(kContactKind, busiest.value(0).toLongLong()));
        QVERIFY(uitest::clickPage(window, SourcesModel::peoplePage()));
        QCOMPARE(window.currentPage(), window.peoplePage());
        QVERIFY(window.peoplePage()->selectItem(busiest.value(0).toLongLong()));
        QVERIFY(window.peoplePage()->person()->matched(QStringLiteral("jira")) + window.peoplePage()->person()->matched(QStringLiteral("asana")) > 0);
        QTest::qWait(50);
        QVERIFY(window.grab().save(dirShots + QStringLiteral("/demo-people.png")));
        window.showSource(QStringLiteral("asana"));
        window.page<ProjectsPage>()->selectProject(window.page<ProjectsPage>()->projects()->index(2).data(AsanaProjectsModel::ProjectGidRole).toString());
        QVERIFY(window.page<ProjectsPage>()->tasks()->selectItem(window.page<ProjectsPage>()->tasks()->model()->idAt(0)));
        QVERIFY(!window.page<ProjectsPage>()->tasks()->detail()->toPlainText().isEmpty());
        QVERIFY(window.grab().save(dirShots + QStringLiteral("/demo-projects.png")));

        // The demo flavour: what the lists show is what a real team would write.
        verifyBelievable(QStringLiteral("task"), columnTexts(window.page<ProjectsPage>()->tasks()->model(), AsanaTasksModel::Name));
        verifyBelievable(QStringLiteral("pull"), columnTexts(window.page<PullsPage>()->model(), PullsModel::Title));
        verifyBelievable(QStringLiteral("issue"), columnTexts(window.page<JiraIssuesPage>()->model(), JiraIssuesModel::Summary));
        QStringList companies;
        QSqlQuery orgs(reader.db());
        QVERIFY(orgs.exec(QStringLiteral("SELECT DISTINCT name FROM contact_organizations WHERE name != ''")));
        while (orgs.next())
            companies << orgs.value(0).toString();
        QVERIFY(companies.contains(QStringLiteral("Northwind Logistics")) || companies.contains(QStringLiteral("Lumen Health")));
        verifyBelievable(QStringLiteral("company"), companies);
    }
};

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
