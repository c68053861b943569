#pragma once
// Drives the window as a person does: by mouse and key on the real widgets (header-only: the
// support library does not link the window).
#include "MainWindow.h"
#include "Outbox.h"
#include "Sidebar.h"
#include "SourcesModel.h"
#include "SyncSession.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

namespace cairn::uitest {

// Clicks the sidebar's row of a source or a page (SourcesModel::peoplePage(), historyPage()).
inline bool clickPage(cairn::MainWindow &w, const QString &sourceOrPage)
{
    cairn::Sidebar *list = w.sidebar();
    const QModelIndex index = list->model()->index(w.sourcesModel()->rowOf(sourceOrPage), 0);
    if (!index.isValid())
        return false;
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center() - QPoint(20, 0));
    return list->current() == sourceOrPage;
}

// Clicks Sync now on the tool bar and waits until `source`'s run is over and the window has
// refreshed after it; false when the button is not there to click or the run did not end.
inline bool syncNowAndWait(cairn::MainWindow &w, cairn::SyncSession &session, const QString &source)
{
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QWidget *button = bar ? bar->widgetForAction(w.syncNowAction()) : nullptr;
    if (!button || !button->isEnabled())
        return false;
    QSignalSpy done(&session, &cairn::SyncSession::sourceDone);
    QTest::mouseClick(button, Qt::LeftButton);
    for (int i = 0; i < 600; ++i) {
        for (const QList<QVariant> &args : done)
            if (args.first().toString() == source) {
                QTest::qWait(700); // the window's refresh after the last write
                return true;
            }
        QTest::qWait(100);
    }
    return false;
}

// The changes of `all` not done yet.
inline QList<cairn::OutboxChange> openOf(QList<cairn::OutboxChange> all)
{
    all.removeIf([](const cairn::OutboxChange &c) { return c.state == cairn::OutboxState::Done; });
    return all;
}

// The question Delete asks, once it shows (null when none does within a second).
inline QMessageBox *deleteQuestion(cairn::MainWindow &w)
{
    for (int i = 0; i < 50; ++i) {
        for (QMessageBox *box : w.findChildren<QMessageBox *>(QStringLiteral("confirmDelete")))
            if (box->isVisible())
                return box;
        QTest::qWait(20);
    }
    return nullptr;
}

// The window active again once a question closed, as the desktop makes it (offscreen,
// nothing does: its shortcuts would wait for it). False while the question still shows.
inline bool activeAgain(cairn::MainWindow &w)
{
    if (deleteQuestion(w))
        return false;
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w);
}

} // namespace cairn::uitest
