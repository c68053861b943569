#include "AccountsDialog.h"
#include "google/ContactDetailView.h"
#include "google/ContactsModel.h"
#include "google/ContactsPage.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "WelcomePage.h"
#include "RelativeTime.h"
#include "Account.h"
#include "Settings.h"
#include "SourcesModel.h"
#include "SyncHistoryModel.h"
#include "SyncSession.h"
#include "SyncStatusBar.h"
#include "UiTestCache.h"
#include "WindowDriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cairn;

namespace {

void saveShot(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QPixmap shot = w.grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// A window over `cache` whose session has opened the cache.
struct Window
{
    explicit Window(const QString &dataDir)
        : session(dataDir)
        , window(session)
    {
        QSignalSpy opened(&session, &SyncSession::opened);
        session.open();
        if (!session.isOpen())
            opened.wait(5000);
        window.resize(1180, 720);
        window.show();
    }
    SyncSession session;
    MainWindow window;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The tests run with no network credentials: nothing here may reach a real service.
        qunsetenv("CAIRN_GOOGLE_TOKEN");
        qputenv("CAIRN_GOOGLE_API_URL", "http://127.0.0.1:9/google");
    }

    void showsCachedContactsAndDetail()
    {
        uitest::Cache cache(300);
        cache.closeWriter();
        Window w(cache.dataDir());
        ContactsPage *page = w.window.page<ContactsPage>();
        QCOMPARE(page->model()->matchCount(), 270);
        // The count beside the filter box (counted off the GUI thread) says the same.
        QTRY_VERIFY2(page->countLabel()->text().contains(QLatin1String("270")), qPrintable(page->countLabel()->text()));
        QVERIFY(page->selectContact(page->model()->contactIdAt(0)) );
        const qint64 zoe = [&] {
            page->filterEdit()->setText(QStringLiteral("zoe"));
            QTest::keyClick(page->filterEdit(), Qt::Key_Return);
            return page->model()->contactIdAt(0);
        }();
        QCOMPARE(page->model()->matchCount(), 1);
        QTRY_VERIFY2(page->countLabel()->text().startsWith(QLatin1String("1 ")), qPrintable(page->countLabel()->text()));
        // Down from the search box moves into the list and selects the first contact.
        page->filterEdit()->setFocus();
        QTest::keyClick(page->filterEdit(), Qt::Key_Down);
        QCOMPARE(page->selectedContactId(), zoe);
        ContactDetailView *detail = page->detail();
        QCOMPARE(detail->shownName(), QStringLiteral("Zoë Ångström"));
        const QString text = detail->shownText();
        QVERIFY2(text.contains(QLatin1String("user0@example.com")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("home0@example.org")));
        QVERIFY(text.contains(QLatin1String("+49 30 1000000")));
        QVERIFY(text.contains(QLatin1String("Acme Corp\nEngineer, R&D")));
        QVERIFY(text.contains(QLatin1String("Friends")));       // the group's name, not its id
        QVERIFY(!text.contains(QLatin1String("myContacts")));   // every contact is in it
        QVERIFY(text.contains(QLatin1String("<b>conference</b>"))); // notes are plain text
        QVERIFY(text.contains(QLatin1String("1990")));
        // Escape clears the search and keeps the selection.
        page->filterEdit()->setFocus();
        QTest::keyClick(page->filterEdit(), Qt::Key_Escape);
        QCOMPARE(page->model()->matchCount(), 270);
        QCOMPARE(page->selectedContactId(), zoe);
        // A reload (a sync wrote) keeps the selection.
        page->reload();
        QCOMPARE(page->selectedContactId(), zoe);
        QCOMPARE(detail->shownName(), QStringLiteral("Zoë Ångström"));
    }

    void sidebarAndStatusBar()
    {
        uitest::Cache cache(40);
        cache.closeWriter();
        Window w(cache.dataDir());
        SourcesModel *sources = w.window.sourcesModel();
        QCOMPARE(sources->badge(QStringLiteral("google")), SourcesModel::Badge::Synced);
        // Asana is implemented but nobody set it up (and this cache has nothing of it): neutral.
        QCOMPARE(sources->badge(QStringLiteral("asana")), SourcesModel::Badge::NotSetUp);
        QCOMPARE(sources->index(sources->rowOf(QStringLiteral("asana"))).data(SourcesModel::BadgeTextRole).toString(),
                 QStringLiteral("not set up"));
        for (const char *source : {"github", "jira"}) // implemented too, not set up either
            QCOMPARE(sources->index(sources->rowOf(QString::fromLatin1(source))).data(SourcesModel::BadgeTextRole).toString(),
                     QStringLiteral("not set up"));
        QCOMPARE(w.window.syncStatusBar()->statusLine(), QStringLiteral("Google Contacts — synced 1 min ago"));
        sources->setProgress(QStringLiteral("google"), 3000, 10000);
        QCOMPARE(sources->statusLine(QStringLiteral("google")), QStringLiteral("Google Contacts — %1 of %2").arg(countText(3000), countText(10000)));
        QCOMPARE(sources->index(0).data(SourcesModel::BadgeTextRole).toString(), QStringLiteral("syncing %1 of %2").arg(countText(3000), countText(10000)));
        sources->clearProgress(QStringLiteral("google"));
        QCOMPARE(w.window.historyModel()->rowCount(), 3);
    }

    void showDeletedToggle()
    {
        uitest::Cache cache(100);
        cache.closeWriter();
        Window w(cache.dataDir());
        ContactsModel *model = w.window.page<ContactsPage>()->model();
        QCOMPARE(model->matchCount(), 90);
        w.window.showDeletedAction()->trigger();
        QCOMPARE(model->matchCount(), 100);
        w.window.showDeletedAction()->trigger();
        QCOMPARE(model->matchCount(), 90);
    }

    void failedSyncShowsBanner()
    {
        uitest::Cache cache(30);
        cache.closeWriter();
        // Set up (enabled) but with no account or token: it cannot sign in.
        Settings(cache.dataDir()).setValue(QStringLiteral("google.enabled"), true);
        Window w(cache.dataDir());
        QSignalSpy failed(&w.session, &SyncSession::syncFailed);
        w.window.syncNowAction()->trigger();
        QVERIFY(failed.count() > 0 || failed.wait(10000));
        ErrorBanner *banner = w.window.errorBanner();
        QTRY_VERIFY(banner->isVisible());
        // The window's words and its own way on: no command to type.
        QCOMPARE(banner->message(), QStringLiteral("Not signed in to Google Contacts."));
        QVERIFY(banner->actionButton()->isVisible());
        QCOMPARE(banner->actionButton()->text(), QStringLiteral("Sign in…"));
        QVERIFY(!banner->retryButton()->isVisible());
        // The cache stays browsable.
        QCOMPARE(w.window.page<ContactsPage>()->model()->matchCount(), 27);
        QTRY_COMPARE(w.window.sourcesModel()->badge(QStringLiteral("google")), SourcesModel::Badge::NeedsSignIn);
        QTRY_COMPARE(w.window.historyModel()->rowCount(), 4);
        QVERIFY(w.window.syncNowAction()->isEnabled());
        saveShot(w.window, QStringLiteral("mainwindow-error-banner"));
        // "Sign in…" opens the Accounts dialog on Google Contacts.
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(w.window.accountsDialog() && w.window.accountsDialog()->isVisible());
        QCOMPARE(w.window.accountsDialog()->findChild<QComboBox *>(QStringLiteral("sourceCombo"))->currentData().toString(),
                 QStringLiteral("google"));
        QVERIFY(!banner->isVisible());
        w.window.accountsDialog()->close();
    }

    void emptyCacheSaysHowToStart()
    {
        QTemporaryDir dir;
        {
            // No account at all: the welcome page, one card per service (tst_firstrun walks it).
            Window fresh(dir.path());
            QVERIFY(fresh.window.welcomePage()->isVisible());
            QVERIFY(!fresh.window.page<ContactsPage>()->isVisible());
        }
        // Set up, nothing synced yet: the empty list says what comes next.
        Settings(dir.path()).setValue(QStringLiteral("google.enabled"), true);
        Window w(dir.path());
        auto *empty = w.window.page<ContactsPage>()->table()->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No contacts yet — press Sync now"));
        QCOMPARE(w.window.sourcesModel()->badge(QStringLiteral("google")), SourcesModel::Badge::NeverSynced);
        saveShot(w.window, QStringLiteral("mainwindow-empty"));
    }

    // A cache whose accounts are gone (signed out, a copied data folder) opens on its data,
    // not on the welcome page: the first run is nothing set up and nothing cached.
    void cacheWithoutAccountsOpensOnItsData()
    {
        uitest::Cache cache(50);
        cache.closeWriter();
        {
            Settings settings(cache.dataDir());
            QVERIFY(AccountStore(settings).all().isEmpty());
        }
        Window w(cache.dataDir());
        QVERIFY(!w.window.welcomePage()->isVisible());
        QTRY_VERIFY(w.window.page<ContactsPage>()->isVisible());
        QTRY_VERIFY(w.window.page<ContactsPage>()->model()->rowCount() > 0); // (a few of the 50 are deleted)
    }

    void screenshots()
    {
        uitest::Cache cache(400);
        cache.closeWriter();
        Window w(cache.dataDir());
        ContactsPage *page = w.window.page<ContactsPage>();
        page->selectContact(page->model()->contactIdAt(3));
        QTest::qWait(50);
        saveShot(w.window, QStringLiteral("mainwindow-contacts"));
        page->filterEdit()->setText(QStringLiteral("ali glob"));
        QTest::keyClick(page->filterEdit(), Qt::Key_Return);
        page->selectContact(page->model()->contactIdAt(0));
        saveShot(w.window, QStringLiteral("mainwindow-filtered"));
        page->filterEdit()->clear();
        QTest::keyClick(page->filterEdit(), Qt::Key_Return);
        w.window.showDeletedAction()->trigger();
        saveShot(w.window, QStringLiteral("mainwindow-show-deleted"));
        QVERIFY(uitest::clickPage(w.window, SourcesModel::historyPage()));
        QCOMPARE(w.window.currentPage(), w.window.historyView());
        saveShot(w.window, QStringLiteral("mainwindow-history"));
        w.window.sourcesModel()->setProgress(QStringLiteral("google"), 3000, 10000);
        w.window.syncStatusBar()->showProgress(w.window.sourcesModel()->statusLine(QStringLiteral("google")), 3000, 10000);
        QVERIFY(uitest::clickPage(w.window, QStringLiteral("google")));
        QCOMPARE(w.window.currentPage(), w.window.page<ContactsPage>());
        saveShot(w.window, QStringLiteral("mainwindow-syncing"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
