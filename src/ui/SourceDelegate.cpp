#include "SourceDelegate.h"
#include "SourcesModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cairn {

namespace {
constexpr int kPad = 8;

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
} // namespace

QSize SourceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {180, kPad * 2 + fm.height() * 2 + 6};
}

void SourceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const auto badge = index.data(SourcesModel::BadgeRole).value<SourcesModel::Badge>();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect.adjusted(kPad + 4, kPad, -kPad, -kPad);
    painter->save();
    QFont nameFont = option.font;
    nameFont.setBold(badge != SourcesModel::Badge::NotSetUp);
    painter->setFont(nameFont);
    const QPalette::ColorGroup group = badge == SourcesModel::Badge::NotSetUp ? QPalette::Disabled : QPalette::Normal;
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics nameFm(nameFont);
    const QString name = nameFm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width());
    painter->drawText(QRect(r.left(), r.top(), r.width(), nameFm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);

    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    painter->setFont(badgeFont);
    const QFontMetrics fm(badgeFont);
    const QString text = fm.elidedText(index.data(SourcesModel::BadgeTextRole).toString(), Qt::ElideRight, r.width() - 12);
    const QRect pill(r.left(), r.top() + nameFm.height() + 4, fm.horizontalAdvance(text) + 12, fm.height() + 2);
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
    painter->restore();
}

} // namespace cairn
