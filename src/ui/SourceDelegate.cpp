#include "SourceDelegate.h"
#include "SourcesModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace cairn {

namespace {
constexpr int kPad = 8;
constexpr int kSeparator = 9; // above the first page row: a line with room on both sides

QColor badgeColor(SourcesModel::Badge b)
{
    switch (b) {
    case SourcesModel::Badge::Synced: return QColor(0x2e, 0x7d, 0x32);
    case SourcesModel::Badge::Syncing: return QColor(0x15, 0x65, 0xc0);
    case SourcesModel::Badge::Error: return QColor(0xc6, 0x28, 0x28);
    case SourcesModel::Badge::NeedsSignIn: return QColor(0xe6, 0x51, 0x00);
    case SourcesModel::Badge::Cancelled:
    case SourcesModel::Badge::NeverSynced: return QColor(0x61, 0x61, 0x61);
    case SourcesModel::Badge::NotSetUp: return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

bool isPage(const QModelIndex &index)
{
    return index.data(SourcesModel::SourceRole).toString().isEmpty();
}

QFont smallFont(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}
} // namespace

QSize SourceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (isPage(index))
        return {160, kPad * 2 + fm.height() + (index.data(SourcesModel::FirstPageRole).toBool() ? kSeparator : 0)};
    const QFontMetrics small(smallFont(option.font));
    return {160, kPad * 2 + qMax(fm.height(), fm.height() + 4) + small.height() + 6};
}

QRect SourceDelegate::actionRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString text = index.data(SourcesModel::ActionRole).toString();
    if (text.isEmpty())
        return {};
    const QFontMetrics fm(smallFont(option.font));
    const int width = fm.horizontalAdvance(text) + 16;
    const int height = fm.height() + 6;
    return {option.rect.right() - kPad - width + 1, option.rect.top() + kPad - 2, width, height};
}

bool SourceDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && actionRect(option, index).contains(mouse->position().toPoint())) {
            Q_EMIT actionClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void SourceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.state &= ~QStyle::State_HasFocus; // the ring below instead of the style's faint one
    const bool firstPage = index.data(SourcesModel::FirstPageRole).toBool();
    if (firstPage)
        opt.rect.setTop(opt.rect.top() + kSeparator);
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = opt.rect.adjusted(kPad + 4, kPad, -kPad, -kPad);
    painter->save();
    if (firstPage) {
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
        const int y = option.rect.top() + kSeparator / 2;
        painter->drawLine(option.rect.left() + kPad, y, option.rect.right() - kPad, y);
    }
    if (option.state & QStyle::State_HasFocus && w && w->hasFocus()) {
        // The keyboard's place, visible on the selection's colour too.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 2));
        painter->drawRoundedRect(QRectF(opt.rect).adjusted(2, 2, -2, -2), 3, 3);
    }
    const auto badge = index.data(SourcesModel::BadgeRole).value<SourcesModel::Badge>();
    const bool page = isPage(index);
    QFont nameFont = option.font;
    nameFont.setBold(page || badge != SourcesModel::Badge::NotSetUp);
    painter->setFont(nameFont);
    const QPalette::ColorGroup group = !page && badge == SourcesModel::Badge::NotSetUp ? QPalette::Disabled : QPalette::Normal;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(textColor);
    const QFontMetrics nameFm(nameFont);
    const QRect action = actionRect(opt, index);
    const int nameWidth = action.isEmpty() ? r.width() : action.left() - r.left() - 6;
    const QString name = nameFm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameWidth);
    const QRect nameRect(r.left(), r.top(), nameWidth, nameFm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    if (page) {
        painter->restore();
        return;
    }
    const QFont badgeFont = smallFont(option.font);
    painter->setFont(badgeFont);
    const QFontMetrics fm(badgeFont);
    if (!action.isEmpty()) {
        QStyleOptionButton button;
        button.initFrom(w);
        button.rect = action;
        button.text = index.data(SourcesModel::ActionRole).toString();
        button.fontMetrics = fm;
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        style->drawControl(QStyle::CE_PushButton, &button, painter, w);
    }
    const QString text = fm.elidedText(index.data(SourcesModel::BadgeTextRole).toString(), Qt::ElideRight, r.width() - 12);
    const QRect pill(r.left(), r.top() + nameFm.height() + 6, fm.horizontalAdvance(text) + 12, fm.height() + 2);
    const QColor c = badgeColor(badge);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    if (badge == SourcesModel::Badge::NotSetUp) {
        // An outline only: neutral, nothing to act on. On the selection's colour, in its text colour.
        painter->setPen(QPen(selected ? option.palette.color(QPalette::HighlightedText) : c, 1));
        painter->drawPath(path);
    } else {
        painter->fillPath(path, c);
        painter->setPen(Qt::white);
    }
    painter->drawText(pill, Qt::AlignCenter, text);
    // When it last synced, beside the badge (unless the badge says it already).
    const QString last = index.data(SourcesModel::LastSyncRole).toString();
    const int lastLeft = pill.right() + 6;
    if (!last.isEmpty() && last != text && lastLeft < r.right()) {
        painter->setPen(selected ? textColor : option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(QRect(lastLeft, pill.top(), r.right() - lastLeft, pill.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(last, Qt::ElideRight, r.right() - lastLeft));
    }
    painter->restore();
}

} // namespace cairn
