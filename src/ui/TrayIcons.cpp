#include "TrayIcons.h"

#include <QPainter>
#include <QPixmap>

namespace cairn {

namespace {

// The shape of resources/icons/cairn.svg, on a 128-unit square.
void paintCairn(QPainter &p)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2f, 0x5d, 0x62));
    p.drawRoundedRect(QRectF(4, 4, 120, 120), 26, 26);
    const QColor dark(0xa7, 0xc4, 0xbc);
    const QColor light(0xdf, 0xee, 0xea);
    const struct { double cx, cy, rx, ry; bool isLight; } stones[] = {
        {64, 98, 40, 14, false}, {64, 74, 30, 12, true}, {64, 53, 21, 10, false}, {64, 35, 13, 8, true}};
    for (const auto &s : stones) {
        p.setBrush(s.isLight ? light : dark);
        p.drawEllipse(QPointF(s.cx, s.cy), s.rx, s.ry);
    }
}

void paintBadge(QPainter &p, TrayState state)
{
    if (state == TrayState::Idle)
        return;
    const QRectF badge(66, 66, 60, 60);
    p.setPen(QPen(Qt::white, 6));
    p.setBrush(state == TrayState::Error ? QColor(0xc6, 0x28, 0x28) : QColor(0x1e, 0x88, 0xe5));
    p.drawEllipse(badge);
    p.setPen(QPen(Qt::white, 9, Qt::SolidLine, Qt::RoundCap));
    if (state == TrayState::Error) {
        p.drawLine(QPointF(96, 78), QPointF(96, 100));
        p.drawPoint(QPointF(96, 113));
    } else { // a circular arrow
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(80, 80, 32, 32), 40 * 16, 280 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        const QPointF head[] = {{108, 72}, {116, 92}, {96, 88}};
        p.drawPolygon(head, 3);
    }
}

} // namespace

QIcon trayIcon(TrayState state)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 128.0, size / 128.0);
        paintCairn(p);
        paintBadge(p, state);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cairn
