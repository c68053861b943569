#include "NotSetUpPage.h"
#include "Settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

NotSetUpPage::NotSetUpPage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_setUp(new QPushButton(tr("Set up…"), this))
{
    setObjectName(QStringLiteral("notSetUpPage"));
    m_text->setObjectName(QStringLiteral("notSetUpText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMaximumWidth(560);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_text->setFont(big);
    m_setUp->setObjectName(QStringLiteral("setUpButton"));
    m_setUp->setDefault(true);
    connect(m_setUp, &QPushButton::clicked, this, [this] { Q_EMIT setUpRequested(m_source); });
    auto *layout = new QVBoxLayout(this);
    auto *textRow = new QHBoxLayout; // (no alignment flag on a wrapped label: it would lose its height)
    textRow->addStretch(1);
    textRow->addWidget(m_text, 4);
    textRow->addStretch(1);
    layout->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addWidget(m_setUp, 0, Qt::AlignHCenter);
    layout->addStretch(1);
}

void NotSetUpPage::showSource(const QString &source, bool available)
{
    m_source = source;
    const QString name = Settings::displayName(source);
    m_text->setText(available ? tr("%1 is not set up yet.\nSign in to an account to keep its data on this computer, "
                                   "browsable and searchable offline.")
                                    .arg(name)
                              : tr("%1 is not available in this version yet.").arg(name));
    m_setUp->setText(tr("Set up %1…").arg(name));
    m_setUp->setAccessibleName(m_setUp->text());
    m_setUp->setVisible(available);
}

} // namespace cairn
