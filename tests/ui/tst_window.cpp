#include "AboutDialog.h"
#include "AccountsDialog.h"
#include "google/ContactsModel.h"
#include "google/ContactsPage.h"
#include "PeoplePage.h"
#include "asana/ProjectsPage.h"
#include "github/PullsModel.h"
#include "github/PullsPage.h"
#include "SourceDelegate.h"
#include "SyncHistoryPage.h"
#include "WelcomePage.h"
#include "WindowFixture.h"

#include <QAction>
#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextEdit>

using namespace cairn;

// The shape of the window, driven by mouse and key on the real widgets over the simulator's
// data: one navigation, lists that take the space, the keyboard, what is remembered.
class TestWindow : public QObject
{
    Q_OBJECT

    uitest::DemoWindow m_app;
    MainWindow &w() { return *m_app.window; }

    static QWidget *focused() { return QApplication::focusWidget(); }
    static bool within(QWidget *child, QWidget *parent)
    {
        return child && (child == parent || parent->isAncestorOf(child));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        w().resize(1600, 1000);
        QVERIFY(QTest::qWaitForWindowActive(&w()));
    }

    // The sidebar is the only way between pages, and always says which page is shown.
    void oneNavigation()
    {
        QVERIFY(w().findChildren<QTabBar *>().isEmpty()); // no tab bar: the pages are a stack
        for (const QString &key : uitest::pageKeys()) {
            QVERIFY2(uitest::clickPage(w(), key), qPrintable(key));
            QVERIFY2(w().pageOf(key), qPrintable(key)); // every source has its page
            QCOMPARE(w().currentPage(), w().pageOf(key));
        }
        // People and Sync history are rows of their own, set apart below the sources.
        const int people = w().sourcesModel()->rowOf(SourcesModel::peoplePage());
        QCOMPARE(people, int(Settings::sources().size()));
        QVERIFY(w().sourcesModel()->index(people).data(SourcesModel::FirstPageRole).toBool());
        QVERIFY(w().sidebar()->visualRect(w().sourcesModel()->index(people)).height()
                > w().sidebar()->visualRect(w().sourcesModel()->index(people + 1)).height());

        // By keyboard: up and down move between pages, the page follows.
        w().sidebar()->setFocus(Qt::TabFocusReason);
        uitest::clickPage(w(), QStringLiteral("google"));
        QTest::keyClick(w().sidebar(), Qt::Key_Down);
        QCOMPARE(w().sidebar()->current(), QStringLiteral("asana"));
        QCOMPARE(w().currentPage(), w().pageOf(QStringLiteral("asana")));
        QTest::keyClick(w().sidebar(), Qt::Key_End);
        QCOMPARE(w().currentPage(), w().historyView());
        QCOMPARE(w().sidebar()->current(), SourcesModel::historyPage());
        QTest::keyClick(w().sidebar(), Qt::Key_Up);
        QCOMPARE(w().currentPage(), w().peoplePage());
        // Opening a search result moves the sidebar with the page.
        QVERIFY(w().openItem(kContactKind, w().page<ContactsPage>()->model()->contactIdAt(2)));
        QCOMPARE(w().sidebar()->current(), QStringLiteral("google"));
        QCOMPARE(w().currentPage(), w().page<ContactsPage>());
        // The welcome page (File ▸ Add a service…) is no row; a click on one leaves it.
        w().findChild<QAction *>(QStringLiteral("welcomeAction"))->trigger();
        QCOMPARE(w().currentPage(), static_cast<QWidget *>(w().welcomePage()));
        QVERIFY(w().sidebar()->current().isEmpty());
        QVERIFY(uitest::clickPage(w(), QStringLiteral("jira")));
        QCOMPARE(w().currentPage(), w().pageOf(QStringLiteral("jira")));
    }

    // Each source's row: its badge in words, when it last synced, its button; a focus ring.
    void sidebarRowsAndFocusRing()
    {
        SourcesModel *model = w().sourcesModel();
        const QModelIndex google = model->index(model->rowOf(QStringLiteral("google")));
        QCOMPARE(google.data(SourcesModel::BadgeTextRole).toString(), QStringLiteral("synced"));
        QVERIFY(!google.data(SourcesModel::LastSyncRole).toString().isEmpty());
        QCOMPARE(google.data(SourcesModel::ActionRole).toString(), QStringLiteral("Sync"));
        QVERIFY(google.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("synced"))); // not colour alone

        // The button syncs that source.
        QSignalSpy started(m_app.session.get(), &SyncSession::syncStarted);
        QSignalSpy finished(m_app.session.get(), &SyncSession::syncFinished);
        QStyleOptionViewItem option;
        option.initFrom(w().sidebar());
        option.rect = w().sidebar()->visualRect(google);
        const QRect button = SourceDelegate::actionRect(option, google);
        QVERIFY(!button.isEmpty());
        QTest::mouseClick(w().sidebar()->viewport(), Qt::LeftButton, {}, button.center());
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toString(), QStringLiteral("google"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 30000);

        // The focused row has a ring: the same row looks different with and without the focus.
        uitest::clickPage(w(), QStringLiteral("github"));
        const QRect row = w().sidebar()->visualRect(model->index(model->rowOf(QStringLiteral("github"))));
        w().page<ContactsPage>()->filterEdit()->setFocus(); // (hidden: the focus leaves the sidebar)
        w().page<PullsPage>()->filterEdit()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!w().sidebar()->hasFocus());
        const QImage unfocused = w().sidebar()->viewport()->grab(row).toImage();
        w().sidebar()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(w().sidebar()->hasFocus());
        const QImage withFocus = w().sidebar()->viewport()->grab(row).toImage();
        QVERIFY(unfocused != withFocus);
        QVERIFY(withFocus.save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/window-sidebar-focus.png")));
    }

    // Tab leaves a list for the detail pane; arrows move rows; Enter opens; Ctrl+End goes to
    // the true end; Ctrl+F reaches the page's filter from anywhere; F1 tells about Cairn.
    void keyboard()
    {
        QVERIFY(uitest::clickPage(w(), QStringLiteral("github")));
        ListPage *page = w().page<PullsPage>();
        QTableView *table = page->table();
        QVERIFY(!table->tabKeyNavigation());
        // Ctrl+F from the sidebar: the filter of the page shown.
        w().sidebar()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(w().sidebar(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(page->filterEdit()));
        // Down goes into the list, Down again to the second row.
        QTest::keyClick(page->filterEdit(), Qt::Key_Down);
        QCOMPARE(focused(), static_cast<QWidget *>(table));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        // Tab leaves the table for the detail pane (not the next cell).
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY2(within(focused(), page->detailPane()), focused() ? focused()->metaObject()->className() : "none");
        // Enter on a row opens it: the detail pane takes the focus, shown again if collapsed.
        table->setFocus(Qt::TabFocusReason);
        page->splitter()->setSizes({page->splitter()->width(), 0});
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(page->splitter()->sizes().value(1) > 0);
        QVERIFY(within(focused(), page->detailPane()));

        // Ctrl+End on a list loaded in batches: its very last row.
        QVERIFY(uitest::clickPage(w(), QStringLiteral("google")));
        ContactsPage *contacts = w().page<ContactsPage>();
        contacts->model()->setBatchSize(20);
        QHeaderView *header = contacts->table()->horizontalHeader();
        const QPoint name(header->sectionViewportPosition(ContactsModel::Name) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, name); // sorted again: loaded from the top
        QVERIFY(contacts->model()->rowCount() < contacts->model()->matchCount());
        contacts->table()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(contacts->table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(contacts->model()->rowCount(), contacts->model()->matchCount());
        QCOMPARE(contacts->table()->currentIndex().row(), contacts->model()->matchCount() - 1);
        QTest::keyClick(contacts->table(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(contacts->table()->currentIndex().row(), 0);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, name); // (back to A to Z)
        contacts->model()->setBatchSize(200);

        // F1: About, with the version, the data folder and the libraries' licences.
        QTest::keyClick(contacts->table(), Qt::Key_F1);
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = w().findChild<AboutDialog *>()) && about->isVisible());
        const QString text = about->text();
        for (const QString &part : {QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(CAIRN_VERSION)
                                                                                     : QCoreApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_app.dir.path()), QStringLiteral("Qt"), QStringLiteral("LGPL"),
                                    QStringLiteral("QtKeychain"), QStringLiteral("QCoro"), QStringLiteral("MIT"),
                                    QStringLiteral("SQLite"), QStringLiteral("public domain"), QStringLiteral("ICU licence")})
            QVERIFY2(text.contains(part), qPrintable(part));
        QVERIFY(about->grab().save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/window-about.png")));
        QTest::keyClick(about, Qt::Key_Escape);
        QTRY_VERIFY(!w().findChild<AboutDialog *>() || !w().findChild<AboutDialog *>()->isVisible());
    }

    // Every control of the window and its pages says what it is to a screen reader.
    void everyControlHasAName()
    {
        QStringList unnamed;
        for (const QString &key : uitest::pageKeys()) {
            uitest::clickPage(w(), key);
            for (QWidget *c : w().currentPage()->findChildren<QWidget *>()) {
                const bool control = (qobject_cast<QAbstractItemView *>(c) && !qobject_cast<QHeaderView *>(c))
                    || qobject_cast<QLineEdit *>(c) || qobject_cast<QTextEdit *>(c)
                    || qobject_cast<QComboBox *>(c) || qobject_cast<QAbstractButton *>(c) || qobject_cast<QChartView *>(c);
                if (!control || !c->isVisible() || c->accessibleName().isEmpty() == false)
                    continue;
                const auto *button = qobject_cast<QAbstractButton *>(c);
                if (button && !button->text().isEmpty())
                    continue; // its text is its name
                unnamed << key + QLatin1Char('/') + QString::fromLatin1(c->metaObject()->className()) + QLatin1Char(' ') + c->objectName();
            }
        }
        QVERIFY(!w().sidebar()->accessibleName().isEmpty());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // The list takes the space and the title stretches; under 900 px the detail goes below.
    void layoutAdapts()
    {
        w().resize(1600, 1000);
        QVERIFY(uitest::clickPage(w(), QStringLiteral("github")));
        QTest::qWait(50);
        QTableView *pulls = w().page<PullsPage>()->table();
        const int title = pulls->horizontalHeader()->sectionSize(PullsModel::Title);
        QVERIFY2(title > pulls->viewport()->width() / 3, qPrintable(QString::number(title)));
        QCOMPARE(w().page<PullsPage>()->splitter()->orientation(), Qt::Horizontal);
        QVERIFY(w().page<PullsPage>()->splitter()->sizes().at(0) > w().page<PullsPage>()->splitter()->sizes().at(1));
        // A phone number with an extension is whole.
        QVERIFY(uitest::clickPage(w(), QStringLiteral("google")));
        QTableView *contacts = w().page<ContactsPage>()->table();
        for (int row = 0; row < contacts->model()->rowCount() && row < 40; ++row) {
            const QString phone = contacts->model()->index(row, ContactsModel::Phone).data().toString();
            QVERIFY2(contacts->fontMetrics().horizontalAdvance(phone) + 8 <= contacts->columnWidth(ContactsModel::Phone), qPrintable(phone));
        }
        w().resize(860, 640);
        QTest::qWait(50);
        QCOMPARE(w().page<ContactsPage>()->splitter()->orientation(), Qt::Vertical);
        QVERIFY(uitest::clickPage(w(), QStringLiteral("asana")));
        QTest::qWait(50);
        QVERIFY2(w().page<ProjectsPage>()->tasks()->table()->width() > 300, qPrintable(QString::number(w().page<ProjectsPage>()->tasks()->table()->width())));
    }

    // At 1600×1000 and 1024×640 no column of any list is narrower than its header.
    void everyPageAtEachSize()
    {
        QStringList problems = uitest::shootEveryPage(w(), {1600, 1000}, QStringLiteral("1600x1000"));
        problems << uitest::shootEveryPage(w(), {1024, 640}, QStringLiteral("1024x640"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The chart: a bar per run on its own tick, the sidebar's order, a single run visible.
    void historyChart()
    {
        QVERIFY(uitest::clickPage(w(), SourcesModel::historyPage()));
        SyncHistoryPage *page = w().historyPage();
        QStringList order;
        for (int i = 0; i < page->sourceBox()->count(); ++i)
            order << page->sourceBox()->itemData(i).toString();
        QStringList expected = Settings::sources();
        expected.removeIf([&order](const QString &s) { return !order.contains(s); });
        QCOMPARE(order, expected);
        // Asana: one run (its first, full) — one bar, one tick.
        page->sourceBox()->setFocus();
        page->sourceBox()->setCurrentIndex(order.indexOf(QStringLiteral("asana")));
        QCOMPARE(page->chartedRuns().size(), 1);
        QCOMPARE(page->tickLabels().size(), 1);
        QVERIFY(page->grab().save(QStringLiteral(CAIRN_BUILD_DIR "/screenshots/window-history-single-run.png")));
        // Google: the full run and the incremental one the button started.
        page->sourceBox()->setCurrentIndex(order.indexOf(QStringLiteral("google")));
        QCOMPARE(page->chartedRuns().size(), 2);
        QCOMPARE(page->tickLabels().size(), 2);
    }

    // Geometry, splitters, columns and the page come back at the next start.
    void remembersTheWindow()
    {
        // (Within the offscreen screen, 800×600: a restored window is kept on its screen.)
        w().resize(780, 560);
        QTest::qWait(50);
        QVERIFY(uitest::clickPage(w(), QStringLiteral("github")));
        QSplitter *split = w().page<PullsPage>()->splitter();
        split->setSizes({300, 100});
        const QList<int> sizes = split->sizes();
        // The Author column dragged wider by its edge.
        QHeaderView *header = w().page<PullsPage>()->table()->horizontalHeader();
        const int author = header->sectionSize(PullsModel::Author) + 40;
        const QPoint edge(header->sectionViewportPosition(PullsModel::Author) + header->sectionSize(PullsModel::Author) - 1,
                          header->height() / 2);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
        QMouseEvent drag(QEvent::MouseMove, QPointF(edge + QPoint(40, 0)), header->viewport()->mapToGlobal(QPointF(edge + QPoint(40, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(header->viewport(), &drag);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(40, 0));
        QCOMPARE(header->sectionSize(PullsModel::Author), author);
        QVERIFY(uitest::clickPage(w(), SourcesModel::historyPage()));
        m_app.window->close();
        m_app.open();
        QCOMPARE(w().size(), QSize(780, 560));
        QCOMPARE(w().currentPage(), w().historyView());
        QCOMPARE(w().sidebar()->current(), SourcesModel::historyPage());
        QVERIFY(uitest::clickPage(w(), QStringLiteral("github")));
        QTest::qWait(50);
        const QList<int> restored = w().page<PullsPage>()->splitter()->sizes();
        QVERIFY2(qAbs(restored.value(0) - sizes.value(0)) <= 4 && qAbs(restored.value(1) - sizes.value(1)) <= 4,
                 qPrintable(QStringLiteral("%1 %2 / %3 %4").arg(restored.value(0)).arg(restored.value(1)).arg(sizes.value(0)).arg(sizes.value(1))));
        QCOMPARE(w().page<PullsPage>()->table()->horizontalHeader()->sectionSize(PullsModel::Author), author);
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
