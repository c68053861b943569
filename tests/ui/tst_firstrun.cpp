// Issue 17, "first run to my own data, all in the window": a new user on an empty data folder.
// The window is built and wired as `cairn` builds it (session, window, scheduler, tray,
// background sync) and driven as a person drives it: clicks on the sidebar and on buttons,
// keys typed into fields. It checks what is on the screen and what lands in the settings,
// the keychain (a real one: run under dbus-run-session with an unlocked gnome-keyring) and
// the cache (real SQLite).
#include "AccountsDialog.h"
#include "OAuthBrowser.h"
#include "OAuthConfig.h"
#include "asana/AsanaPickerDialog.h"
#include "jira/JiraProjectPickerDialog.h"
#include "github/RepoPickerDialog.h"
#include "ServiceCard.h"
#include "WelcomePage.h"
#include "sim/CloudSimulator.h"
#include "BackgroundSync.h"
#include "Clock.h"
#include "ErrorBanner.h"
#include "LazySqlModel.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "Scheduler.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Sidebar.h"
#include "SourcesModel.h"
#include "SyncHistoryModel.h"
#include "SyncSession.h"
#include "SyncStatusBar.h"
#include "Tray.h"
#include "SettingsForm.h"
#include "ui_SettingsDialog.h" // (here too: AUTOUIC generates what a source includes)

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTreeView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace cairn;

namespace {

const QStringList kSources{QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")};

void saveShot(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + QStringLiteral("/first-run-") + name + QStringLiteral(".png")));
}

void addMenuTexts(const QMenu *menu, QStringList &out)
{
    for (const QAction *a : menu->actions()) {
        out << a->text() << a->toolTip() << a->statusTip();
        if (a->menu())
            addMenuTexts(a->menu(), out);
    }
}

// Every string a person can see in `top` now: labels, buttons, placeholders, tooltips, tabs,
// list cells (with their tooltips), menus, the title and the status bar.
QStringList visibleTexts(QWidget *top)
{
    QStringList out{top->windowTitle()};
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(top) && w != top)
            continue;
        out << w->toolTip() << w->accessibleName();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            out << p->toPlainText() << p->placeholderText();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i) << t->tabToolTip(i);
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(m->rowCount(), 50); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SourcesModel::BadgeTextRole)})
                        out << m->index(r, c).data(role).toString();
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(top)) {
        for (const QAction *a : main->menuBar()->actions())
            if (a->menu())
                addMenuTexts(a->menu(), out);
        out << main->statusBar()->currentMessage();
    }
    out.removeAll(QString());
    return out;
}

// What only a terminal user could act on.
QString commandLineText(const QStringList &texts)
{
    for (const QString &t : texts)
        for (const char *banned : {"cairn login", "CAIRN_", "github.repos", "jira.<", "jira.configs", "cairn config"})
            if (t.contains(QLatin1String(banned)))
                return t;
    return {};
}

// The window as `cairn` wires it (WindowApp.cpp).
struct App
{
    explicit App(const QString &dataDir)
        : session(dataDir)
        , window(session)
        , scheduler(Clock::system())
        , tray(session, scheduler, window)
        , background(session, scheduler, *window.sourcesModel())
    {
        QObject::connect(&window, &MainWindow::sourcesChanged, &background, &BackgroundSync::sourcesChanged);
        session.open();
        tray.install();
        window.resize(1600, 1000);
        window.show();
        background.start();
        QTRY_VERIFY(session.isOpen());
    }
    SyncSession session;
    MainWindow window;
    Scheduler scheduler;
    Tray tray;
    BackgroundSync background;
};

QListView *sidebar(MainWindow &w)
{
    return w.sidebar();
}

void clickSource(MainWindow &w, const QString &source)
{
    QListView *list = sidebar(w);
    const QModelIndex index = list->model()->index(w.sourcesModel()->rowOf(source), 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(list->currentIndex().data(SourcesModel::SourceRole).toString(), source);
}

QWidget *currentPage(MainWindow &w)
{
    return w.currentPage();
}

// An environment variable set for one test, as it was afterwards.
struct EnvGuard
{
    EnvGuard(const QByteArray &name, const QByteArray &value) : m_name(name), m_old(qgetenv(name)) { qputenv(name, value); }
    ~EnvGuard() { qputenv(m_name, m_old); }
    QByteArray m_name, m_old;
};

template <typename T>
T *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT
    QStringList m_keys; // keychain entries a test made, removed after it

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &s : kSources) {
            qunsetenv(Settings::envName(s, "TOKEN").toLatin1());
            // Nothing here may reach a real service: a port where nothing listens.
            qputenv(Settings::envName(s, "API_URL").toLatin1(), "http://127.0.0.1:9/" + s.toLatin1());
        }
        SecretStore::setRetries(2, std::chrono::milliseconds(50));
    }

    void cleanup()
    {
        for (const QString &k : std::as_const(m_keys))
            test::keychainRemove(k);
        m_keys.clear();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w))
                w->close();
    }

    // The first run from the welcome page, for each way in, against the simulator: a click on
    // the card, the browser step (the test's stand-in visits the address Cairn opened), the
    // device code typed where the card says, or a token typed into the card; then what to
    // sync picked from a list where there is a choice; then the first sync's progress on the
    // card and the window landing on the source's page with the service's data in it.
    void welcomePageSignsInToEachService_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("way"); // browser, device, token
        QTest::addColumn<int>("items");    // what the source's list counts afterwards
        QTest::newRow("google browser") << "google" << "browser" << 2000;
        QTest::newRow("asana browser") << "asana" << "browser" << -1; // -1: the simulator's open tasks
        QTest::newRow("asana token") << "asana" << "token" << -1;
        QTest::newRow("github device") << "github" << "device" << 4;
        QTest::newRow("github token") << "github" << "token" << 4;
        QTest::newRow("jira api token") << "jira" << "token" << -1; // -1: the chosen project's issues
        QTest::newRow("jira browser") << "jira" << "browser" << -1;
    }

    void welcomePageSignsInToEachService()
    {
        QFETCH(QString, source);
        QFETCH(QString, way);
        QFETCH(int, items);
        sim::Options o;
        o.contacts = source == QLatin1String("google") ? items : 0;
        o.asanaProjects = 2;
        o.asanaTasksPerProject = 3;
        o.githubRepos = 3;
        o.githubPullsPerRepo = 4;
        o.jiraIssues = 30;
        o.oauthClientId = test::uniqueAccount(QStringLiteral("welcome-client"));
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        const EnvGuard api(Settings::envName(source, "API_URL").toLatin1(), (sim.baseUrl().toString() + u'/' + source).toUtf8());
        QTemporaryDir dir;
        {
            Settings settings(dir.path());
            test::useSimOAuth(settings, source, sim.baseUrl(), o.oauthClientId);
            const QString secretKey = OAuthConfig::forSource(settings, source).clientSecretKey();
            test::keychainWrite(secretKey, o.oauthClientSecret.toUtf8());
            m_keys << secretKey;
        }
        for (const QString &kind : Account::secretKinds())
            m_keys << SecretStore::key(source, QStringLiteral("default"), kind);

        QElapsedTimer launched;
        launched.start();
        App app(dir.path());
        QCOMPARE(currentPage(app.window), app.window.welcomePage());
        QCOMPARE(app.window.findChild<SyncStatusBar *>()->statusLine(), QStringLiteral("Nothing is set up yet."));
        ServiceCard *card = app.window.welcomePage()->card(source);
        QVERIFY(card && card->isVisible());
        QCOMPARE(card->step(), ServiceCard::Step::Start);
        card->setOpensBrowser(false); // the test's browser instead
        test::OAuthBrowser browser;
        connect(card, &ServiceCard::authorizeUrlShown, this, [&](const QUrl &url) {
            if (!url.path().endsWith(QLatin1String("/device"))) {
                saveShot(app.window, QStringLiteral("waiting-for-browser"));
                browser.visit(url);
                return;
            }
            saveShot(app.window, QStringLiteral("device-code"));
            const auto code = QRegularExpression(QStringLiteral("<b>([A-Z0-9-]+)</b>")).match(card->message());
            QVERIFY2(code.hasMatch(), qPrintable(card->message()));
            QVERIFY(card->findChild<QPushButton *>(QStringLiteral("copyCodeButton"))->isVisible());
            QUrl approve = url; // the person types the code the card shows
            approve.setQuery(QStringLiteral("user_code=") + code.captured(1));
            browser.visit(approve);
        }, Qt::QueuedConnection);
        QSignalSpy signedIn(card, &ServiceCard::signedIn);
        QSignalSpy finished(&app.session, &SyncSession::syncFinished);

        if (way == QLatin1String("token")) {
            QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("tokenButton")), Qt::LeftButton);
            QCOMPARE(card->step(), ServiceCard::Step::Token);
            auto *token = card->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
            if (source == QLatin1String("jira")) {
                auto *site = card->findChild<QLineEdit *>(QStringLiteral("siteEdit"));
                QTRY_VERIFY(site->hasFocus());
                QTest::keyClicks(site, QStringLiteral("https://example.atlassian.net"));
                QTest::keyClick(site, Qt::Key_Tab);
                QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("ada@example.org"));
                QTest::keyClick(card->findChild<QLineEdit *>(QStringLiteral("emailEdit")), Qt::Key_Tab);
            }
            QTRY_VERIFY(token->hasFocus());
            QTest::keyClicks(token, o.accessToken);
            saveShot(app.window, QStringLiteral("token-") + source);
            QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("tokenSignInButton")), Qt::LeftButton);
        } else {
            auto *signIn = card->findChild<QPushButton *>(QStringLiteral("signInButton"));
            QVERIFY(signIn->isVisible());
            QTest::mouseClick(signIn, Qt::LeftButton);
            QCOMPARE(card->step(), ServiceCard::Step::Waiting);
            QVERIFY(card->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        }
        QVERIFY2(signedIn.count() > 0 || signedIn.wait(60'000), qPrintable(card->message()));
        const qint64 signedInMs = launched.elapsed();
        QVERIFY2(card->message().contains(QLatin1String("Signed in to ")), qPrintable(card->message()));
        QVERIFY(app.session.settings().isSetUp(source));

        if (source == QLatin1String("github")) {
            // Something to choose: the repositories, from the service, ticked with the keyboard.
            RepoPickerDialog *picker = nullptr;
            QTRY_VERIFY((picker = openDialog<RepoPickerDialog>()));
            QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 30'000);
            auto *view = picker->findChild<QTreeView *>(QStringLiteral("repoList"));
            QCOMPARE(view->model()->rowCount(), o.githubRepos);
            saveShot(*picker, QStringLiteral("choose-repositories-list"));
            view->setFocus();
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::keyClick(view->viewport(), Qt::Key_Space);
            QCOMPARE(picker->chosen().size(), 1);
            QTest::mouseClick(picker->findChild<QDialogButtonBox *>(QStringLiteral("repoButtons"))->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        }
        if (source == QLatin1String("jira")) {
            // The site's projects by name: the first one ticked; Jira checks the JQL on OK.
            JiraProjectPickerDialog *picker = nullptr;
            QTRY_VERIFY((picker = openDialog<JiraProjectPickerDialog>()));
            QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 30'000);
            auto *view = picker->findChild<QTreeView *>(QStringLiteral("jiraProjects"));
            QCOMPARE(view->model()->rowCount(), o.jiraProjects);
            saveShot(*picker, QStringLiteral("choose-jira-projects"));
            view->setFocus();
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::keyClick(view->viewport(), Qt::Key_Space);
            QCOMPARE(picker->chosenKeys().size(), 1);
            const QString project = picker->chosenKeys().first();
            QTest::mouseClick(picker->findChild<QDialogButtonBox *>(QStringLiteral("jiraButtons"))->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!openDialog<JiraProjectPickerDialog>(), 30'000);
            items = 0;
            for (const QString &key : sim.jira().issueKeys())
                items += sim.jira().issue(key)->projectKey == project ? 1 : 0;
            QVERIFY(items > 0);
        }

        // The first sync runs by itself; the card shows it, then the window lands on the data.
        QVERIFY(finished.count() > 0 || finished.wait(120'000));
        QCOMPARE(finished.first().first().value<SyncRun>().status, RunStatus::Ok);
        QWidget *page = app.window.pageOf(source);
        QTRY_COMPARE(currentPage(app.window), page);
        QCOMPARE(sidebar(app.window)->currentIndex().data(SourcesModel::SourceRole).toString(), source);
        auto *list = qobject_cast<ListPage *>(page) ? qobject_cast<ListPage *>(page) : page->findChild<ListPage *>();
        QVERIFY(list);
        QTRY_VERIFY(list->listModel()->rowCount() > 0);
        const qint64 rowsMs = launched.elapsed();
        if (items < 0) { // "All tasks": every open task of the workspace's projects, once
            QSet<QString> open;
            for (const QString &project : sim.asana().projectGids())
                for (const QString &task : sim.asana().taskGids(project))
                    if (!sim.asana().task(task)->completed)
                        open.insert(task);
            items = int(open.size());
        }
        QTRY_VERIFY2(list->countLabel()->text().startsWith(QString::number(items) + u' '), qPrintable(list->countLabel()->text()));
        qInfo("%s: launch to signed in %lld ms, to the first rows of %d items %lld ms", qPrintable(source), signedInMs, items, rowsMs);
        QCOMPARE(app.window.sourcesModel()->badge(source), SourcesModel::Badge::Synced);
        QVERIFY(!app.window.errorBanner()->isVisible());
        const QString bad = commandLineText(visibleTexts(&app.window));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        saveShot(app.window, QStringLiteral("landed-") + source);

        // Back on the welcome page the card says who is signed in and that it synced.
        app.window.findChild<QAction *>(QStringLiteral("welcomeAction"))->trigger(); // File › Add a service…
        QCOMPARE(currentPage(app.window), app.window.welcomePage());
        QCOMPARE(card->step(), ServiceCard::Step::SignedIn);
        QVERIFY2(card->message().startsWith(QLatin1String("Synced just now")), qPrintable(card->message()));
        saveShot(app.window, QStringLiteral("welcome-signed-in-") + source);
        if (source == QLatin1String("asana")) {
            // Asana needs no choice to start (the first workspace, every project); the card
            // offers one: the workspace and a portfolio by name.
            QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("chooseButton")), Qt::LeftButton);
            AsanaPickerDialog *picker = nullptr;
            QTRY_VERIFY((picker = openDialog<AsanaPickerDialog>()));
            QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 30'000);
            QVERIFY(!picker->workspaceName().isEmpty());
            saveShot(*picker, QStringLiteral("choose-asana"));
            QTest::mouseClick(picker->findChild<QDialogButtonBox *>(QStringLiteral("asanaButtons"))->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QTRY_VERIFY(!openDialog<AsanaPickerDialog>());
            QCOMPARE(app.session.settings().value(QStringLiteral("asana.workspace")).toString(), sim.asana().workspaceGid());
            QVERIFY(finished.count() > 1 || finished.wait(60'000)); // it synced again, with the choice
        }

        // The secret is in the keychain, never in cairn.ini.
        QFile ini(app.session.settings().filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray iniText = ini.readAll();
        QVERIFY(!iniText.contains(o.oauthClientSecret.toUtf8()));
        QVERIFY(!iniText.contains(o.accessToken.toUtf8()));
    }

    // A build without an OAuth app of its own: the card says so and offers the person's own
    // app — the steps with links, a form for client id and secret (the secret to the keychain)
    // — and then signs in with it.
    void ownOAuthAppFromTheCard()
    {
        sim::Options o;
        o.contacts = 5;
        o.oauthClientId = test::uniqueAccount(QStringLiteral("own-app"));
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        const EnvGuard api("CAIRN_GOOGLE_API_URL", (sim.baseUrl().toString() + QStringLiteral("/google")).toUtf8());
        QTemporaryDir dir;
        {
            Settings settings(dir.path());
            test::useSimOAuth(settings, QStringLiteral("google"), sim.baseUrl(), o.oauthClientId);
            settings.remove(QStringLiteral("google.oauth.client_id")); // no app: as this build ships
        }
        for (const QString &kind : Account::secretKinds())
            m_keys << SecretStore::key(QStringLiteral("google"), QStringLiteral("default"), kind);
        App app(dir.path());
        ServiceCard *card = app.window.welcomePage()->card(QStringLiteral("google"));
        card->setOpensBrowser(false);
        QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("signInButton"))->isVisible());
        QVERIFY2(card->message().contains(QLatin1String("without a sign-in app for Google Contacts")), qPrintable(card->message()));
        saveShot(app.window, QStringLiteral("welcome-1600x1000"));
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("ownAppButton")), Qt::LeftButton);
        QCOMPARE(card->step(), ServiceCard::Step::OwnApp);
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("ownAppSteps"))->text().contains(QLatin1String("console.cloud.google.com")));
        auto *id = card->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
        QTRY_VERIFY(id->hasFocus());
        // Nothing typed: the card asks for both and does not start.
        auto *go = card->findChild<QPushButton *>(QStringLiteral("ownAppSignInButton"));
        QTest::mouseClick(go, Qt::LeftButton);
        QCOMPARE(card->step(), ServiceCard::Step::OwnApp);
        QVERIFY(card->message().contains(QLatin1String("Enter the client ID")));
        QTest::keyClicks(id, o.oauthClientId);
        QVERIFY(!card->message().contains(QLatin1String("Enter the client ID"))); // gone once typing starts
        QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit")), o.oauthClientSecret);
        saveShot(app.window, QStringLiteral("own-app-form"));
        test::OAuthBrowser browser;
        connect(card, &ServiceCard::authorizeUrlShown, this, [&](const QUrl &url) { browser.visit(url); }, Qt::QueuedConnection);
        QSignalSpy signedIn(card, &ServiceCard::signedIn);
        QSignalSpy finished(&app.session, &SyncSession::syncFinished);
        QTest::mouseClick(go, Qt::LeftButton);
        QVERIFY2(signedIn.wait(60'000), qPrintable(card->message()));
        const QString secretKey = OAuthConfig::clientSecretKey(QStringLiteral("google"), o.oauthClientId);
        m_keys << secretKey;
        QCOMPARE(app.session.settings().value(QStringLiteral("google.oauth.client_id")).toString(), o.oauthClientId);
        QCOMPARE(test::keychainRead(secretKey).value_or(QByteArray()), o.oauthClientSecret.toUtf8());
        QFile ini(app.session.settings().filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(o.oauthClientSecret.toUtf8()));
        QVERIFY(finished.count() > 0 || finished.wait(60'000));
        QTRY_COMPARE(currentPage(app.window), app.window.pageOf(QStringLiteral("google")));
    }

    // A first sync that fails says so on the card, with the button that answers it: a token
    // the service refuses → "Sign in…", which opens the sign-in for that service.
    void firstSyncFailureOffersTheWayOn()
    {
        sim::Options o;
        o.contacts = 0;
        o.asanaProjects = 1;
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        const EnvGuard api("CAIRN_ASANA_API_URL", (sim.baseUrl().toString() + QStringLiteral("/asana")).toUtf8());
        QTemporaryDir dir;
        for (const QString &kind : Account::secretKinds())
            m_keys << SecretStore::key(QStringLiteral("asana"), QStringLiteral("default"), kind);
        App app(dir.path());
        ServiceCard *card = app.window.welcomePage()->card(QStringLiteral("asana"));
        QSignalSpy failed(&app.session, &SyncSession::syncFailed);
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("tokenButton")), Qt::LeftButton);
        QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), QStringLiteral("a-token-asana-refuses"));
        QTest::keyClick(card->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), Qt::Key_Return);
        QVERIFY(failed.count() > 0 || failed.wait(60'000));
        QCOMPARE(currentPage(app.window), app.window.welcomePage()); // it stays where the person is
        auto *action = card->findChild<QPushButton *>(QStringLiteral("problemButton"));
        QTRY_VERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Sign in again"));
        QVERIFY2(card->message().startsWith(QLatin1String("Needs sign-in")), qPrintable(card->message()));
        QVERIFY2(card->message().contains(QLatin1String("refused the token")), qPrintable(card->message()));
        const QString bad = commandLineText(visibleTexts(&app.window));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        saveShot(app.window, QStringLiteral("first-sync-failed"));
        // The card's own ways in again; a good token then syncs.
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(card->step(), ServiceCard::Step::Start);
        QSignalSpy finished(&app.session, &SyncSession::syncFinished);
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("tokenButton")), Qt::LeftButton);
        QTest::keyClicks(card->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), o.accessToken);
        QTest::keyClick(card->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), Qt::Key_Return);
        QVERIFY(finished.count() > 0 || finished.wait(60'000));
        QTRY_COMPARE(app.window.sourcesModel()->badge(QStringLiteral("asana")), SourcesModel::Badge::Synced);
        QTRY_COMPARE(currentPage(app.window), app.window.pageOf(QStringLiteral("asana"))); // landed on its data
    }

    // Cancel while the browser is open: back to the start, nothing saved; a late answer from
    // the browser changes nothing.
    void cancelledSignInSavesNothing()
    {
        sim::Options o;
        o.contacts = 1;
        o.oauthClientId = test::uniqueAccount(QStringLiteral("cancel"));
        sim::CloudSimulator sim(o);
        QVERIFY(sim.listenLocal() != 0);
        QTemporaryDir dir;
        {
            Settings settings(dir.path());
            test::useSimOAuth(settings, QStringLiteral("google"), sim.baseUrl(), o.oauthClientId);
        }
        App app(dir.path());
        ServiceCard *card = app.window.welcomePage()->card(QStringLiteral("google"));
        card->setOpensBrowser(false);
        QUrl shown;
        connect(card, &ServiceCard::authorizeUrlShown, this, [&](const QUrl &url) { shown = url; });
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY(shown.isValid());
        QVERIFY(card->message().contains(QLatin1String("Waiting for the browser")));
        QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(card->step(), ServiceCard::Step::Start);
        QVERIFY(card->message().contains(QLatin1String("Sign-in stopped. Nothing was saved.")));
        QVERIFY(!card->isBusy());
        test::OAuthBrowser late;
        late.visit(shown); // the person finishes in the browser after all
        QTest::qWait(300);
        QVERIFY(!app.session.settings().isSetUp(QStringLiteral("google")));
        QCOMPARE(card->step(), ServiceCard::Step::Start);
        QCOMPARE(currentPage(app.window), app.window.welcomePage());
    }

    // Nothing is set up: nothing is scheduled, synced, recorded, notified or shown in red.
    void freshFolderIsQuietAndNeutral()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QSignalSpy syncStarted(&app.session, &SyncSession::syncStarted);
        QSignalSpy failed(&app.session, &SyncSession::syncFailed);
        QSignalSpy notified(&app.tray, &Tray::notified);
        QTest::qWait(1500); // the scheduler would have tried every source at once by now
        QVERIFY(app.scheduler.sources().isEmpty());
        QCOMPARE(syncStarted.count(), 0);
        QCOMPARE(failed.count(), 0);
        for (const QList<QVariant> &n : std::as_const(notified)) // (a "no system tray" notice may come, offscreen)
            QVERIFY2(!n.at(0).toString().contains(QLatin1String("cannot sync")), qPrintable(n.at(1).toString()));
        QVERIFY(!app.window.errorBanner()->isVisible());
        QCOMPARE(app.window.historyModel()->rowCount(), 0);
        for (const QString &s : kSources) {
            QCOMPARE(app.window.sourcesModel()->badge(s), SourcesModel::Badge::NotSetUp);
            QCOMPARE(app.window.sourcesModel()->index(app.window.sourcesModel()->rowOf(s)).data(SourcesModel::BadgeTextRole).toString(),
                     QStringLiteral("not set up"));
        }
        // Sync now has nothing to sync, and says why.
        QVERIFY(!app.window.syncNowAction()->isEnabled());
        QVERIFY(app.window.syncNowAction()->toolTip().contains(QLatin1String("Set up")));
        QCOMPARE(app.tray.state(), TrayState::Idle);
        saveShot(app.window, QStringLiteral("window-1600x1000"));
        app.window.resize(800, 600);
        QTest::qWait(50);
        saveShot(app.window, QStringLiteral("window-800x600"));
    }

    // Every source's page on a fresh folder: a centred message and "Set up…", and no word of a
    // command or a settings key anywhere in the window.
    void everyPageOffersSetUpAndNoCommand()
    {
        QTemporaryDir dir;
        App app(dir.path());
        for (const QString &s : kSources) {
            clickSource(app.window, s);
            QCOMPARE(currentPage(app.window), app.window.notSetUpPage());
            auto *button = app.window.notSetUpPage()->findChild<QPushButton *>(QStringLiteral("setUpButton"));
            QVERIFY(button->isVisible());
            QCOMPARE(button->text(), QStringLiteral("Set up %1…").arg(Settings::displayName(s)));
            const QString text = app.window.notSetUpPage()->findChild<QLabel *>(QStringLiteral("notSetUpText"))->text();
            QVERIFY2(text.startsWith(Settings::displayName(s) + QStringLiteral(" is not set up yet.")), qPrintable(text));
            const QString bad = commandLineText(visibleTexts(&app.window));
            QVERIFY2(bad.isEmpty(), qPrintable(s + QStringLiteral(": ") + bad));
        }
        clickSource(app.window, QStringLiteral("jira"));
        saveShot(app.window, QStringLiteral("not-set-up-1600x1000"));
        app.window.resize(800, 600);
        QTest::qWait(50);
        saveShot(app.window, QStringLiteral("not-set-up-800x600"));

        // The sidebar's context menu offers the same.
        QMenu *shown = nullptr;
        connect(&app.window, &MainWindow::sidebarMenuShown, this, [&shown](QMenu *menu) {
            shown = menu;
            QTimer::singleShot(0, menu, [menu] {
                QAction *setUp = menu->findChild<QAction *>(QStringLiteral("setUpSourceAction"));
                QVERIFY(setUp);
                QCOMPARE(setUp->text(), QStringLiteral("Set &up Asana…"));
                QVERIFY(setUp->isEnabled());
                QVERIFY(!menu->actions().first()->isEnabled()); // "Sync Asana now": nothing to sync
                menu->setActiveAction(setUp);
                QTest::keyClick(menu, Qt::Key_Return);
            });
        });
        QListView *list = sidebar(app.window);
        const QRect asana = list->visualRect(list->model()->index(app.window.sourcesModel()->rowOf(QStringLiteral("asana")), 0));
        // (QTest has no right click that sends a context-menu event: send the one a right click sends.)
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, asana.center(), list->viewport()->mapToGlobal(asana.center()));
        QApplication::sendEvent(list->viewport(), &rightClick);
        QVERIFY(shown);
        QTRY_VERIFY(openDialog<AccountsDialog>());
        auto *combo = openDialog<AccountsDialog>()->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("asana"));
        const QString bad = commandLineText(visibleTexts(openDialog<AccountsDialog>()));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }

    // Set up… → the Accounts dialog on that source → a token typed in → the source is set up;
    // GitHub then asks for its repositories from its page, and Settings opens where they go.
    void setUpLeadsToTheDataAndItsChoices()
    {
        QTemporaryDir dir;
        App app(dir.path());
        QSignalSpy failed(&app.session, &SyncSession::syncFailed);
        clickSource(app.window, QStringLiteral("github"));
        QTest::mouseClick(app.window.notSetUpPage()->findChild<QPushButton *>(QStringLiteral("setUpButton")), Qt::LeftButton);
        AccountsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<AccountsDialog>()));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("sourceCombo"))->currentData().toString(), QStringLiteral("github"));
        auto *method = dialog->findChild<QComboBox *>(QStringLiteral("methodCombo"));
        method->setFocus();
        while (method->currentText() != QLatin1String("Personal access token") && method->currentIndex() < method->count() - 1)
            QTest::keyClick(method, Qt::Key_Down);
        QCOMPARE(method->currentText(), QStringLiteral("Personal access token"));
        const QString account = QStringLiteral("first-run-") + QString::number(QCoreApplication::applicationPid());
        auto *accountEdit = dialog->findChild<QLineEdit *>(QStringLiteral("accountEdit"));
        QTest::keyClicks(accountEdit, account);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), QStringLiteral("ghp_firstrun"));
        QSignalSpy done(dialog, &AccountsDialog::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(done.count() > 0 || done.wait(30'000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog->message()));
        QVERIFY(app.session.settings().isSetUp(QStringLiteral("github")));
        const std::optional<QByteArray> stored = QCoro::waitFor(SecretStore::read(SecretStore::key(QStringLiteral("github"), account, QStringLiteral("token"))));
        QCOMPARE(stored.value_or(QByteArray()), QByteArray("ghp_firstrun"));
        dialog->close();

        // Set up, nothing chosen yet: its page, not red, not synced; the empty list asks for
        // the repositories with a button.
        QTRY_VERIFY(currentPage(app.window) == app.window.pageOf(QStringLiteral("github")));
        QVERIFY(!app.window.errorBanner()->isVisible());
        QCOMPARE(failed.count(), 0);
        QVERIFY(app.window.sourcesModel()->badge(QStringLiteral("github")) != SourcesModel::Badge::NeedsSignIn);
        auto *choose = app.window.pageOf(QStringLiteral("github"))->findChild<QPushButton *>(QStringLiteral("emptyAction"));
        QTRY_VERIFY(choose->isVisible());
        QCOMPARE(choose->text(), QStringLiteral("Choose repositories…"));
        QString bad = commandLineText(visibleTexts(&app.window));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        saveShot(app.window, QStringLiteral("choose-repositories"));
        QTest::mouseClick(choose, Qt::LeftButton);
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = openDialog<SettingsDialog>()));
        QCOMPARE(formOf(settings)->tabs->currentWidget(), formOf(settings)->syncTab);
        QTRY_VERIFY(formOf(settings)->githubRepos->hasFocus());
        QTest::keyClicks(formOf(settings)->githubRepos, QStringLiteral("octo-org/website"));
        QSignalSpy started(&app.session, &SyncSession::syncStarted);
        QTest::mouseClick(formOf(settings)->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(app.session.settings().value(QStringLiteral("github.repos")).toString(), QStringLiteral("octo-org/website"));
        // Now it is on the schedule and syncs (to a port where nothing listens: stopped here
        // with File ▸ Cancel sync).
        QTRY_VERIFY(app.scheduler.sources().contains(QStringLiteral("github")));
        // Sync now has something to sync now: press it on the tool bar.
        auto *bar = app.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QWidget *syncButton = bar->widgetForAction(app.window.syncNowAction());
        QVERIFY(syncButton->isEnabled());
        if (started.isEmpty())
            QTest::mouseClick(syncButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() > 0, 10'000);
        QCOMPARE(started.first().first().toString(), QStringLiteral("github"));
        for (QAction *a : app.window.menuBar()->actions().first()->menu()->actions())
            if (a->text() == QLatin1String("&Cancel sync"))
                a->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!app.session.isSyncing(QStringLiteral("github")), 10'000);
        bad = commandLineText(visibleTexts(&app.window));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));

        // Signing out again makes it neutral again, and takes it off the schedule.
        app.window.openAccounts(QString());
        QTRY_VERIFY((dialog = openDialog<AccountsDialog>()));
        auto *accounts = dialog->findChild<QTreeWidget *>(QStringLiteral("accountList"));
        QCOMPARE(accounts->topLevelItemCount(), 1);
        QTest::mouseClick(accounts->viewport(), Qt::LeftButton, {}, accounts->visualItemRect(accounts->topLevelItem(0)).center());
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QSignalSpy removed(dialog, &AccountsDialog::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QVERIFY(removed.count() > 0 || removed.wait(30'000));
        QVERIFY(!app.session.settings().isSetUp(QStringLiteral("github")));
        QTRY_VERIFY(!app.scheduler.sources().contains(QStringLiteral("github")));
        QCOMPARE(app.window.sourcesModel()->badge(QStringLiteral("github")), SourcesModel::Badge::NotSetUp);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
