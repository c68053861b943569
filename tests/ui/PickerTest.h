// Shared by the picker tests (tst_repopicker, tst_asanapicker, tst_jirapicker): the window as
// `cairn` builds it, Settings opened the way a person opens it, where a checkbox of a list is
// drawn (to click it), screenshots, and the simulator's request counts.
#pragma once
#include <QApplication>
#include <QDialog>
#include <QTreeView>

#include "MainWindow.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SyncSession.h"
#include "ui_SettingsDialog.h"

#include "sim/CloudSimulator.h"

#include <QAbstractItemView>
#include <QDir>
#include <QJsonObject>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

namespace pickertest {

// The window as `cairn` builds it, on a fresh folder (`dir`, gone with it), with `settings`
// written before it opens (e.g. {"github.api_url", the simulator's /github}).
struct App
{
    explicit App(const QList<QPair<QString, QString>> &settings) : session(dir.path()), window(session)
    {
        for (const auto &[key, value] : settings)
            session.settings().setValue(key, value);
        session.open();
        window.resize(1200, 800);
        window.show();
        QTRY_VERIFY(session.isOpen());
    }
    QTemporaryDir dir;
    cairn::SyncSession session;
    cairn::MainWindow window;
};

// Before a test: the variables the last one set (CAIRN_<ID>_API_URL, CAIRN_<ID>_TOKEN…), which
// the window would use, gone.
inline void unsetEnvironment(std::initializer_list<const char *> variables)
{
    for (const char *variable : variables)
        qunsetenv(variable);
}

// After a test: the token it set is gone and no dialog stays open.
inline void cleanUp(const char *tokenVariable)
{
    qunsetenv(tokenVariable);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
}

// The first column of every row a picker's list shows now.
inline QStringList shownNames(QTreeView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

// The row whose first column is `name` (invalid when none).
inline QModelIndex rowOf(QTreeView *view, const QString &name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == name)
            return view->model()->index(row, 0);
    return {};
}

// Settings, on its Syncing tab.
inline cairn::SettingsDialog *openSettings(cairn::MainWindow &w)
{
    w.openSettings();
    cairn::SettingsDialog *d = w.settingsDialog();
    if (d)
        d->form()->tabs->setCurrentWidget(d->form()->syncTab);
    return d;
}

// Where the checkbox of `index` is drawn (as the item delegate lays it out).
inline QPoint checkBoxCentre(QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem opt;
    opt.initFrom(view->viewport());
    opt.rect = view->visualRect(index);
    opt.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    opt.text = index.data().toString();
    opt.checkState = index.data(Qt::CheckStateRole).value<Qt::CheckState>();
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, view).center();
}

// build/screenshots/first-run-<name>.png
inline void saveShot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + QStringLiteral("/first-run-") + name + QStringLiteral(".png")));
}

// The requests the simulator answered whose "METHOD /path" starts with `prefix`.
inline int requestsTo(const sim::CloudSimulator &s, const QString &prefix)
{
    int n = 0;
    const QJsonObject by = s.requestCounts().value(QStringLiteral("by_endpoint")).toObject();
    for (auto it = by.begin(); it != by.end(); ++it)
        if (it.key().startsWith(prefix))
            n += it.value().toInt();
    return n;
}

} // namespace pickertest
