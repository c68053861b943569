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
    const int arrow = table->isSortingEnabled() ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) : 0;
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

void fitColumns(QTableView *table, int stretch, int cap, bool titleRoom)
{
    QHeaderView *header = table->horizontalHeader();
    const int scaledCap = cap * table->fontMetrics().height() / 16;
    const int available = table->viewport()->width();
    header->setStretchLastSection(false);
    struct Column
    {
        int column, least, want;
    };
    QList<Column> columns;
    int wanted = 0, least = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c == stretch || header->isSectionHidden(c))
            continue;
        const int text = qMax(headerTextWidth(table, c), header->minimumSectionSize()); // (the header keeps that minimum)
        const int content = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c) + 8;
        columns.append({c, text, qMax(text, qMin(content, scaledCap))});
        wanted += columns.last().want;
        least += text;
    }
    // The title keeps a good part of the width: the others give up what they can, in
    // proportion, down to their header's text; past that the list scrolls sideways.
    const int titleLeast = titleRoom ? qMax(headerTextWidth(table, stretch), qMin(available * 2 / 5, table->fontMetrics().averageCharWidth() * 45))
                                     : headerTextWidth(table, stretch);
    const int give = wanted - (available - titleLeast);
    int used = 0;
    header->setProperty("cairnFitting", true);
    for (Column &c : columns) {
        if (give > 0 && wanted > least)
            c.want -= qMin(c.want - c.least, int(qint64(c.want - c.least) * give / (wanted - least)) + 1);
        header->setSectionResizeMode(c.column, QHeaderView::Interactive);
        header->resizeSection(c.column, c.want);
        used += c.want;
    }
    header->setSectionResizeMode(stretch, QHeaderView::Interactive);
    header->resizeSection(stretch, qMax(headerTextWidth(table, stretch), available - used));
    header->setProperty("cairnFitting", false);
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
