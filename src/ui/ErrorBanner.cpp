#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace cairn {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_action(new QPushButton(this))
{
    m_retry->setObjectName(QStringLiteral("bannerRetry"));
    m_action->setObjectName(QStringLiteral("bannerAction"));
    setObjectName(QStringLiteral("errorBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #f5c6c0; border-radius: 4px; }"
                                 "#errorBanner QLabel { color: #8a1c12; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_onAction; // (it may show another error)
        hide();
        if (action)
            action();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString &message)
{
    showError(message, QString(), {});
}

void ErrorBanner::showError(const QString &message, const QString &actionText, std::function<void()> action)
{
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_retry->setVisible(actionText.isEmpty());
    const QString line = message.simplified();
    m_text->setText(line);
    m_text->setToolTip(line);
    show();
}

QString ErrorBanner::message() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace cairn
