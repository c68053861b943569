#include "ListViews.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace cairn::ui {

void setUpListTable(QTableView *table, int sortColumn, Qt::SortOrder order)
{
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    header->setSortIndicator(sortColumn, order);
    table->setSortingEnabled(true);
}

QLabel *addEmptyState(QTableView *table)
{
    auto *empty = new QLabel(table->viewport());
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont font = empty->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    empty->setFont(font);
    return empty;
}

void setUpFilterBox(QLineEdit *filter, QWidget *page)
{
    filter->setClearButtonEnabled(true);
    auto *focus = new QAction(page);
    focus->setShortcut(QKeySequence::Find);
    focus->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(focus, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    page->addAction(focus);
}

} // namespace cairn::ui
