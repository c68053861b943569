#pragma once
// Drives the window as a person does: by mouse and key on the real widgets (header-only: the
// support library does not link the window).
#include "MainWindow.h"
#include "Sidebar.h"
#include "SourcesModel.h"

#include <QTest>

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

} // namespace cairn::uitest
