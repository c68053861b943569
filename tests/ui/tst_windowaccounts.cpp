// Every account of a source in the window (issue 21): with two accounts of each source in the
// cache (a real SQLite file written by the store's writer), each list shows the items of both
// with an Account column, its filter finds both, the detail pane shows an item of either (a
// contact with its own account's group names, an issue with its own account's site), and
// People links a person to both accounts' tasks, pulls and issues. With one account the lists
// look as they always did. Driven by clicks and keys; checked on screen and in the store.
#include "Account.h"
#include "asana/AsanaProjectsModel.h"
#include "asana/AsanaRepo.h"
#include "asana/AsanaTasksModel.h"
#include "google/ContactDetailView.h"
#include "google/ContactsModel.h"
#include "google/ContactsPage.h"
#include "google/ContactsRepo.h"
#include "GlobalSearch.h"
#include "github/GitHubRepo.h"
#include "jira/JiraIssuesModel.h"
#include "jira/JiraIssuesPage.h"
#include "jira/JiraRepo.h"
#include "MainWindow.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "asana/ProjectsPage.h"
#include "github/PullsModel.h"
#include "github/PullsPage.h"
#include "Settings.h"
#include "StoreWriter.h"
#include "SyncSession.h"
#include "SyncStateRepo.h"
#include "asana/TaskDetailView.h"
#include "WindowFixture.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cairn;

namespace {

const QString kHome = Account::defaultId();
const QString kWork = QStringLiteral("work");

Contact contact(const QString &resource, const QString &name, const QString &email, const QString &group)
{
    Contact c;
    c.resourceName = resource;
    c.displayName = name;
    c.givenName = name.section(u' ', 0, 0);
    c.familyName = name.section(u' ', 1);
    c.emails.append({email, QStringLiteral("work"), true});
    c.groups << group;
    return c;
}

AsanaProject project(const QString &gid, const QString &name)
{
    AsanaProject p;
    p.gid = gid;
    p.name = name;
    return p;
}

AsanaTask task(const QString &gid, const QString &name, const QString &assignee, const QString &projectGid,
               const QString &projectName)
{
    AsanaTask t;
    t.gid = gid;
    t.name = name;
    t.assigneeName = assignee;
    t.createdAt = t.modifiedAt = QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC);
    t.memberships << AsanaMembership{projectGid, projectName, {}, {}};
    return t;
}

PullRequest pull(const QString &repo, int number, const QString &title, const QString &author)
{
    PullRequest p;
    p.id = 1000 + number;
    p.repo = repo;
    p.number = number;
    p.state = QStringLiteral("open");
    p.title = title;
    p.author = author;
    p.htmlUrl = QStringLiteral("https://github.com/%1/pull/%2").arg(repo).arg(number);
    p.createdAt = p.updatedAt = QDateTime(QDate(2025, 5, 2), QTime(9, number), Qt::UTC);
    return p;
}

JiraIssue issue(const QString &id, const QString &key, const QString &summary, const QString &assignee)
{
    JiraIssue i;
    i.config = QStringLiteral("main");
    i.id = id;
    i.key = key;
    i.projectKey = key.section(u'-', 0, 0);
    i.summary = summary;
    i.status = QStringLiteral("In Progress");
    i.statusCategory = QStringLiteral("indeterminate");
    i.assigneeName = assignee;
    i.created = i.updated = QDateTime(QDate(2025, 5, 3), QTime(9, id.toInt() % 60), Qt::UTC);
    return i;
}

void synced(QSqlDatabase &db, const QString &source, const QString &account, const QString &scope,
            const QJsonObject &data = {})
{
    SyncState s;
    s.source = source;
    s.account = account;
    s.scope = scope;
    s.status = stateStatusFromName(QStringLiteral("synced"));
    s.lastSyncAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    s.initialSyncCompleted = true;
    s.data = data;
    SyncStateRepo::save(db, s);
}

// A cache with the items of `accounts` (home, and work when two) of every source, and the
// accounts signed in (no secrets: nothing here syncs).
void fill(const QString &dataDir, bool two)
{
    Settings settings(dataDir);
    for (const QString &source : Settings::sources()) {
        for (const QString &id : two ? QStringList{kHome, kWork} : QStringList{kHome}) {
            Account a;
            a.source = source;
            a.id = id;
            a.displayName = id;
            a.kind = Account::Kind::Token;
            AccountStore(settings).save(a);
        }
    }
    StoreWriter writer(settings.databasePath());
    writer.open().waitForFinished();
    writer.transact([two](QSqlDatabase &db) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The same group resource is "Family" at home and "Compilers" at work.
        const QString group = QStringLiteral("contactGroups/g1");
        ContactsRepo::applyGroups(db, kHome, {{group, QStringLiteral("Family"), QStringLiteral("USER_CONTACT_GROUP"), false}}, 1, now);
        ContactsRepo::applyPage(db, kHome,
                                {contact(QStringLiteral("people/h1"), QStringLiteral("Ada Lovelace"), QStringLiteral("ada@home.example"), group),
                                 contact(QStringLiteral("people/h2"), QStringLiteral("Bob Babbage"), QStringLiteral("bob@home.example"), group)},
                                1, now);
        AsanaRepo::applyProjects(db, kHome, {project(QStringLiteral("100"), QStringLiteral("Engines"))}, 1, now);
        AsanaRepo::applyTasks(db, kHome,
                              {task(QStringLiteral("101"), QStringLiteral("Oil the analytical engine"), QStringLiteral("Grace Hopper"), QStringLiteral("100"), QStringLiteral("Engines")),
                               task(QStringLiteral("102"), QStringLiteral("Sketch the mill"), QStringLiteral("Bob Babbage"), QStringLiteral("100"), QStringLiteral("Engines"))},
                              QStringLiteral("100"), 1, now);
        GitHubRepo::applyPulls(db, kHome, QStringLiteral("acme/engine"),
                               {pull(QStringLiteral("acme/engine"), 1, QStringLiteral("Punch cards for the engine"), QStringLiteral("ghopper"))}, {}, 1, now);
        JiraRepo::applyIssues(db, kHome, QStringLiteral("main"),
                              {issue(QStringLiteral("11"), QStringLiteral("HOME-1"), QStringLiteral("Engine room leaks"), QStringLiteral("Grace Hopper"))}, 1, now);
        synced(db, QStringLiteral("google"), kHome, {});
        synced(db, QStringLiteral("asana"), kHome, {});
        synced(db, QStringLiteral("github"), kHome, {});
        synced(db, QStringLiteral("jira"), kHome, {});
        synced(db, QStringLiteral("github"), kHome, QStringLiteral("repo:acme/engine"));
        synced(db, QStringLiteral("jira"), kHome, QStringLiteral("main"), {{QStringLiteral("site"), QStringLiteral("https://home.example.net")}});
        if (!two)
            return;
        ContactsRepo::applyGroups(db, kWork, {{group, QStringLiteral("Compilers"), QStringLiteral("USER_CONTACT_GROUP"), false}}, 2, now);
        ContactsRepo::applyPage(db, kWork,
                                {contact(QStringLiteral("people/w1"), QStringLiteral("Grace Hopper"), QStringLiteral("grace@work.example"), group),
                                 contact(QStringLiteral("people/w2"), QStringLiteral("Ada Lovelace"), QStringLiteral("ada@work.example"), group)},
                                2, now);
        AsanaRepo::applyProjects(db, kWork, {project(QStringLiteral("200"), QStringLiteral("Compilers"))}, 2, now);
        AsanaRepo::applyTasks(db, kWork,
                              {task(QStringLiteral("201"), QStringLiteral("Write the A-0 compiler"), QStringLiteral("Grace Hopper"), QStringLiteral("200"), QStringLiteral("Compilers"))},
                              QStringLiteral("200"), 2, now);
        GitHubRepo::applyPulls(db, kWork, QStringLiteral("navy/cobol"),
                               {pull(QStringLiteral("navy/cobol"), 2, QStringLiteral("COBOL for the engine room"), QStringLiteral("ghopper"))}, {}, 2, now);
        JiraRepo::applyIssues(db, kWork, QStringLiteral("main"),
                              {issue(QStringLiteral("21"), QStringLiteral("WORK-7"), QStringLiteral("Find the moth in the engine"), QStringLiteral("Grace Hopper"))}, 2, now);
        synced(db, QStringLiteral("google"), kWork, {});
        synced(db, QStringLiteral("asana"), kWork, {});
        synced(db, QStringLiteral("github"), kWork, {});
        synced(db, QStringLiteral("jira"), kWork, {});
        synced(db, QStringLiteral("github"), kWork, QStringLiteral("repo:navy/cobol"));
        synced(db, QStringLiteral("jira"), kWork, QStringLiteral("main"), {{QStringLiteral("site"), QStringLiteral("https://work.example.net")}});
    }).waitForFinished();
}

// The window over a filled cache, opened and refreshed.
struct Window
{
    explicit Window(const QString &dataDir)
        : session(dataDir)
        , window(session)
    {
        QSignalSpy opened(&session, &SyncSession::opened);
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        session.open();
        if (!session.isOpen())
            opened.wait(5000);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (refreshed.isEmpty())
            refreshed.wait(5000);
    }
    SyncSession session;
    MainWindow window;
};

// Types `text` into a list's filter box and presses Return.
void typeFilter(ListPage *page, const QString &text)
{
    QLineEdit *filter = page->filterEdit();
    QTest::mouseClick(filter, Qt::LeftButton);
    filter->selectAll();
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::keyClicks(filter, text);
    QTest::keyClick(filter, Qt::Key_Return);
}

// The texts of a column of the rows on screen (every row loaded is laid out).
QStringList column(ListPage *page, int c)
{
    QStringList out;
    QTableView *table = page->table();
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (!table->isColumnHidden(c) && table->visualRect(table->model()->index(r, c)).intersects(table->viewport()->rect()))
            out << table->model()->index(r, c).data().toString();
    return out;
}

// Clicks the row whose cell in column `c` reads `text`; false when no row does.
bool clickRow(ListPage *page, int c, const QString &text)
{
    QTableView *table = page->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, c);
        if (index.data().toString() == text) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return true;
        }
    }
    return false;
}

// The account of an item of `table` in the store.
QString accountInStore(const QString &databasePath, const QString &table, qint64 id)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(databasePath);
    QString account;
    if (db.open()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT account FROM %1 WHERE id=?").arg(table));
        q.addBindValue(id);
        if (q.exec() && q.next())
            account = q.value(0).toString();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return account;
}

} // namespace

class TestWindowAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No network here: nothing may reach a real service.
        for (const char *source : {"GOOGLE", "ASANA", "GITHUB", "JIRA"}) {
            qunsetenv(QByteArray("CAIRN_") + source + "_TOKEN");
            qputenv(QByteArray("CAIRN_") + source + "_API_URL", "http://127.0.0.1:9/");
        }
    }

    void everyAccountInListSearchAndDetail()
    {
        QTemporaryDir dir;
        fill(dir.path(), true);
        Window w(dir.path());
        const QString db = Settings(dir.path()).databasePath();

        // Contacts: both accounts' contacts, and which account each is of.
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("google")));
        ContactsPage *contacts = w.window.page<ContactsPage>();
        QTRY_COMPARE(contacts->model()->rowCount(), 4);
        QVERIFY(!contacts->table()->isColumnHidden(ContactsModel::Account));
        QCOMPARE(contacts->model()->headerData(ContactsModel::Account, Qt::Horizontal).toString(), QStringLiteral("Account"));
        QCOMPARE(column(contacts, ContactsModel::Name),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Ada Lovelace"), QStringLiteral("Bob Babbage"),
                              QStringLiteral("Grace Hopper")}));
        QStringList accounts = column(contacts, ContactsModel::Account);
        accounts.sort();
        QCOMPARE(accounts, (QStringList{kHome, kHome, kWork, kWork}));
        QTRY_VERIFY2(contacts->countLabel()->text().startsWith(QLatin1String("4 ")), qPrintable(contacts->countLabel()->text()));

        // The filter finds both Adas; the one at work shows work's group name.
        typeFilter(contacts, QStringLiteral("ada"));
        QCOMPARE(column(contacts, ContactsModel::Email), (QStringList{QStringLiteral("ada@home.example"), QStringLiteral("ada@work.example")}));
        QVERIFY(clickRow(contacts, ContactsModel::Email, QStringLiteral("ada@work.example")));
        QCOMPARE(accountInStore(db, QStringLiteral("contacts"), contacts->selectedItemId()), kWork);
        QString shown = contacts->detail()->shownText();
        QVERIFY2(shown.contains(QLatin1String("ada@work.example")) && shown.contains(QLatin1String("Compilers"))
                     && !shown.contains(QLatin1String("Family")),
                 qPrintable(shown));
        QVERIFY(clickRow(contacts, ContactsModel::Email, QStringLiteral("ada@home.example")));
        shown = contacts->detail()->shownText();
        QVERIFY2(shown.contains(QLatin1String("Family")) && !shown.contains(QLatin1String("Compilers")), qPrintable(shown));
        // A click on the Account header sorts by it: home's first.
        typeFilter(contacts, QString());
        QHeaderView *header = contacts->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(ContactsModel::Account) + 8, header->height() / 2));
        QCOMPARE(column(contacts, ContactsModel::Account), (QStringList{kHome, kHome, kWork, kWork}));

        // Tasks: all of both accounts; the filter finds work's, whose pane shows it.
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("asana")));
        TasksPage *tasks = w.window.page<ProjectsPage>()->tasks();
        QTRY_COMPARE(tasks->model()->rowCount(), 3);
        QVERIFY(!tasks->table()->isColumnHidden(AsanaTasksModel::Account));
        typeFilter(tasks, QStringLiteral("compiler"));
        QCOMPARE(column(tasks, AsanaTasksModel::Name), QStringList{QStringLiteral("Write the A-0 compiler")});
        QCOMPARE(column(tasks, AsanaTasksModel::Account), QStringList{kWork});
        QVERIFY(clickRow(tasks, AsanaTasksModel::Name, QStringLiteral("Write the A-0 compiler")));
        QCOMPARE(accountInStore(db, QStringLiteral("asana_tasks"), tasks->detail()->taskId()), kWork);
        QVERIFY2(tasks->detail()->toPlainText().contains(QLatin1String("Write the A-0 compiler")), qPrintable(tasks->detail()->toPlainText()));
        // Each account's project is in the list.
        QVERIFY(w.window.page<ProjectsPage>()->projects()->rowOfProject(QStringLiteral("100")) >= 0);
        QVERIFY(w.window.page<ProjectsPage>()->projects()->rowOfProject(QStringLiteral("200")) >= 0);

        // Pull requests: both accounts' repositories.
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("github")));
        PullsPage *pulls = w.window.page<PullsPage>();
        QTRY_COMPARE(pulls->model()->rowCount(), 2);
        typeFilter(pulls, QStringLiteral("engine"));
        QStringList repos = column(pulls, PullsModel::Repo);
        repos.sort();
        QCOMPARE(repos, (QStringList{QStringLiteral("acme/engine"), QStringLiteral("navy/cobol")}));
        QVERIFY(clickRow(pulls, PullsModel::Repo, QStringLiteral("navy/cobol")));
        QVERIFY2(pulls->detail()->toPlainText().contains(QLatin1String("COBOL for the engine room")), qPrintable(pulls->detail()->toPlainText()));
        QVERIFY2(pulls->repoStatus()->text().contains(QLatin1String("navy/cobol (work)")), qPrintable(pulls->repoStatus()->text()));

        // Jira: both accounts' issues; work's links to work's site.
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("jira")));
        JiraIssuesPage *jira = w.window.page<JiraIssuesPage>();
        QTRY_COMPARE(jira->model()->rowCount(), 2);
        typeFilter(jira, QStringLiteral("engine"));
        QStringList keys = column(jira, JiraIssuesModel::Key);
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("HOME-1"), QStringLiteral("WORK-7")}));
        QVERIFY(clickRow(jira, JiraIssuesModel::Key, QStringLiteral("WORK-7")));
        QVERIFY2(jira->detail()->toHtml().contains(QLatin1String("https://work.example.net/browse/WORK-7")), qPrintable(jira->detail()->toHtml()));
        QVERIFY(clickRow(jira, JiraIssuesModel::Key, QStringLiteral("HOME-1")));
        QVERIFY2(jira->detail()->toHtml().contains(QLatin1String("https://home.example.net/browse/HOME-1")), qPrintable(jira->detail()->toHtml()));

        // Ctrl+K finds work's issue; Enter opens it in the Jira list, selected.
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("google")));
        w.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        GlobalSearch *search = w.window.globalSearch();
        QTRY_VERIFY(search->isVisible());
        QSignalSpy searched(search, &GlobalSearch::searched);
        QTest::keyClicks(search->input(), QStringLiteral("moth"));
        QVERIFY(searched.wait(5000));
        QTest::keyClick(search->input(), Qt::Key_Return);
        QTRY_COMPARE(w.window.currentPage(), static_cast<QWidget *>(jira));
        QCOMPARE(jira->table()->currentIndex().siblingAtColumn(JiraIssuesModel::Key).data().toString(), QStringLiteral("WORK-7"));
        QCOMPARE(accountInStore(db, QStringLiteral("jira_issues"), jira->selectedItemId()), kWork);

        // People: Grace (a work contact) links to the tasks and issues of both accounts, and,
        // once her GitHub login is linked by hand, to both accounts' pulls.
        QVERIFY(uitest::clickPage(w.window, SourcesModel::peoplePage()));
        PeoplePage *people = w.window.peoplePage();
        typeFilter(people, QStringLiteral("grace"));
        QVERIFY(clickRow(people, ContactsModel::Name, QStringLiteral("Grace Hopper")));
        PersonView *person = people->person();
        QCOMPARE(person->matched(QStringLiteral("asana")), 2);
        QCOMPARE(person->matched(QStringLiteral("jira")), 2);
        QCOMPARE(person->matched(QStringLiteral("github")), 0);
        QString text = person->toPlainText();
        for (const char *expected : {"Oil the analytical engine · default", "Write the A-0 compiler · work", "HOME-1 Engine room leaks",
                                     "WORK-7 Find the moth in the engine"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in:\n") + text));
        QTimer linking;
        connect(&linking, &QTimer::timeout, this, [&linking] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            linking.stop();
            auto *edit = dialog->findChild<QPlainTextEdit *>();
            QTest::keyClicks(edit, QStringLiteral("ghopper"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        linking.start(20);
        QTest::mouseClick(people->linkButton(), Qt::LeftButton);
        QCOMPARE(person->linkedNames(), QStringList{QStringLiteral("ghopper")});
        QCOMPARE(person->matched(QStringLiteral("github")), 2);
        text = person->toPlainText();
        QVERIFY2(text.contains(QLatin1String("acme/engine#1")) && text.contains(QLatin1String("navy/cobol#2")), qPrintable(text));
    }

    // With the Account column on every page: no header cut, small or large; a screenshot of
    // each (build/screenshots/accounts-<page>-<size>.png).
    void accountColumnFits()
    {
        QTemporaryDir dir;
        fill(dir.path(), true);
        Window w(dir.path());
        for (const QSize size : {QSize(1024, 640), QSize(1600, 1000)}) {
            const QString suffix = QStringLiteral("accounts-%1x%2").arg(size.width()).arg(size.height());
            const QStringList problems = uitest::shootEveryPage(w.window, size, suffix);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            // Each list shows the column, and no hidden column keeps a width (a gap before it).
            const QList<QPair<QString, ListPage *>> lists{
                {QStringLiteral("google"), w.window.page<ContactsPage>()},
                {QStringLiteral("asana"), w.window.page<ProjectsPage>()->tasks()},
                {QStringLiteral("github"), w.window.page<PullsPage>()},
                {QStringLiteral("jira"), w.window.page<JiraIssuesPage>()},
                {SourcesModel::peoplePage(), w.window.peoplePage()}};
            for (const auto &list : lists) {
                QVERIFY(uitest::clickPage(w.window, list.first));
                QTableView *table = list.second->table();
                QHeaderView *header = table->horizontalHeader();
                const int account = list.second->listModel()->accountColumn();
                QVERIFY2(!table->isColumnHidden(account), qPrintable(list.first));
                QCOMPARE(table->model()->index(0, account).data().toString().isEmpty(), false);
                int shown = 0;
                for (int c = 0; c < header->count(); ++c)
                    shown += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
                QVERIFY2(header->length() == shown, qPrintable(QStringLiteral("%1 at %2: the header is %3 px, its columns %4 px")
                                                                  .arg(list.first, suffix).arg(header->length()).arg(shown)));
            }
        }
    }

    void oneAccountLooksAsBefore()
    {
        QTemporaryDir dir;
        fill(dir.path(), false);
        Window w(dir.path());
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("google")));
        QTRY_COMPARE(w.window.page<ContactsPage>()->model()->rowCount(), 2);
        QVERIFY(w.window.page<ContactsPage>()->table()->isColumnHidden(ContactsModel::Account));
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("asana")));
        QTRY_COMPARE(w.window.page<ProjectsPage>()->tasks()->model()->rowCount(), 2);
        QVERIFY(w.window.page<ProjectsPage>()->tasks()->table()->isColumnHidden(AsanaTasksModel::Account));
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("github")));
        QTRY_COMPARE(w.window.page<PullsPage>()->model()->rowCount(), 1);
        QVERIFY(w.window.page<PullsPage>()->table()->isColumnHidden(PullsModel::Account));
        QVERIFY2(w.window.page<PullsPage>()->repoStatus()->text().startsWith(QLatin1String("acme/engine: ")), qPrintable(w.window.page<PullsPage>()->repoStatus()->text()));
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("jira")));
        QTRY_COMPARE(w.window.page<JiraIssuesPage>()->model()->rowCount(), 1);
        QVERIFY(w.window.page<JiraIssuesPage>()->table()->isColumnHidden(JiraIssuesModel::Account));
        QVERIFY(uitest::clickPage(w.window, SourcesModel::peoplePage()));
        PeoplePage *people = w.window.peoplePage();
        QTRY_COMPARE(people->model()->rowCount(), 2);
        QVERIFY(people->table()->isColumnHidden(ContactsModel::Account));
        // No account named beside an item of People either.
        typeFilter(people, QStringLiteral("bob"));
        QVERIFY(clickRow(people, ContactsModel::Name, QStringLiteral("Bob Babbage")));
        QCOMPARE(people->person()->matched(QStringLiteral("asana")), 1);
        QVERIFY2(!people->person()->toPlainText().contains(kHome), qPrintable(people->person()->toPlainText()));
    }
};

QTEST_MAIN(TestWindowAccounts)
#include "tst_windowaccounts.moc"
