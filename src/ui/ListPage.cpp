#include "ListPage.h"
#include "SafeTextBrowser.h"
#include "LazySqlModel.h"
#include "ListViews.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cairn {

ListPage::ListPage(LazySqlModel *model, QWidget *detail, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(ui::addEmptyState(m_table))
    , m_emptyAction(new QPushButton(m_table->viewport()))
    , m_detail(detail)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_top(new QHBoxLayout)
    , m_filterDelay(new QTimer(this))
{
    m_model->setParent(this);
    m_filter->installEventFilter(this);
    ui::setUpFilterBox(m_filter);
    m_count->setEnabled(false);

    m_table->setModel(m_model);
    ui::setUpListTable(m_table, m_model->sortColumn(), m_model->sortOrder()); // the model's own first order
    if (m_model->accountColumn() >= 0)
        setColumnShown(m_model->accountColumn(), false); // until a reload finds several accounts
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    // A column sized by hand (a drag or a double click on a header's edge): the person's widths
    // from now on.
    m_table->horizontalHeader()->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int, int, int size) {
        QHeaderView *header = m_table->horizontalHeader();
        if (size > 0 && m_pressedOnHeader && !header->property("cairnFitting").toBool())
            header->setProperty("cairnUserSized", true);
    });
    m_table->setObjectName(QStringLiteral("list"));
    m_splitter->setObjectName(QStringLiteral("listSplitter"));
    m_emptyAction->setObjectName(QStringLiteral("emptyAction"));
    m_emptyAction->hide();
    connect(m_emptyAction, &QPushButton::clicked, this, &ListPage::emptyActionRequested);

    m_splitter->addWidget(m_table);
    if (m_detail) {
        // The list takes the space; the detail pane can be dragged away (Enter brings it back).
        m_detail->setMinimumSize(200, 120);
        m_splitter->addWidget(m_detail);
        m_splitter->setStretchFactor(0, 2);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setSizes({640, 320});
        m_splitter->setCollapsible(0, false);
        m_splitter->setCollapsible(1, true);
    }

    m_top->addWidget(m_filter, 1);
    m_top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(m_top);
    layout->addWidget(m_splitter, 1);
    if (m_detail && m_detail->focusPolicy() == Qt::NoFocus)
        for (QLabel *value : m_detail->findChildren<QLabel *>())
            if (value->textInteractionFlags() & Qt::TextSelectableByMouse) // Tab reaches the details too
                value->setTextInteractionFlags(value->textInteractionFlags() | Qt::TextSelectableByKeyboard);
    setTabOrder(m_filter, m_table);
    if (m_detail)
        setTabOrder(m_table, m_detail);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, &ListPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &ListPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateCount);
    connect(m_model, &LazySqlModel::counted, this, &ListPage::updateCount);
    connect(m_model, &LazySqlModel::reloaded, this, [this] {
        updateCount();
        updateEmptyState();
        showAccountColumn();
        fitColumnsOnce();
    });
}

void ListPage::applyFilter()
{
    m_filterDelay->stop();
    const qint64 selected = selectedItemId();
    m_restoring = true;
    m_model->setFilterText(m_filter->text());
    const bool kept = selected && selectItem(selected);
    m_restoring = false;
    if (!kept) {
        m_table->scrollToTop();
        showDetail(0);
    }
}

void ListPage::setShowDeleted(bool show)
{
    const qint64 selected = selectedItemId();
    m_restoring = true;
    m_model->setShowDeleted(show);
    const bool kept = selected && selectItem(selected);
    m_restoring = false;
    if (!kept)
        showDetail(0);
}

void ListPage::reload()
{
    const qint64 selected = selectedItemId();
    const int scroll = m_table->verticalScrollBar()->value();
    const int hscroll = m_table->horizontalScrollBar()->value();
    m_restoring = true;
    m_model->reload();
    bool kept = false;
    if (selected) {
        const int row = m_model->rowOfId(selected);
        if (row >= 0) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            kept = true;
        }
    }
    m_table->verticalScrollBar()->setValue(scroll);
    m_table->horizontalScrollBar()->setValue(hscroll);
    m_restoring = false;
    showDetail(kept ? selected : 0);
    if (m_statusLine)
        m_statusLine->setText(statusText());
}

bool ListPage::showItem(qint64 id)
{
    if (selectItem(id))
        return true;
    m_filter->clear();
    m_model->setFilterText(QString());
    return selectItem(id);
}

bool ListPage::selectItem(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (m_restoring)
        showDetail(id);
    return true;
}

qint64 ListPage::selectedItemId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(LazySqlModel::ItemIdRole).toLongLong();
}

void ListPage::onCurrentChanged()
{
    if (m_restoring)
        return;
    const qint64 id = selectedItemId();
    showDetail(id);
    Q_EMIT currentItemChanged(id);
}

void ListPage::updateCount()
{
    if (m_model->isCountKnown()) // else the line stays until `counted`, a moment later
        m_count->setText(countLine());
}

void ListPage::updateEmptyState()
{
    const QString text = m_model->rowCount() == 0 ? emptyText() : QString();
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    const QString action = text.isEmpty() ? QString() : emptyActionText();
    m_emptyAction->setText(action);
    m_emptyAction->setVisible(!action.isEmpty());
    placeEmptyState();
}

// The text centred in the list; its button, if any, centred just under it.
void ListPage::placeEmptyState()
{
    const QRect area = m_table->viewport()->rect().adjusted(20, 20, -20, -20);
    if (m_emptyAction->isHidden()) {
        m_empty->setGeometry(area);
        return;
    }
    const QSize button = m_emptyAction->sizeHint();
    const int textHeight = std::min(area.height(), m_empty->heightForWidth(area.width()) > 0 ? m_empty->heightForWidth(area.width())
                                                                                             : m_empty->sizeHint().height());
    const int top = area.top() + std::max(0, (area.height() - textHeight - 12 - button.height()) / 2);
    m_empty->setGeometry(area.left(), top, area.width(), textHeight);
    m_emptyAction->setGeometry(area.left() + (area.width() - button.width()) / 2, top + textHeight + 12, button.width(),
                               button.height());
}

void ListPage::showAccountColumn()
{
    // One account: the list looks as it always did. Several: which one each item is of.
    const int column = m_model->accountColumn();
    const bool hide = !m_model->hasSeveralAccounts();
    if (column < 0 || m_table->isColumnHidden(column) == hide)
        return;
    setColumnShown(column, !hide);
    m_fitted = false; // the columns share the width anew
}

void ListPage::setColumnShown(int column, bool shown)
{
    // While the last section stretches, QHeaderView leaves a hidden section's width to a
    // delayed layout, which fitColumns (no stretching) cancels: the section stayed hidden
    // but kept its width, a gap before the columns after it (Qt 6.4). Not stretching, it
    // takes the width away at once.
    QHeaderView *header = m_table->horizontalHeader();
    const bool stretch = header->stretchLastSection();
    header->setStretchLastSection(false);
    m_table->setColumnHidden(column, !shown);
    header->setStretchLastSection(stretch);
}

void ListPage::setStretchColumn(int column)
{
    m_stretch = column;
    m_fitted = false;
    fitColumnsOnce();
}

void ListPage::fitColumnsOnce()
{
    if (m_fitted || m_stretch < 0)
        return;
    if (m_table->horizontalHeader()->property("cairnUserSized").toBool()) {
        m_fitted = true; // the person's own widths, as they left them
        return;
    }
    ui::fitColumns(m_table, m_stretch);
    m_fitted = m_model->rowCount() > 0; // again with the first rows: their content
}

void ListPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    adaptToWidth();
}

void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    adaptToWidth();
}

void ListPage::adaptToWidth()
{
    if (!m_detail)
        return;
    // Narrow: a small window, or a list beside the pane could not show each header whole and a
    // title of some 30 characters.
    int needs = fontMetrics().averageCharWidth() * 30;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != m_stretch && !m_table->isColumnHidden(c))
            needs += ui::headerTextWidth(m_table, c);
    const bool narrow = window()->width() < kNarrowWindow || width() * 2 / 3 < needs;
    const Qt::Orientation wanted = narrow ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    const bool collapsed = m_splitter->sizes().value(1) == 0;
    m_splitter->setOrientation(wanted);
    const int length = wanted == Qt::Vertical ? m_splitter->height() : m_splitter->width();
    m_splitter->setSizes({collapsed ? length : length * 3 / 5, collapsed ? 0 : length * 2 / 5});
}

void ListPage::openDetail()
{
    if (!m_detail || !selectedItemId())
        return;
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) == 0) {
        const int length = sizes.value(0);
        m_splitter->setSizes({length * 3 / 5, length * 2 / 5});
    }
    m_detail->setFocus(Qt::OtherFocusReason);
    if (!m_detail->hasFocus()) // a pane of labels: its first control that takes the focus
        m_detail->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
}

void ListPage::goToEnd()
{
    m_model->fetchAll();
    const int last = m_model->rowCount() - 1;
    if (last < 0)
        return;
    const QModelIndex index = m_model->index(last, m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtBottom);
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            openDetail();
            return true;
        }
        if (key->key() == Qt::Key_End && key->modifiers() == Qt::ControlModifier) {
            goToEnd();
            return true;
        }
    }
    if (watched == m_table->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_pressedOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pressedOnHeader = false;
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        placeEmptyState();
        if (m_fitted && !m_table->horizontalHeader()->property("cairnUserSized").toBool())
            ui::fitColumns(m_table, m_stretch);
    }

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

void ListPage::describe(const QString &filterPlaceholder, const QString &filterName, const QString &listName, int stretchColumn)
{
    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setAccessibleName(filterName);
    m_table->setAccessibleName(listName);
    setStretchColumn(stretchColumn);
}

QString ListPage::translated(const char *words, int n) const
{
    return QCoreApplication::translate(metaObject()->className(), words, nullptr, n);
}

QString ListPage::countLine() const
{
    const int n = m_model->matchCount();
    return m_model->filterText().isEmpty() ? translated(m_words.items, n) : tr("%n match(es)", nullptr, n);
}

QString ListPage::emptyText() const
{
    if (!m_model->lastError().isEmpty() && m_model->cachedCount() > 0)
        return tr("The search failed: %1").arg(m_model->lastError());
    if (m_model->cachedCount() == 0 && (m_model->filterText().isEmpty() || !m_model->lastError().isEmpty()))
        return translated(m_words.none);
    return translated(m_words.noMatch).arg(m_model->filterText());
}

QString ListPage::emptyActionText() const
{
    return m_words.action && m_model->cachedCount() == 0 && m_model->filterText().isEmpty() ? translated(m_words.action) : QString();
}

QLabel *ListPage::addStatusLine()
{
    auto *line = new QLabel(this);
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    line->setEnabled(false);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, line);
    m_statusLine = line;
    return line;
}

void ListPage::openOnlyOwnLink(QTextBrowser *detail)
{
    connect(detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (m_openUrl.isValid() && url == m_openUrl)
            QDesktopServices::openUrl(url);
    });
}

QTextBrowser *ListPage::newTextDetail()
{
    return new SafeTextBrowser(nullptr, SafeTextBrowser::Links::Inert);
}

void ListPage::openUrlOnDoubleClick(int urlRole, const QStringList &schemes)
{
    connect(m_table, &QTableView::doubleClicked, this, [urlRole, schemes](const QModelIndex &index) {
        const QUrl url(index.data(urlRole).toString());
        if (schemes.contains(url.scheme()))
            QDesktopServices::openUrl(url);
    });
}

} // namespace cairn
