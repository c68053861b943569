#pragma once
#include <QStyledItemDelegate>

namespace cairn {

// Draws a sidebar row. A source: its name and its button (Sync, Sign in…, Set up…) on the
// first line; a status badge with its text and when it last synced on the second. The pages
// that are no source (People, Sync history): their name, below a line that sets them apart.
// The current row of a focused sidebar has a ring of its own.
class SourceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Where a row's button is drawn (empty when it has none).
    static QRect actionRect(const QStyleOptionViewItem &option, const QModelIndex &index);

Q_SIGNALS:
    // The button of a source's row was clicked.
    void actionClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace cairn
