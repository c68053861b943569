#pragma once
#include <QStyledItemDelegate>

namespace cairn {

// Draws a sidebar row: the source's name and, below it, a coloured status badge.
class SourceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cairn
