#include "ListViews.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
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
    table->setTabKeyNavigation(false); // Tab leaves the list: arrows move in it
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(40);
    header->setSortIndicator(sortColumn, order);
    table->setSortingEnabled(true);
    keepHeadersReadable(table);
}

int headerTextWidth(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QString text = table->model() ? table->model()->headerData(column, Qt::Horizontal).toString() : QString();
    const QStyle *style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return header->fontMetrics().horizontalAdvance(text) + 4 * margin + arrow + 4;
}

void keepHeadersReadable(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    QObject::connect(header, &QHeaderView::sectionResized, table, [table, header](int column, int, int size) {
        const int least = headerTextWidth(table, column);
        if (size > 0 && size < least && !header->isSectionHidden(column)
            && header->sectionResizeMode(column) == QHeaderView::Interactive)
            header->resizeSection(column, least);
    });
}

void fitColumns(QTableView *table, int stretch, int cap)
{
    QHeaderView *header = table->horizontalHeader();
    const int scaledCap = cap * table->fontMetrics().height() / 16;
    header->setStretchLastSection(false);
    for (int c = 0; c < header->count(); ++c) {
        if (c == stretch || header->isSectionHidden(c))
            continue;
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        const int content = qMax(table->sizeHintForColumn(c), header->sectionSizeHint(c));
        header->resizeSection(c, qMax(headerTextWidth(table, c), qMin(content + 8, scaledCap)));
    }
    // The stretching column is never squeezed below its header (or a useful width): the list
    // scrolls sideways rather than cut it.
    header->setMinimumSectionSize(qMax(40, headerTextWidth(table, stretch)));
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
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

void setUpFilterBox(QLineEdit *filter)
{
    filter->setClearButtonEnabled(true); // (Ctrl+F reaches it: the window's View ▸ Filter this page)
}

} // namespace cairn::ui
