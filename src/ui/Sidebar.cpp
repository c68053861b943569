#include "Sidebar.h"
#include "SourceDelegate.h"
#include "SourcesModel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>

namespace cairn {

Sidebar::Sidebar(SourcesModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("sidebar"));
    setModel(model);
    auto *delegate = new SourceDelegate(this);
    setItemDelegate(delegate);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    setMouseTracking(true);
    setAccessibleName(tr("Pages"));
    setAccessibleDescription(tr("Each source with its status, then People and Sync history"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT pageChosen(index.data(SourcesModel::PageRole).toString());
    });
    connect(delegate, &SourceDelegate::actionClicked, this, [this](const QModelIndex &index) {
        Q_EMIT actionRequested(index.data(SourcesModel::SourceRole).toString());
    });
}

QString Sidebar::current() const
{
    return currentIndex().data(SourcesModel::PageRole).toString();
}

void Sidebar::setCurrent(const QString &sourceOrPage)
{
    const int row = m_model->rowOf(sourceOrPage);
    if (row >= 0)
        setCurrentIndex(m_model->index(row));
}

void Sidebar::clearCurrent()
{
    const QSignalBlocker block(selectionModel());
    selectionModel()->clear();
    viewport()->update();
}

QSize Sidebar::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32, QListView::sizeHint().height()};
}

void Sidebar::keyPressEvent(QKeyEvent *event)
{
    const bool menuKey = event->key() == Qt::Key_Menu || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier);
    if (menuKey && currentIndex().isValid()) {
        const QString source = currentIndex().data(SourcesModel::SourceRole).toString();
        if (!source.isEmpty())
            Q_EMIT menuRequested(source, visualRect(currentIndex()).center());
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT entered();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void Sidebar::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard the row is the current one, wherever the pointer is.
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    const QString source = index.data(SourcesModel::SourceRole).toString();
    if (!source.isEmpty())
        Q_EMIT menuRequested(source, event->reason() == QContextMenuEvent::Mouse ? event->pos() : visualRect(index).center());
    event->accept();
}

} // namespace cairn
