#include "PullsPage.h"
#include "PullsModel.h"
#include "RelativeTime.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace cairn {

PullsPage::PullsPage(ReadConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_model(new PullsModel(connection, this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter pull requests (repository, number, title, author, label)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter pull requests"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        updateCount();
    });

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PullsModel::Title, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Pull requests"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QUrl url(index.data(PullsModel::UrlRole).toString());
        if (url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void PullsPage::setShowDeleted(bool show)
{
    m_model->setShowDeleted(show);
    updateCount();
}

void PullsPage::reload()
{
    m_model->reload();
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(PullsModel::Title, QHeaderView::Stretch);
    }
    updateCount();
}

void PullsPage::updateCount()
{
    m_count->setText(m_filter->text().trimmed().isEmpty()
                         ? tr("%1 pull requests").arg(countText(m_model->totalLive()))
                         : tr("%1 of %2").arg(countText(m_model->rowCount())).arg(countText(m_model->totalLive())));
}

} // namespace cairn
