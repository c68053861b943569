#include "ContactsPage.h"
#include "ContactDetailView.h"
#include "ContactsModel.h"
#include "ListViews.h"
#include "RelativeTime.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cairn {

ContactsPage::ContactsPage(ReadConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_model(new ContactsModel(connection, this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(ui::addEmptyState(m_table))
    , m_detail(new ContactDetailView(connection, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setPlaceholderText(tr("Search contacts (name, e-mail, phone, organization, note)…"));
    m_filter->setAccessibleName(tr("Search contacts"));
    m_filter->installEventFilter(this);
    ui::setUpFilterBox(m_filter, this);
    m_count->setEnabled(false);

    m_table->setModel(m_model);
    ui::setUpListTable(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(ContactsModel::Name, 180);
    header->resizeSection(ContactsModel::Email, 220);
    header->resizeSection(ContactsModel::Phone, 130);
    m_table->setAccessibleName(tr("Contacts"));

    m_table->viewport()->installEventFilter(this);

    m_detail->setMinimumWidth(240);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({680, 300});

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_detail);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, &ContactsPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &ContactsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactsPage::updateCount);
    connect(m_model, &ContactsModel::reloaded, this, [this] {
        updateCount();
        updateEmptyState();
    });
    updateEmptyState();
}

void ContactsPage::applyFilter()
{
    m_filterDelay->stop();
    const qint64 selected = selectedContactId();
    m_restoring = true;
    m_model->setFilterText(m_filter->text());
    const bool kept = selected && selectContact(selected);
    m_restoring = false;
    if (!kept) {
        m_table->scrollToTop();
        m_detail->showContact(0);
    }
}

void ContactsPage::setShowDeleted(bool show)
{
    const qint64 selected = selectedContactId();
    m_restoring = true;
    m_model->setShowDeleted(show);
    const bool kept = selected && selectContact(selected);
    m_restoring = false;
    if (!kept)
        m_detail->showContact(0);
}

void ContactsPage::reload()
{
    const qint64 selected = selectedContactId();
    const int scroll = m_table->verticalScrollBar()->value();
    const int hscroll = m_table->horizontalScrollBar()->value();
    m_restoring = true;
    m_model->reload();
    bool kept = false;
    if (selected) {
        const int row = m_model->rowOfContact(selected);
        if (row >= 0) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            kept = true;
        }
    }
    m_table->verticalScrollBar()->setValue(scroll);
    m_table->horizontalScrollBar()->setValue(hscroll);
    m_restoring = false;
    m_detail->showContact(kept ? selected : 0);
}

bool ContactsPage::selectContact(qint64 id)
{
    const int row = m_model->rowOfContact(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (m_restoring)
        m_detail->showContact(id);
    return true;
}

qint64 ContactsPage::selectedContactId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ContactsModel::ContactIdRole).toLongLong();
}

void ContactsPage::onCurrentChanged()
{
    if (m_restoring)
        return;
    m_detail->showContact(selectedContactId());
}

void ContactsPage::updateCount()
{
    const int n = m_model->matchCount();
    m_count->setText(m_model->filterText().isEmpty() ? tr("%n contact(s)", nullptr, n)
                                                     : tr("%n match(es)", nullptr, n));
    m_count->setToolTip(tr("%1 live contacts in the cache").arg(countText(m_model->cachedCount())));
}

void ContactsPage::updateEmptyState()
{
    QString text;
    if (m_model->rowCount() == 0) {
        if (!m_model->lastError().isEmpty() && m_model->cachedCount() > 0)
            text = tr("The search failed: %1").arg(m_model->lastError());
        else if (m_model->cachedCount() == 0 && (m_model->filterText().isEmpty() || !m_model->lastError().isEmpty()))
            text = tr("No contacts yet — press Sync now");
        else
            text = tr("No contacts match “%1”").arg(m_model->filterText());
    }
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_empty->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
}

bool ContactsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->selectionModel()->hasSelection())
                m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            applyFilter();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cairn
