#include "ChangeStatus.h"
#include "ChangeForm.h"
#include "DateText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cairn {

namespace {
// A clock face in the palette's link colour (no image file: painted at each size asked).
QIcon clockIcon()
{
    QIcon icon;
    for (int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = QApplication::palette().color(QPalette::Link);
        const qreal pen = qMax(1.5, size / 10.0);
        p.setPen(QPen(colour, pen));
        p.setBrush(Qt::NoBrush);
        const QRectF face(pen, pen, size - 2 * pen, size - 2 * pen);
        p.drawEllipse(face);
        p.setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap));
        const QPointF centre = face.center();
        p.drawLine(centre, centre - QPointF(0, face.height() * 0.32));
        p.drawLine(centre, centre + QPointF(face.width() * 0.24, 0));
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

ChangeStatus::ChangeStatus(const QString &service, QHash<QString, QString> labels, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_labels(std::move(labels))
    , m_lines(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("changeStatus"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#changeStatus { background: palette(alternate-base); border-radius: 4px; }"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // its lines whole: the item's text gives way
    m_lines->setContentsMargins(8, 4, 8, 4);
    m_lines->setSpacing(2);
    hide();
}

QIcon ChangeStatus::icon(OutboxState state)
{
    static const QIcon clock = clockIcon();
    switch (state) {
    case OutboxState::Conflict: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case OutboxState::Failed: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case OutboxState::Done: return {};
    default: return clock;
    }
}

QString ChangeStatus::itemTip(OutboxState state, const QString &service)
{
    switch (state) {
    case OutboxState::Conflict: return tr("Conflict: %1 changed it too — choose which values to keep").arg(service);
    case OutboxState::Failed: return tr("%1 refused a change to it").arg(service);
    case OutboxState::Sending: return tr("Sent to %1; the next sync confirms it").arg(service);
    default: return tr("Pending: your change goes to %1 with the next sync").arg(service);
    }
}

QString ChangeStatus::line(const OutboxChange &c) const
{
    QStringList names;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        names << ChangeForm::plainLabel(m_labels.value(it.key(), it.key()));
    QString what;
    if (c.action == QLatin1String("create"))
        what = tr("New");
    else if (c.action == QLatin1String("delete"))
        what = tr("Deleted");
    else if (c.action == QLatin1String("comment"))
        what = tr("Comment “%1”").arg(c.fields.value(QLatin1String("text")).toString().simplified().left(60));
    else
        what = names.join(QStringLiteral(", "));
    switch (c.state) {
    case OutboxState::Sending: return tr("%1: sent to %2; the next sync confirms it").arg(what, m_service);
    case OutboxState::Failed: return tr("%1: %2 refused it: %3").arg(what, m_service, c.error);
    default: return tr("%1: pending, goes to %2 with the next sync").arg(what, m_service);
    }
}

void ChangeStatus::showChanges(const QList<OutboxChange> &changes)
{
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        if (QLayout *row = item->layout())
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        delete item->widget();
        delete item;
    }
    int shown = 0;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const OutboxChange &c : changes) {
        if (c.state == OutboxState::Conflict || c.state == OutboxState::Done)
            continue;
        auto *row = new QHBoxLayout;
        auto *mark = new QLabel(this);
        mark->setPixmap(icon(c.state).pixmap(iconSize, iconSize));
        mark->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(line(c), this);
        text->setObjectName(QStringLiteral("changeLine"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        QSizePolicy wraps(QSizePolicy::Ignored, QSizePolicy::Preferred);
        wraps.setHeightForWidth(true); // (as setWordWrap set it: a long refusal gets its lines whole)
        text->setSizePolicy(wraps);
        text->setToolTip(tr("Made %1. Sync now (Ctrl+R) sends it when you are online.").arg(dates::exact(c.createdAt.toLocalTime())));
        row->addWidget(mark);
        row->addWidget(text, 1);
        if (c.state == OutboxState::Failed) {
            auto *retry = new QPushButton(tr("Try again"), this);
            retry->setObjectName(QStringLiteral("retryChange"));
            retry->setToolTip(tr("Send this change again with the next sync"));
            auto *discard = new QPushButton(tr("Discard"), this);
            discard->setObjectName(QStringLiteral("discardChange"));
            discard->setToolTip(tr("Drop this change: Cairn shows %1's values again").arg(m_service));
            const qint64 id = c.id;
            connect(retry, &QPushButton::clicked, this, [this, id] { Q_EMIT retryRequested(id); });
            connect(discard, &QPushButton::clicked, this, [this, id] { Q_EMIT discardRequested(id); });
            row->addWidget(retry);
            row->addWidget(discard);
        } else if (c.state == OutboxState::Pending && c.action == QLatin1String("delete")) {
            // A delete waits: Undo keeps the item (nothing goes to the service).
            auto *undo = new QPushButton(tr("&Undo"), this);
            undo->setObjectName(QStringLiteral("undoDelete"));
            undo->setToolTip(tr("Keep it: nothing is deleted in %1").arg(m_service));
            const qint64 id = c.id;
            connect(undo, &QPushButton::clicked, this, [this, id] { Q_EMIT discardRequested(id); });
            row->addWidget(undo);
        }
        m_lines->addLayout(row);
        ++shown;
    }
    setVisible(shown > 0);
}

} // namespace cairn
