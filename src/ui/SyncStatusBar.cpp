#include "SyncStatusBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace cairn {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_offline(new QLabel(tr("● Offline"), this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setMaximumWidth(260);
    m_progress->setMinimumWidth(180);
    m_progress->setTextVisible(false);
    m_cancel->setFlat(false);
    m_offline->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_offline->setToolTip(tr("No network connection: the cache can be browsed, syncs will fail until it is back."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_offline);
    connect(m_cancel, &QPushButton::clicked, this, &SyncStatusBar::cancelRequested);
    hideProgress();
    m_offline->hide();
}

void SyncStatusBar::setStatusLine(const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip(text);
}

QString SyncStatusBar::statusLine() const
{
    return m_status->text();
}

void SyncStatusBar::showProgress(const QString &text, qint64 done, qint64 total)
{
    setStatusLine(text);
    if (total > 0) {
        // QProgressBar counts in int: scale to per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound<qint64>(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

void SyncStatusBar::hideProgress()
{
    m_progress->hide();
    m_cancel->hide();
}

bool SyncStatusBar::isProgressVisible() const
{
    return !m_progress->isHidden();
}

void SyncStatusBar::setOnline(bool online)
{
    m_offline->setVisible(!online);
}

bool SyncStatusBar::isOfflineShown() const
{
    return !m_offline->isHidden();
}

} // namespace cairn
