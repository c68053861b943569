#include "WelcomePage.h"
#include "ServiceCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace cairn {

namespace {
constexpr int kTwoColumnsFrom = 900; // px of the page: below, one card a row
}

WelcomePage::WelcomePage(Settings &settings, const QStringList &sources, QWidget *parent)
    : QScrollArea(parent)
    , m_order(sources)
{
    setObjectName(QStringLiteral("welcomePage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    auto *title = new QLabel(tr("Welcome to Cairn"), content);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Cairn keeps your data from these services on this computer — browsable and searchable "
                                "offline, kept fresh in the background with as few requests as each service allows. "
                                "Sign in to the ones you use; the others stay out of the way."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(12);
    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    for (const QString &source : sources) {
        auto *card = new ServiceCard(settings, &m_nam, source, content);
        m_cards.insert(source, card);
    }
    setWidget(content);
    arrange();
}

QList<ServiceCard *> WelcomePage::cards() const
{
    QList<ServiceCard *> out;
    for (const QString &source : m_order)
        out << m_cards.value(source);
    return out;
}

bool WelcomePage::isBusy() const
{
    for (const ServiceCard *card : m_cards)
        if (card->isBusy())
            return true;
    return false;
}

void WelcomePage::reload()
{
    for (ServiceCard *card : std::as_const(m_cards))
        card->reload();
}

void WelcomePage::setOpensBrowser(bool open)
{
    for (ServiceCard *card : std::as_const(m_cards))
        card->setOpensBrowser(open);
}

void WelcomePage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    arrange();
}

void WelcomePage::arrange()
{
    const int columns = viewport()->width() >= kTwoColumnsFrom ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ServiceCard *card : cards())
        m_grid->removeWidget(card);
    int i = 0;
    for (ServiceCard *card : cards()) {
        m_grid->addWidget(card, i / columns, i % columns);
        ++i;
    }
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace cairn
