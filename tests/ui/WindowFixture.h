#pragma once
// The window over the built-in simulator with every source synced (tst_window, tst_windowscale):
// the pages, their columns at a size, and screenshots of each.
#include "DemoSimulator.h"
#include "LazySqlModel.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "Services.h"
#include "Settings.h"
#include "SourcesModel.h"
#include "SyncSession.h"
#include "WindowDriver.h"

#include "sim/SimOptions.h"

#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace cairn::uitest {

struct DemoWindow
{
    cairn::DemoSimulator demo;
    QTemporaryDir dir;
    std::unique_ptr<cairn::SyncSession> session;
    std::unique_ptr<cairn::MainWindow> window;

    // The simulator's data: a little of every service (GitLab's sizes by their cairn-sim names).
    static sim::Options options()
    {
        sim::Options options;
        sim::Services::forDemo(options); // every service has data; those below smaller
        options.seed = 11;
        options.contacts = 150;
        options.asanaProjects = 3;
        options.asanaTasksPerProject = 15;
        options.githubRepos = 2;
        options.githubPullsPerRepo = 12;
        options.jiraIssues = 30;
        return options;
    }

    // Starts the simulator, opens a window on `dir` and syncs every source (false on failure).
    bool start(const sim::Options &options = DemoWindow::options())
    {
#ifdef CAIRN_QM_DIR
        static QTranslator english; // "184 contacts", as the app installs it
        if (english.isEmpty() && english.load(QStringLiteral("cairn_en"), QStringLiteral(CAIRN_QM_DIR)))
            QCoreApplication::installTranslator(&english);
#endif
        if (!demo.start(options))
            return false;
        demo.useForDemo();
        open();
        QSignalSpy finished(session.get(), &cairn::SyncSession::syncFinished);
        window->setSyncWhenOpened(true);
        session->open();
        // Every source the simulator serves (the registry's) syncs once.
        const qsizetype sources = cairn::DemoSimulator::servedSources().size();
        for (int i = 0; i < 600 && finished.count() < sources; ++i)
            QTest::qWait(100);
        QTest::qWait(400); // the last refresh
        return finished.count() == sources;
    }
    // A window (again) on the same data folder: what the last one saved is restored.
    void open()
    {
        window.reset();
        const bool first = !session;
        if (first) {
            session = std::make_unique<cairn::SyncSession>(dir.path());
            demo.prepareSettings(session->settings()); // the repositories, a Jira configuration
        }
        window = std::make_unique<cairn::MainWindow>(*session, &demo);
        window->show();
        if (!first)
            QTest::qWait(300);
    }
};

// The pages of the sidebar, in its order.
inline QStringList pageKeys()
{
    return cairn::Settings::sources() << cairn::SourcesModel::peoplePage() << cairn::SourcesModel::historyPage();
}

// Every visible column of every list on the page shown that is narrower than its header's
// text: "page/list: column (width < text)"; and a list that scrolls sideways although its
// headers would fit: "page/list: scrolls sideways by N px".
inline QStringList narrowColumns(cairn::MainWindow &w)
{
    QStringList out;
    for (QTableView *table : w.currentPage()->findChildren<QTableView *>()) {
        if (!table->isVisible() || !table->model())
            continue;
        int headers = 0;
        for (int c = 0; c < table->horizontalHeader()->count(); ++c)
            if (!table->horizontalHeader()->isSectionHidden(c))
                headers += qMax(table->horizontalHeader()->minimumSectionSize(),
                                table->horizontalHeader()->fontMetrics().horizontalAdvance(
                                    table->model()->headerData(c, Qt::Horizontal).toString()) + 12);
        if (table->horizontalScrollBar()->maximum() > 0
            && headers < table->viewport()->width())
            out << QStringLiteral("%1/%2: scrolls sideways by %3 px")
                       .arg(w.currentPage()->objectName(), table->objectName())
                       .arg(table->horizontalScrollBar()->maximum());
        QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
            const int needs = header->fontMetrics().horizontalAdvance(text);
            if (header->sectionSize(c) < needs)
                out << QStringLiteral("%1/%2: %3 (%4 < %5)")
                           .arg(w.currentPage()->objectName(), table->objectName(), text)
                           .arg(header->sectionSize(c))
                           .arg(needs);
        }
    }
    return out;
}

// Each page at `size` by a click on its row, its first item selected: no column cut, and a
// screenshot build/screenshots/window-<page>-<suffix>.png.
inline QStringList shootEveryPage(cairn::MainWindow &w, QSize size, const QString &suffix)
{
    const QString dir = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    w.resize(size);
    QStringList problems;
    for (const QString &key : pageKeys()) {
        if (!clickPage(w, key))
            problems << key + QStringLiteral(": no row");
        QTest::qWait(60);
        auto *list = qobject_cast<cairn::ListPage *>(w.currentPage());
        if (!list)
            list = w.currentPage()->findChild<cairn::ListPage *>();
        if (list && list->listModel()->rowCount() > 0 && !list->selectedItemId()) {
            QTableView *table = list->table();
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        }
        QTest::qWait(60);
        problems << narrowColumns(w);
        if (!w.grab().save(dir + QStringLiteral("/window-%1-%2.png").arg(key, suffix)))
            problems << key + QStringLiteral(": no screenshot");
    }
    return problems;
}

} // namespace cairn::uitest
